import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../core/index.ts';
import type { FeatureSpec } from './baseline.ts';
import { calibrationRowsNeeded, conformalThreshold, TrainingDistance } from './distance.ts';

const standardNormal = (name: string): FeatureSpec => ({
  name,
  kind: 'numeric',
  allowsMissing: false,
  min: -10,
  max: 10,
  mean: 0,
  scale: 1,
  quantiles: [],
  histogram: { edges: [], counts: [] },
  categories: new Map(),
  openCategories: false,
});
const features = [standardNormal('a'), standardNormal('b')];

function gaussianRows(count: number, random: () => number): number[][] {
  const gaussian = () =>
    Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
  return Array.from({ length: count }, () => [gaussian(), gaussian()]);
}

describe('conformal threshold of the k-NN distance', () => {
  it('is the ⌈(n+1)(1−α)⌉-th smallest calibration score', () => {
    const scores = Array.from({ length: 100 }, (_, index) => 100 - index); // 100 … 1, unsorted on purpose
    expect(conformalThreshold(scores, 0.1)).toBe(91); // ⌈101 × 0.9⌉ = 91
    expect(conformalThreshold(scores, 0.01)).toBe(100); // ⌈101 × 0.99⌉ = 100
    expect(conformalThreshold(scores.slice(0, 50), 0.05)).toBe(100 - 49 + 48); // ⌈51 × 0.95⌉ = 49th of 51…100
  });

  it('is infinite (never flags) when there are too few calibration rows for α, and finite from the stated minimum', () => {
    expect(calibrationRowsNeeded(0.01)).toBe(99);
    expect(calibrationRowsNeeded(0.05)).toBe(19);
    const scores = Array.from({ length: 99 }, (_, index) => index + 1);
    expect(conformalThreshold(scores, 0.01)).toBe(99);
    expect(conformalThreshold(scores.slice(1), 0.01)).toBe(Number.POSITIVE_INFINITY);
  });

  it('keeps the calibration rows out of the neighbours', () => {
    const sample = gaussianRows(400, seededRandom(1));
    const distance = new TrainingDistance(features, sample, { k: 5, alpha: 0.05, calibration: 0.3 });
    expect(distance.calibrationSize).toBe(120);
    expect(distance.sampleSize).toBe(280);
    // Some held-out sample rows score above 0: a row among the neighbours would be at distance 0 from itself
    // and contribute 0 to its own k-NN mean.
    const zeroNearest = sample.filter((row) => distance.score(row) * distance.threshold < 1e-12).length;
    expect(zeroNearest).toBe(0);
  });

  it('flags at most α of fresh rows drawn like the training data, averaged over training draws', () => {
    const alpha = 0.05;
    const rates: number[] = [];
    for (let seed = 1; seed <= 60; seed++) {
      const random = seededRandom(seed * 7919);
      const sample = gaussianRows(400, random);
      const fresh = gaussianRows(2000, random);
      const distance = new TrainingDistance(features, sample, { k: 5, alpha, calibration: 0.3 });
      rates.push(fresh.filter((row) => distance.score(row) > 1).length / fresh.length);
    }
    const mean = rates.reduce((sum, rate) => sum + rate, 0) / rates.length;
    // Exact expectation 1 − ⌈121 × 0.95⌉/121 = 4.96%; the standard error of this mean is about 0.26 points.
    expect(mean).toBeLessThanOrEqual(alpha + 0.005);
    expect(mean).toBeGreaterThan(alpha - 0.015);
    // Far from the training data always scores above 1.
    const distance = new TrainingDistance(features, gaussianRows(400, seededRandom(5)), {
      k: 5,
      alpha,
      calibration: 0.3,
    });
    expect(distance.score([6, -6])).toBeGreaterThan(1);
  });
});
