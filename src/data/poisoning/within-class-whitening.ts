/**
 * Within-class whitening: maps row vectors through the inverse Cholesky factor of the pooled
 * within-class covariance, so that Euclidean distance afterwards is the Mahalanobis distance LDA
 * uses. Directions along which classes separate keep their weight; directions that only carry
 * within-class spread (noise for the label) shrink. Vectors are one flat Float64Array of
 * `count × dimensions`; labels are class indices. O(n·d²) time, O(d²) extra memory.
 *
 * The estimate is trimmed: after a first fit, the `trim` share of rows farthest from their class
 * mean (in the whitened space) is left out and the means and covariance are fitted again. A row
 * whose label was flipped sits far from its given class's mean along exactly the directions that
 * separate the classes; left in, a few percent of them inflate the within-class spread there until
 * those directions count for little.
 */
export function whitenWithinClass(
  vectors: Float64Array,
  dimensions: number,
  labels: Int32Array,
  classes: number,
  options: {
    /** Weight of the scaled identity blended into the covariance (0 < shrinkage ≤ 1). */
    shrinkage?: number;
    /** Rows (marked 1) left out of the class means and the covariance, e.g. rows judged mislabelled. */
    excluded?: Uint8Array;
    /** Share of the remaining rows, farthest from their class mean, left out of a second fit. */
    trim?: number;
  } = {},
): Float64Array {
  const shrinkage = options.shrinkage ?? 0.1;
  const count = labels.length;
  const counted = new Uint8Array(count).fill(1);
  if (options.excluded)
    for (let row = 0; row < count; row++) if (options.excluded[row] === 1) counted[row] = 0;
  let fit = withinClassFit(vectors, dimensions, labels, classes, counted, shrinkage);
  const trim = options.trim ?? 0;
  if (trim > 0) {
    const distances: Array<[number, number]> = [];
    const centred = new Float64Array(dimensions);
    const solved = new Float64Array(dimensions);
    for (let row = 0; row < count; row++) {
      if (counted[row] !== 1) continue;
      for (let d = 0; d < dimensions; d++)
        centred[d] = vectors[row * dimensions + d]! - fit.means[labels[row]! * dimensions + d]!;
      forwardSolve(fit.factor, dimensions, centred, 0, solved, 0);
      let sum = 0;
      for (let d = 0; d < dimensions; d++) sum += solved[d]! * solved[d]!;
      distances.push([sum, row]);
    }
    distances.sort((a, b) => b[0] - a[0] || a[1] - b[1]);
    const dropped = Math.floor(trim * distances.length);
    for (let index = 0; index < dropped; index++) counted[distances[index]![1]] = 0;
    if (dropped > 0) fit = withinClassFit(vectors, dimensions, labels, classes, counted, shrinkage);
  }
  const whitened = new Float64Array(count * dimensions);
  for (let row = 0; row < count; row++)
    forwardSolve(fit.factor, dimensions, vectors, row * dimensions, whitened, row * dimensions);
  return whitened;
}

/** Class means and the Cholesky factor of the shrunk pooled within-class covariance of the counted rows. */
function withinClassFit(
  vectors: Float64Array,
  dimensions: number,
  labels: Int32Array,
  classes: number,
  counted: Uint8Array,
  shrinkage: number,
): { means: Float64Array; factor: Float64Array } {
  const count = labels.length;
  const means = new Float64Array(classes * dimensions);
  const sizes = new Float64Array(classes);
  let used = 0;
  for (let row = 0; row < count; row++) {
    if (counted[row] !== 1) continue;
    used++;
    const label = labels[row]!;
    sizes[label]! += 1;
    for (let d = 0; d < dimensions; d++) means[label * dimensions + d]! += vectors[row * dimensions + d]!;
  }
  for (let c = 0; c < classes; c++)
    for (let d = 0; d < dimensions; d++) means[c * dimensions + d]! /= Math.max(sizes[c]!, 1);

  // Pooled within-class covariance (lower triangle).
  const covariance = new Float64Array(dimensions * dimensions);
  const centred = new Float64Array(dimensions);
  for (let row = 0; row < count; row++) {
    if (counted[row] !== 1) continue;
    const label = labels[row]!;
    for (let d = 0; d < dimensions; d++)
      centred[d] = vectors[row * dimensions + d]! - means[label * dimensions + d]!;
    for (let a = 0; a < dimensions; a++) {
      const value = centred[a]!;
      if (value === 0) continue;
      for (let b = 0; b <= a; b++) covariance[a * dimensions + b]! += value * centred[b]!;
    }
  }
  // Shrink towards the average variance times the identity (Ledoit–Wolf style): the matrix stays
  // invertible with constant or rare one-hot columns, and no direction is stretched more than
  // 1/√(shrinkage) times the average spread.
  const degrees = Math.max(used - classes, 1);
  let averageVariance = 0;
  for (let a = 0; a < dimensions; a++)
    averageVariance += covariance[a * dimensions + a]! / degrees / dimensions;
  if (!(averageVariance > 1e-12)) averageVariance = 1;
  for (let a = 0; a < dimensions; a++) {
    for (let b = 0; b < a; b++) covariance[a * dimensions + b]! *= (1 - shrinkage) / degrees;
    covariance[a * dimensions + a] =
      ((1 - shrinkage) * covariance[a * dimensions + a]!) / degrees + shrinkage * averageVariance;
  }
  return { means, factor: cholesky(covariance, dimensions) };
}

/** Solves L·x = v (L lower-triangular) for the vector at `from`, writing x at `at`. */
function forwardSolve(
  factor: Float64Array,
  dimensions: number,
  source: Float64Array,
  from: number,
  target: Float64Array,
  at: number,
): void {
  for (let i = 0; i < dimensions; i++) {
    let sum = source[from + i]!;
    for (let k = 0; k < i; k++) sum -= factor[i * dimensions + k]! * target[at + k]!;
    target[at + i] = sum / factor[i * dimensions + i]!;
  }
}

/** Lower-triangular L with L·Lᵀ = A (A symmetric positive definite, lower triangle read). */
function cholesky(matrix: Float64Array, dimensions: number): Float64Array {
  const factor = new Float64Array(dimensions * dimensions);
  for (let i = 0; i < dimensions; i++) {
    for (let j = 0; j <= i; j++) {
      let sum = matrix[i * dimensions + j]!;
      for (let k = 0; k < j; k++) sum -= factor[i * dimensions + k]! * factor[j * dimensions + k]!;
      if (i === j) factor[i * dimensions + i] = Math.sqrt(Math.max(sum, 1e-9));
      else factor[i * dimensions + j] = sum / factor[j * dimensions + j]!;
    }
  }
  return factor;
}
