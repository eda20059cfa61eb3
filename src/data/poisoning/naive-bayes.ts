import { assignFolds } from './folds.ts';

/**
 * Out-of-sample class probabilities from a multinomial naive Bayes model over the distinct tokens
 * of each row (Laplace-smoothed), K-fold: every row is scored by counts from the other folds only.
 * `tokens[i]` holds row i's distinct token ids (0 … vocabulary − 1). Returns probabilities[i*classes + c].
 * Memory: one count per (class, token) plus one per (fold, class, token) touched by that fold.
 */
export function crossValidatedNaiveBayesProbabilities(
  tokens: readonly Int32Array[],
  vocabulary: number,
  labels: Int32Array,
  classes: number,
  /** `excluded`: rows that are scored but never counted (rows already judged mislabelled). */
  options: { folds?: number; seed?: number; smoothing?: number; excluded?: Uint8Array } = {},
): Float64Array {
  const count = labels.length;
  const probabilities = new Float64Array(count * classes);
  if (count === 0 || classes === 0) return probabilities;
  const folds = Math.max(2, Math.min(options.folds ?? 5, count));
  const smoothing = options.smoothing ?? 1;
  const foldOf = assignFolds(count, folds, options.seed ?? 1);

  // Totals over all rows; each fold subtracts its own rows' counts.
  const tokenCounts = new Float64Array(classes * vocabulary);
  const classTokens = new Float64Array(classes);
  const classRows = new Float64Array(classes);
  const counted = (row: number) => options.excluded?.[row] !== 1;
  for (let row = 0; row < count; row++) {
    if (!counted(row)) continue;
    const label = labels[row]!;
    classRows[label]! += 1;
    classTokens[label]! += tokens[row]!.length;
    for (const token of tokens[row]!) tokenCounts[label * vocabulary + token]! += 1;
  }
  const scores = new Float64Array(classes);
  for (let fold = 0; fold < folds; fold++) {
    const foldCounts = new Map<number, number>();
    const foldTokens = new Float64Array(classes);
    const foldRows = new Float64Array(classes);
    for (let row = 0; row < count; row++) {
      if (foldOf[row] !== fold || !counted(row)) continue;
      const label = labels[row]!;
      foldRows[label]! += 1;
      foldTokens[label]! += tokens[row]!.length;
      for (const token of tokens[row]!) {
        const key = label * vocabulary + token;
        foldCounts.set(key, (foldCounts.get(key) ?? 0) + 1);
      }
    }
    let trainingRows = 0;
    for (let c = 0; c < classes; c++) trainingRows += classRows[c]! - foldRows[c]!;
    for (let row = 0; row < count; row++) {
      if (foldOf[row] !== fold) continue;
      let largest = Number.NEGATIVE_INFINITY;
      for (let c = 0; c < classes; c++) {
        const rowsOfClass = classRows[c]! - foldRows[c]!;
        const denominator = Math.log(classTokens[c]! - foldTokens[c]! + smoothing * vocabulary);
        let score = Math.log((rowsOfClass + 1) / (trainingRows + classes));
        for (const token of tokens[row]!) {
          const key = c * vocabulary + token;
          score += Math.log(tokenCounts[key]! - (foldCounts.get(key) ?? 0) + smoothing) - denominator;
        }
        scores[c] = score;
        if (score > largest) largest = score;
      }
      let total = 0;
      for (let c = 0; c < classes; c++) {
        scores[c] = Math.exp(scores[c]! - largest);
        total += scores[c]!;
      }
      for (let c = 0; c < classes; c++) probabilities[row * classes + c] = scores[c]! / total;
    }
  }
  return probabilities;
}
