import { describe, expect, it } from 'vitest';
import { answerLabels, answerValues } from './predict-answer.ts';

describe('answerValues (regression answers)', () => {
  it('reads one number a row from KServe v2 outputs ([n] or [n, 1]) and v1 predictions', () => {
    expect(
      answerValues({ outputs: [{ name: 'y', shape: [3], datatype: 'FP64', data: [1.5, -2, 0] }] }),
    ).toEqual([1.5, -2, 0]);
    expect(answerValues({ outputs: [{ shape: [2, 1], data: [[3], [4.25]] }] })).toEqual([3, 4.25]);
    expect(answerValues({ predictions: [7, [8]] })).toEqual([7, 8]);
  });

  it('refuses answers that are not one finite number a row', () => {
    expect(answerValues({ outputs: [{ shape: [1, 3], data: [[0.1, 0.7, 0.2]] }] })).toBeUndefined();
    expect(answerValues({ outputs: [{ data: ['setosa'] }] })).toBeUndefined();
    expect(answerValues({ predictions: ['3.5'] })).toBeUndefined();
    expect(answerValues({ predictions: [Number.NaN] })).toBeUndefined();
    expect(answerValues({ predictions: [[1, 2]] })).toBeUndefined();
    expect(answerValues(null)).toBeUndefined();
    // The class reader turns the same numbers into labels: why regression needs its own reader.
    expect(answerLabels({ predictions: [7] })).toEqual(['7']);
  });
});
