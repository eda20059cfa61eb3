/** Test fixtures (internal): labelled Gaussian clusters with planted flips; probability-table checks. */
import fc from 'fast-check';
import { expect } from 'vitest';
import { seededRandom } from '../../src/core/index.ts';

export interface GaussianClassesOptions {
  rows: number;
  classes: number;
  /** Distance of each class mean from the origin along its own axis. */
  separation: number;
  /** Extra feature columns of pure noise (no label information), with this standard deviation. */
  noiseColumns?: number;
  noiseSpread?: number;
  flipRate?: number;
  seed?: number;
}

export function gaussianClasses(options: GaussianClassesOptions): {
  vectors: Float64Array;
  dimensions: number;
  labels: Int32Array;
  truth: Int32Array;
  flipped: Set<number>;
} {
  const random = seededRandom(options.seed ?? 11);
  const gaussian = () =>
    Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
  const informative = options.classes;
  const noise = options.noiseColumns ?? 0;
  const dimensions = informative + noise;
  const vectors = new Float64Array(options.rows * dimensions);
  const truth = new Int32Array(options.rows);
  const labels = new Int32Array(options.rows);
  const flipped = new Set<number>();
  for (let row = 0; row < options.rows; row++) {
    const label = row % options.classes;
    truth[row] = label;
    for (let d = 0; d < informative; d++)
      vectors[row * dimensions + d] = (d === label ? options.separation : 0) + gaussian();
    for (let d = 0; d < noise; d++)
      vectors[row * dimensions + informative + d] = gaussian() * (options.noiseSpread ?? 1);
    labels[row] = label;
    if (random() < (options.flipRate ?? 0)) {
      labels[row] = (label + 1 + Math.floor(random() * (options.classes - 1))) % options.classes;
      flipped.add(row);
    }
  }
  return { vectors, dimensions, labels, truth, flipped };
}

/** Every row of a probabilities[i*classes + c] table is a distribution (non-negative, sums to 1). */
export function expectProbabilityRows(probabilities: Float64Array, rows: number, classes: number): void {
  for (let row = 0; row < rows; row++) {
    let total = 0;
    for (let c = 0; c < classes; c++) {
      const value = probabilities[row * classes + c]!;
      expect(value).toBeGreaterThanOrEqual(0);
      total += value;
    }
    expect(total).toBeCloseTo(1, 9);
  }
}

/**
 * Property: flipping any one row's label (two classes) leaves that row's own out-of-sample
 * probabilities unchanged, because the model that scores a row never sees its label.
 */
export function expectOwnLabelIgnored(score: (labels: Int32Array) => Float64Array, labels: Int32Array): void {
  const before = score(labels);
  fc.assert(
    fc.property(fc.integer({ min: 0, max: labels.length - 1 }), (row) => {
      const changed = Int32Array.from(labels);
      changed[row] = 1 - changed[row]!;
      const after = score(changed);
      expect(after[row * 2]).toBeCloseTo(before[row * 2]!, 12);
      expect(after[row * 2 + 1]).toBeCloseTo(before[row * 2 + 1]!, 12);
    }),
    { numRuns: 10 },
  );
}

/**
 * A row set aside (`excluded`) trains nothing: changing its label (two classes) changes no row's
 * probabilities, where the same change without setting it aside does.
 */
export function expectSetAsideRowIgnored(
  score: (labels: Int32Array, excluded?: Uint8Array) => Float64Array,
  labels: Int32Array,
  row: number,
): void {
  const excluded = new Uint8Array(labels.length);
  excluded[row] = 1;
  const changed = Int32Array.from(labels);
  changed[row] = 1 - changed[row]!;
  expect(score(changed, excluded)).toEqual(score(labels, excluded));
  expect(score(changed)).not.toEqual(score(labels));
}
