/**
 * Within-class whitening: maps row vectors through the inverse Cholesky factor of the pooled
 * within-class covariance, so that Euclidean distance afterwards is the Mahalanobis distance LDA
 * uses. Directions along which classes separate keep their weight; directions that only carry
 * within-class spread (noise for the label) shrink. Vectors are one flat Float64Array of
 * `count × dimensions`; labels are class indices. O(n·d²) time, O(d²) extra memory.
 */
export function whitenWithinClass(
  vectors: Float64Array,
  dimensions: number,
  labels: Int32Array,
  classes: number,
  /** Weight of the scaled identity blended into the covariance (0 < shrinkage ≤ 1). */
  shrinkage = 0.1,
): Float64Array {
  const count = labels.length;
  const means = new Float64Array(classes * dimensions);
  const sizes = new Float64Array(classes);
  for (let row = 0; row < count; row++) {
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
  const degrees = Math.max(count - classes, 1);
  let averageVariance = 0;
  for (let a = 0; a < dimensions; a++)
    averageVariance += covariance[a * dimensions + a]! / degrees / dimensions;
  if (!(averageVariance > 1e-12)) averageVariance = 1;
  for (let a = 0; a < dimensions; a++) {
    for (let b = 0; b < a; b++) covariance[a * dimensions + b]! *= (1 - shrinkage) / degrees;
    covariance[a * dimensions + a] =
      ((1 - shrinkage) * covariance[a * dimensions + a]!) / degrees + shrinkage * averageVariance;
  }

  const factor = cholesky(covariance, dimensions);
  const whitened = new Float64Array(count * dimensions);
  for (let row = 0; row < count; row++) {
    const offset = row * dimensions;
    for (let i = 0; i < dimensions; i++) {
      let sum = vectors[offset + i]!;
      for (let k = 0; k < i; k++) sum -= factor[i * dimensions + k]! * whitened[offset + k]!;
      whitened[offset + i] = sum / factor[i * dimensions + i]!;
    }
  }
  return whitened;
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
