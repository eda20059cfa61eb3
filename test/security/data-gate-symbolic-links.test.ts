import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import {
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flipLabels, labelledRows, temporaryDirectory, writeCsv } from '../support/data-fixtures.ts';
import { runRampart } from '../support/rampart-cli.ts';

/**
 * `rampart data manifest | verify | gate` used to skip symbolic links: a dataset file that was a link
 * was neither approved nor checked, so the gate could pass (and attest) data it never read. Here with
 * the real CLI: a link is covered, a re-pointed link blocks, and what the walk cannot list refuses.
 */
describe('data gate covers symbolic links in the dataset', { timeout: 120_000 }, () => {
  const work = realpathSync(temporaryDirectory('rampart-gate-links-'));
  const key = join(work, 'signing.pem');
  const clean = labelledRows({ rows: 400 });
  const store = join(work, 'store');
  const gateArgs = ['--key', key, '--label', 'label', '--text', 'text', '--ignore', 'id'];

  beforeAll(() => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    writeFileSync(key, keys.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    mkdirSync(store);
    writeCsv(join(store, 'v1.csv'), clean);
    writeCsv(join(store, 'v2.csv'), flipLabels(clean, 0.08, 5).rows);
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('a dataset file re-pointed at poisoned data after approval blocks the gate and its attestation', async () => {
    const dir = join(work, 'linked');
    mkdirSync(dir);
    symlinkSync(join(store, 'v1.csv'), join(dir, 'train.csv'));
    const manifest = await runRampart(['data', 'manifest', dir, '--key', key, '--by', 'alice@example.com']);
    expect(manifest.code).toBe(0);
    expect(manifest.stdout).toContain('1 file(s)');
    expect(manifest.stdout).toContain(
      `link train.csv -> ${join(store, 'v1.csv')}  (outside the dataset directory`,
    );
    const approved = await runRampart(['data', 'gate', dir, ...gateArgs]);
    expect(approved.stdout).toContain('PASSED');
    expect(approved.code).toBe(0);

    unlinkSync(join(dir, 'train.csv'));
    symlinkSync(join(store, 'v2.csv'), join(dir, 'train.csv'));
    const verify = await runRampart(['data', 'verify', dir, '--manifest', join(dir, 'manifest.json')]);
    expect(verify.stdout).toContain(`changed  train.csv: now a symbolic link to ${join(store, 'v2.csv')}`);
    expect(verify.code).toBe(1);
    const attestation = join(work, 'linked.attestation.json');
    const gate = await runRampart(['data', 'gate', dir, ...gateArgs, '--attest', attestation]);
    expect(gate.stdout).not.toContain('PASSED');
    expect(gate.stdout).toMatch(/manifest\s+FAIL/);
    expect(gate.code).toBe(1);
    const statement = JSON.parse(
      Buffer.from(JSON.parse(readFileSync(attestation, 'utf8')).payload, 'base64').toString(),
    );
    expect(statement.predicate).toMatchObject({ passed: false, manifestVerified: false });
  });

  it('a broken link or a FIFO in the dataset is refused with its code and hint, never left out', async () => {
    const dir = join(work, 'broken');
    mkdirSync(dir);
    writeCsv(join(dir, 'train.csv'), clean);
    symlinkSync(join(store, 'gone.csv'), join(dir, 'extra.csv'));
    const manifest = await runRampart(['data', 'manifest', dir, '--key', key]);
    expect(manifest.code).toBe(2);
    expect(manifest.stderr).toContain('RAMPART_DATA_PATH_INVALID');
    expect(manifest.stderr).toContain('extra.csv is a broken symbolic link');
    expect(manifest.stderr).not.toMatch(/\n\s+at /);

    unlinkSync(join(dir, 'extra.csv'));
    expect((await runRampart(['data', 'manifest', dir, '--key', key])).code).toBe(0);
    execFileSync('mkfifo', [join(dir, 'feed.csv')]);
    const gate = await runRampart(['data', 'gate', dir, ...gateArgs]);
    expect(gate.stdout).not.toContain('PASSED');
    expect(gate.stdout).toMatch(/manifest\s+ERROR\s+critical\s+not run: RAMPART_DATA_PATH_INVALID/);
    expect(gate.code).toBe(1);
  });

  it('`data check` given a broken link or a FIFO refuses with the same code, not "no such file"', async () => {
    const dir = join(work, 'check-paths');
    mkdirSync(dir);
    symlinkSync(join(store, 'gone.csv'), join(dir, 'linked.csv'));
    const broken = await runRampart(['data', 'check', join(dir, 'linked.csv'), '--label', 'label']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('RAMPART_DATA_PATH_INVALID');
    expect(broken.stderr).toContain('linked.csv is a broken symbolic link');
    execFileSync('mkfifo', [join(dir, 'feed.csv')]);
    const fifo = await runRampart(['data', 'check', join(dir, 'feed.csv'), '--label', 'label']);
    expect(fifo.code).toBe(2);
    expect(fifo.stderr).toContain('RAMPART_DATA_PATH_INVALID');
    expect(fifo.stderr).not.toMatch(/\n\s+at /);
    const missing = await runRampart(['data', 'check', join(dir, 'absent.csv'), '--label', 'label']);
    expect(missing.stderr).toContain('RAMPART_IO');
  });
});
