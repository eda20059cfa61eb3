import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelledRows, temporaryDirectory, writeCsv } from '../../test/support/data-fixtures.ts';
import { RampartError } from '../core/index.ts';
import { buildManifest, readManifest, signManifest, verifyManifest } from './manifest.ts';

const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const otherKeys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });

async function signedDirectory() {
  const dir = temporaryDirectory();
  mkdirSync(join(dir, 'sub'));
  writeCsv(join(dir, 'train.csv'), labelledRows({ rows: 30 }));
  writeFileSync(join(dir, 'sub', 'notes.txt'), 'hello\n');
  writeFileSync(join(dir, 'extra.txt'), 'extra\n');
  const manifest = await buildManifest(dir, {
    createdBy: 'alice@example.com',
    source: 'unit-test',
    exclude: ['manifest.json'],
  });
  const manifestPath = join(dir, 'manifest.json');
  writeFileSync(manifestPath, JSON.stringify(signManifest(manifest, keys.privateKey)));
  return { dir, manifest, manifestPath };
}

describe('manifest', () => {
  it('records path, size, digest, rows and schema of every file, and verifies with the public key', async () => {
    const { dir, manifest, manifestPath } = await signedDirectory();
    expect(manifest.files.map((file) => file.path)).toEqual(['extra.txt', 'sub/notes.txt', 'train.csv']);
    const train = manifest.files.find((file) => file.path === 'train.csv')!;
    expect(train.rows).toBe(30);
    expect(train.columns?.map((column) => column.name)).toEqual([
      'id',
      'x1',
      'x2',
      'channel',
      'text',
      'label',
    ]);
    expect(manifest.createdBy).toBe('alice@example.com');
    const result = await verifyManifest(dir, manifestPath, keys.publicKey);
    expect(result).toMatchObject({ ok: true, signatureChecked: true, added: [], removed: [], changed: [] });
  });

  it('names every added, removed and changed file', async () => {
    const { dir, manifestPath } = await signedDirectory();
    writeFileSync(join(dir, 'sub', 'notes.txt'), 'HELLO\n'); // same size, different bytes
    rmSync(join(dir, 'extra.txt'));
    writeFileSync(join(dir, 'new.csv'), 'a\n1\n');
    const result = await verifyManifest(dir, manifestPath, keys.publicKey);
    expect(result.ok).toBe(false);
    expect(result.added).toEqual(['new.csv']);
    expect(result.removed).toEqual(['extra.txt']);
    expect(result.changed.map((change) => change.path)).toEqual(['sub/notes.txt']);
  });

  it('refuses a manifest signed by another key, or with an edited payload', async () => {
    const { dir, manifest, manifestPath } = await signedDirectory();
    await expect(verifyManifest(dir, manifestPath, otherKeys.publicKey)).rejects.toMatchObject({
      code: 'RAMPART_SIGNATURE_INVALID',
    });
    const envelope = signManifest(manifest, keys.privateKey);
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString('utf8'));
    statement.predicate.createdBy = 'mallory';
    const forged = { ...envelope, payload: Buffer.from(JSON.stringify(statement)).toString('base64') };
    expect(() => readManifest(JSON.stringify(forged), keys.publicKey)).toThrowError(
      expect.objectContaining({ code: 'RAMPART_SIGNATURE_INVALID' }),
    );
  });

  it('treats an unparseable or inconsistent manifest as invalid', () => {
    expect(() => readManifest('not json')).toThrowError(
      expect.objectContaining({ code: 'RAMPART_DATA_MANIFEST_INVALID' }),
    );
    expect(() => readManifest('{"payload":"e30=","payloadType":"x","signatures":[]}')).toThrowError(
      expect.objectContaining({ code: 'RAMPART_DATA_MANIFEST_INVALID' }),
    );
    const payload = Buffer.from(JSON.stringify({ _type: 'https://in-toto.io/Statement/v1' })).toString(
      'base64',
    );
    expect(() =>
      readManifest(JSON.stringify({ payload, payloadType: 'application/vnd.in-toto+json', signatures: [] })),
    ).toThrowError(expect.objectContaining({ code: 'RAMPART_DATA_MANIFEST_INVALID' }));
  });

  it('property: any text either parses as a manifest or throws a coded RampartError', async () => {
    const { manifest } = await signedDirectory();
    const valid = JSON.stringify(signManifest(manifest, keys.privateKey));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.nat({ max: valid.length - 1 }).chain((cut) => fc.constant(valid.slice(0, cut))),
          fc
            .tuple(fc.nat({ max: valid.length - 1 }), fc.string({ minLength: 1, maxLength: 1 }))
            .map(([at, char]) => valid.slice(0, at) + char + valid.slice(at + 1)),
        ),
        (text) => {
          try {
            readManifest(text, keys.publicKey);
            return true;
          } catch (error) {
            return (
              RampartError.is(error) &&
              /^RAMPART_(DATA_MANIFEST_INVALID|SIGNATURE_INVALID|JSON_)/.test(error.code)
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
