import { describe, expect, it } from 'vitest';
import { checkRows, labelledRows } from '../../../test/support/data-fixtures.ts';

const clean = labelledRows({ rows: 600 });

describe('drift check', () => {
  it('passes a fresh sample of the same distribution', async () => {
    const { result } = await checkRows(labelledRows({ rows: 600, seed: 11 }), {
      baselineRows: clean,
      only: ['drift'],
    });
    expect(result('drift').status).toBe('pass');
  });

  it('fails when most features move (KS for numerics, chi-square for categoricals at ≤ 1000 rows)', async () => {
    const moved = clean.map((row) => ({
      ...row,
      x1: Number(row.x1) + 3,
      x2: Number(row.x2) * 2 + 4,
      channel: 'web',
    }));
    const { result } = await checkRows(moved, { baselineRows: clean, only: ['drift'] });
    const check = result('drift');
    expect(check.status).toBe('fail');
    expect(check.metrics.driftedColumns).toBe(3);
  });

  it('uses Wasserstein and Jensen-Shannon when asked, and reports one drifted column without failing the dataset', async () => {
    const moved = clean.map((row) => ({ ...row, x1: Number(row.x1) + 3 }));
    const { result } = await checkRows(moved, {
      baselineRows: clean,
      only: ['drift'],
      policy: { checks: { drift: { method: 'wasserstein' } } } as never,
    });
    const check = result('drift');
    expect(check.status).toBe('pass');
    expect(check.metrics.driftedColumns).toBe(1);
    expect(check.findings[0]!.message).toContain('wasserstein');
  });
});
