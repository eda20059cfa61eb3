import {
  cdfFromQuantiles,
  ksPValue,
  ksStatisticFromQuantiles,
  populationStabilityIndex,
  seededRandom,
} from '../core/index.ts';

/**
 * The statistical tests the checks use, as pure functions over small arrays (counts, fractions,
 * quantile sketches). DuckDB computes the sketches; nothing here touches rows.
 */

/** ln Γ(x) by the Lanczos approximation (g = 7, n = 9). */
function logGamma(x: number): number {
  const coefficients = [
    0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
  ];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  const shifted = x - 1;
  let sum = coefficients[0]!;
  for (let index = 1; index < 9; index++) sum += coefficients[index]! / (shifted + index);
  const t = shifted + 7.5;
  return 0.5 * Math.log(2 * Math.PI) + (shifted + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Upper regularised incomplete gamma Q(a, x) (Numerical Recipes gser/gcf). */
export function upperGamma(a: number, x: number): number {
  if (x <= 0) return 1;
  const logPrefix = -x + a * Math.log(x) - logGamma(a);
  if (x < a + 1) {
    let term = 1 / a;
    let sum = term;
    for (let n = 1; n < 500; n++) {
      term *= x / (a + n);
      sum += term;
      if (Math.abs(term) < Math.abs(sum) * 1e-15) break;
    }
    return Math.max(0, 1 - sum * Math.exp(logPrefix));
  }
  let b = x + 1 - a;
  let c = 1 / 1e-300;
  let d = 1 / b;
  let h = d;
  for (let n = 1; n < 500; n++) {
    const an = -n * (n - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-15) break;
  }
  return Math.min(1, Math.exp(logPrefix) * h);
}

/** P(X ≥ statistic) for a chi-square distribution with `degrees` degrees of freedom. */
export function chiSquarePValue(statistic: number, degrees: number): number {
  if (degrees <= 0) return 1;
  return upperGamma(degrees / 2, statistic / 2);
}

export interface ChiSquareResult {
  statistic: number;
  degrees: number;
  pValue: number;
  /** Cohen's w = sqrt(χ² / n): 0.1 small, 0.3 medium, 0.5 large. */
  effectSize: number;
}

/** Goodness of fit of observed counts to expected proportions (same category order). */
export function chiSquareGoodnessOfFit(
  observed: readonly number[],
  expectedProportions: readonly number[],
): ChiSquareResult {
  const total = observed.reduce((sum, value) => sum + value, 0);
  const proportionTotal = expectedProportions.reduce((sum, value) => sum + value, 0);
  let statistic = 0;
  let degrees = -1;
  for (let index = 0; index < observed.length; index++) {
    const expected = (total * (expectedProportions[index] ?? 0)) / (proportionTotal || 1);
    // A category absent from the expected distribution gets a floor so it still counts as a shift.
    const floor = Math.max(expected, total * 1e-4, 1e-9);
    statistic += (observed[index]! - floor) ** 2 / floor;
    degrees++;
  }
  if (total === 0 || degrees <= 0)
    return { statistic: 0, degrees: Math.max(degrees, 0), pValue: 1, effectSize: 0 };
  return {
    statistic,
    degrees,
    pValue: chiSquarePValue(statistic, degrees),
    effectSize: Math.sqrt(statistic / total),
  };
}

function normalise(values: readonly number[]): number[] {
  const total = values.reduce((sum, value) => sum + value, 0);
  return values.map((value) => (total > 0 ? value / total : 0));
}

/** Jensen–Shannon distance (base 2, in [0, 1]), as scipy.spatial.distance.jensenshannon. */
export function jensenShannonDistance(p: readonly number[], q: readonly number[]): number {
  const left = normalise(p);
  const right = normalise(q);
  let divergence = 0;
  for (let index = 0; index < left.length; index++) {
    const a = left[index]!;
    const b = right[index] ?? 0;
    const m = (a + b) / 2;
    if (a > 0) divergence += 0.5 * a * Math.log2(a / m);
    if (b > 0) divergence += 0.5 * b * Math.log2(b / m);
  }
  return Math.sqrt(Math.max(0, divergence));
}

/**
 * Wasserstein-1 distance from two equally spaced quantile sketches (the mean absolute difference
 * of the quantile functions), divided by `scale` (the baseline's standard deviation: Evidently's
 * "normed" Wasserstein).
 */
export function wassersteinFromQuantiles(
  base: readonly number[],
  current: readonly number[],
  scale: number,
): number {
  const count = Math.min(base.length, current.length);
  if (count === 0) return 0;
  let sum = 0;
  for (let index = 0; index < count; index++) sum += Math.abs(base[index]! - current[index]!);
  const distance = sum / count;
  return scale > 0 ? distance / scale : distance;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** Median absolute deviation (unscaled). */
export function medianAbsoluteDeviation(values: readonly number[], center = median(values)): number {
  return median(values.map((value) => Math.abs(value - center)));
}

// The distribution-shift statistics live in core, shared with the gateway's drift window.
export { cdfFromQuantiles, ksPValue, ksStatisticFromQuantiles, populationStabilityIndex, seededRandom };
