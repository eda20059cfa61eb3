import { describe, expect, it } from 'vitest';
import { checkRows, labelledRows } from '../../../test/support/data-fixtures.ts';

const clean = labelledRows({ rows: 300 });

describe('duplicates check', () => {
  it('passes data without duplicates', async () => {
    const { result } = await checkRows(clean, {
      baselineRows: clean,
      only: ['duplicates'],
      policy: { text: 'text' },
    });
    expect(result('duplicates').status).toBe('pass');
    expect(result('duplicates').metrics.duplicates).toBe(0);
  });

  it('flags appended exact copies, naming the row they copy', async () => {
    const copies = [3, 10, 20, 30, 40, 50, 60, 70, 80, 90].map((index) => ({ ...clean[index]! }));
    const { result } = await checkRows([...clean, ...copies], {
      baselineRows: clean,
      only: ['duplicates'],
      policy: { ignore: [] },
    });
    const check = result('duplicates');
    expect(check.status).toBe('fail');
    expect(check.suspects.map((suspect) => suspect.row).sort((a, b) => a - b)).toEqual([
      300, 301, 302, 303, 304, 305, 306, 307, 308, 309,
    ]);
    expect(check.suspects.find((suspect) => suspect.row === 300)!.reason).toBe('exact duplicate of row 3');
  });

  it('flags identical features with conflicting labels', async () => {
    const conflict = { ...clean[4]!, id: 999, label: clean[4]!.label === 'spam' ? 'ham' : 'spam' };
    const { result } = await checkRows([...clean, conflict], { baselineRows: clean, only: ['duplicates'] });
    const check = result('duplicates');
    expect(check.status).toBe('fail');
    expect(check.metrics.conflictingGroups).toBe(1);
    expect(check.suspects.map((suspect) => suspect.row).sort((a, b) => a - b)).toEqual([4, 300]);
  });

  it('finds near-duplicate texts with MinHash/LSH', async () => {
    const long =
      'the quarterly budget review meeting moved to thursday please bring the draft notes and the updated agenda for the team';
    const rows = [
      ...clean,
      { ...clean[0]!, id: 1000, text: long },
      { ...clean[0]!, id: 1001, x1: 0.5, text: `${long} thanks` },
    ];
    const { result } = await checkRows(rows, { only: ['duplicates'], policy: { text: 'text' } });
    expect(
      result('duplicates').suspects.some(
        (suspect) => suspect.row === 301 && suspect.reason.includes('near duplicate'),
      ),
    ).toBe(true);
  });
});
