import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { temporaryDirectory } from '../../test/support/data-fixtures.ts';
import { RampartError } from '../core/index.ts';
import { checkJsonlDepth } from './jsonl-depth.ts';

const dir = temporaryDirectory('rampart-jsonl-depth-unit-');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let files = 0;
function file(text: string): string {
  const path = join(dir, `${files++}.jsonl`);
  writeFileSync(path, text);
  return path;
}

async function depthError(text: string, maxDepth: number): Promise<RampartError | undefined> {
  try {
    await checkJsonlDepth(file(text), maxDepth);
    return undefined;
  } catch (error) {
    if (RampartError.is(error)) return error;
    throw error;
  }
}

/** Nesting depth of a parsed JSON value (a scalar is 0, `[]` is 1). */
function depthOf(value: unknown): number {
  if (value === null || typeof value !== 'object') return 0;
  const children = Array.isArray(value) ? value : Object.values(value);
  return 1 + Math.max(0, ...children.map(depthOf));
}

describe('checkJsonlDepth', () => {
  it('allows a record exactly at the limit and refuses one level more, naming line and column', async () => {
    expect(await depthError('{"a":1}\n{"a":[[1]]}\n', 3)).toBeUndefined();
    const error = await depthError('{"a":1}\n{"a":[[[1]]]}\n', 3);
    expect(error?.code).toBe('RAMPART_DATA_JSON_TOO_DEEP');
    expect(error?.details).toEqual([{ path: 'line 2, column 8', message: 'nesting deeper than 3 levels' }]);
  });

  it('does not count brackets inside strings, escaped quotes included', async () => {
    expect(await depthError('{"a":"[[[[{{{{\\"[[[[","b":"\\\\"}\n', 2)).toBeUndefined();
  });

  it('counts each line on its own: an unclosed line does not carry depth to the next', async () => {
    expect(await depthError('{"a":[[\n{"a":[[1]]}\n', 3)).toBeUndefined();
  });

  it('agrees with the depth of the parsed value for any JSON record', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string(), fc.jsonValue({ maxDepth: 6 })),
        fc.nat(8),
        async (record, limit) => {
          const error = await depthError(`${JSON.stringify(record)}\n`, limit);
          expect(error === undefined).toBe(depthOf(record) <= limit);
        },
      ),
      { numRuns: 200 },
    );
  });
});
