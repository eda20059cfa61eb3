import { describe, expect, it } from 'vitest';
import { checkRows, flipLabels, labelledRows } from '../_test-data.ts';

const clean = labelledRows({ rows: 500 });

describe('label-noise check (kNN label disagreement)', () => {
  it('passes clean data against its own baseline', async () => {
    const { result } = await checkRows(clean, { baselineRows: clean, only: ['label-noise'] });
    expect(result('label-noise').status).toBe('pass');
  });

  it('fails on 5% flipped labels and lists the flipped rows', async () => {
    const { rows, flipped } = flipLabels(clean, 0.05);
    const { result } = await checkRows(rows, { baselineRows: clean, only: ['label-noise'] });
    const check = result('label-noise');
    expect(check.status).toBe('fail');
    const found = check.suspects.map((suspect) => suspect.row);
    const hits = found.filter((row) => flipped.has(row)).length;
    expect(hits / flipped.size).toBeGreaterThanOrEqual(0.8);
    expect(hits / found.length).toBeGreaterThanOrEqual(0.8);
    expect(check.findings[0]!.frameworks).toContain('AML.T0020');
  });
});
