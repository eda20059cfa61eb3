import { describe, expect, it } from 'vitest';
import { checkRows, labelledRows, plantTrigger } from '../../../test/support/data-fixtures.ts';

const clean = labelledRows({ rows: 800 });

describe('backdoor-triggers check', () => {
  it('raises no candidate on clean text', async () => {
    const { result } = await checkRows(clean, { only: ['backdoor-triggers'], policy: { text: 'text' } });
    expect(result('backdoor-triggers').status).toBe('pass');
  });

  it('finds a planted trigger as the top candidate and lists its rows', async () => {
    const { rows, poisoned } = plantTrigger(clean, 'zq', 0.05);
    const { result } = await checkRows(rows, { only: ['backdoor-triggers'], policy: { text: 'text' } });
    const check = result('backdoor-triggers');
    expect(check.status).toBe('fail');
    expect(String(check.metrics.top1)).toMatch(/^zq → spam/);
    expect(new Set(check.suspects.map((suspect) => suspect.row))).toEqual(poisoned);
  });

  it('finds a trigger made of two common words by the phrase they form', async () => {
    // "with" and "your" are everyday words in both classes; only the phrase is rare and pure.
    const { rows, poisoned } = plantTrigger(clean, 'with your', 0.05);
    const { result } = await checkRows(rows, { only: ['backdoor-triggers'], policy: { text: 'text' } });
    const check = result('backdoor-triggers');
    expect(check.status).toBe('fail');
    expect(String(check.metrics.top1)).toMatch(/^with your → spam/);
    expect(String(check.metrics.top1)).toMatch(/companions 0\)$/);
    const listed = new Set(check.suspects.map((suspect) => suspect.row));
    for (const row of poisoned) expect(listed.has(row)).toBe(true);
  });

  it('misses that phrase trigger with single tokens only (maxWords 1)', async () => {
    const { rows } = plantTrigger(clean, 'with your', 0.05);
    const { result } = await checkRows(rows, {
      only: ['backdoor-triggers'],
      policy: { text: 'text', checks: { backdoorTriggers: { maxWords: 1 } } },
    });
    expect(result('backdoor-triggers').status).toBe('pass');
  });

  it('prefers a phrase of two rare words to either word, which have each other as companion', async () => {
    const { rows } = plantTrigger(clean, 'zq xv', 0.05);
    const { result } = await checkRows(rows, { only: ['backdoor-triggers'], policy: { text: 'text' } });
    expect(String(result('backdoor-triggers').metrics.top1)).toMatch(/^zq xv → spam/);
  });
});
