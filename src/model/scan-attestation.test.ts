import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { maliciousPickle, torchStateDict } from '../../test/support/model-fixtures.ts';
import { scanPaths } from './scan.ts';
import { signScanAttestation, verifyScanAttestation } from './scan-attestation.ts';

const work = mkdtempSync(join(tmpdir(), 'rampart-scan-attest-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const keys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const otherKeys = generateKeyPairSync('ed25519');

function model(name: string, files: Record<string, Uint8Array | string>): string {
  const path = join(work, name);
  mkdirSync(join(path, 'sub'), { recursive: true });
  for (const [file, data] of Object.entries(files)) writeFileSync(join(path, file), data);
  return path;
}

async function attest(path: string, privateKey = keys.privateKey, exclude?: string): Promise<string> {
  const report = await scanPaths([path], { hash: true });
  const envelope = await signScanAttestation(path, report, privateKey, exclude ? { exclude } : {});
  return JSON.stringify(envelope);
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return (error as { code?: string }).code;
  }
}

describe('signed scan attestation', () => {
  it('verifies against the files as they are and carries the verdict', async () => {
    const path = model('good', { 'model.pkl': torchStateDict(), 'sub/config.json': '{"a": 1}\n' });
    const result = await verifyScanAttestation(path, await attest(path), keys.publicKey);
    expect(result.files).toBe(2);
    expect(result.predicate.verdict).toBe('clean');
    expect(result.predicate.findings).toEqual([]);
  });

  it('records a malicious verdict and its findings; verifying does not turn it clean', async () => {
    const path = model('evil', { 'model.pkl': maliciousPickle() });
    const result = await verifyScanAttestation(path, await attest(path), keys.publicKey);
    expect(result.predicate.verdict).toBe('malicious');
    expect(result.predicate.findings).toEqual([
      expect.objectContaining({ path: 'model.pkl', verdict: 'malicious' }),
    ]);
    expect(result.predicate.findings[0]!.ruleIds.length).toBeGreaterThan(0);
  });

  it('refuses a tampered attestation (verdict edited) and one signed by another key', async () => {
    const evil = model('evil-tampered', { 'model.pkl': maliciousPickle() });
    const envelope = JSON.parse(await attest(evil));
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString());
    statement.predicate.verdict = 'clean';
    envelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    expect(await codeOf(verifyScanAttestation(evil, JSON.stringify(envelope), keys.publicKey))).toBe(
      'RAMPART_MODEL_SCAN_ATTESTATION_INVALID',
    );
    const good = model('good-other-key', { 'model.pkl': torchStateDict() });
    const byOther = await attest(good, otherKeys.privateKey);
    expect(await codeOf(verifyScanAttestation(good, byOther, keys.publicKey))).toBe(
      'RAMPART_MODEL_SCAN_ATTESTATION_INVALID',
    );
    expect((await verifyScanAttestation(good, byOther, otherKeys.publicKey)).predicate.verdict).toBe('clean');
    expect(await codeOf(verifyScanAttestation(good, 'not json', keys.publicKey))).toBe(
      'RAMPART_MODEL_SCAN_ATTESTATION_INVALID',
    );
  });

  it('is stale when a file changed, was added or removed, or it attests another model', async () => {
    const path = model('stale', { 'model.pkl': torchStateDict(), 'sub/config.json': '{"a": 1}\n' });
    const attestation = await attest(path);
    writeFileSync(join(path, 'model.pkl'), maliciousPickle());
    expect(await codeOf(verifyScanAttestation(path, attestation, keys.publicKey))).toBe(
      'RAMPART_MODEL_SCAN_ATTESTATION_STALE',
    );
    writeFileSync(join(path, 'model.pkl'), torchStateDict());
    expect((await verifyScanAttestation(path, attestation, keys.publicKey)).predicate.verdict).toBe('clean');
    writeFileSync(join(path, 'sub', 'extra.pkl'), maliciousPickle());
    await expect(verifyScanAttestation(path, attestation, keys.publicKey)).rejects.toThrow(
      /not scanned: sub\/extra\.pkl/,
    );
    rmSync(join(path, 'sub'), { recursive: true });
    await expect(verifyScanAttestation(path, attestation, keys.publicKey)).rejects.toThrow(
      /missing: sub\/config\.json/,
    );
    const other = model('other', { 'model.pkl': torchStateDict(), 'sub/config.json': '{"b": 2}\n' });
    expect(await codeOf(verifyScanAttestation(other, attestation, keys.publicKey))).toBe(
      'RAMPART_MODEL_SCAN_ATTESTATION_STALE',
    );
  });

  it('leaves out the attestation file itself when it lies inside the model', async () => {
    const path = model('inside', { 'model.pkl': torchStateDict() });
    const out = join(path, 'scan.attestation.json');
    writeFileSync(out, 'an older attestation');
    const attestation = await attest(path, keys.privateKey, out);
    writeFileSync(out, attestation);
    const result = await verifyScanAttestation(path, attestation, keys.publicKey, { attestationPath: out });
    expect(result.files).toBe(1);
  });
});
