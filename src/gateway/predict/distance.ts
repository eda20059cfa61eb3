import type { FeatureSpec, TabularBaseline } from './baseline.ts';

/**
 * Distance of a row to the training data: the mean Euclidean distance to its k nearest rows of the
 * baseline sample, numbers scaled by the feature's standard deviation, a differing category counting
 * 1, a missing number sitting at the mean. The threshold is the `quantile` of the sample's own
 * leave-one-out distances, so `score = distance / threshold` is above 1 for about (1 − quantile) of
 * rows drawn like the training data.
 */
export class TrainingDistance {
  readonly threshold: number;
  private readonly vectors: Float64Array[];
  private readonly categorical: Array<Array<string | null>>;

  constructor(
    private readonly features: readonly FeatureSpec[],
    sample: TabularBaseline['sample'],
    private readonly k: number,
    quantile: number,
  ) {
    this.vectors = sample.map((row) => this.numericVector(row));
    this.categorical = sample.map((row) => this.categoryVector(row));
    const own = this.vectors.map((_, index) =>
      this.meanNearest(this.vectors[index]!, this.categorical[index]!, index),
    );
    own.sort((a, b) => a - b);
    const position = Math.min(own.length - 1, Math.max(0, Math.ceil(quantile * own.length) - 1));
    this.threshold = own.length > 0 ? Math.max(own[position]!, 1e-9) : Number.POSITIVE_INFINITY;
  }

  get sampleSize(): number {
    return this.vectors.length;
  }

  /** Distance / threshold for one row (values in feature order). */
  score(row: readonly unknown[]): number {
    return this.meanNearest(this.numericVector(row), this.categoryVector(row), -1) / this.threshold;
  }

  private numericVector(row: readonly unknown[]): Float64Array {
    const vector = new Float64Array(this.features.length);
    this.features.forEach((feature, index) => {
      const value = row[index];
      vector[index] =
        feature.kind === 'numeric' && typeof value === 'number' && Number.isFinite(value)
          ? (value - feature.mean) / feature.scale
          : 0;
    });
    return vector;
  }

  private categoryVector(row: readonly unknown[]): Array<string | null> {
    return this.features.map((feature, index) =>
      feature.kind === 'categorical' && row[index] !== null && row[index] !== undefined
        ? String(row[index])
        : null,
    );
  }

  private meanNearest(vector: Float64Array, categories: Array<string | null>, skip: number): number {
    const k = Math.min(this.k, this.vectors.length - (skip >= 0 ? 1 : 0));
    if (k <= 0) return 0;
    // The k smallest squared distances, kept sorted (k is small).
    const nearest: number[] = [];
    for (let index = 0; index < this.vectors.length; index++) {
      if (index === skip) continue;
      const other = this.vectors[index]!;
      const otherCategories = this.categorical[index]!;
      let sum = 0;
      for (let feature = 0; feature < vector.length; feature++) {
        const difference = vector[feature]! - other[feature]!;
        sum += difference * difference;
        if (categories[feature] !== otherCategories[feature]) sum += 1;
      }
      if (nearest.length < k || sum < nearest[nearest.length - 1]!) {
        let position = nearest.length < k ? nearest.length : k - 1;
        if (nearest.length < k) nearest.push(sum);
        while (position > 0 && nearest[position - 1]! > sum) {
          nearest[position] = nearest[position - 1]!;
          position--;
        }
        nearest[position] = sum;
      }
    }
    return nearest.reduce((total, squared) => total + Math.sqrt(squared), 0) / nearest.length;
  }
}
