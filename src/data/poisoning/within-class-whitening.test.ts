import { describe, expect, it } from 'vitest';
import { gaussianClasses } from '../../../test/support/poisoning-fixtures.ts';
import { seededRandom } from '../../core/index.ts';
import { nearestNeighbours, neighbourVotes } from './knn.ts';
import { whitenWithinClass } from './within-class-whitening.ts';

function pooledCovariance(vectors: Float64Array, dimensions: number, labels: Int32Array, classes: number) {
  const means = new Float64Array(classes * dimensions);
  const sizes = new Float64Array(classes);
  labels.forEach((label, row) => {
    sizes[label]! += 1;
    for (let d = 0; d < dimensions; d++) means[label * dimensions + d]! += vectors[row * dimensions + d]!;
  });
  for (let c = 0; c < classes; c++)
    for (let d = 0; d < dimensions; d++) means[c * dimensions + d]! /= sizes[c]!;
  const covariance = new Float64Array(dimensions * dimensions);
  labels.forEach((label, row) => {
    for (let a = 0; a < dimensions; a++)
      for (let b = 0; b < dimensions; b++)
        covariance[a * dimensions + b]! +=
          ((vectors[row * dimensions + a]! - means[label * dimensions + a]!) *
            (vectors[row * dimensions + b]! - means[label * dimensions + b]!)) /
          (labels.length - classes);
  });
  return covariance;
}

describe('within-class whitening', () => {
  it('turns the pooled within-class covariance into the identity when not shrunk', () => {
    const data = gaussianClasses({ rows: 600, classes: 3, separation: 4, noiseColumns: 2, noiseSpread: 7 });
    const whitened = whitenWithinClass(data.vectors, data.dimensions, data.labels, 3, { shrinkage: 1e-9 });
    const covariance = pooledCovariance(whitened, data.dimensions, data.labels, 3);
    for (let a = 0; a < data.dimensions; a++)
      for (let b = 0; b < data.dimensions; b++)
        expect(covariance[a * data.dimensions + b]).toBeCloseTo(a === b ? 1 : 0, 6);
  });

  it('lets neighbours follow the features that separate the classes, not wide noise columns', () => {
    const data = gaussianClasses({ rows: 600, classes: 3, separation: 4, noiseColumns: 3, noiseSpread: 10 });
    const agreement = (vectors: Float64Array) => {
      const votes = neighbourVotes(nearestNeighbours(vectors, data.dimensions, 10), data.labels, 3);
      let right = 0;
      data.labels.forEach((label, row) => {
        right += votes[row * 3 + label]!;
      });
      return right / data.labels.length;
    };
    const plain = agreement(data.vectors);
    const whitened = agreement(whitenWithinClass(data.vectors, data.dimensions, data.labels, 3));
    expect(plain).toBeLessThan(0.75);
    expect(whitened).toBeGreaterThan(0.9);
  });

  it('keeps the separating direction when 5% of labels are flipped, once the farthest rows are trimmed', () => {
    // Ten classes along x (one unit apart, spread 0.1), noise along y (spread 1). A flipped row sits
    // whole units from its given class along x: left in, 5% of them inflate the within-class
    // spread along x past the spread along y, and x stops counting.
    const random = seededRandom(5);
    const rows = 2000;
    const vectors = new Float64Array(rows * 2);
    const labels = new Int32Array(rows);
    for (let row = 0; row < rows; row++) {
      const truth = row % 10;
      vectors[row * 2] = truth + 0.1 * (random() - 0.5) * 3.46;
      vectors[row * 2 + 1] = (random() - 0.5) * 3.46;
      labels[row] = row % 20 === 0 ? (truth + 1 + Math.floor(random() * 9)) % 10 : truth;
    }
    const spread = (whitened: Float64Array) => {
      // Ratio of the whitened scale along x to the one along y: how much x counts.
      const unitX = whitened[2]! - whitened[0]!;
      return Math.abs(unitX / (vectors[2]! - vectors[0]!));
    };
    const untrimmed = whitenWithinClass(vectors, 2, labels, 10);
    const trimmed = whitenWithinClass(vectors, 2, labels, 10, { trim: 0.1 });
    expect(spread(trimmed)).toBeGreaterThan(3 * spread(untrimmed));
    const excluded = new Uint8Array(rows);
    for (let row = 0; row < rows; row += 20) excluded[row] = 1;
    expect(spread(whitenWithinClass(vectors, 2, labels, 10, { excluded }))).toBeGreaterThan(
      3 * spread(untrimmed),
    );
  });

  it('stays finite with constant columns and a class of one row', () => {
    const vectors = Float64Array.from([0, 1, 5, 0, 1, 5, 0, 2, 5, 3, 9, 5]);
    const labels = Int32Array.from([0, 0, 0, 1]);
    const whitened = whitenWithinClass(vectors, 3, labels, 2);
    expect(whitened.every(Number.isFinite)).toBe(true);
  });
});
