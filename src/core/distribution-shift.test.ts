import { describe, expect, it } from 'vitest';
import {
  cdfFromQuantiles,
  ksAgainstQuantiles,
  ksPValue,
  populationStabilityIndex,
  smoothedPopulationStabilityIndex,
} from './distribution-shift.ts';

const uniform = Array.from({ length: 101 }, (_, index) => index / 100);

describe('distribution-shift statistics', () => {
  it('reads a CDF off equally spaced quantiles', () => {
    expect(cdfFromQuantiles(uniform, -1)).toBe(0);
    expect(cdfFromQuantiles(uniform, 0.25)).toBeCloseTo(0.25, 10);
    expect(cdfFromQuantiles(uniform, 2)).toBe(1);
  });

  it('gives the one-sample and two-sample KS tests the same Kolmogorov tail for the same effective size', () => {
    const values = Array.from({ length: 400 }, (_, index) => (index + 0.5) / 400 + 0.1);
    const { d, p } = ksAgainstQuantiles(values, uniform);
    expect(d).toBeCloseTo(0.1, 2);
    // Two samples of 800 each have the effective size of one sample of 400.
    expect(ksPValue(d, 800, 800)).toBeCloseTo(p, 10);
    expect(p).toBeLessThan(0.05);
  });

  it('answers an empty sample with no shift instead of NaN', () => {
    expect(ksAgainstQuantiles([], uniform)).toEqual({ d: 0, p: 1 });
  });

  it('keeps both PSI estimators at zero for identical bins and positive for a shift', () => {
    expect(populationStabilityIndex([10, 20, 30], [10, 20, 30])).toBeCloseTo(0, 10);
    expect(smoothedPopulationStabilityIndex([10, 20, 30], [10, 20, 30])).toBeCloseTo(0, 10);
    // An empty bin: the floored estimator explodes, the smoothed one stays moderate.
    expect(populationStabilityIndex([50, 50], [100, 0])).toBeGreaterThan(3);
    expect(smoothedPopulationStabilityIndex([50, 50], [100, 0])).toBeLessThan(3);
  });
});
