import { describe, expect, it } from 'vitest';
import { checkRows, labelledRows, plantTrigger } from '../_test-data.ts';

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
});
