import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  csvToParquet,
  labelledRows,
  temporaryDirectory,
  writeCsv,
  writeJsonl,
} from '../../test/support/data-fixtures.ts';
import { RampartError } from '../core/index.ts';
import { Dataset } from './dataset.ts';

const dir = temporaryDirectory();
const rows = labelledRows({ rows: 50 });

async function codeOf(promise: Promise<unknown>): Promise<string> {
  try {
    await promise;
  } catch (error) {
    return RampartError.is(error) ? error.code : `not a RampartError: ${String(error)}`;
  }
  return 'no error';
}

describe('Dataset', () => {
  it('reads CSV, Parquet and JSON Lines into the same table', async () => {
    const csv = writeCsv(join(dir, 'a.csv'), rows);
    const parquet = await csvToParquet(csv, join(dir, 'a.parquet'));
    const jsonl = writeJsonl(join(dir, 'a.jsonl'), rows);
    for (const path of [csv, parquet, jsonl]) {
      const dataset = await Dataset.open(path);
      try {
        expect(dataset.rowCount).toBe(50);
        expect(dataset.columns.map((column) => column.name)).toEqual([
          'id',
          'x1',
          'x2',
          'channel',
          'text',
          'label',
        ]);
        const [first] = await dataset.query('SELECT label FROM data WHERE rowid = 3');
        expect(first?.label).toBe(rows[3]!.label);
      } finally {
        dataset.close();
      }
    }
  });

  it('locates rows across several files by file and line', async () => {
    const first = writeCsv(join(dir, 'part1.csv'), rows.slice(0, 20));
    const second = writeJsonl(join(dir, 'part2.jsonl'), rows.slice(20));
    const dataset = await Dataset.open([first, second]);
    try {
      expect(dataset.rowCount).toBe(50);
      expect(dataset.locate(5)).toEqual({ path: first, row: 5, line: 7 });
      expect(dataset.locate(25)).toEqual({ path: second, row: 5, line: 6 });
    } finally {
      dataset.close();
    }
  });

  it('names the file and line of malformed JSON Lines', async () => {
    const path = join(dir, 'bad.jsonl');
    writeFileSync(path, '{"a":1,"label":"x"}\n{"a":2,"label":"y"}\n{"a":3,"label":\n');
    try {
      await Dataset.open(path);
      throw new Error('expected an error');
    } catch (error) {
      expect(RampartError.is(error) && error.code).toBe('RAMPART_DATA_READ');
      expect((error as Error).message).toContain(path);
      expect((error as Error).message).toMatch(/line 3/);
    }
  });

  it('refuses missing, empty and unsupported files with a code', async () => {
    expect(await codeOf(Dataset.open(join(dir, 'nope.csv')))).toBe('RAMPART_IO');
    writeFileSync(join(dir, 'empty.csv'), '');
    expect(await codeOf(Dataset.open(join(dir, 'empty.csv')))).toBe('RAMPART_DATA_EMPTY');
    writeFileSync(join(dir, 'data.xlsx'), 'x');
    expect(await codeOf(Dataset.open(join(dir, 'data.xlsx')))).toBe('RAMPART_DATA_FORMAT_UNSUPPORTED');
    writeFileSync(join(dir, 'ragged.csv'), 'a,b\n1,2\n3\n');
    expect(await codeOf(Dataset.open(join(dir, 'ragged.csv')))).toBe('RAMPART_DATA_CSV_RAGGED');
  });

  it('names the columns it has when a label column is missing', async () => {
    const dataset = await Dataset.open(writeCsv(join(dir, 'b.csv'), rows));
    try {
      expect(() => dataset.requireColumn('target', 'label')).toThrowError(
        /columns: id, x1, x2, channel, text, label/,
      );
      try {
        dataset.requireColumn('target', 'label');
      } catch (error) {
        expect((error as RampartError).code).toBe('RAMPART_DATA_LABEL_MISSING');
      }
    } finally {
      dataset.close();
    }
  });
});
