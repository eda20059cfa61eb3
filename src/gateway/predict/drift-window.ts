import { ksAgainstQuantiles, smoothedPopulationStabilityIndex } from '../../core/index.ts';
import type { FeatureSpec, TabularBaseline } from './baseline.ts';

export interface FeatureDrift {
  feature: string;
  psi: number;
  /** KS statistic against the training distribution (numeric features). */
  ks?: number;
  ksPValue?: number;
}

export interface DriftReport {
  rows: number;
  features: FeatureDrift[];
  /** PSI of the predicted classes against the training label distribution (when answers were read). */
  predictionPsi?: number;
  predictions: number;
  /** The largest feature PSI, and whether any feature crossed the thresholds. */
  maxPsi: number;
  drifted: string[];
}

/** The small-sample PSI (half a count added to every bin; see core). */
export const psi = smoothedPopulationStabilityIndex;

/** One-sample KS statistic of `values` against the training quantiles, and its asymptotic p-value. */
export const ksAgainstTraining = ksAgainstQuantiles;

/**
 * Live drift of a predict route: rows (and the classes answered) are gathered until `window` rows
 * have been seen, then compared with the training baseline feature by feature: PSI over the
 * baseline's histogram bins (categories for categorical features) and KS against its quantiles.
 * One report per full window; counters start afresh.
 */
export class DriftWindow {
  private values: number[][];
  private categories: Array<Map<string, number>>;
  private predictions = new Map<string, number>();
  private rows = 0;

  constructor(
    private readonly baseline: TabularBaseline,
    private readonly window: number,
    private readonly psiThreshold: number,
  ) {
    this.values = baseline.features.map(() => []);
    this.categories = baseline.features.map(() => new Map());
  }

  /** Add a request's rows; returns a report when the window is full. */
  addRows(rows: readonly (readonly unknown[])[]): DriftReport | undefined {
    for (const row of rows) {
      this.baseline.features.forEach((feature, index) => {
        const value = row[index];
        if (feature.kind === 'numeric') {
          if (typeof value === 'number' && Number.isFinite(value)) this.values[index]!.push(value);
        } else if (value !== null && value !== undefined) {
          const key = String(value);
          this.categories[index]!.set(key, (this.categories[index]!.get(key) ?? 0) + 1);
        }
      });
      this.rows++;
    }
    if (this.rows < this.window) return undefined;
    const report = this.report();
    this.values = this.baseline.features.map(() => []);
    this.categories = this.baseline.features.map(() => new Map());
    this.predictions = new Map();
    this.rows = 0;
    return report;
  }

  addPredictions(labels: readonly string[]): void {
    for (const label of labels) this.predictions.set(label, (this.predictions.get(label) ?? 0) + 1);
  }

  private report(): DriftReport {
    const features = this.baseline.features.map((feature, index) => this.featureDrift(feature, index));
    const predicted = [...this.predictions.values()].reduce((sum, count) => sum + count, 0);
    const classes = Object.keys(this.baseline.labelDistribution);
    const report: DriftReport = {
      rows: this.rows,
      features,
      predictions: predicted,
      maxPsi: Math.max(0, ...features.map((feature) => feature.psi)),
      // A number drifts when both agree: PSI over the threshold and KS below 0.01 (PSI alone is noisy on small windows).
      drifted: features
        .filter((feature) => feature.psi > this.psiThreshold && (feature.ksPValue ?? 0) < 0.01)
        .map((feature) => feature.feature),
    };
    if (predicted > 0 && classes.length > 0) {
      const unknown = [...this.predictions.keys()].filter((label) => !classes.includes(label));
      report.predictionPsi = psi(
        [...classes.map((label) => this.baseline.labelDistribution[label]!), ...unknown.map(() => 0)],
        [...classes, ...unknown].map((label) => this.predictions.get(label) ?? 0),
      );
    }
    return report;
  }

  private featureDrift(feature: FeatureSpec, index: number): FeatureDrift {
    if (feature.kind === 'categorical') {
      const seen = this.categories[index]!;
      const known = [...feature.categories.keys()];
      const unseen = [...seen.keys()].filter((key) => !feature.categories.has(key));
      return {
        feature: feature.name,
        psi: psi(
          [...known.map((key) => feature.categories.get(key)!), ...unseen.map(() => 0)],
          [...known, ...unseen].map((key) => seen.get(key) ?? 0),
        ),
      };
    }
    const values = this.values[index]!;
    const { edges, counts } = feature.histogram;
    const binned = new Array<number>(counts.length).fill(0);
    const width = edges.length > 1 ? (edges[edges.length - 1]! - edges[0]!) / counts.length : 0;
    for (const value of values) {
      const bin = width > 0 ? Math.floor((value - edges[0]!) / width) : 0;
      binned[Math.min(counts.length - 1, Math.max(0, bin))]! += 1;
    }
    const drift: FeatureDrift = { feature: feature.name, psi: counts.length > 0 ? psi(counts, binned) : 0 };
    if (feature.quantiles.length > 1 && values.length > 0) {
      const { d, p } = ksAgainstTraining(values, feature.quantiles);
      drift.ks = d;
      drift.ksPValue = p;
    }
    return drift;
  }
}
