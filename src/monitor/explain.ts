import { RampartError, seededRandom } from '../core/index.ts';

/** Ask the model about rows (feature order); one output per row: a class (string) or a score (number). */
export type PredictRows = (rows: ReadonlyArray<ReadonlyArray<unknown>>) => Promise<Array<string | number>>;

export interface Attribution {
  feature: string;
  /** Mean change of the explained output when the feature takes the row's value (Shapley value estimate). */
  value: number;
  /** Standard error of the estimate. */
  standardError: number;
}

export interface Explanation {
  /** What was explained: the probability of this class, or the numeric output. */
  target: string | number;
  /** The explained output on the row (1 or 0 for a class) and its mean over the background. */
  output: number;
  baseValue: number;
  attributions: Attribution[];
  samples: number;
  queries: number;
}

export interface ExplainOptions {
  /** Permutations sampled (each costs features + 1 rows). */
  samples?: number;
  seed?: number;
  /** Rows per request to the model. */
  batchSize?: number;
}

/**
 * Per-feature attributions for one prediction by Shapley sampling against a background sample
 * (Štrumbelj and Kononenko's permutation estimator, interventional): for each sample, a random
 * background row and a random feature order; features switch one at a time from the background's
 * value to the row's, and each switch's change of the output is that feature's contribution. For a
 * classifier the output is 1 when the model answers the row's own class, else 0 (so attributions
 * add up to 1 − the background's rate of that class); for a regressor it is the number.
 */
export async function explainPrediction(
  predict: PredictRows,
  row: readonly unknown[],
  features: readonly string[],
  background: ReadonlyArray<ReadonlyArray<unknown>>,
  options: ExplainOptions = {},
): Promise<Explanation> {
  if (row.length !== features.length)
    throw new RampartError(
      'RAMPART_USAGE',
      `the row has ${row.length} values for ${features.length} features`,
    );
  if (background.length === 0)
    throw new RampartError(
      'RAMPART_USAGE',
      'explanations need a background sample (baseline with --sample-rows)',
    );
  const samples = options.samples ?? 100;
  const batchSize = options.batchSize ?? 256;
  const random = seededRandom(options.seed ?? 1);
  const width = features.length;
  const queries: unknown[][] = [[...row]];
  const orders: number[][] = [];
  for (let sample = 0; sample < samples; sample++) {
    const base = background[Math.floor(random() * background.length)]!;
    const order = Array.from({ length: width }, (_, index) => index);
    for (let index = width - 1; index > 0; index--) {
      const swap = Math.floor(random() * (index + 1));
      [order[index], order[swap]] = [order[swap]!, order[index]!];
    }
    orders.push(order);
    const current = [...base];
    queries.push([...current]);
    for (const feature of order) {
      current[feature] = row[feature];
      queries.push([...current]);
    }
  }
  const outputs: Array<string | number> = [];
  for (let start = 0; start < queries.length; start += batchSize) {
    const batch = queries.slice(start, start + batchSize);
    const answered = await predict(batch);
    if (answered.length !== batch.length)
      throw new RampartError(
        'RAMPART_UPSTREAM_FAILED',
        `the model answered ${answered.length} of ${batch.length} rows`,
      );
    outputs.push(...answered);
  }
  const target = outputs[0]!;
  const numeric = typeof target === 'number';
  const value = (output: string | number) => (numeric ? Number(output) : output === target ? 1 : 0);
  const contributions = features.map(() => [] as number[]);
  const baseValues: number[] = [];
  orders.forEach((order, sample) => {
    const offset = 1 + sample * (width + 1);
    baseValues.push(value(outputs[offset]!));
    order.forEach((feature, step) => {
      contributions[feature]!.push(value(outputs[offset + step + 1]!) - value(outputs[offset + step]!));
    });
  });
  const mean = (values: number[]) => values.reduce((sum, item) => sum + item, 0) / values.length;
  return {
    target,
    output: value(target),
    baseValue: mean(baseValues),
    attributions: features.map((feature, index) => {
      const values = contributions[index]!;
      const average = mean(values);
      const variance =
        values.reduce((sum, item) => sum + (item - average) ** 2, 0) / Math.max(1, values.length - 1);
      return { feature, value: average, standardError: Math.sqrt(variance / values.length) };
    }),
    samples,
    queries: queries.length,
  };
}
