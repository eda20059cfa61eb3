import { seededRandom } from '../../core/index.ts';
import type { FeatureSpec, TabularBaseline } from './baseline.ts';

/** Seed of the split of the baseline sample into reference and calibration rows (fixed: every worker agrees). */
const splitSeed = 0x5eed17;

export interface DistanceOptions {
  readonly k: number;
  /** Target false-positive rate on rows drawn like the training data. */
  readonly alpha: number;
  /** Fraction of the baseline sample held out to calibrate the threshold (not used as neighbours). */
  readonly calibration: number;
}

/** Calibration rows needed for a finite threshold at `alpha`: ⌈(n+1)(1−α)⌉ ≤ n. */
export function calibrationRowsNeeded(alpha: number): number {
  return Math.ceil(1 / alpha - 1 - 1e-9);
}

/**
 * The split-conformal threshold: the ⌈(n+1)(1−α)⌉-th smallest of n calibration scores (infinite when
 * that rank is above n). A new score exchangeable with them exceeds it with probability at most α.
 */
export function conformalThreshold(scores: readonly number[], alpha: number): number {
  const sorted = [...scores].sort((a, b) => a - b);
  const rank = Math.ceil((sorted.length + 1) * (1 - alpha) - 1e-9);
  return rank >= 1 && rank <= sorted.length ? sorted[rank - 1]! : Number.POSITIVE_INFINITY;
}

/**
 * Distance of a row to the training data: the mean Euclidean distance to its k nearest reference
 * rows of the baseline sample, numbers scaled by the feature's standard deviation, a differing
 * category counting 1, a missing number sitting at the mean.
 *
 * The threshold is split-conformal: a seeded share of the sample (`calibration`) is held out of the
 * reference rows, each held-out row is scored against the reference rows, and the threshold is the
 * ⌈(n+1)(1−α)⌉-th smallest of those n scores. A new row drawn like the training data is then
 * exchangeable with the calibration rows, so it scores above the threshold (`score` above 1) with
 * probability at most α (in expectation over the calibration draw).
 */
export class TrainingDistance {
  readonly threshold: number;
  readonly calibrationSize: number;
  private readonly vectors: Float64Array[];
  private readonly categorical: Array<Array<string | null>>;

  constructor(
    private readonly features: readonly FeatureSpec[],
    sample: TabularBaseline['sample'],
    private readonly options: DistanceOptions,
  ) {
    const order = sample.map((_, index) => index);
    const random = seededRandom(splitSeed);
    for (let index = order.length - 1; index > 0; index--) {
      const other = Math.floor(random() * (index + 1));
      [order[index], order[other]] = [order[other]!, order[index]!];
    }
    const held = Math.min(sample.length, Math.round(sample.length * options.calibration));
    const calibration = order.slice(0, held).map((index) => sample[index]!);
    const reference = order.slice(held).map((index) => sample[index]!);
    this.vectors = reference.map((row) => this.numericVector(row));
    this.categorical = reference.map((row) => this.categoryVector(row));
    this.calibrationSize = calibration.length;
    const scores = calibration.map((row) =>
      this.meanNearest(this.numericVector(row), this.categoryVector(row)),
    );
    this.threshold = Math.max(conformalThreshold(scores, options.alpha), 1e-9);
  }

  /** Reference rows (the sample less the calibration rows). */
  get sampleSize(): number {
    return this.vectors.length;
  }

  /** Distance / threshold for one row (values in feature order). */
  score(row: readonly unknown[]): number {
    return this.meanNearest(this.numericVector(row), this.categoryVector(row)) / this.threshold;
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

  private meanNearest(vector: Float64Array, categories: Array<string | null>): number {
    const k = Math.min(this.options.k, this.vectors.length);
    if (k <= 0) return 0;
    // The k smallest squared distances, kept sorted (k is small).
    const nearest: number[] = [];
    for (let index = 0; index < this.vectors.length; index++) {
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
