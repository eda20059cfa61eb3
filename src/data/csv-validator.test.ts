import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { temporaryDirectory } from '../../test/support/data-fixtures.ts';
import { RampartError } from '../core/index.ts';
import { validateCsv } from './csv-validator.ts';

const dir = temporaryDirectory();
let counter = 0;
function file(content: string | Buffer): string {
  const path = join(dir, `f${counter++}.csv`);
  writeFileSync(path, content);
  return path;
}

async function errorOf(promise: Promise<unknown>): Promise<RampartError> {
  try {
    await promise;
  } catch (error) {
    if (RampartError.is(error)) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('validateCsv', () => {
  it('accepts quoted commas, quotes and newlines and counts records', async () => {
    const result = await validateCsv(file('a,b,label\n1,"x, y",ok\n2,"say ""hi""\nthere",ok\r\n3,z,ok\n'));
    expect(result).toEqual({ header: ['a', 'b', 'label'], records: 3 });
  });

  it('names the line and column of a ragged row', async () => {
    const error = await errorOf(validateCsv(file('a,b,label\n1,2,x\n3,4\n5,6,y\n')));
    expect(error.code).toBe('RAMPART_DATA_CSV_RAGGED');
    expect(error.message).toContain('line 3');
    expect(error.message).toContain('column 3 (label)');
  });

  it('names the line of a row with too many fields', async () => {
    const error = await errorOf(validateCsv(file('a,b\n1,2\n3,4\n5,6,7\n')));
    expect(error.code).toBe('RAMPART_DATA_CSV_RAGGED');
    expect(error.message).toContain('line 4');
  });

  it('reports invalid UTF-8 (a Latin-1 byte) with line and column', async () => {
    const error = await errorOf(
      validateCsv(
        file(Buffer.concat([Buffer.from('a,b\n1,ok\n2,caf'), Buffer.from([0xe9]), Buffer.from(',x\n')])),
      ),
    );
    expect(error.code).toBe('RAMPART_DATA_ENCODING');
    expect(error.message).toContain('line 3');
  });

  it('points at the Latin-1 byte itself, not at the newline or space after it', async () => {
    for (const after of ['\n', ' au lait\n']) {
      const bytes = Buffer.concat([Buffer.from('a,b\n1,caf'), Buffer.from([0xe9]), Buffer.from(after)]);
      const error = await errorOf(validateCsv(file(bytes)));
      expect(error.code).toBe('RAMPART_DATA_ENCODING');
      expect(error.details).toEqual([{ path: 'line 2, column 6', message: 'not UTF-8' }]);
      expect(error.message).toContain('(byte 0xe9)');
    }
  });

  it('reports an unterminated quote with the line it opened on', async () => {
    const error = await errorOf(validateCsv(file('a,b\n1,"open\n2,3\n')));
    expect(error.code).toBe('RAMPART_DATA_CSV_QUOTE');
    expect(error.message).toContain('line 2');
  });

  it('refuses a huge single field, naming line and column', async () => {
    const error = await errorOf(validateCsv(file(`a,b\n1,${'x'.repeat(5000)}\n`), { maxFieldBytes: 1000 }));
    expect(error.code).toBe('RAMPART_DATA_FIELD_TOO_LARGE');
    expect(error.message).toContain('line 2, column 2 (b)');
  });

  it('refuses empty files and header-only files', async () => {
    expect((await errorOf(validateCsv(file('')))).code).toBe('RAMPART_DATA_EMPTY');
    expect((await errorOf(validateCsv(file('a,b\n')))).code).toBe('RAMPART_DATA_EMPTY');
  });

  it('property: any rectangular table written with RFC 4180 quoting validates with its row count', async () => {
    const fieldText = fc.string({
      maxLength: 12,
      unit: fc.constantFrom('a', 'b', ',', '"', '\n', ' ', 'é', '1'),
    });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 1, max: 20 }),
        fc.array(fieldText, { minLength: 100, maxLength: 100 }),
        async (columns, rows, pool) => {
          const quote = (text: string) =>
            /[",\n]/.test(text) || text === '' ? `"${text.replaceAll('"', '""')}"` : text;
          const lines = [Array.from({ length: columns }, (_, index) => `c${index}`).join(',')];
          for (let row = 0; row < rows; row++)
            lines.push(
              Array.from({ length: columns }, (_, column) =>
                quote(pool[(row * columns + column) % pool.length]!),
              ).join(','),
            );
          const result = await validateCsv(file(`${lines.join('\n')}\n`));
          return result.records === rows && result.header.length === columns;
        },
      ),
      { numRuns: 40 },
    );
  });

  it('property: dropping the last field of one data row is caught on that row', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 2, max: 5 }),
        fc.integer({ min: 1, max: 30 }),
        fc.nat(),
        async (columns, rows, pick) => {
          const broken = pick % rows;
          const lines = [Array.from({ length: columns }, (_, index) => `c${index}`).join(',')];
          for (let row = 0; row < rows; row++) {
            const width = row === broken ? columns - 1 : columns;
            lines.push(Array.from({ length: width }, (_, column) => `${row}.${column}`).join(','));
          }
          const error = await errorOf(validateCsv(file(`${lines.join('\n')}\n`)));
          return error.code === 'RAMPART_DATA_CSV_RAGGED' && error.message.includes(`line ${broken + 2} `);
        },
      ),
      { numRuns: 40 },
    );
  });
});
