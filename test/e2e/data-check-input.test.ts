import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { labelledRows, temporaryDirectory, writeCsv } from '../support/data-fixtures.ts';
import { runRampart } from '../support/rampart-cli.ts';

const root = resolve(import.meta.dirname, '..', '..');

describe('rampart data check on a file that is not there', () => {
  it('is an I/O error with exit code 2, as docs/data-gate.md says, not a failed check', () => {
    const result = spawnSync(
      process.execPath,
      [join(root, 'bin', 'rampart.js'), 'data', 'check', join(root, 'no-such-data.csv'), '--label', 'label'],
      { encoding: 'utf8', cwd: root },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error RAMPART_IO: cannot read');
    expect(result.stderr).toContain('hint:');
    expect(result.stdout).not.toContain('blocked by');
  });
});

describe('data commands given the wrong kind of path', { timeout: 60_000 }, () => {
  const work = temporaryDirectory('rampart-data-input-');
  const file = writeCsv(join(work, 'train.csv'), labelledRows({ rows: 60 }));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('data gate FILE is a usage error that points at data check, not "check that the path exists"', async () => {
    const result = await runRampart(['data', 'gate', file]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error RAMPART_USAGE');
    expect(result.stderr).toContain('rampart data check');
  });

  it('data profile DIR and data check DIR are usage errors that point at data gate', async () => {
    for (const command of ['profile', 'check']) {
      const result = await runRampart(['data', command, work, '--label', 'label']);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('error RAMPART_USAGE');
      expect(result.stderr).not.toContain('unsupported file type');
      expect(result.stderr).toContain('rampart data gate');
    }
  });

  it('data manifest of an empty directory approves nothing: exit 2 with a hint', async () => {
    const empty = join(work, 'empty');
    mkdirSync(empty);
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    const key = join(work, 'signing.pem');
    writeFileSync(key, keys.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const result = await runRampart(['data', 'manifest', empty, '--key', key]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('error RAMPART_DATA_EMPTY');
    expect(result.stderr).toContain('hint:');
    expect(existsSync(join(empty, 'manifest.json'))).toBe(false);
  });

  it('data check names itself in its report', async () => {
    const result = await runRampart(['data', 'check', file, '--label', 'label', '--ignore', 'id']);
    expect(result.stdout).toMatch(/^rampart data check: /);
  });
});
