import { describe, expect, it } from 'vitest';
import { checkRows, flipLabels, labelledRows } from '../_test-data.ts';

const clean = labelledRows({ rows: 500 });

describe('label-noise check (out-of-sample label disagreement)', () => {
  it('passes clean data against its own baseline and lists no row of well-separated classes', async () => {
    const { result } = await checkRows(clean, { baselineRows: clean, only: ['label-noise'] });
    const check = result('label-noise');
    expect(check.status).toBe('pass');
    expect(check.suspectCount).toBe(0);
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

  it('explains each suspect with the given label, the suggested one and every model', async () => {
    const { rows, flipped } = flipLabels(clean, 0.05);
    const { result } = await checkRows(rows, { only: ['label-noise'] });
    const suspect = result('label-noise').suspects.find((item) => flipped.has(item.row))!;
    const given = rows[suspect.row]!.label;
    const suggested = given === 'spam' ? 'ham' : 'spam';
    expect(suspect.reason).toContain(`labelled "${given}"`);
    expect(suspect.reason).toContain(`say "${suggested}"`);
    expect(suspect.reason).toMatch(
      /neighbours \d+%, class-whitened neighbours \d+%, logistic regression \d+%/,
    );
    expect(suspect.score).toBeGreaterThan(0.5);
  });

  it('fails without a baseline once more than 2% of rows are suspects', async () => {
    const { rows } = flipLabels(clean, 0.05);
    const { result } = await checkRows(rows, { only: ['label-noise'] });
    expect(result('label-noise').status).toBe('fail');
    const { result: cleanResult } = await checkRows(clean, { only: ['label-noise'] });
    expect(cleanResult('label-noise').status).toBe('pass');
  });
});
