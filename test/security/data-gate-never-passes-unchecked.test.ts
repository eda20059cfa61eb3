import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { flipLabels, labelledRows, temporaryDirectory, writeCsv } from '../support/data-fixtures.ts';
import { runRampart } from '../support/rampart-cli.ts';

/**
 * `rampart data gate DIR` with no other flag must not say PASSED for data it could not check:
 * the manifest beside the data is found and verified, the label column is inferred (or the gate
 * refuses), and a check that could not run blocks instead of passing silently.
 */
describe('data gate never says PASSED when it could not check', { timeout: 120_000 }, () => {
  const work = temporaryDirectory('rampart-gate-unchecked-');
  const clean = labelledRows({ rows: 800 });

  beforeAll(() => {
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    writeFileSync(join(work, 'signing.pem'), keys.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(join(work, 'public.pem'), keys.publicKey.export({ type: 'spki', format: 'pem' }));
  });
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('finds DIR/manifest.json by itself and fails the changed, label-flipped file', async () => {
    const dir = join(work, 'tampered');
    mkdirSync(dir);
    writeCsv(join(dir, 'train.csv'), clean);
    const manifest = await runRampart(['data', 'manifest', dir, '--key', join(work, 'signing.pem')]);
    expect(manifest.code).toBe(0);
    writeCsv(join(dir, 'train.csv'), flipLabels(clean, 0.05, 3).rows);
    const json = join(work, 'tampered.json');
    const gate = await runRampart(['data', 'gate', dir, '--json', json]);
    expect(gate.stdout).not.toContain('PASSED');
    expect(gate.code).toBe(1);
    const report = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(json, 'utf8')));
    const byId = (id: string) => report.checks.find((check: { id: string }) => check.id === id);
    expect(byId('manifest')).toMatchObject({ status: 'fail' });
    expect(byId('manifest').summary).toContain('changed: train.csv');
    // The label column is found by its name, so the label checks run and see the flips.
    expect(byId('label-noise').status).toBe('fail');
    expect(report.blocking).toEqual(expect.arrayContaining(['manifest', 'label-noise']));
  });

  it('does not pass clean data when no manifest is there to verify; says so and why', async () => {
    const dir = join(work, 'unsigned');
    mkdirSync(dir);
    writeCsv(join(dir, 'train.csv'), clean);
    const gate = await runRampart(['data', 'gate', dir]);
    expect(gate.stdout).not.toContain('PASSED');
    expect(gate.code).toBe(1);
    expect(gate.stdout).toMatch(/manifest\s+ERROR\s+critical\s+not run: no manifest/);
    expect(gate.stdout).toMatch(/provenance-log\s+skip/);
  });

  it('passes the same data once the policy says no manifest is needed', async () => {
    const dir = join(work, 'unsigned');
    const policy = join(work, 'no-manifest.yaml');
    writeFileSync(policy, 'version: 1\nignore: [id]\nchecks:\n  manifest:\n    enabled: false\n');
    const gate = await runRampart(['data', 'gate', dir, '--policy', policy]);
    expect(gate.stdout).toContain('PASSED');
    expect(gate.stdout).toContain('label "label" (found by its name');
    expect(gate.code).toBe(0);
  });

  it('refuses (exit 2, with a hint) when no column can be the label the label checks need', async () => {
    const dir = join(work, 'no-label');
    mkdirSync(dir);
    writeCsv(
      join(dir, 'train.csv'),
      clean.map(({ label, ...row }) => ({ ...row, verdict: label ?? null })),
    );
    for (const command of ['gate', 'check']) {
      const target = command === 'gate' ? dir : join(dir, 'train.csv');
      const result = await runRampart(['data', command, target]);
      expect(result.stdout).not.toContain('PASSED');
      expect(result.code).toBe(2);
      expect(result.stderr).toContain('error RAMPART_DATA_LABEL_REQUIRED');
      expect(result.stderr).toContain('--label');
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
  });

  it('does not pass a signed manifest read without its key: the signature check did not run', async () => {
    const dir = join(work, 'signed-unchanged');
    mkdirSync(dir);
    writeCsv(join(dir, 'train.csv'), clean);
    expect((await runRampart(['data', 'manifest', dir, '--key', join(work, 'signing.pem')])).code).toBe(0);
    const withoutKey = await runRampart(['data', 'gate', dir]);
    expect(withoutKey.stdout).not.toContain('PASSED');
    expect(withoutKey.code).toBe(1);
    expect(withoutKey.stdout).toMatch(/manifest\s+ERROR\s+critical\s+not run: the manifest is signed/);
    const withKey = await runRampart(['data', 'gate', dir, '--key', join(work, 'public.pem')]);
    expect(withKey.stdout).toContain('PASSED');
    expect(withKey.code).toBe(0);
  });

  it('a check that could not run blocks whatever --fail-on says', async () => {
    const dir = join(work, 'unsigned');
    const policy = join(work, 'manifest-low.yaml');
    writeFileSync(policy, 'version: 1\nignore: [id]\nchecks:\n  manifest:\n    severity: low\n');
    const gate = await runRampart(['data', 'gate', dir, '--policy', policy, '--fail-on', 'critical']);
    expect(gate.stdout).not.toContain('PASSED');
    expect(gate.code).toBe(1);
  });
});
