import { describe, expect, it } from 'vitest';
import { mutualSoleSupport, nearestNeighbours, neighbourVotes } from './knn.ts';

describe('neighbour votes', () => {
  // Points on a line: 0, 1, 2 labelled 0; 10, 11 labelled 1.
  const vectors = Float64Array.from([0, 1, 2, 10, 11]);
  const labels = Int32Array.from([0, 0, 0, 1, 1]);

  it('lets a set-aside neighbour vote no more', () => {
    const neighbours = nearestNeighbours(vectors, 1, 2);
    const flipped = Int32Array.from([0, 1, 0, 1, 1]);
    // Row 0's neighbours are rows 1 and 2; row 1 (wrongly labelled 1) pulls it towards class 1 …
    expect(neighbourVotes(neighbours, flipped, 2)[1]).toBeGreaterThan(0.3);
    // … until it is set aside.
    const excluded = Uint8Array.from([0, 1, 0, 0, 0]);
    const votes = neighbourVotes(neighbours, flipped, 2, excluded);
    expect([votes[0], votes[1]]).toEqual([1, 0]);
  });

  it('keeps the votes of set-aside neighbours when they are all a row has', () => {
    const neighbours = nearestNeighbours(vectors, 1, 1);
    const excluded = Uint8Array.from([0, 1, 0, 0, 0]);
    const votes = neighbourVotes(neighbours, labels, 2, excluded);
    expect([votes[0], votes[1]]).toEqual([1, 0]);
    expect(votes[2 * 2]! + votes[2 * 2 + 1]!).toBeCloseTo(1, 12);
  });

  it("withholds the votes of two candidates that are each other's only agreeing neighbour", () => {
    // Class 0 at 0…9, rows 4 and 5 flipped to 1 together, row 8 flipped alone.
    const line = Float64Array.from({ length: 10 }, (_, i) => i);
    const pair = Int32Array.from([0, 0, 0, 0, 1, 1, 0, 0, 1, 0]);
    const neighbours = nearestNeighbours(line, 1, 4);
    const candidates = Uint8Array.from([0, 0, 0, 0, 1, 1, 0, 0, 1, 0]);
    const withheld = mutualSoleSupport(neighbours, pair, candidates);
    const slots = (row: number) =>
      Array.from({ length: 4 }, (_, j) => j)
        .filter((j) => withheld[row * 4 + j] === 1)
        .map((j) => neighbours.indices[row * 4 + j]);
    expect([slots(4), slots(5), slots(8)]).toEqual([[5], [4], []]);
    const before = neighbourVotes(neighbours, pair, 2);
    const after = neighbourVotes(neighbours, pair, 2, undefined, withheld);
    expect(before[4 * 2 + 1]).toBeGreaterThan(0.2);
    expect([after[4 * 2 + 1], after[5 * 2 + 1]]).toEqual([0, 0]);
    // Row 8's label is vouched for by nobody; rows without a withheld slot vote as before.
    expect(after[3 * 2]).toBe(before[3 * 2]);
  });

  it('leaves the votes alone when either row is not a candidate or has other support', () => {
    const line = Float64Array.from({ length: 10 }, (_, i) => i);
    const neighbours = nearestNeighbours(line, 1, 4);
    const pair = Int32Array.from([0, 0, 0, 0, 1, 1, 0, 0, 0, 0]);
    // Row 5 is not a candidate: its vote for row 4 stands.
    expect(
      mutualSoleSupport(neighbours, pair, Uint8Array.from([0, 0, 0, 0, 1, 0, 0, 0, 0, 0])).some(
        (x) => x === 1,
      ),
    ).toBe(false);
    // Three rows of class 1 together: each has two agreeing neighbours.
    const triple = Int32Array.from([0, 0, 0, 0, 1, 1, 1, 0, 0, 0]);
    const all = Uint8Array.from([0, 0, 0, 0, 1, 1, 1, 0, 0, 0]);
    expect(mutualSoleSupport(neighbours, triple, all).some((x) => x === 1)).toBe(false);
    // A row set aside does not count as support: rows 4 and 5 are each other's only one left.
    const excluded = Uint8Array.from([0, 0, 0, 0, 0, 0, 1, 0, 0, 0]);
    expect(mutualSoleSupport(neighbours, triple, all, excluded).filter((x) => x === 1)).toHaveLength(2);
  });
});
