import type { Finding } from '../../core/index.ts';
import { categoricalFeatures, type DataCheck, numericFeatures, round, skipped } from '../check.ts';
import type { ColumnProfile } from '../profile.ts';
import {
  chiSquareGoodnessOfFit,
  jensenShannonDistance,
  ksPValue,
  ksStatisticFromQuantiles,
  populationStabilityIndex,
  wassersteinFromQuantiles,
} from '../statistics.ts';

interface ColumnDrift {
  column: string;
  method: string;
  value: number;
  threshold: number;
  drifted: boolean;
}

/**
 * Per-feature drift vs the baseline, with Evidently's defaults: for ≤ 1000 rows, KS (numeric) and
 * chi-square (categorical) at p < 0.05; above that, normed Wasserstein (numeric) and Jensen–Shannon
 * distance (categorical) at ≥ 0.1. The dataset drifts when ≥ driftShare of its columns drift.
 */
export const driftCheck: DataCheck = {
  id: 'drift',
  title: 'Feature drift',
  async run(context) {
    const { current, baseline, policy } = context;
    if (!baseline) return skipped('no baseline to compare with');
    const options = policy.checks.drift;
    const small = current.rowCount <= 1000;
    const before = new Map(baseline.columns.map((column) => [column.name, column]));
    const results: ColumnDrift[] = [];
    /** p-values drift when below the threshold; distances when at or above it. */
    const measure = (column: string, method: string, value: number, threshold: number) =>
      results.push({
        column,
        method,
        value,
        threshold,
        drifted: method.endsWith('p-value') ? value < threshold : value >= threshold,
      });
    for (const name of numericFeatures(context)) {
      const now = current.columns.find((column) => column.name === name)!.numeric!;
      const then = before.get(name)?.numeric;
      if (!then) continue;
      const method = options.method === 'auto' ? (small ? 'ks' : 'wasserstein') : options.method;
      if (method === 'ks') {
        const statistic = ksStatisticFromQuantiles(then.quantiles, now.quantiles);
        measure(name, 'ks p-value', ksPValue(statistic, baseline.rowCount, current.rowCount), options.pValue);
      } else if (method === 'psi') {
        measure(name, 'psi', numericPsi(then.quantiles, now.quantiles), options.psiThreshold);
      } else {
        const value = wassersteinFromQuantiles(then.quantiles, now.quantiles, then.std);
        measure(name, 'wasserstein (normed)', value, options.wassersteinThreshold);
      }
    }
    for (const name of categoricalFeatures(context, Number.POSITIVE_INFINITY)) {
      const now = current.columns.find((column) => column.name === name)!;
      const then = before.get(name);
      if (!then?.categories || !now.categories) continue;
      const [expected, observed] = alignCategories(then, now);
      const method = options.method === 'auto' ? (small ? 'chisquare' : 'jensenshannon') : options.method;
      if (method === 'chisquare' || method === 'ks') {
        measure(
          name,
          'chi-square p-value',
          chiSquareGoodnessOfFit(observed, expected).pValue,
          options.pValue,
        );
      } else if (method === 'psi') {
        measure(name, 'psi', populationStabilityIndex(expected, observed), options.psiThreshold);
      } else {
        measure(
          name,
          'jensen-shannon',
          jensenShannonDistance(expected, observed),
          options.jensenShannonThreshold,
        );
      }
    }
    if (results.length === 0) return skipped('no feature columns shared with the baseline');
    const drifted = results.filter((result) => result.drifted);
    const share = drifted.length / results.length;
    const failed = share >= options.driftShare;
    const findings: Finding[] = drifted.map((result) => ({
      ruleId: 'data.drift.column',
      severity: failed ? options.severity : 'info',
      message: `column "${result.column}" drifted: ${result.method} ${round(result.value, 4)} (threshold ${result.threshold})`,
      location: { detail: `column ${result.column}` },
    }));
    const metrics: Record<string, number> = {
      driftedColumns: drifted.length,
      columns: results.length,
      driftedShare: round(share, 4),
    };
    for (const result of results) metrics[`${result.column}`] = round(result.value, 4);
    return {
      status: failed ? 'fail' : 'pass',
      summary: `${drifted.length} of ${results.length} column(s) drifted (${round(share * 100, 1)}%; dataset drift at ≥ ${options.driftShare * 100}%)${drifted.length > 0 ? `: ${drifted.map((result) => result.column).join(', ')}` : ''}`,
      metrics,
      findings,
      suspects: [],
      suspectCount: 0,
      charts: [],
    };
  },
};

function alignCategories(before: ColumnProfile, now: ColumnProfile): [number[], number[]] {
  const names = [
    ...new Set([...Object.keys(before.categories!.values), ...Object.keys(now.categories!.values)]),
  ].sort();
  const expected = names.map((name) => before.categories!.values[name] ?? 0);
  const observed = names.map((name) => now.categories!.values[name] ?? 0);
  expected.push(before.categories!.otherCount);
  observed.push(now.categories!.otherCount);
  return [expected, observed];
}

/** PSI over the baseline's deciles, with the current shares read off its quantile sketch. */
function numericPsi(base: readonly number[], current: readonly number[]): number {
  const edges = [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100].map((index) => base[index] ?? 0);
  const share = (x: number) => {
    let count = 0;
    for (const value of current) if (value <= x) count++;
    return count / current.length;
  };
  const expected: number[] = [];
  const observed: number[] = [];
  for (let index = 1; index < edges.length; index++) {
    expected.push(0.1);
    const high = index === edges.length - 1 ? 1 : share(edges[index]!);
    const low = index === 1 ? 0 : share(edges[index - 1]!);
    observed.push(Math.max(0, high - low));
  }
  return populationStabilityIndex(expected, observed);
}
