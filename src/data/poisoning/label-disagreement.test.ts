import { describe, expect, it } from 'vitest';
import { gaussianClasses } from '../../../test/support/poisoning-fixtures.ts';
import { nearestNeighbours, neighbourVotes } from './knn.ts';
import {
  chooseMembers,
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

  it('flags a row at least 90% sure not to be its label when no single other class reaches minDisagreement', () => {
    // Row 1 sits where three classes meet: 95% against its label, but split 50/45 between two
    // others, so neither reaches 60%. Row 2 is 85% against its label, also split: not sure enough.
    const probabilities = Float64Array.from(
      [
        [1, 0, 0],
        [0.05, 0.5, 0.45],
        [0.15, 0.45, 0.4],
        [0, 1, 0],
        [0, 0, 1],
      ].flat(),
    );
    const labels = Int32Array.from([0, 0, 0, 1, 2]);
    const thresholds = Float64Array.from([0.7, 1, 1]);
    const issues = findLabelIssues(probabilities, labels, 3, 0.6, { thresholds });
    expect(issues.map((issue) => issue.index)).toEqual([1]);
    expect(issues[0]).toMatchObject({ given: 0, suggested: 1 });
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

  it("finds two flipped rows side by side that are each other's only agreeing neighbour", () => {
    // Four 10 × 10 grids, XOR-like (a linear model is right half the time and is left out):
    // class 0 at the bottom left and top right, class 1 at the other two.
    const points: number[] = [];
    const labels: number[] = [];
    for (const [x0, y0, label] of [
      [0, 0, 0],
      [12, 0, 1],
      [0, 12, 1],
      [12, 12, 0],
    ] as const)
      for (let x = 0; x < 10; x++)
        for (let y = 0; y < 10; y++) {
          points.push(x0 + x, y0 + y);
          labels.push(label);
        }
    // Two neighbouring rows inside the bottom-left grid flipped the same way, and one alone.
    const pair = [4 * 10 + 4, 5 * 10 + 4];
    const single = 12 * 10 + 3;
    const flipped = Int32Array.from(labels);
    for (const row of [...pair, single]) flipped[row] = 1 - flipped[row]!;
    const vectors = Float64Array.from(points);
    const options = { k: 10, seed: 1, minDisagreement: 0.6 };
    const { issues, combined } = findLabelIssuesInTwoPasses(vectors, 2, flipped, 2, options);
    // Each keeps one vote of ten, its partner's; withheld, nothing vouches for either label.
    for (const row of pair) expect(combined[row * 2 + flipped[row]!]).toBe(0);
    expect(issues.map((issue) => issue.index).sort((a, b) => a - b)).toEqual(
      [...pair, single].sort((a, b) => a - b),
    );
    // On the clean grids nothing is listed.
    expect(findLabelIssuesInTwoPasses(vectors, 2, Int32Array.from(labels), 2, options).issues).toEqual([]);
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

describe('choosing the members averaged', () => {
  /** A member's probabilities over two classes that are right on every row except `wrong`. */
  function member(name: string, labels: Int32Array, wrong: Set<number>) {
    const probabilities = new Float64Array(labels.length * 2);
    labels.forEach((label, row) => {
      const right = wrong.has(row) ? 1 - label : label;
      probabilities[row * 2 + right] = 0.9;
      probabilities[row * 2 + 1 - right] = 0.1;
    });
    return { name, probabilities };
  }
  const labels = Int32Array.from({ length: 200 }, (_, row) => row % 2);
  const rows = (...list: number[]) => new Set(list);

  it("leaves out a member within 5 points that makes twice the best member's mistakes, beyond chance", () => {
    // 1% against 6% wrong: within 5 points, but 12 mistakes against 2 (McNemar z ≈ 3.2).
    const best = member('neighbours', labels, rows(0, 1));
    const blurred = member(
      'logistic regression',
      labels,
      rows(...Array.from({ length: 12 }, (_, i) => 10 + i)),
    );
    expect(chooseMembers([best, blurred], labels, 2).map((chosen) => chosen.name)).toEqual(['neighbours']);
  });

  it('keeps a member whose extra mistakes could be chance or are on rows set aside', () => {
    const best = member('neighbours', labels, rows(0, 1));
    // Three mistakes against two: not twice as many, and not beyond chance.
    const close = member('logistic regression', labels, rows(0, 5, 6));
    expect(chooseMembers([best, close], labels, 2)).toHaveLength(2);
    // Twelve mistakes, but ten of them on rows already set aside: judged on the rest, it is as good.
    const setAside = new Uint8Array(labels.length);
    for (let row = 10; row < 20; row++) setAside[row] = 1;
    const onFlips = member(
      'logistic regression',
      labels,
      rows(0, 1, ...Array.from({ length: 10 }, (_, i) => 10 + i)),
    );
    expect(chooseMembers([best, onFlips], labels, 2, setAside)).toHaveLength(2);
    expect(chooseMembers([best, onFlips], labels, 2)).toHaveLength(1);
  });
});
