import { spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { repeatedFlag } from '../repeated-flag.ts';

const root = resolve(import.meta.dirname, '..', '..', '..');
const scratch = mkdtempSync(join(tmpdir(), 'rampart-cli-sign-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function rampart(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'bin', 'rampart.js'), ...args], {
    cwd: scratch,
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('rampart model sign | verify | bom (real process)', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-384' });
  const keyPath = join(scratch, 'signing.pem');
  const publicPath = join(scratch, 'signing.pub');
  writeFileSync(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }));
  writeFileSync(publicPath, publicKey.export({ type: 'spki', format: 'pem' }));
  const model = mkdtempSync(join(scratch, 'model-'));
  writeFileSync(join(model, 'weights.bin'), Buffer.alloc(1000, 1));
  writeFileSync(join(model, 'config.json'), '{"model_type":"demo"}');
  writeFileSync(join(model, 'scratch.txt'), 'ignored');

  it('signs (exit 0), verifies (exit 0), then fails with exit 1 naming the tampered file', () => {
    const signed = rampart(
      'model',
      'sign',
      model,
      '--key',
      keyPath,
      '--ignore-paths',
      join(model, 'scratch.txt'),
    );
    expect(signed.code).toBe(0);
    expect(signed.stdout).toContain('2 files');
    const verified = rampart('model', 'verify', model, '--key', publicPath, '--json');
    expect(verified.code).toBe(0);
    expect(JSON.parse(verified.stdout)).toMatchObject({ verified: true, files: 2 });

    writeFileSync(join(model, 'weights.bin'), Buffer.alloc(1000, 2));
    const failed = rampart('model', 'verify', model, '--key', publicPath);
    expect(failed.code).toBe(1);
    expect(failed.stderr).toContain('RAMPART_MODEL_VERIFY_MISMATCH');
    expect(failed.stderr).toContain('changed: weights.bin');
    expect(failed.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 90_000);

  it('usage and I/O problems exit 2', () => {
    expect(rampart('model', 'verify', model).code).toBe(2);
    expect(rampart('model', 'verify', model, '--key', join(scratch, 'missing.pub')).code).toBe(2);
    const noSignature = rampart(
      'model',
      'verify',
      scratch,
      '--key',
      publicPath,
      '--signature',
      join(scratch, 'none.sig'),
    );
    expect(noSignature.code).toBe(2);
    expect(noSignature.stderr).toContain('RAMPART_MODEL_VERIFY_SIGNATURE_MISSING');
  }, 90_000);

  it('--no-ignore-git-paths signs git metadata too', () => {
    const withGit = mkdtempSync(join(scratch, 'git-'));
    mkdirSync(join(withGit, '.git'));
    writeFileSync(join(withGit, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    writeFileSync(join(withGit, 'weights.bin'), 'w');
    const result = rampart('model', 'sign', withGit, '--key', keyPath, '--no-ignore-git-paths', '--json');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ files: 2 });
  }, 60_000);

  it('verifies a keyless vector offline with --trusted-root and the signer identity; a wrong identity exits 1', () => {
    const fixtures = join(root, 'src', 'model', 'signing', 'fixtures');
    const vector = join(fixtures, 'vectors', 'v1.1.0-sigstore');
    const common = [
      'model',
      'verify',
      vector,
      '--trusted-root',
      join(fixtures, 'sigstore-public-good-trusted-root.json'),
      '--identity-provider',
      'https://sigstore.verify.ibm.com/oauth2',
      '--ignore-paths',
      join(vector, 'ignore-me'),
    ];
    const verified = rampart(...common, '--identity', 'stefanb@us.ibm.com');
    expect(verified.code).toBe(0);
    expect(verified.stdout).toContain('signed by stefanb@us.ibm.com');
    const wrong = rampart(...common, '--identity', 'someone@example.com', '--json');
    expect(wrong.code).toBe(1);
    expect(JSON.parse(wrong.stdout)).toMatchObject({
      verified: false,
      code: 'RAMPART_MODEL_VERIFY_CERTIFICATE_INVALID',
      details: { reason: 'identity' },
    });
    expect(rampart(...common, '--identity', 'stefanb@us.ibm.com', '--key', publicPath).code).toBe(2);
  }, 90_000);

  it('writes a CycloneDX BOM', () => {
    const output = join(scratch, 'bom.json');
    const result = rampart('model', 'bom', model, '--output', output, '--no-scan');
    expect(result.code).toBe(0);
    const bom = JSON.parse(readFileSync(output, 'utf8'));
    expect(bom).toMatchObject({ bomFormat: 'CycloneDX', specVersion: '1.6' });
    expect(bom.components.map((component: { name: string }) => component.name)).toContain('weights.bin');
    expect(JSON.stringify(bom)).not.toContain('rampart:scan.verdict'); // --no-scan
  }, 60_000);
});

describe('repeatedFlag', () => {
  it('collects every occurrence in both spellings', () => {
    expect(
      repeatedFlag(['--ignore-paths', 'a', 'DIR', '--ignore-paths=b', '--key', 'k'], 'ignore-paths'),
    ).toEqual(['a', 'b']);
  });
});
