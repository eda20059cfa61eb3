import { describe, expect, it } from 'vitest';
import { gaussianClasses } from '../../../test/support/poisoning-fixtures.ts';
import { nearestNeighbours, neighbourVotes } from './knn.ts';
import {
  findLabelIssues,
  findLabelIssuesInTwoPasses,
  outOfSampleLabelProbabilities,
  selfConfidenceThresholds,
} from './label-disagreement.ts';

function precisionRecall(found: number[], truth: Set<number>) {
  const hits = found.filter((row) => truth.has(row)).length;
  return { precision: found.length > 0 ? hits / found.length : 1, recall: hits / truth.size };
}

describe('confident-learning selection', () => {
  it('uses the mean probability each class gives its own rows as that class threshold', () => {
    const probabilities = Float64Array.from([0.9, 0.1, 0.7, 0.3, 0.2, 0.8, 0.4, 0.6]);
    const labels = Int32Array.from([0, 0, 1, 1]);
    expect([...selfConfidenceThresholds(probabilities, labels, 2)]).toEqual([0.8, 0.7]);
  });

  it('flags rows below their class threshold with enough weight elsewhere, largest margin first', () => {
    // Rows 0–3 labelled 0, rows 4–5 labelled 1; threshold of class 0 is 0.6, of class 1 is 0.9.
    const probabilities = Float64Array.from(
      [
        [0.95, 0.05],
        [0.95, 0.05],
        [0.3, 0.7], // below 0.6 and 70% for class 1: an issue (margin 0.4)
        [0.2, 0.8], // an issue (margin 0.6): ranked first
        [0.1, 0.9],
        [0.1, 0.9],
      ].flat(),
    );
    const labels = Int32Array.from([0, 0, 0, 0, 1, 1]);
    const issues = findLabelIssues(probabilities, labels, 2, 0.6);
    expect(issues.map((issue) => issue.index)).toEqual([3, 2]);
    expect(issues[0]).toMatchObject({ given: 0, suggested: 1 });
    expect(findLabelIssues(probabilities, labels, 2, 0.75).map((issue) => issue.index)).toEqual([3]);
  });

  it('leaves a row between two classes and flags a row split between two wrong classes', () => {
    // Class 0 has threshold 0.7 here. Row 2 puts 75% elsewhere, surer than the class's rows are
    // of their own label: an issue. Row 3 puts only 65% elsewhere (a row between two classes):
    // not an issue, though it is a candidate. Row 1 gives its label 5% and splits the rest
    // between classes 1 and 2: no other class is confident, yet it is confidently not class 0.
    const probabilities = Float64Array.from(
      [
        [1, 0, 0],
        [0.05, 0.6, 0.35],
        [0.25, 0.75, 0],
        [0.35, 0.65, 0],
        [0.0, 1, 0],
        [0.0, 0, 1],
      ].flat(),
    );
    const labels = Int32Array.from([0, 0, 0, 0, 1, 2]);
    expect(selfConfidenceThresholds(probabilities, labels, 3)[0]).toBeCloseTo(0.4125, 9);
    const thresholds = Float64Array.from([0.7, 1, 1]);
    const issues = findLabelIssues(probabilities, labels, 3, 0.6, { thresholds });
    expect(issues.map((issue) => issue.index)).toEqual([1, 2]);
    expect(issues[0]).toMatchObject({ given: 0, suggested: 1, threshold: 0.7 });
    const candidates = findLabelIssues(probabilities, labels, 3, 0.6, { thresholds, confident: false });
    expect(candidates.map((issue) => issue.index)).toEqual([1, 2, 3]);
  });
});

describe('out-of-sample label probabilities', () => {
  it('finds planted flips with precision and recall ≥ 0.8 where a wide noise column hides them from plain kNN', () => {
    const data = gaussianClasses({
      rows: 600,
      classes: 3,
      separation: 4,
      noiseColumns: 3,
      noiseSpread: 10,
      flipRate: 0.05,
      seed: 5,
    });
    const { combined, members } = outOfSampleLabelProbabilities(
      data.vectors,
      data.dimensions,
      data.labels,
      3,
      {
        k: 10,
        seed: 1,
      },
    );
    expect(members.map((member) => member.name)).toEqual([
      'neighbours',
      'class-whitened neighbours',
      'logistic regression',
    ]);
    const found = findLabelIssues(combined, data.labels, 3, 0.6).map((issue) => issue.index);
    const ensemble = precisionRecall(found, data.flipped);
    expect(ensemble.recall).toBeGreaterThanOrEqual(0.8);
    expect(ensemble.precision).toBeGreaterThanOrEqual(0.8);

    // The same selection over the plain neighbour vote alone misses or mislabels many of them.
    const plainVotes = neighbourVotes(nearestNeighbours(data.vectors, data.dimensions, 10), data.labels, 3);
    const plain = precisionRecall(
      findLabelIssues(plainVotes, data.labels, 3, 0.6).map((issue) => issue.index),
      data.flipped,
    );
    expect(Math.min(plain.precision, plain.recall)).toBeLessThan(0.8);
  });

  it('keeps precision and recall ≥ 0.8 where overlapping classes make the candidate rule list clean rows', () => {
    const data = gaussianClasses({ rows: 300, classes: 3, separation: 3, flipRate: 0.05, seed: 1 });
    const options = { k: 10, seed: 1, minDisagreement: 0.6 };
    const { issues, firstPass } = findLabelIssuesInTwoPasses(
      data.vectors,
      data.dimensions,
      data.labels,
      3,
      options,
    );
    const found = precisionRecall(
      issues.map((issue) => issue.index),
      data.flipped,
    );
    expect(found.recall).toBeGreaterThanOrEqual(0.8);
    expect(found.precision).toBeGreaterThanOrEqual(0.8);
    // Without the "confidently not its label" test, rows between two classes are listed too.
    const candidates = findLabelIssues(firstPass, data.labels, 3, 0.6, { confident: false });
    expect(
      precisionRecall(
        candidates.map((issue) => issue.index),
        data.flipped,
      ).precision,
    ).toBeLessThan(0.8);
  });

  it('scores every row again with the first-pass suspects set aside, and lists only first-pass candidates', () => {
    const data = gaussianClasses({ rows: 300, classes: 3, separation: 3, flipRate: 0.1, seed: 3 });
    const options = { k: 10, seed: 1, minDisagreement: 0.6 };
    const { issues, combined, firstPass } = findLabelIssuesInTwoPasses(
      data.vectors,
      data.dimensions,
      data.labels,
      3,
      options,
    );
    expect(combined).not.toEqual(firstPass);
    const candidates = new Set(
      findLabelIssues(firstPass, data.labels, 3, 0.6, { confident: false }).map((issue) => issue.index),
    );
    for (const issue of issues) expect(candidates.has(issue.index)).toBe(true);
    // Set aside, the flipped rows no longer vote for each other: they lose probability on their label.
    let before = 0;
    let after = 0;
    for (const row of data.flipped) {
      before += firstPass[row * 3 + data.labels[row]!]!;
      after += combined[row * 3 + data.labels[row]!]!;
    }
    expect(after).toBeLessThan(before);
  });

  it('flags nothing on clean, well-separated classes', () => {
    const data = gaussianClasses({ rows: 400, classes: 4, separation: 8, noiseColumns: 1, seed: 9 });
    const { combined } = outOfSampleLabelProbabilities(data.vectors, data.dimensions, data.labels, 4, {
      k: 10,
      seed: 1,
    });
    expect(findLabelIssues(combined, data.labels, 4, 0.6)).toEqual([]);
  });
});
