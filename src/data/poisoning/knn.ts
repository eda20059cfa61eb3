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
 * Neighbours marked in `excluded` (rows already judged mislabelled) do not vote either, nor the
 * neighbour slots marked in `withheld` (withheld[i*k + j], see `mutualSoleSupport`), unless that
 * leaves a row no vote at all. Returns probabilities[i*classes + c].
 */
export function neighbourVotes(
  neighbours: Neighbours,
  labels: Int32Array,
  classes: number,
  excluded?: Uint8Array,
  withheld?: Uint8Array,
): Float64Array {
  const count = labels.length;
  const probabilities = new Float64Array(count * classes);
  const skipping = excluded !== undefined || withheld !== undefined;
  const vote = (i: number, skip: boolean): number => {
    let total = 0;
    for (let j = 0; j < neighbours.k; j++) {
      const neighbour = neighbours.indices[i * neighbours.k + j]!;
      if (neighbour < 0) continue;
      if (skip && (excluded?.[neighbour] === 1 || withheld?.[i * neighbours.k + j] === 1)) continue;
      const weight = 1 / (1 + neighbours.distances[i * neighbours.k + j]!);
      probabilities[i * classes + labels[neighbour]!]! += weight;
      total += weight;
    }
    return total;
  };
  for (let i = 0; i < count; i++) {
    let total = vote(i, skipping);
    if (total === 0 && skipping) total = vote(i, false);
    if (total > 0) for (let c = 0; c < classes; c++) probabilities[i * classes + c]! /= total;
  }
  return probabilities;
}

/**
 * Neighbour slots to withhold so that two suspected rows do not vouch for each other alone:
 * withheld[i*k + j] = 1 when row i and its j-th neighbour n are both `candidates` with the same
 * label, n is the only neighbour of i (not `excluded`) that shares i's label, and i is the only
 * one of n's. Two flipped rows a few hundred metres apart, flipped the same way inside the other
 * class's territory, would otherwise each keep one agreeing vote of k (P(label) ≈ 1/k, just short
 * of "confidently not its label"), while a row with any other support keeps all its votes.
 */
export function mutualSoleSupport(
  neighbours: Neighbours,
  labels: Int32Array,
  candidates: Uint8Array,
  excluded?: Uint8Array,
): Uint8Array {
  const { k, indices } = neighbours;
  const count = labels.length;
  const withheld = new Uint8Array(count * k);
  // The one neighbour that shares each row's label, −1 when none does, −2 when several do.
  const sole = new Int32Array(count).fill(-1);
  for (let i = 0; i < count; i++) {
    for (let j = 0; j < k; j++) {
      const neighbour = indices[i * k + j]!;
      if (neighbour < 0 || excluded?.[neighbour] === 1 || labels[neighbour] !== labels[i]) continue;
      sole[i] = sole[i] === -1 ? neighbour : -2;
      if (sole[i] === -2) break;
    }
  }
  for (let i = 0; i < count; i++) {
    const partner = sole[i]!;
    if (candidates[i] !== 1 || partner < 0 || candidates[partner] !== 1 || sole[partner] !== i) continue;
    for (let j = 0; j < k; j++) if (indices[i * k + j] === partner) withheld[i * k + j] = 1;
  }
  return withheld;
}
