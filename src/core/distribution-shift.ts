/**
 * Distribution-shift statistics shared by the data gate's drift checks (src/data) and the gateway's
 * live drift window (src/gateway/predict): CDFs from quantile sketches, Kolmogorov–Smirnov statistics
 * and p-values, and the population stability index in its two estimators.
 */

/** CDF at `x` of a distribution given by equally spaced quantiles (q[0] = min … q[n-1] = max). */
export function cdfFromQuantiles(quantiles: readonly number[], x: number): number {
  const last = quantiles.length - 1;
  if (last < 1) return x >= (quantiles[0] ?? 0) ? 1 : 0;
  if (x < quantiles[0]!) return 0;
  if (x >= quantiles[last]!) return 1;
  let low = 0;
  let high = last;
  while (high - low > 1) {
    const middle = (low + high) >> 1;
    if (quantiles[middle]! <= x) low = middle;
    else high = middle;
  }
  // Ties: jump to the last equal quantile.
  while (low < last && quantiles[low + 1]! <= x) low++;
  const left = quantiles[low]!;
  const right = quantiles[low + 1] ?? left;
  const fraction = right > left ? (x - left) / (right - left) : 0;
  return (low + fraction) / last;
}

/**
 * P(K > λ) for the Kolmogorov distribution, with Stephens' small-sample correction applied to the
 * statistic: λ = (√n + 0.12 + 0.11/√n)·D for an effective sample size n.
 */
function kolmogorovPValue(statistic: number, effectiveSize: number): number {
  const root = Math.sqrt(effectiveSize);
  const lambda = (root + 0.12 + 0.11 / root) * statistic;
  if (lambda < 1e-3) return 1;
  let sum = 0;
  for (let k = 1; k <= 100; k++) {
    const term = 2 * (-1) ** (k - 1) * Math.exp(-2 * k * k * lambda * lambda);
    sum += term;
    if (Math.abs(term) < 1e-12) break;
  }
  return Math.min(1, Math.max(0, sum));
}

/** Two-sample Kolmogorov–Smirnov statistic D from two quantile sketches. */
export function ksStatisticFromQuantiles(base: readonly number[], current: readonly number[]): number {
  let statistic = 0;
  for (const x of [...base, ...current]) {
    statistic = Math.max(statistic, Math.abs(cdfFromQuantiles(base, x) - cdfFromQuantiles(current, x)));
  }
  return statistic;
}

/** Asymptotic p-value of the two-sample KS statistic (Kolmogorov distribution, Stephens' correction). */
export function ksPValue(statistic: number, sizeA: number, sizeB: number): number {
  if (sizeA <= 0 || sizeB <= 0) return 1;
  return kolmogorovPValue(statistic, (sizeA * sizeB) / (sizeA + sizeB));
}

/** One-sample KS statistic of `values` against a distribution given by its quantiles, and its p-value. */
export function ksAgainstQuantiles(
  values: readonly number[],
  quantiles: readonly number[],
): { d: number; p: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return { d: 0, p: 1 };
  let d = 0;
  sorted.forEach((value, index) => {
    const cdf = cdfFromQuantiles(quantiles, value);
    d = Math.max(d, Math.abs((index + 1) / n - cdf), Math.abs(cdf - index / n));
  });
  return { d, p: kolmogorovPValue(d, n) };
}

function shares(values: readonly number[]): number[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  return values.map((value) => (total > 0 ? value / total : 0));
}

/**
 * Population stability index over matching bins: Σ (a − e)·ln(a / e), with empty bins floored
 * at `epsilon`. Rule of thumb: < 0.1 stable, 0.1–0.2 moderate shift, > 0.2 significant shift.
 */
export function populationStabilityIndex(
  expected: readonly number[],
  actual: readonly number[],
  epsilon = 1e-4,
): number {
  const e = shares(expected);
  const a = shares(actual);
  let psi = 0;
  for (let index = 0; index < e.length; index++) {
    const left = Math.max(e[index]!, epsilon);
    const right = Math.max(a[index] ?? 0, epsilon);
    psi += (right - left) * Math.log(right / left);
  }
  return psi;
}

/**
 * The population stability index for small samples: half a count added to every bin of both sides
 * (counts, not shares, are given), so that in a live window of a few hundred requests an empty bin
 * does not dominate the sum the way a floor at a tiny share would.
 */
export function smoothedPopulationStabilityIndex(
  expected: readonly number[],
  actual: readonly number[],
): number {
  const bins = expected.length;
  const expectedTotal = expected.reduce((sum, value) => sum + value, 0) + bins / 2;
  const actualTotal = actual.reduce((sum, value) => sum + value, 0) + bins / 2;
  let total = 0;
  expected.forEach((count, index) => {
    const e = (count + 0.5) / expectedTotal;
    const a = ((actual[index] ?? 0) + 0.5) / actualTotal;
    total += (a - e) * Math.log(a / e);
  });
  return total;
}
