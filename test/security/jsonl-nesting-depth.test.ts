import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { labelledRows, temporaryDirectory, writeJsonl } from '../support/data-fixtures.ts';
import { runRampart } from '../support/rampart-cli.ts';

/** One JSON object per line whose `payload` nests `depth` arrays deep. */
function deepLine(depth: number): string {
  return `{"label":"ham","x1":1,"payload":${'['.repeat(depth)}1${']'.repeat(depth)}}`;
}

const depths = [100_000, 1_000];

/**
 * Deeply nested JSON Lines used to crash the data tools (100k levels: SIGSEGV in DuckDB's reader)
 * or stall them (1,000 levels: minutes). The depth is now bounded before DuckDB reads the file,
 * with a coded error naming the file and line. Each run is killed after 60 s (runRampart).
 */
describe('deeply nested JSON Lines are refused, not crashed on', { timeout: 120_000 }, () => {
  const work = temporaryDirectory('rampart-jsonl-depth-');

  beforeAll(() => {
    for (const depth of depths) {
      const dir = join(work, String(depth));
      mkdirSync(dir);
      const rows = labelledRows({ rows: 40 }).map((row) => JSON.stringify(row));
      rows.splice(2, 0, deepLine(depth));
      writeFileSync(join(dir, 'train.jsonl'), `${rows.join('\n')}\n`);
    }
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  for (const depth of depths) {
    it(`data profile: ${depth} levels is RAMPART_DATA_JSON_TOO_DEEP at line 3 (exit 2)`, async () => {
      const file = join(work, String(depth), 'train.jsonl');
      const result = await runRampart(['data', 'profile', file, '--label', 'label']);
      expect(result.signal).toBeNull();
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`error RAMPART_DATA_JSON_TOO_DEEP: ${file}: line 3`);
      expect(result.stderr).toContain('hint:');
    });

    // In check and gate an unreadable dataset is a failed `read` check (exit 1, reports written).
    for (const command of ['check', 'gate']) {
      it(`data ${command}: ${depth} levels blocks with RAMPART_DATA_JSON_TOO_DEEP at line 3 (exit 1)`, async () => {
        const dir = join(work, String(depth));
        const file = join(dir, 'train.jsonl');
        const target = command === 'gate' ? dir : file;
        const result = await runRampart(['data', command, target, '--label', 'label']);
        expect(result.signal).toBeNull();
        expect(result.code).toBe(1);
        expect(result.stdout).not.toContain('PASSED');
        expect(result.stdout).toContain(`read: RAMPART_DATA_JSON_TOO_DEEP: ${file}: line 3`);
        expect(result.stdout).toMatch(/hint: .*flatten/);
        expect(result.stderr).not.toMatch(/\n\s+at /);
      });
    }
  }

  it('reads a record nested 64 levels deep, the default limit', async () => {
    const file = join(work, 'ok.jsonl');
    writeJsonl(file, labelledRows({ rows: 40 }));
    writeFileSync(file, `${deepLine(63)}\n`, { flag: 'a' });
    const result = await runRampart(['data', 'profile', file, '--label', 'label']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
});
