import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  expectOwnLabelIgnored,
  expectProbabilityRows,
  expectSetAsideRowIgnored,
} from '../../../test/support/poisoning-fixtures.ts';
import { crossValidatedNaiveBayesProbabilities } from './naive-bayes.ts';

/** Rows of class c draw most tokens from their own block of ids, a few from a shared block. */
function vocabularyClasses(rows: number, classes: number, seed = 3) {
  let state = seed;
  const next = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const labels = Int32Array.from({ length: rows }, (_, row) => row % classes);
  const tokens = Array.from(labels, (label) => {
    const set = new Set<number>();
    for (let draw = 0; draw < 8; draw++)
      set.add(next() < 0.7 ? label * 20 + Math.floor(next() * 20) : classes * 20 + Math.floor(next() * 10));
    return Int32Array.from(set);
  });
  return { labels, tokens, vocabulary: classes * 20 + 10 };
}

describe('cross-validated naive Bayes over tokens', () => {
  it('gives rows their own class when the vocabularies differ', () => {
    const data = vocabularyClasses(300, 3);
    const probabilities = crossValidatedNaiveBayesProbabilities(data.tokens, data.vocabulary, data.labels, 3);
    let right = 0;
    data.labels.forEach((label, row) => {
      if (probabilities[row * 3 + label]! > 0.9) right++;
    });
    expect(right / data.labels.length).toBeGreaterThan(0.95);
  });

  it('never counts a set-aside row: changing its label changes no probability', () => {
    const data = vocabularyClasses(100, 2);
    expectSetAsideRowIgnored(
      (labels, excluded) =>
        crossValidatedNaiveBayesProbabilities(
          data.tokens,
          data.vocabulary,
          labels,
          2,
          excluded ? { excluded } : {},
        ),
      data.labels,
      5,
    );
  });

  it("never lets a row's own label change its own probabilities", () => {
    const data = vocabularyClasses(100, 2);
    expectOwnLabelIgnored(
      (labels) => crossValidatedNaiveBayesProbabilities(data.tokens, data.vocabulary, labels, 2),
      data.labels,
    );
  });

  it('returns a probability distribution per row for any tokens', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 4 }),
        fc.array(fc.tuple(fc.uniqueArray(fc.nat(29), { maxLength: 10 }), fc.nat(3)), {
          minLength: 1,
          maxLength: 40,
        }),
        (classes, rows) => {
          const tokens = rows.map(([list]) => Int32Array.from(list));
          const labels = Int32Array.from(rows.map(([, label]) => label % classes));
          const probabilities = crossValidatedNaiveBayesProbabilities(tokens, 30, labels, classes);
          expectProbabilityRows(probabilities, labels.length, classes);
        },
      ),
      { numRuns: 50 },
    );
  });
});
