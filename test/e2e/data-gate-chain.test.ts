import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDataGateAttestation } from '../../src/core/index.ts';
import { verifyModelDataGate } from '../../src/model/index.ts';
import { flipLabels, labelledRows, temporaryDirectory, writeCsv } from '../support/data-fixtures.ts';

const root = resolve(import.meta.dirname, '..', '..');

function rampart(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      'node',
      [join(root, 'bin', 'rampart.js'), ...args],
      { maxBuffer: 1 << 24 },
      (error, stdout, stderr) => {
        done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('attestation chain: data gate → model signature → model verify --require-data-gate', {
  timeout: 120_000,
}, () => {
  const work = temporaryDirectory('rampart-chain-');
  const key = join(work, 'signing.pem');
  const publicKey = join(work, 'signing.pub.pem');
  const otherPublicKey = join(work, 'other.pub.pem');
  const clean = labelledRows({ rows: 400 });
  const flipped = flipLabels(clean, 0.08, 5).rows;

  async function approveAndGate(name: string, rows: typeof clean, attestArgs: string[]) {
    const directory = join(work, name);
    mkdirSync(directory);
    writeCsv(join(directory, 'train.csv'), rows);
    const manifest = await rampart([
      'data',
      'manifest',
      directory,
      '--key',
      key,
      '--by',
      'alice@example.com',
    ]);
    expect(manifest.code).toBe(0);
    return rampart([
      'data',
      'gate',
      directory,
      '--label',
      'label',
      '--text',
      'text',
      '--ignore',
      'id',
      '--attest',
      join(work, `${name}.attestation.json`),
      ...attestArgs,
    ]);
  }

  function model(name: string): string {
    const directory = join(work, name);
    mkdirSync(directory);
    writeFileSync(join(directory, 'weights.bin'), Buffer.alloc(4096, name.length));
    writeFileSync(join(directory, 'config.json'), '{"layers": 2}\n');
    return directory;
  }

  beforeAll(() => {
    const pair = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    writeFileSync(key, pair.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(publicKey, pair.publicKey.export({ type: 'spki', format: 'pem' }));
    const other = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    writeFileSync(otherPublicKey, other.publicKey.export({ type: 'spki', format: 'pem' }));
  });

  it('a model trained on data that passed the gate verifies with --require-data-gate', async () => {
    // --key is the private key here: it signs the attestation and its public half checks the manifest.
    const gate = await approveAndGate('clean', clean, ['--key', key]);
    expect(gate.code).toBe(0);
    expect(gate.stderr).toContain('attestation written');
    const attestation = readDataGateAttestation(readFileSync(join(work, 'clean.attestation.json'), 'utf8'), [
      (await import('node:crypto')).createPublicKey(readFileSync(publicKey)),
    ]);
    expect(attestation.predicate.passed).toBe(true);
    expect(attestation.predicate.manifestVerified).toBe(true);
    const manifest = JSON.parse(
      Buffer.from(
        JSON.parse(readFileSync(join(work, 'clean', 'manifest.json'), 'utf8')).payload,
        'base64',
      ).toString(),
    );
    expect(attestation.rootDigest).toBe(manifest.predicate.rootDigest);

    const directory = model('model-good');
    const sign = await rampart([
      'model',
      'sign',
      directory,
      '--key',
      key,
      '--dataset-attestation',
      join(work, 'clean.attestation.json'),
    ]);
    expect(sign.code).toBe(0);
    expect(sign.stdout).toContain('1 gate attestation(s) recorded');
    const verify = await rampart(['model', 'verify', directory, '--key', publicKey, '--require-data-gate']);
    expect(verify.stdout).toContain('data gate PASSED');
    expect(verify.code).toBe(0);
    // Plain verification still works: the lineage file inside the model is in the signed ignore paths.
    expect((await rampart(['model', 'verify', directory, '--key', publicKey])).code).toBe(0);
    // The library call the gateway's attested routing can use.
    const result = await verifyModelDataGate(directory, { publicKey: readFileSync(publicKey) });
    expect(result.dataGate.datasets).toEqual([
      expect.objectContaining({ dataset: 'clean', rootDigest: attestation.rootDigest }),
    ]);
    // A gate key nobody trusts breaks the chain.
    const untrusted = await rampart([
      'model',
      'verify',
      directory,
      '--key',
      publicKey,
      '--require-data-gate',
      '--data-key',
      otherPublicKey,
    ]);
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toContain('RAMPART_MODEL_VERIFY_DATA_GATE');
  });

  it('a model trained on data the gate blocked fails --require-data-gate', async () => {
    const gate = await approveAndGate('flipped', flipped, ['--attest-key', key, '--key', publicKey]);
    expect(gate.code).toBe(1);
    const directory = model('model-poisoned');
    const sign = await rampart([
      'model',
      'sign',
      directory,
      '--key',
      key,
      '--dataset-attestation',
      join(work, 'flipped.attestation.json'),
    ]);
    expect(sign.code).toBe(0);
    const verify = await rampart(['model', 'verify', directory, '--key', publicKey, '--require-data-gate']);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain('RAMPART_MODEL_VERIFY_DATA_GATE');
    expect(verify.stderr).toContain('FAILED');
  });

  it('refuses a model signed without dataset attestations, or with an edited attestation', async () => {
    const bare = model('model-bare');
    expect((await rampart(['model', 'sign', bare, '--key', key])).code).toBe(0);
    const verify = await rampart(['model', 'verify', bare, '--key', publicKey, '--require-data-gate']);
    expect(verify.code).toBe(1);
    expect(verify.stderr).toContain('RAMPART_MODEL_VERIFY_DATA_GATE');

    // Flip the blocked gate's "passed" to true: the signature over it no longer verifies.
    const envelope = JSON.parse(readFileSync(join(work, 'flipped.attestation.json'), 'utf8'));
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString());
    statement.predicate.passed = true;
    envelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    writeFileSync(join(work, 'edited.attestation.json'), JSON.stringify(envelope));
    const edited = model('model-edited');
    const sign = await rampart([
      'model',
      'sign',
      edited,
      '--key',
      key,
      '--dataset-attestation',
      join(work, 'edited.attestation.json'),
    ]);
    expect(sign.code).toBe(0);
    const check = await rampart(['model', 'verify', edited, '--key', publicKey, '--require-data-gate']);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('RAMPART_MODEL_VERIFY_DATA_GATE');
  });

  it('--attest without a private key is a usage error (exit 2)', async () => {
    const directory = join(work, 'nokey');
    mkdirSync(directory);
    writeCsv(join(directory, 'train.csv'), clean);
    const gate = await rampart([
      'data',
      'gate',
      directory,
      '--attest',
      join(work, 'x.json'),
      '--key',
      publicKey,
    ]);
    expect(gate.code).toBe(2);
    expect(gate.stderr).toContain('RAMPART_USAGE');
  });
});
