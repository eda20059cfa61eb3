import { type DecisionTree, trainDecisionTree } from './decision-tree.ts';
import { clip, type FeatureSpace, gaussian, range, uniformPoint } from './feature-space.ts';
import type { PredictTarget } from './predict-target.ts';

export interface ExtractionOptions {
  space: FeatureSpace;
  /** Rows sent to label the surrogate's training set. */
  queries: number;
  random: () => number;
  /**
   * Inputs the attacker already has (public data); queries are drawn around them (Gaussian, 5% of
   * each range). Without them, uniformly in the feature space.
   */
  seeds?: readonly (readonly number[])[];
  /** Held-out inputs (never queried for training) to measure agreement on. */
  heldOut: readonly (readonly number[])[];
}

export interface ExtractionResult {
  /** Rows sent to build the surrogate's training set. */
  queries: number;
  /** Share of held-out inputs where surrogate and target agree (0..1). */
  agreement: number;
  heldOut: number;
  surrogate: DecisionTree;
}

/**
 * Model extraction: label synthetic queries with the target, train a decision-tree surrogate on
 * them, and report how often it agrees with the target on held-out inputs (the target labels those
 * too; those rows are evaluation, not counted in `queries`).
 */
export async function extractModel(
  target: PredictTarget,
  options: ExtractionOptions,
): Promise<ExtractionResult> {
  const rows: number[][] = [];
  for (let index = 0; index < options.queries; index++) {
    if (options.seeds?.length) {
      const seed = options.seeds[Math.floor(options.random() * options.seeds.length)]!;
      rows.push(
        clip(
          options.space,
          seed.map((value, column) => value + 0.05 * range(options.space, column) * gaussian(options.random)),
        ),
      );
    } else rows.push(uniformPoint(options.space, options.random));
  }
  const labels = (await target.predict(rows)).map((prediction) => prediction.label);
  const surrogate = trainDecisionTree(rows, labels);
  const truth = (await target.predict(options.heldOut)).map((prediction) => prediction.label);
  const agree = options.heldOut.filter((row, index) => surrogate.predict(row) === truth[index]).length;
  return {
    queries: rows.length,
    agreement:
      options.heldOut.length === 0 ? 0 : Math.round((agree / options.heldOut.length) * 10_000) / 10_000,
    heldOut: options.heldOut.length,
    surrogate,
  };
}
