import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  cdfFromQuantiles,
  chiSquareGoodnessOfFit,
  chiSquarePValue,
  jensenShannonDistance,
  ksPValue,
  ksStatisticFromQuantiles,
  median,
  medianAbsoluteDeviation,
  populationStabilityIndex,
  seededRandom,
  wassersteinFromQuantiles,
} from './statistics.ts';

const quantilesOf = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return Array.from({ length: 101 }, (_, index) => sorted[Math.round((index / 100) * (sorted.length - 1))]!);
};

describe('statistics', () => {
  it('chi-square p-values match the tables', () => {
    expect(chiSquarePValue(3.841, 1)).toBeCloseTo(0.05, 3);
    expect(chiSquarePValue(5.991, 2)).toBeCloseTo(0.05, 3);
    expect(chiSquarePValue(18.307, 10)).toBeCloseTo(0.05, 3);
    expect(chiSquarePValue(0, 3)).toBe(1);
  });

  it('goodness of fit: same proportions pass, a shifted distribution has a large effect', () => {
    const same = chiSquareGoodnessOfFit([500, 300, 200], [0.5, 0.3, 0.2]);
    expect(same.pValue).toBeGreaterThan(0.9);
    expect(same.effectSize).toBeLessThan(0.01);
    const shifted = chiSquareGoodnessOfFit([200, 300, 500], [0.5, 0.3, 0.2]);
    expect(shifted.pValue).toBeLessThan(1e-6);
    expect(shifted.effectSize).toBeGreaterThan(0.5);
  });

  it('PSI is 0 for identical bins and grows with the shift', () => {
    expect(populationStabilityIndex([10, 20, 30], [10, 20, 30])).toBeCloseTo(0, 10);
    const small = populationStabilityIndex([50, 50], [55, 45]);
    const large = populationStabilityIndex([50, 50], [90, 10]);
    expect(small).toBeLessThan(0.1);
    expect(large).toBeGreaterThan(0.2);
  });

  it('Jensen-Shannon distance is 0 for equal and 1 for disjoint distributions', () => {
    expect(jensenShannonDistance([1, 2, 3], [2, 4, 6])).toBeCloseTo(0, 10);
    expect(jensenShannonDistance([1, 0], [0, 1])).toBeCloseTo(1, 10);
  });

  it('KS and Wasserstein from quantile sketches see a shift and not its absence', () => {
    const random = seededRandom(5);
    const a = Array.from({ length: 2000 }, () => random());
    const b = Array.from({ length: 2000 }, () => random());
    const shifted = b.map((value) => value + 0.3);
    const same = ksStatisticFromQuantiles(quantilesOf(a), quantilesOf(b));
    expect(ksPValue(same, 2000, 2000)).toBeGreaterThan(0.05);
    const moved = ksStatisticFromQuantiles(quantilesOf(a), quantilesOf(shifted));
    expect(moved).toBeGreaterThan(0.25);
    expect(ksPValue(moved, 2000, 2000)).toBeLessThan(1e-6);
    const std = 1 / Math.sqrt(12);
    expect(wassersteinFromQuantiles(quantilesOf(a), quantilesOf(b), std)).toBeLessThan(0.1);
    expect(wassersteinFromQuantiles(quantilesOf(a), quantilesOf(shifted), std)).toBeCloseTo(0.3 / std, 1);
  });

  it('CDF from quantiles is monotone and within [0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e6, max: 1e6, noNaN: true }), { minLength: 2, maxLength: 50 }),
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        fc.double({ min: -2e6, max: 2e6, noNaN: true }),
        (values, x, y) => {
          const quantiles = [...values].sort((a, b) => a - b);
          const [low, high] = x <= y ? [x, y] : [y, x];
          const left = cdfFromQuantiles(quantiles, low);
          const right = cdfFromQuantiles(quantiles, high);
          return left >= 0 && right <= 1 && left <= right;
        },
      ),
      { numRuns: 200 },
    );
  });

  it('median and MAD', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(medianAbsoluteDeviation([1, 2, 3, 4, 100])).toBe(1);
  });
});
