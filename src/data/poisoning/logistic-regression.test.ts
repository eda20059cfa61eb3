import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectOwnLabelIgnored,
  expectProbabilityRows,
  expectSetAsideRowIgnored,
  gaussianClasses,
} from '../../../test/support/poisoning-fixtures.ts';
import { crossValidatedLogisticProbabilities } from './logistic-regression.ts';

describe('cross-validated logistic regression', () => {
  it('gives each row of well-separated classes a high probability for its own class', () => {
    const data = gaussianClasses({ rows: 300, classes: 3, separation: 6 });
    const probabilities = crossValidatedLogisticProbabilities(data.vectors, data.dimensions, data.labels, 3);
    let own = 0;
    data.labels.forEach((label, row) => {
      own += probabilities[row * 3 + label]!;
    });
    expect(own / data.labels.length).toBeGreaterThan(0.95);
  });

  it('scores a flipped row by models that never saw it: its given label gets a low probability', () => {
    const data = gaussianClasses({ rows: 300, classes: 3, separation: 6, flipRate: 0.05 });
    expect(data.flipped.size).toBeGreaterThan(5);
    const probabilities = crossValidatedLogisticProbabilities(data.vectors, data.dimensions, data.labels, 3);
    for (const row of data.flipped) expect(probabilities[row * 3 + data.labels[row]!]).toBeLessThan(0.2);
  });

  it("never lets a row's own label change its own probabilities", () => {
    const data = gaussianClasses({ rows: 120, classes: 2, separation: 2 });
    expectOwnLabelIgnored(
      (labels) => crossValidatedLogisticProbabilities(data.vectors, data.dimensions, labels, 2),
      data.labels,
    );
  });

  it('never trains on a set-aside row: changing its label changes no probability', () => {
    const data = gaussianClasses({ rows: 120, classes: 2, separation: 2 });
    expectSetAsideRowIgnored(
      (labels, excluded) =>
        crossValidatedLogisticProbabilities(
          data.vectors,
          data.dimensions,
          labels,
          2,
          excluded ? { excluded } : {},
        ),
      data.labels,
      7,
    );
  });

  it('returns a probability distribution per row for any input', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.tuple(fc.double({ min: -1e3, max: 1e3, noNaN: true }), fc.nat(3)), {
          minLength: 1,
          maxLength: 40,
        }),
        (classes, points) => {
          const vectors = Float64Array.from(points.map(([value]) => value));
          const labels = Int32Array.from(points.map(([, label]) => label % classes));
          const probabilities = crossValidatedLogisticProbabilities(vectors, 1, labels, classes, {
            maxIterations: 30,
          });
          expectProbabilityRows(probabilities, labels.length, classes);
        },
      ),
      { numRuns: 50 },
    );
  });
});
