import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../core/index.ts';
import type { FeatureSpec, TabularBaseline } from './baseline.ts';
import { DriftWindow, ksAgainstTraining, psi } from './drift-window.ts';

/** A standard-normal feature as a profile would describe it (101 quantiles, 20-bin histogram). */
function normalFeature(name: string, values: number[]): FeatureSpec {
  const sorted = [...values].sort((a, b) => a - b);
  const quantiles = Array.from(
    { length: 101 },
    (_, step) => sorted[Math.round((step / 100) * (sorted.length - 1))]!,
  );
  const min = sorted[0]!;
  const max = sorted[sorted.length - 1]!;
  const width = (max - min) / 20;
  const counts = new Array<number>(20).fill(0);
  for (const value of sorted) counts[Math.min(19, Math.floor((value - min) / width))]! += 1;
  return {
    name,
    kind: 'numeric',
    allowsMissing: false,
    min,
    max,
    mean: 0,
    scale: 1,
    quantiles,
    histogram: { edges: Array.from({ length: 21 }, (_, step) => min + step * width), counts },
    categories: new Map(),
    openCategories: false,
  };
}

const random = seededRandom(3);
const gaussian = () => Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());

describe('drift statistics', () => {
  it('PSI is 0 for identical distributions and grows with the shift', () => {
    expect(psi([10, 20, 30], [10, 20, 30])).toBeCloseTo(0, 10);
    expect(psi([10, 20, 30], [30, 20, 10])).toBeGreaterThan(0.5);
  });

  it('KS p-value is large for a sample from the training distribution and tiny for a shifted one', () => {
    const training = Array.from({ length: 5000 }, gaussian);
    const feature = normalFeature('x', training);
    expect(ksAgainstTraining(Array.from({ length: 300 }, gaussian), feature.quantiles).p).toBeGreaterThan(
      0.01,
    );
    expect(
      ksAgainstTraining(
        Array.from({ length: 300 }, () => gaussian() + 0.5),
        feature.quantiles,
      ).p,
    ).toBeLessThan(1e-6);
  });

  it('reports once per full window and names only the shifted feature', () => {
    const baseline: TabularBaseline = {
      features: [
        normalFeature('steady', Array.from({ length: 5000 }, gaussian)),
        normalFeature('moving', Array.from({ length: 5000 }, gaussian)),
      ],
      label: 'y',
      labelDistribution: { yes: 50, no: 50 },
      sample: [],
    };
    const window = new DriftWindow(baseline, 400, 0.2);
    expect(window.addRows(Array.from({ length: 399 }, () => [gaussian(), gaussian()]))).toBeUndefined();
    window.addPredictions(Array.from({ length: 200 }, () => 'yes'));
    const quiet = window.addRows([[gaussian(), gaussian()]]);
    expect(quiet?.rows).toBe(400);
    expect(quiet?.drifted).toEqual([]);
    // All answers "yes" against a 50/50 training split.
    expect(quiet?.predictionPsi).toBeGreaterThan(0.2);
    const shifted = window.addRows(Array.from({ length: 400 }, () => [gaussian(), gaussian() + 1]));
    expect(shifted?.drifted).toEqual(['moving']);
    expect(shifted?.predictions).toBe(0);
  });
});
