import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rampartErrorOf } from './_expect-error.ts';
import { parseBundle } from './bundle.ts';
import { serializeModel } from './serialize.ts';
import { signModel } from './sign.ts';
import { buildStatement, parseStatement } from './statement.ts';
import { verifyModel } from './verify.ts';

// Conformance over the OpenSSF model-signing vectors copied into ./fixtures (Apache-2.0, see there).
const fixtures = join(import.meta.dirname, 'fixtures');
const vectors = join(fixtures, 'vectors');
const key = (name: string) => readFileSync(join(fixtures, 'keys', name));
const scratch = mkdtempSync(join(tmpdir(), 'rampart-conformance-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** v1.0.0 and v0.3.1 elliptic-key vectors sign the single file DIR/signme-1 (resource "."). */
const singleFile = new Set(['v1.0.0-elliptic-key', 'v0.3.1-elliptic-key']);
const modelPathOf = (directory: string, name: string) =>
  singleFile.has(name) ? join(directory, 'signme-1') : directory;

function copyVector(name: string): string {
  const target = join(mkdtempSync(join(scratch, 'vector-')), name);
  cpSync(join(vectors, name), target, { recursive: true });
  return target;
}

function vectorPayload(name: string): Buffer {
  return parseBundle(readFileSync(join(vectors, name, 'model.sig'), 'utf8')).envelope.payload;
}

const names = readdirSync(vectors).sort();
const keyVectors = names.filter((name) => name.endsWith('elliptic-key'));
const certificateVectors = names.filter((name) => name.endsWith('certificate'));
const keylessVectors = names.filter((name) => name.endsWith('sigstore'));

describe('OpenSSF model-signing vectors made by the reference tool', () => {
  it('has every vector family', () => {
    expect(keyVectors.length).toBe(4);
    expect(certificateVectors.length).toBe(5);
    expect(keylessVectors.length).toBe(4);
  });

  it.each(keyVectors)('%s verifies with the test public key', async (name) => {
    const directory = join(vectors, name);
    const result = await verifyModel(modelPathOf(directory, name), {
      publicKey: key('signing-key-pub.pem'),
      signaturePath: join(directory, 'model.sig'),
      ignorePaths: ['ignore-me'],
      workers: 1,
    });
    expect(result.signer.kind).toBe('key');
    expect(result.files).toBe(singleFile.has(name) ? 1 : 2);
  });

  it.each(certificateVectors)('%s verifies against the test root CA', async (name) => {
    const directory = join(vectors, name);
    const result = await verifyModel(directory, {
      trustAnchors: key('ca-cert.pem'),
      signaturePath: join(directory, 'model.sig'),
      ignorePaths: ['ignore-me'],
    });
    expect(result.signer.kind).toBe('certificate');
    expect(result.format).toBe(name.startsWith('v0.2') ? 'v0.1-compat' : 'v1.0');
  });

  it.each(keylessVectors)(
    '%s (keyless Sigstore) verifies offline against the public-good trusted root',
    async (name) => {
      const directory = join(vectors, name);
      const result = await verifyModel(directory, {
        trustedRoot: readFileSync(join(fixtures, 'sigstore-public-good-trusted-root.json')),
        identity: 'stefanb@us.ibm.com',
        identityIssuer: 'https://sigstore.verify.ibm.com/oauth2',
        signaturePath: join(directory, 'model.sig'),
        ignorePaths: ['ignore-me'],
      });
      expect(result.signer).toMatchObject({
        kind: 'certificate',
        identity: 'stefanb@us.ibm.com',
        identityIssuer: 'https://sigstore.verify.ibm.com/oauth2',
        issuer: 'O=sigstore.dev, CN=sigstore-intermediate',
      });
      expect(result.files).toBe(2);
    },
  );

  it.each(keylessVectors)(
    '%s (keyless Sigstore) with a public key is reported unsupported, never passed',
    async (name) => {
      const directory = join(vectors, name);
      const error = await rampartErrorOf(
        verifyModel(directory, {
          publicKey: key('signing-key-pub.pem'),
          signaturePath: join(directory, 'model.sig'),
        }),
      );
      expect(error.code).toBe('RAMPART_MODEL_VERIFY_UNSUPPORTED');
    },
  );

  it('a certificate vector verifies with the intermediate and its root as trust anchors, not the intermediate alone', async () => {
    // Trust anchors follow @sigstore/verify: a CA's chain ends at a self-signed root.
    const directory = join(vectors, 'v1.1.0-certificate');
    await expect(
      verifyModel(directory, {
        trustAnchors: Buffer.concat([key('int-ca-cert.pem'), key('ca-cert.pem')]),
        signaturePath: join(directory, 'model.sig'),
      }),
    ).resolves.toMatchObject({ signer: { kind: 'certificate' } });
    const error = await rampartErrorOf(
      verifyModel(directory, {
        trustAnchors: key('int-ca-cert.pem'),
        signaturePath: join(directory, 'model.sig'),
      }),
    );
    expect(error.code).toBe('RAMPART_MODEL_VERIFY_CERTIFICATE_INVALID');
    expect(error.details).toEqual({ reason: 'untrusted' });
  });
});

describe('keyless vectors: identity and transparency evidence are enforced', () => {
  const directory = join(vectors, 'v1.0.1-sigstore');
  const trustedRoot = () => readFileSync(join(fixtures, 'sigstore-public-good-trusted-root.json'));
  const identity = {
    identity: 'stefanb@us.ibm.com',
    identityIssuer: 'https://sigstore.verify.ibm.com/oauth2',
  };

  it('without --identity and --identity-provider a keyless bundle is a usage error, not a pass', async () => {
    const error = await rampartErrorOf(
      verifyModel(directory, { trustedRoot: trustedRoot(), signaturePath: join(directory, 'model.sig') }),
    );
    expect(error.code).toBe('RAMPART_USAGE');
  });

  it('another identity or another OIDC issuer is refused', async () => {
    for (const expected of [
      { ...identity, identity: 'someone@example.com' },
      { ...identity, identityIssuer: 'https://accounts.google.com' },
    ]) {
      const error = await rampartErrorOf(
        verifyModel(directory, {
          trustedRoot: trustedRoot(),
          signaturePath: join(directory, 'model.sig'),
          ignorePaths: ['ignore-me'],
          ...expected,
        }),
      );
      expect(error.code).toBe('RAMPART_MODEL_VERIFY_CERTIFICATE_INVALID');
      expect(error.details).toEqual({ reason: 'identity' });
    }
  });

  it('a log entry whose integrated time was changed fails the inclusion promise', async () => {
    const copy = copyVector('v1.0.1-sigstore');
    const path = join(copy, 'model.sig');
    const bundle = JSON.parse(readFileSync(path, 'utf8'));
    const entry = bundle.verificationMaterial.tlogEntries[0];
    entry.integratedTime = String(Number(entry.integratedTime) + 60);
    writeFileSync(path, JSON.stringify(bundle));
    const error = await rampartErrorOf(
      verifyModel(copy, {
        trustedRoot: trustedRoot(),
        signaturePath: path,
        ignorePaths: ['ignore-me'],
        ...identity,
      }),
    );
    expect(error.code).toBe('RAMPART_MODEL_VERIFY_TRANSPARENCY_INVALID');
  });

  it('a keyless bundle against CA certificates alone (no log to check its entry) is unsupported', async () => {
    const error = await rampartErrorOf(
      verifyModel(directory, {
        trustAnchors: key('ca-cert.pem'),
        signaturePath: join(directory, 'model.sig'),
        ...identity,
      }),
    );
    expect(error.code).toBe('RAMPART_MODEL_VERIFY_UNSUPPORTED');
  });

  it('a certificate-mode vector against the public-good root (no log entry, foreign CA) fails', async () => {
    const certificate = join(vectors, 'v1.1.0-certificate');
    const error = await rampartErrorOf(
      verifyModel(certificate, { trustedRoot: trustedRoot(), signaturePath: join(certificate, 'model.sig') }),
    );
    expect(error.code).toBe('RAMPART_MODEL_VERIFY_TRANSPARENCY_INVALID');
    expect(error.message).toContain('timestamp');
  });
});

describe('payloads we compute for the vector folders', () => {
  // These three vectors happen to use the layout the reference unit-test goldens use (the
  // reference tool's key order varies between releases), so our bytes must equal theirs.
  it.each(['v1.0.1-elliptic-key', 'v1.0.1-certificate', 'v0.3.1-certificate'])(
    '%s: our statement matches the signed payload byte for byte',
    async (name) => {
      const manifest = await serializeModel(join(vectors, name), { ignorePaths: ['ignore-me', 'model.sig'] });
      expect(buildStatement(manifest, { recordIgnorePaths: false }).toString('utf8')).toBe(
        vectorPayload(name).toString('utf8'),
      );
    },
  );

  it.each([...keyVectors, ...certificateVectors])('%s: our manifest equals the signed one', async (name) => {
    const directory = join(vectors, name);
    const expected = parseStatement(vectorPayload(name)).manifest;
    const actual = await serializeModel(modelPathOf(directory, name), {
      ignorePaths: ['ignore-me', 'model.sig'],
    });
    expect(actual.entries.map(({ name: entry, digest }) => [entry, digest])).toEqual(
      expected.entries.map(({ name: entry, digest }) => [entry, digest]),
    );
    if (expected.serialization.ignorePaths) {
      expect([...actual.serialization.ignorePaths!].sort()).toEqual(
        [...expected.serialization.ignorePaths].sort(),
      );
    }
  });

  it('signing a vector folder with the reference test key gives the reference payload and verifies', async () => {
    const directory = copyVector('v1.0.1-elliptic-key');
    const signaturePath = join(directory, 'model.sig');
    const signed = await signModel(directory, {
      privateKey: key('signing-key.pem'),
      signaturePath,
      ignorePaths: ['ignore-me'],
      recordIgnorePaths: false,
    });
    expect(signed.payload.equals(vectorPayload('v1.0.1-elliptic-key'))).toBe(true);
    expect(signed.keyHint).toBe(
      parseBundle(readFileSync(join(vectors, 'v1.1.0-elliptic-key', 'model.sig'), 'utf8')).material.kind ===
        'publicKey'
        ? 'e8450dec4eb99dae995da9af1bc2cc9f76ed669ee2e744f57abba763df3e3f8e'
        : '',
    );
    await expect(
      verifyModel(directory, {
        publicKey: key('signing-key-pub.pem'),
        signaturePath,
        ignorePaths: ['ignore-me'],
      }),
    ).resolves.toMatchObject({ files: 2 });
  });

  it('signing in certificate mode with the reference leaf and chain verifies against the root CA', async () => {
    const directory = copyVector('v1.1.0-certificate');
    const signaturePath = join(directory, 'model.sig');
    await signModel(directory, {
      privateKey: key('signing-key.pem'),
      certificateChain: Buffer.concat([key('signing-key-cert.pem'), key('int-ca-cert.pem')]),
      signaturePath,
      ignorePaths: ['ignore-me'],
    });
    await expect(
      verifyModel(directory, { trustAnchors: key('ca-cert.pem'), signaturePath }),
    ).resolves.toMatchObject({
      signer: { kind: 'certificate' },
      files: 2,
    });
  });
});

describe('reference unit-test goldens (statement layout)', () => {
  const goldens = readdirSync(join(fixtures, 'payload-goldens')).sort();
  it.each(goldens)('%s parses and re-renders byte for byte', (name) => {
    const text = readFileSync(join(fixtures, 'payload-goldens', name));
    const parsed = parseStatement(text);
    // The golden files end with a newline that the test harness added after the JSON.
    expect(buildStatement(parsed.manifest).toString('utf8')).toBe(text.toString('utf8').replace(/\n$/, ''));
  });
});

describe('tampered vectors fail, naming the file', () => {
  const verifyCopy = (directory: string, extra: Record<string, unknown> = {}) =>
    verifyModel(directory, {
      publicKey: key('signing-key-pub.pem'),
      signaturePath: join(directory, 'model.sig'),
      ignorePaths: ['ignore-me'],
      ...extra,
    });

  it('a byte appended to signme-1 is reported as changed', async () => {
    const directory = copyVector('v1.1.0-elliptic-key');
    writeFileSync(join(directory, 'signme-1'), 'x', { flag: 'a' });
    const error = await rampartErrorOf(verifyCopy(directory));
    expect(error.code).toBe('RAMPART_MODEL_VERIFY_MISMATCH');
    expect(error.details).toEqual({ changed: ['signme-1'], added: [], missing: [] });
    expect(error.message).toContain('signme-1');
  });

  it('a new file signme-3 is reported as added', async () => {
    const directory = copyVector('v1.1.0-elliptic-key');
    writeFileSync(join(directory, 'signme-3'), 'new');
    const error = await rampartErrorOf(verifyCopy(directory));
    expect(error.details).toEqual({ changed: [], added: ['signme-3'], missing: [] });
  });

  it('a deleted signme-2 is reported as missing', async () => {
    const directory = copyVector('v1.1.0-elliptic-key');
    unlinkSync(join(directory, 'signme-2'));
    const error = await rampartErrorOf(verifyCopy(directory));
    expect(error.details).toEqual({ changed: [], added: [], missing: ['signme-2'] });
  });

  it('a flipped base64 character in the signature fails signature verification', async () => {
    const directory = copyVector('v1.1.0-elliptic-key');
    const path = join(directory, 'model.sig');
    const bundle = JSON.parse(readFileSync(path, 'utf8'));
    const sig: string = bundle.dsseEnvelope.signatures[0].sig;
    bundle.dsseEnvelope.signatures[0].sig = sig.slice(0, 20) + (sig[20] === 'A' ? 'B' : 'A') + sig.slice(21);
    writeFileSync(path, JSON.stringify(bundle));
    expect((await rampartErrorOf(verifyCopy(directory))).code).toBe('RAMPART_MODEL_VERIFY_SIGNATURE_INVALID');
  });

  it('a changed predicateType breaks the signature and is refused by the statement parser', async () => {
    const directory = copyVector('v1.1.0-elliptic-key');
    const path = join(directory, 'model.sig');
    const bundle = JSON.parse(readFileSync(path, 'utf8'));
    const payload = Buffer.from(bundle.dsseEnvelope.payload, 'base64')
      .toString('utf8')
      .replace('https://model_signing/signature/v1.0', 'https://model_signing/signature/v9.9');
    bundle.dsseEnvelope.payload = Buffer.from(payload).toString('base64');
    writeFileSync(path, JSON.stringify(bundle));
    expect((await rampartErrorOf(verifyCopy(directory))).code).toBe('RAMPART_MODEL_VERIFY_SIGNATURE_INVALID');
    expect(() => parseStatement(Buffer.from(payload))).toThrow(
      expect.objectContaining({ code: 'RAMPART_MODEL_VERIFY_BUNDLE_INVALID' }),
    );
  });

  it("verifying with the CA certificate's key instead of the signing key fails", async () => {
    const error = await rampartErrorOf(
      verifyCopy(join(vectors, 'v1.1.0-elliptic-key'), { publicKey: key('ca-cert.pem') }),
    );
    expect(error.code).toMatch(/^RAMPART_MODEL_VERIFY_(KEY_INVALID|KEY_MISMATCH|SIGNATURE_INVALID)$/);
  });

  it('a certificate vector checked at a time after the certificates expire fails', async () => {
    const directory = join(vectors, 'v1.1.0-certificate');
    const error = await rampartErrorOf(
      verifyModel(directory, {
        trustAnchors: key('ca-cert.pem'),
        signaturePath: join(directory, 'model.sig'),
        now: new Date('2036-01-01T00:00:00Z'),
      }),
    );
    expect(error.code).toBe('RAMPART_MODEL_VERIFY_CERTIFICATE_INVALID');
  });

  it('a certificate vector checked against an unrelated CA fails', async () => {
    const directory = join(vectors, 'v1.1.0-certificate');
    // The Fulcio certificate of a keyless vector: a real certificate that issued nothing here.
    const keyless = JSON.parse(readFileSync(join(vectors, 'v1.1.0-sigstore', 'model.sig'), 'utf8'));
    const unrelated = Buffer.from(keyless.verificationMaterial.certificate.rawBytes, 'base64');
    const error = await rampartErrorOf(
      verifyModel(directory, { trustAnchors: unrelated, signaturePath: join(directory, 'model.sig') }),
    );
    expect(error.code).toBe('RAMPART_MODEL_VERIFY_CERTIFICATE_INVALID');
  });
});
