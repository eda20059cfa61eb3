import { describe, expect, it } from 'vitest';
import { checkRows, labelledRows } from '../../../test/support/data-fixtures.ts';

const clean = labelledRows({ rows: 300 });

describe('schema check', () => {
  it('passes the data it was profiled on', async () => {
    const { result } = await checkRows(clean, { baselineRows: clean, only: ['schema'] });
    expect(result('schema').status).toBe('pass');
  });

  it('fails on a missing column, an extra column and a retyped column', async () => {
    const changed = clean.map(({ channel: _channel, x2, ...row }) => ({ ...row, x2: `v${x2}`, extra: 1 }));
    const { result } = await checkRows(changed, { baselineRows: clean, only: ['schema'] });
    const rules = result('schema').findings.map((finding) => finding.ruleId);
    expect(rules).toEqual(
      expect.arrayContaining([
        'data.schema.missing-column',
        'data.schema.extra-column',
        'data.schema.retyped-column',
      ]),
    );
    expect(result('schema').status).toBe('fail');
  });

  it('lists out-of-range rows and unseen categories as suspects', async () => {
    const changed = clean.map((row, index) =>
      index === 7 ? { ...row, x1: 9999 } : index === 9 ? { ...row, channel: 'fax' } : row,
    );
    const { result } = await checkRows(changed, { baselineRows: clean, only: ['schema'] });
    const schema = result('schema');
    expect(schema.status).toBe('fail');
    expect(schema.suspects.map((suspect) => suspect.row).sort()).toEqual([7, 9]);
    expect(schema.suspects.find((suspect) => suspect.row === 7)).toMatchObject({ line: 9 });
    expect(schema.suspects.find((suspect) => suspect.row === 9)!.reason).toContain('fax');
  });

  it('fails when nulls rise above the baseline and when labels are empty', async () => {
    const changed = clean.map((row, index) =>
      index % 5 === 0 ? { ...row, x2: null } : index === 3 ? { ...row, label: null } : row,
    );
    const { result } = await checkRows(changed, { baselineRows: clean, only: ['schema'] });
    const rules = result('schema').findings.map((finding) => finding.ruleId);
    expect(rules).toEqual(expect.arrayContaining(['data.schema.nulls', 'data.schema.label-null']));
  });
});
