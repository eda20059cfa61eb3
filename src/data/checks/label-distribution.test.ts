import { describe, expect, it } from 'vitest';
import { checkRows, labelledRows } from '../../../test/support/data-fixtures.ts';

const clean = labelledRows({ rows: 600 });

describe('label distribution check', () => {
  it('passes a fresh sample of the same distribution', async () => {
    const { result } = await checkRows(labelledRows({ rows: 600, seed: 9 }), {
      baselineRows: clean,
      only: ['label-distribution'],
    });
    expect(result('label-distribution').status).toBe('pass');
  });

  it('fails when one class is cut down (chi-square with effect size, PSI)', async () => {
    let kept = 0;
    const shifted = clean.filter((row) => row.label !== 'spam' || kept++ % 4 === 0);
    const { result } = await checkRows(shifted, { baselineRows: clean, only: ['label-distribution'] });
    const check = result('label-distribution');
    expect(check.status).toBe('fail');
    expect(check.metrics.cohensW).toBeGreaterThan(0.1);
    expect(check.charts[0]!.labels).toEqual(['ham', 'spam']);
  });

  it('fails on a new class', async () => {
    const changed = clean.map((row, index) => (index < 3 ? { ...row, label: 'phish' } : row));
    const { result } = await checkRows(changed, { baselineRows: clean, only: ['label-distribution'] });
    expect(result('label-distribution').findings.map((finding) => finding.ruleId)).toContain(
      'data.label-distribution.new-class',
    );
  });
});
