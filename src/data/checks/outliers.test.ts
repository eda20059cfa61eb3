import { describe, expect, it } from 'vitest';
import { checkRows, labelledRows } from '../../../test/support/data-fixtures.ts';

const clean = labelledRows({ rows: 400 });

describe('outliers check', () => {
  it('passes the data it was profiled on', async () => {
    const { result } = await checkRows(clean, { baselineRows: clean, only: ['outliers'] });
    expect(result('outliers').status).toBe('pass');
  });

  it('fails when many rows have extreme robust z-scores, and ranks the most extreme first', async () => {
    const changed = clean.map((row, index) => (index % 20 === 0 ? { ...row, x2: 500 + index } : row));
    const { result } = await checkRows(changed, { baselineRows: clean, only: ['outliers'] });
    const check = result('outliers');
    expect(check.status).toBe('fail');
    expect(check.metrics.outlierRows).toBe(20);
    expect(check.suspects[0]!.row).toBe(380);
    expect(check.suspects[0]!.reason).toContain('x2');
  });

  it('finds a multivariate outlier that no single column shows', async () => {
    // Spam rows have x1≈5, x2≈-4 and ham rows x1≈0, x2≈2: a row at (5, 2) is ordinary per column.
    const changed = clean.map((row, index) => (index === 5 ? { ...row, x1: 5, x2: 2 } : row));
    const { result } = await checkRows(changed, { baselineRows: clean, only: ['outliers'] });
    expect(
      result('outliers').suspects.some(
        (suspect) => suspect.row === 5 && suspect.reason.includes('nearest neighbours'),
      ),
    ).toBe(true);
  });
});
