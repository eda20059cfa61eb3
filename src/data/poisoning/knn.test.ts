import { describe, expect, it } from 'vitest';
import { nearestNeighbours, neighbourVotes } from './knn.ts';

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
});
