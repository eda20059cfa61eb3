/**
 * Exact k-nearest neighbours by brute force over a bounded sample (Euclidean distance). Vectors are
 * one flat Float64Array of `count × dimensions`. O(n²·d): callers keep n to a few thousand.
 */
export interface Neighbours {
  k: number;
  /** indices[i*k + j] is the j-th nearest neighbour of i (nearest first), never i itself. */
  indices: Int32Array;
  distances: Float64Array;
}

export function nearestNeighbours(vectors: Float64Array, dimensions: number, k: number): Neighbours {
  const count = dimensions > 0 ? Math.floor(vectors.length / dimensions) : 0;
  const kept = Math.max(0, Math.min(k, count - 1));
  const indices = new Int32Array(count * kept).fill(-1);
  const distances = new Float64Array(count * kept).fill(Number.POSITIVE_INFINITY);
  if (kept === 0) return { k: kept, indices, distances };
  for (let i = 0; i < count; i++) {
    const base = i * kept;
    const offsetI = i * dimensions;
    let worst = Number.POSITIVE_INFINITY;
    let filled = 0;
    for (let j = 0; j < count; j++) {
      if (j === i) continue;
      const offsetJ = j * dimensions;
      let sum = 0;
      for (let d = 0; d < dimensions; d++) {
        const delta = vectors[offsetI + d]! - vectors[offsetJ + d]!;
        sum += delta * delta;
        if (sum >= worst) break;
      }
      if (filled === kept && sum >= worst) continue;
      // Insertion into the sorted list of this row's neighbours.
      let position = filled < kept ? filled : kept - 1;
      while (position > 0 && distances[base + position - 1]! > sum) {
        distances[base + position] = distances[base + position - 1]!;
        indices[base + position] = indices[base + position - 1]!;
        position--;
      }
      distances[base + position] = sum;
      indices[base + position] = j;
      if (filled < kept) filled++;
      if (filled === kept) worst = distances[base + kept - 1]!;
    }
    for (let j = 0; j < kept; j++) distances[base + j] = Math.sqrt(distances[base + j]!);
  }
  return { k: kept, indices, distances };
}

/**
 * Out-of-sample class probabilities from each row's neighbours (the row itself never votes).
 * Neighbours marked in `excluded` (rows already judged mislabelled) do not vote either, unless
 * they are all a row has. Returns probabilities[i*classes + c].
 */
export function neighbourVotes(
  neighbours: Neighbours,
  labels: Int32Array,
  classes: number,
  excluded?: Uint8Array,
): Float64Array {
  const count = labels.length;
  const probabilities = new Float64Array(count * classes);
  const vote = (i: number, skipExcluded: boolean): number => {
    let total = 0;
    for (let j = 0; j < neighbours.k; j++) {
      const neighbour = neighbours.indices[i * neighbours.k + j]!;
      if (neighbour < 0 || (skipExcluded && excluded![neighbour] === 1)) continue;
      const weight = 1 / (1 + neighbours.distances[i * neighbours.k + j]!);
      probabilities[i * classes + labels[neighbour]!]! += weight;
      total += weight;
    }
    return total;
  };
  for (let i = 0; i < count; i++) {
    let total = vote(i, excluded !== undefined);
    if (total === 0 && excluded !== undefined) total = vote(i, false);
    if (total > 0) for (let c = 0; c < classes; c++) probabilities[i * classes + c]! /= total;
  }
  return probabilities;
}
