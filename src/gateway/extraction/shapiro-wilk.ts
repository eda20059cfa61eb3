import { normalQuantile, normalUpperTail } from '../../core/index.ts';

export interface ShapiroWilkResult {
  /** W in (0, 1]: close to 1 when the sample looks normal. */
  w: number;
  /** Probability of a W this small or smaller if the sample were normal. */
  p: number;
}

const poly = (coefficients: readonly number[], x: number): number => {
  let result = 0;
  for (let index = coefficients.length - 1; index >= 0; index--) result = result * x + coefficients[index]!;
  return result;
};

/**
 * The Shapiro–Wilk normality test for 3 ≤ n ≤ 5000, with Royston's (1992, 1995) approximations of
 * the coefficients and of the p-value (the algorithm behind R's shapiro.test and SciPy's
 * stats.shapiro). A constant sample has no defined W: it returns W = 1, p = 1.
 */
export function shapiroWilk(sample: readonly number[]): ShapiroWilkResult {
  const n = sample.length;
  if (n < 3 || n > 5000) throw new RangeError('Shapiro–Wilk needs between 3 and 5000 values');
  const x = [...sample].sort((left, right) => left - right);
  const mean = x.reduce((sum, value) => sum + value, 0) / n;
  let squares = 0;
  for (const value of x) squares += (value - mean) ** 2;
  if (squares <= 1e-300 * n || x[n - 1]! - x[0]! < 1e-12 * Math.max(1, Math.abs(mean))) return { w: 1, p: 1 };
  const weights = coefficients(n);
  let numerator = 0;
  for (let index = 0; index < n; index++) numerator += weights[index]! * x[index]!;
  const w = Math.min(1, (numerator * numerator) / squares);
  return { w, p: pValue(w, n) };
}

const cached = new Map<number, number[]>();

/** The a_i of W, antisymmetric (a_1 = -a_n, ...); computed once per n (the monitor tests one n over and over). */
function coefficients(n: number): number[] {
  let weights = cached.get(n);
  if (!weights) {
    weights = computeCoefficients(n);
    if (cached.size >= 64) cached.clear();
    cached.set(n, weights);
  }
  return weights;
}

function computeCoefficients(n: number): number[] {
  const weights = new Array<number>(n).fill(0);
  if (n === 3) {
    weights[0] = -Math.SQRT1_2;
    weights[2] = Math.SQRT1_2;
    return weights;
  }
  const m = Array.from({ length: n }, (_, index) => normalQuantile((index + 1 - 0.375) / (n + 0.25)));
  const mm = m.reduce((sum, value) => sum + value * value, 0);
  const u = 1 / Math.sqrt(n);
  const mn = m[n - 1]!;
  const mn1 = m[n - 2]!;
  const an = mn / Math.sqrt(mm) + poly([0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056], u);
  if (n > 5) {
    const an1 = mn1 / Math.sqrt(mm) + poly([0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633], u);
    const phi = (mm - 2 * mn * mn - 2 * mn1 * mn1) / (1 - 2 * an * an - 2 * an1 * an1);
    for (let index = 2; index < n - 2; index++) weights[index] = m[index]! / Math.sqrt(phi);
    weights[n - 1] = an;
    weights[0] = -an;
    weights[n - 2] = an1;
    weights[1] = -an1;
  } else {
    const phi = (mm - 2 * mn * mn) / (1 - 2 * an * an);
    for (let index = 1; index < n - 1; index++) weights[index] = m[index]! / Math.sqrt(phi);
    weights[n - 1] = an;
    weights[0] = -an;
  }
  return weights;
}

function pValue(w: number, n: number): number {
  if (w >= 1) return 1;
  if (n === 3) {
    const p = (6 / Math.PI) * (Math.asin(Math.sqrt(w)) - Math.asin(Math.sqrt(0.75)));
    return Math.max(0, Math.min(1, p));
  }
  let y = Math.log(1 - w);
  let mean: number;
  let deviation: number;
  if (n <= 11) {
    const gamma = poly([-2.273, 0.459], n);
    if (y >= gamma) return 1e-99;
    y = -Math.log(gamma - y);
    mean = poly([0.544, -0.39978, 0.025054, -6.714e-4], n);
    deviation = Math.exp(poly([1.3822, -0.77857, 0.062767, -0.0020322], n));
  } else {
    const logN = Math.log(n);
    mean = poly([-1.5861, -0.31082, -0.083751, 0.0038915], logN);
    deviation = Math.exp(poly([-0.4803, -0.082676, 0.0030302], logN));
  }
  return normalUpperTail((y - mean) / deviation);
}
