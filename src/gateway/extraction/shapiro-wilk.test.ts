import { describe, expect, it } from 'vitest';
import { normalQuantile, normalUpperTail } from '../../core/index.ts';
import { shapiroWilk } from './shapiro-wilk.ts';

// Reference values from SciPy 1.17.1 stats.shapiro (the same Royston algorithm as R's shapiro.test).
const cases: Array<[name: string, sample: number[], w: number, p: number]> = [
  ['n = 3', [1, 2, 4], 0.9642857142857142, 0.6368868450289689],
  ['n = 4', [2.1, 3.4, 1.9, 5.6], 0.8760318341481133, 0.321964802033592],
  ['n = 7', [6, 1, -4, 8, -2, 5, 0], 0.9534758585373578, 0.7611937806750334],
  [
    'n = 11, skewed',
    [148, 154, 158, 160, 161, 162, 166, 170, 182, 195, 236],
    0.7888146948631716,
    0.006703814061898823,
  ],
  [
    'n = 25, log-normal-like',
    [
      0.139, 0.157, 0.175, 0.256, 0.344, 0.413, 0.503, 0.577, 0.614, 0.655, 0.954, 1.392, 1.557, 1.648, 1.69,
      1.994, 2.174, 2.206, 3.245, 3.51, 3.571, 4.354, 4.98, 6.084, 8.351,
    ],
    0.8346662753381485,
    0.0009134904825887374,
  ],
  [
    'n = 60, normal draws',
    [
      10.0025, 10.5975, 9.4517, 8.2188, 9.0907, 8.0167, 10.1203, 12.6804, 9.0156, 8.7591, 10.9797, 10.7138,
      10.2108, 8.1391, 9.9415, 11.3906, 7.3116, 9.0848, 6.1976, 7.4209, 6.3165, 9.5298, 7.4651, 10.5425,
      10.3135, 9.6261, 4.9665, 8.9226, 9.903, 10.2266, 6.9397, 9.0445, 8.043, 8.3823, 12.1218, 8.3849, 9.935,
      11.7688, 8.8328, 9.7766, 10.2209, 10.1276, 7.5499, 10.1523, 12.7176, 6.9057, 11.7188, 10.2387, 8.7171,
      14.0008, 11.5245, 7.6014, 10.149, 11.1534, 9.6224, 11.3658, 9.867, 11.3345, 12.877, 8.6487,
    ],
    0.9932900153021919,
    0.9851458412172963,
  ],
];

describe('shapiroWilk', () => {
  for (const [name, sample, w, p] of cases) {
    it(`matches the reference W and p-value (${name})`, () => {
      const result = shapiroWilk(sample);
      expect(result.w).toBeCloseTo(w, 6);
      expect(Math.abs(result.p - p)).toBeLessThan(Math.max(1e-6, p * 1e-4));
    });
  }

  it('is unchanged by order, shift and scale', () => {
    const sample = cases[4]![1];
    const moved = [...sample].reverse().map((value) => value * 3.5 - 20);
    expect(shapiroWilk(moved).w).toBeCloseTo(shapiroWilk(sample).w, 7);
  });

  it('gives W = 1 for a constant sample and refuses samples outside 3..5000', () => {
    expect(shapiroWilk([2, 2, 2, 2])).toEqual({ w: 1, p: 1 });
    expect(() => shapiroWilk([1, 2])).toThrow(RangeError);
  });
});

describe('normal distribution', () => {
  it('matches reference quantiles and tails', () => {
    const quantiles: Array<[number, number]> = [
      [0.001, -3.09023231],
      [0.02425, -1.97296105],
      [0.3, -0.52440051],
      [0.5, 0],
      [0.975, 1.95996398],
      [0.9999, 3.71901649],
    ];
    for (const [p, z] of quantiles) expect(normalQuantile(p)).toBeCloseTo(z, 6);
    expect(normalUpperTail(1.96)).toBeCloseTo(0.0249978951, 8);
    expect(normalUpperTail(-3)).toBeCloseTo(0.998650102, 8);
    expect(normalUpperTail(5) / 2.86651572e-7).toBeCloseTo(1, 5);
  });
});
