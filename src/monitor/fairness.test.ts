import { describe, expect, it } from 'vitest';
import { RampartError } from '../core/index.ts';
import { type FairnessRecord, measureFairness } from './fairness.ts';

/** `count` records of `group`: `selected` predicted positive; labels positive for the first `positives`, of which `truePositives` selected. */
function group(
  name: string,
  count: number,
  selected: number,
  positives: number,
  truePositives: number,
): FairnessRecord[] {
  return Array.from({ length: count }, (_, index) => {
    const label = index < positives;
    const prediction = label ? index < truePositives : index - positives < selected - truePositives;
    return { group: name, label, prediction };
  });
}

describe('measureFairness', () => {
  const records = [...group('a', 200, 100, 100, 80), ...group('b', 200, 60, 100, 50)];

  it('computes parity differences and the disparate-impact ratio against the most-selected group', () => {
    const report = measureFairness(records, { resamples: 200 });
    expect(report.reference).toBe('a');
    const b = report.groups.find((entry) => entry.group === 'b')!;
    expect(b.selectionRate).toBeCloseTo(0.3, 10);
    expect(b.truePositiveRate).toBeCloseTo(0.5, 10);
    expect(b.demographicParityDifference.value).toBeCloseTo(-0.2, 10);
    expect(b.equalOpportunityDifference!.value).toBeCloseTo(-0.3, 10);
    expect(b.disparateImpactRatio.value).toBeCloseTo(0.6, 10);
    expect(b.failsFourFifths).toBe(true);
    expect(report.passed).toBe(false);
  });

  it('bootstrap intervals contain the estimate and narrow with more data', () => {
    const small = measureFairness(records, { resamples: 300 });
    const large = measureFairness(
      [...group('a', 2000, 1000, 1000, 800), ...group('b', 2000, 600, 1000, 500)],
      { resamples: 300 },
    );
    const width = (report: typeof small) => {
      const ratio = report.groups.find((entry) => entry.group === 'b')!.disparateImpactRatio;
      expect(ratio.low).toBeLessThanOrEqual(ratio.value);
      expect(ratio.high).toBeGreaterThanOrEqual(ratio.value);
      return ratio.high - ratio.low;
    };
    expect(width(large)).toBeLessThan(width(small) / 2);
  });

  it('passes equal groups, and does not gate a group smaller than the minimum size', () => {
    const fair = measureFairness([...group('a', 100, 50, 50, 40), ...group('b', 100, 50, 50, 40)], {
      resamples: 50,
    });
    expect(fair.passed).toBe(true);
    const tiny = measureFairness([...group('a', 100, 50, 50, 40), ...group('c', 10, 1, 5, 1)], {
      resamples: 50,
    });
    expect(tiny.groups.find((entry) => entry.group === 'c')!.gated).toBe(false);
    expect(tiny.passed).toBe(true);
  });

  it('refuses a log with one group or none, with a code', () => {
    const codeOf = (run: () => unknown) => {
      try {
        run();
      } catch (error) {
        return RampartError.is(error) ? error.code : 'not a RampartError';
      }
      return 'no error';
    };
    expect(codeOf(() => measureFairness([]))).toBe('RAMPART_MONITOR_LOG_INVALID');
    expect(codeOf(() => measureFairness(group('a', 10, 5, 5, 4)))).toBe('RAMPART_MONITOR_LOG_INVALID');
    expect(codeOf(() => measureFairness(records, { reference: 'zzz' }))).toBe('RAMPART_USAGE');
  });
});
