import { RampartError } from '../../core/index.ts';
import type { PredictTarget } from './predict-target.ts';

export interface LabelledRow {
  row: readonly number[];
  label: string;
}

export interface MembershipResult {
  /** Area under the ROC curve of "confidence in the true label" separating members from non-members (0.5 = no leak). */
  auc: number;
  /**
   * Balanced accuracy ((TPR + TNR) / 2, so unequal set sizes do not inflate it) of the threshold
   * attack, the threshold picked on one half and measured on the other (2-fold). 0.5 = guessing.
   */
  balancedAccuracy: number;
  /** True-positive rate minus false-positive rate at that threshold (0 = no advantage). */
  advantage: number;
  queries: number;
}

function confidence(
  scores: readonly number[] | undefined,
  labels: readonly string[],
  label: string,
  predicted: string,
): number {
  if (!scores)
    throw new RampartError(
      'RAMPART_REDTEAM_PREDICT_SHAPE',
      'membership inference needs class scores from the target',
    );
  const index = labels.indexOf(label);
  if (index >= 0 && index < scores.length) return scores[index]!;
  return predicted === label ? Math.max(...scores) : 0;
}

function auc(positive: readonly number[], negative: readonly number[]): number {
  let wins = 0;
  for (const p of positive) for (const n of negative) wins += p > n ? 1 : p === n ? 0.5 : 0;
  return positive.length * negative.length === 0 ? 0.5 : wins / (positive.length * negative.length);
}

function bestThreshold(members: readonly number[], others: readonly number[]): number {
  const candidates = [...new Set([...members, ...others])].sort((a, b) => a - b);
  let best = { threshold: Number.POSITIVE_INFINITY, advantage: 0 };
  for (const threshold of candidates) {
    const advantage =
      members.filter((value) => value >= threshold).length / Math.max(1, members.length) -
      others.filter((value) => value >= threshold).length / Math.max(1, others.length);
    if (advantage > best.advantage) best = { threshold, advantage };
  }
  return best.threshold;
}

/**
 * Threshold membership inference: a model is often more confident on rows it was trained on.
 * `classLabels` lists the labels in the order of the target's scores.
 */
export async function membershipInference(
  target: PredictTarget,
  members: readonly LabelledRow[],
  nonMembers: readonly LabelledRow[],
  classLabels: readonly string[],
): Promise<MembershipResult> {
  const score = async (rows: readonly LabelledRow[]) => {
    const predictions = await target.predict(rows.map((entry) => entry.row));
    return predictions.map((prediction, index) =>
      confidence(prediction.scores, classLabels, rows[index]!.label, prediction.label),
    );
  };
  const inside = await score(members);
  const outside = await score(nonMembers);
  let truePositive = 0;
  let falsePositive = 0;
  for (const fold of [0, 1]) {
    const pick = <T>(values: readonly T[], wanted: number) =>
      values.filter((_, index) => index % 2 === wanted);
    const threshold = bestThreshold(pick(inside, fold), pick(outside, fold));
    const testInside = pick(inside, 1 - fold);
    const testOutside = pick(outside, 1 - fold);
    truePositive += testInside.filter((value) => value >= threshold).length;
    falsePositive += testOutside.filter((value) => value >= threshold).length;
  }
  const round = (value: number) => Math.round(value * 10_000) / 10_000;
  const advantage = truePositive / Math.max(1, inside.length) - falsePositive / Math.max(1, outside.length);
  return {
    auc: round(auc(inside, outside)),
    balancedAccuracy: round(0.5 + advantage / 2),
    advantage: round(advantage),
    queries: inside.length + outside.length,
  };
}
