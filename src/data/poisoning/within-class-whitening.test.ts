import { describe, expect, it } from 'vitest';
import { gaussianClasses } from '../../../test/support/poisoning-fixtures.ts';
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
    const whitened = whitenWithinClass(data.vectors, data.dimensions, data.labels, 3, 1e-9);
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

  it('stays finite with constant columns and a class of one row', () => {
    const vectors = Float64Array.from([0, 1, 5, 0, 1, 5, 0, 2, 5, 3, 9, 5]);
    const labels = Int32Array.from([0, 0, 0, 1]);
    const whitened = whitenWithinClass(vectors, 3, labels, 2);
    expect(whitened.every(Number.isFinite)).toBe(true);
  });
});
