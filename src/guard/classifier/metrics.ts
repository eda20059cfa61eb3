/** Precision, recall, F1 and false-positive rate of one positive class. */
export interface ClassMetrics {
  label: string;
  support: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  /** Share of benign items predicted as this label. */
  falsePositiveRate: number;
}

const ratio = (numerator: number, denominator: number) => (denominator === 0 ? 0 : numerator / denominator);

/** Metrics for `label` given gold and predicted labels; negatives for FPR are the `benign` items. */
export function classMetrics(
  label: string,
  gold: readonly string[],
  predicted: readonly string[],
  isPositive = (value: string) => value === label,
): ClassMetrics {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let benign = 0;
  let benignFlagged = 0;
  for (let index = 0; index < gold.length; index++) {
    const goldPositive = isPositive(gold[index]!);
    const predictedPositive = isPositive(predicted[index]!);
    if (goldPositive && predictedPositive) truePositives++;
    else if (!goldPositive && predictedPositive) falsePositives++;
    else if (goldPositive && !predictedPositive) falseNegatives++;
    if (gold[index] === 'benign') {
      benign++;
      if (predictedPositive) benignFlagged++;
    }
  }
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  return {
    label,
    support: truePositives + falseNegatives,
    truePositives,
    falsePositives,
    falseNegatives,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    falsePositiveRate: ratio(benignFlagged, benign),
  };
}

/** Nearest-rank percentile of a list of numbers (p in 0..100). */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
}
