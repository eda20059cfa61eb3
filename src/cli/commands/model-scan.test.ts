import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maliciousPickle, pickle, torchStateDict } from '../../../test/support/model-fixtures.ts';
import { verifyScanAttestation } from '../../model/index.ts';

const run = promisify(execFile);
const bin = join(import.meta.dirname, '../../../bin/rampart.js');

async function rampart(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rampart-cli-scan-'));
  await mkdir(join(directory, 'clean'));
  await mkdir(join(directory, 'unsafe'));
  await mkdir(join(directory, 'evil'));
  await writeFile(join(directory, 'clean', 'model.pkl'), torchStateDict());
  await writeFile(
    join(directory, 'unsafe', 'model.pkl'),
    pickle((p) => p.proto(2).global('sklearn.svm', 'SVC').emptyTuple().reduce().stop()),
  );
  await writeFile(join(directory, 'evil', 'model.bin'), maliciousPickle());
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('rampart model scan', () => {
  it('exits 0 on a clean model and 1 on a malicious one, with a table', async () => {
    const clean = await rampart('model', 'scan', join(directory, 'clean'));
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(/clean\s+pickle/);
    const evil = await rampart('model', 'scan', join(directory, 'clean'), join(directory, 'evil'));
    expect(evil.code).toBe(1);
    expect(evil.stdout).toMatch(/malicious\s+pickle/);
    expect(evil.stdout).toContain('pickle.dangerous-global');
  });

  it('honours --fail-on', async () => {
    expect((await rampart('model', 'scan', join(directory, 'unsafe'))).code).toBe(1);
    expect((await rampart('model', 'scan', '--fail-on', 'malicious', join(directory, 'unsafe'))).code).toBe(
      0,
    );
    expect((await rampart('model', 'scan', '--fail-on', 'clean', join(directory, 'clean'))).code).toBe(1);
  });

  it('writes JSON and SARIF reports', async () => {
    const json = await rampart('model', 'scan', '--format', 'json', join(directory, 'evil'));
    const report = JSON.parse(json.stdout);
    expect(report.summary).toMatchObject({ files: 1, malicious: 1 });
    const output = join(directory, 'out.sarif');
    const events = join(directory, 'events.jsonl');
    const sarif = await rampart(
      'model',
      'scan',
      '--format',
      'sarif',
      '--output',
      output,
      '--events',
      events,
      join(directory, 'evil'),
    );
    expect(sarif.code).toBe(1);
    const log = JSON.parse(await readFile(output, 'utf8'));
    const [result, finding] = (await readFile(events, 'utf8'))
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(result).toMatchObject({ kind: 'model.scan.result', source: 'model', decision: 'block' });
    expect(finding).toMatchObject({ kind: 'model.scan.finding', source: 'model', decision: 'block' });
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results[0].ruleId).toBe('pickle.dangerous-global');
  });

  it('exits 2 with a coded error for a missing path', async () => {
    const missing = await rampart('model', 'scan', join(directory, 'nope'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('RAMPART_MODEL_SCAN_PATH_NOT_FOUND');
    expect(missing.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 instead of passing when there is nothing to scan', async () => {
    await mkdir(join(directory, 'not-downloaded'));
    const empty = await rampart('model', 'scan', join(directory, 'not-downloaded'));
    expect(empty.code).toBe(2);
    expect(empty.stderr).toContain('error RAMPART_MODEL_SCAN_PATH_NOT_FOUND: no files to scan');
  });

  it('exits 2 when no file is a model file, and --allow-unanalysable skips unknown model files', async () => {
    await mkdir(join(directory, 'docs-only'));
    await writeFile(join(directory, 'docs-only', 'README.md'), '# model card\n');
    const docs = await rampart('model', 'scan', join(directory, 'docs-only'));
    expect(docs.code).toBe(2);
    expect(docs.stderr).toContain('RAMPART_MODEL_SCAN_PATH_NOT_FOUND');
    await mkdir(join(directory, 'unknown'));
    await writeFile(join(directory, 'unknown', 'model.safetensors'), 'not really safetensors');
    await writeFile(join(directory, 'unknown', 'model.pkl'), torchStateDict());
    expect((await rampart('model', 'scan', join(directory, 'unknown'))).code).toBe(1);
    const allowed = await rampart('model', 'scan', '--allow-unanalysable', join(directory, 'unknown'));
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toMatch(/skipped\s+unknown/);
  });

  it('--attest --key writes a signed scan attestation the verifier accepts for these files only', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const key = join(directory, 'scan-signing.pem');
    await writeFile(key, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    const out = join(directory, 'clean.scan.json');
    const attested = await rampart('model', 'scan', join(directory, 'clean'), '--attest', out, '--key', key);
    expect(attested.code).toBe(0);
    expect(attested.stderr).toContain(`scan attestation written to ${out} (verdict clean)`);
    const text = await readFile(out, 'utf8');
    const result = await verifyScanAttestation(join(directory, 'clean'), text, publicKey);
    expect(result).toMatchObject({ files: 1, predicate: { verdict: 'clean' } });
    await expect(verifyScanAttestation(join(directory, 'unsafe'), text, publicKey)).rejects.toThrow(
      expect.objectContaining({ code: 'RAMPART_MODEL_SCAN_ATTESTATION_STALE' }),
    );
    // A failing scan is attested too (the verifier judges), and exits 1 as before.
    const evilOut = join(directory, 'evil.scan.json');
    const evil = await rampart('model', 'scan', join(directory, 'evil'), '--attest', evilOut, '--key', key);
    expect(evil.code).toBe(1);
    const evilResult = await verifyScanAttestation(
      join(directory, 'evil'),
      await readFile(evilOut, 'utf8'),
      publicKey,
    );
    expect(evilResult.predicate.verdict).toBe('malicious');
  });

  it('--attest without --key, or over two paths, is a usage error (exit 2)', async () => {
    const noKey = await rampart(
      'model',
      'scan',
      join(directory, 'clean'),
      '--attest',
      join(directory, 'x.json'),
    );
    expect(noKey.code).toBe(2);
    expect(noKey.stderr).toContain('RAMPART_USAGE');
    const key = join(directory, 'scan-signing.pem');
    const two = await rampart(
      'model',
      'scan',
      join(directory, 'clean'),
      join(directory, 'evil'),
      '--attest',
      join(directory, 'x.json'),
      '--key',
      key,
    );
    expect(two.code).toBe(2);
    expect(two.stderr).toContain('RAMPART_USAGE');
  });
});
