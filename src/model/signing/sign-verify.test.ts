import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import {
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { rampartErrorOf } from './_expect-error.ts';
import { parseBundle } from './bundle.ts';
import { publicKeyHint } from './keys.ts';
import { serializeModel } from './serialize.ts';
import { signModel } from './sign.ts';
import { parseStatement } from './statement.ts';
import { verifyModel } from './verify.ts';

const scratch = mkdtempSync(join(tmpdir(), 'rampart-sign-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let counter = 0;

/** A small model directory: weights, config, nested tokenizer files, and git metadata. */
function makeModel(extraBytes = 0): string {
  const directory = join(scratch, `model-${counter++}`);
  mkdirSync(join(directory, 'tokenizer'), { recursive: true });
  mkdirSync(join(directory, '.git'), { recursive: true });
  writeFileSync(join(directory, 'model.safetensors'), Buffer.alloc(4096 + extraBytes, 7));
  writeFileSync(join(directory, 'config.json'), '{"model_type":"test"}');
  writeFileSync(join(directory, 'tokenizer', 'vocab.txt'), 'a\nb\n');
  writeFileSync(join(directory, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  return directory;
}

function keyPair(type: 'P-256' | 'P-384' | 'P-521' | 'ed25519'): {
  privateKey: KeyObject;
  publicKey: KeyObject;
} {
  return type === 'ed25519'
    ? generateKeyPairSync('ed25519')
    : generateKeyPairSync('ec', { namedCurve: type });
}

const pem = (key: KeyObject) =>
  key.type === 'private'
    ? (key.export({ type: 'pkcs8', format: 'pem' }) as string)
    : (key.export({ type: 'spki', format: 'pem' }) as string);

describe('sign then verify round trip', () => {
  it.each(['P-256', 'P-384', 'P-521', 'ed25519'] as const)('%s key signs and verifies', async (curve) => {
    const { privateKey, publicKey } = keyPair(curve);
    const directory = makeModel();
    const signed = await signModel(directory, { privateKey: pem(privateKey), workers: 1 });
    expect(signed.signaturePath).toBe(join(directory, 'model.sig'));
    expect(signed.extension).toBe(curve === 'ed25519');
    const bundle = parseBundle(readFileSync(signed.signaturePath, 'utf8'));
    expect(bundle.material).toMatchObject({ kind: 'publicKey', hint: publicKeyHint(publicKey) });
    const result = await verifyModel(directory, { publicKey: pem(publicKey) });
    expect(result).toMatchObject({ files: 3, method: 'files', format: 'v1.0', signer: { kind: 'key' } });
  });

  it('signs the files (sorted, .git and the signature left out) into the statement', async () => {
    const { privateKey } = keyPair('P-256');
    const directory = makeModel();
    const signed = await signModel(directory, { privateKey });
    const statement = parseStatement(signed.payload);
    expect(statement.manifest.entries.map((entry) => entry.name)).toEqual([
      'config.json',
      'model.safetensors',
      'tokenizer/vocab.txt',
    ]);
    expect(statement.manifest.serialization.ignorePaths).toEqual([
      '.git',
      '.gitattributes',
      '.github',
      '.gitignore',
      'model.sig',
    ]);
  });

  it('shard serialization splits files at the shard size and verifies', async () => {
    const { privateKey, publicKey } = keyPair('P-384');
    const directory = makeModel();
    const signed = await signModel(directory, { privateKey, method: 'shards', shardSize: 1000 });
    const names = signed.manifest.entries
      .filter((entry) => entry.path === 'model.safetensors')
      .map((e) => e.name);
    expect(names).toEqual([
      'model.safetensors:0:1000',
      'model.safetensors:1000:2000',
      'model.safetensors:2000:3000',
      'model.safetensors:3000:4000',
      'model.safetensors:4000:4096',
    ]);
    expect(signed.manifest.entries[0]!.algorithm).toBe('sha256-sharded-1000');
    await expect(verifyModel(directory, { publicKey })).resolves.toMatchObject({ method: 'shards' });
    // Growing a sharded file changes its shard layout: reported as the one changed file.
    writeFileSync(join(directory, 'model.safetensors'), 'x', { flag: 'a' });
    const error = await rampartErrorOf(verifyModel(directory, { publicKey }));
    expect(error.details).toEqual({ changed: ['model.safetensors'], added: [], missing: [] });
  });

  it('shard serialization refuses paths with a colon (they would make ambiguous shard names)', async () => {
    const directory = makeModel();
    writeFileSync(join(directory, 'a:b.bin'), 'x');
    const error = await rampartErrorOf(
      signModel(directory, { privateKey: keyPair('P-256').privateKey, method: 'shards' }),
    );
    expect(error.code).toBe('RAMPART_MODEL_SIGN_PATH_INVALID');
  });

  it('large files go through the worker pool and give the same digests as inline hashing', async () => {
    const { privateKey, publicKey } = keyPair('P-256');
    const directory = makeModel(2 << 20); // 2 MiB + 4 KiB: above the 1 MiB worker threshold
    let lastProgress = 0;
    let total = 0;
    const signed = await signModel(directory, {
      privateKey,
      workers: 2,
      onProgress: (done, all) => {
        lastProgress = done;
        total = all;
      },
    });
    expect(lastProgress).toBe(total);
    const shardsInline = await serializeModel(directory, {
      method: 'shards',
      shardSize: 1 << 30,
      ignorePaths: ['model.sig'],
    });
    const fileDigest = signed.manifest.entries.find((entry) => entry.path === 'model.safetensors')!.digest;
    expect(shardsInline.entries.find((entry) => entry.path === 'model.safetensors')!.digest).toBe(fileDigest);
    await expect(verifyModel(directory, { publicKey, workers: 1 })).resolves.toMatchObject({ files: 3 });
  });

  it('a signature written outside the model is not part of the model, and ignore paths apply', async () => {
    const { privateKey, publicKey } = keyPair('P-256');
    const directory = makeModel();
    writeFileSync(join(directory, 'notes.md'), 'local notes');
    const signaturePath = join(scratch, `outside-${counter++}.sig`);
    const signed = await signModel(directory, { privateKey, signaturePath, ignorePaths: ['notes.md'] });
    expect(signed.manifest.entries.map((entry) => entry.path)).not.toContain('notes.md');
    writeFileSync(join(directory, 'notes.md'), 'edited notes: still ignored (recorded in the signature)');
    await expect(verifyModel(directory, { publicKey, signaturePath })).resolves.toMatchObject({ files: 3 });
  });

  it('signs an encrypted private key with its passphrase', async () => {
    const { privateKey, publicKey } = keyPair('P-256');
    const encrypted = privateKey.export({
      type: 'pkcs8',
      format: 'pem',
      cipher: 'aes-256-cbc',
      passphrase: 'pw',
    });
    const directory = makeModel();
    await signModel(directory, { privateKey: encrypted, passphrase: 'pw' });
    await expect(verifyModel(directory, { publicKey })).resolves.toBeTruthy();
    const wrong = await rampartErrorOf(signModel(directory, { privateKey: encrypted, passphrase: 'nope' }));
    expect(wrong.code).toBe('RAMPART_MODEL_SIGN_KEY_INVALID');
  });
});

describe('tampering is detected and named', () => {
  async function signed() {
    const { privateKey, publicKey } = keyPair('P-256');
    const directory = makeModel();
    await signModel(directory, { privateKey });
    return { directory, publicKey };
  }

  it('changed, added and missing files are each named', async () => {
    const { directory, publicKey } = await signed();
    writeFileSync(join(directory, 'config.json'), '{"model_type":"evil"}');
    writeFileSync(join(directory, 'tokenizer', 'payload.pkl'), 'new');
    unlinkSync(join(directory, 'model.safetensors'));
    const error = await rampartErrorOf(verifyModel(directory, { publicKey }));
    expect(error.code).toBe('RAMPART_MODEL_VERIFY_MISMATCH');
    expect(error.details).toEqual({
      changed: ['config.json'],
      added: ['tokenizer/payload.pkl'],
      missing: ['model.safetensors'],
    });
    expect(error.message).toMatch(/config\.json.*tokenizer\/payload\.pkl.*model\.safetensors/);
  });

  it('git metadata may change without breaking the signature', async () => {
    const { directory, publicKey } = await signed();
    writeFileSync(join(directory, '.git', 'HEAD'), 'ref: refs/heads/other\n');
    writeFileSync(join(directory, '.gitattributes'), '*.bin filter=lfs\n');
    await expect(verifyModel(directory, { publicKey })).resolves.toBeTruthy();
  });

  it('an emptied model reports every file missing', async () => {
    const { directory, publicKey } = await signed();
    for (const file of ['config.json', 'model.safetensors', 'tokenizer/vocab.txt'])
      unlinkSync(join(directory, file));
    const error = await rampartErrorOf(verifyModel(directory, { publicKey }));
    expect(error.details).toEqual({
      changed: [],
      added: [],
      missing: ['config.json', 'model.safetensors', 'tokenizer/vocab.txt'],
    });
  });

  it('another key of the same curve is refused by the key hint', async () => {
    const { directory } = await signed();
    const other = keyPair('P-256').publicKey;
    expect((await rampartErrorOf(verifyModel(directory, { publicKey: other }))).code).toBe(
      'RAMPART_MODEL_VERIFY_KEY_MISMATCH',
    );
  });

  it('another key is refused by the signature when the bundle has no hint', async () => {
    const { directory } = await signed();
    const path = join(directory, 'model.sig');
    const bundle = JSON.parse(readFileSync(path, 'utf8'));
    bundle.verificationMaterial.publicKey = {};
    writeFileSync(path, JSON.stringify(bundle));
    const other = keyPair('P-256').publicKey;
    expect((await rampartErrorOf(verifyModel(directory, { publicKey: other }))).code).toBe(
      'RAMPART_MODEL_VERIFY_SIGNATURE_INVALID',
    );
  });

  it('a symbolic link is refused unless the signature allows them', async () => {
    const { directory, publicKey } = await signed();
    symlinkSync(join(directory, 'config.json'), join(directory, 'link.json'));
    expect((await rampartErrorOf(verifyModel(directory, { publicKey }))).code).toBe(
      'RAMPART_MODEL_VERIFY_PATH_INVALID',
    );
    const { privateKey } = keyPair('P-256');
    expect((await rampartErrorOf(signModel(directory, { privateKey }))).code).toBe(
      'RAMPART_MODEL_SIGN_PATH_INVALID',
    );
  });

  it('symbolic links inside the model are followed with allowSymlinks; links out are refused', async () => {
    const { privateKey, publicKey } = keyPair('P-256');
    const directory = makeModel();
    symlinkSync(join(directory, 'config.json'), join(directory, 'alias.json'));
    const signed = await signModel(directory, { privateKey, allowSymlinks: true });
    expect(signed.manifest.entries.map((entry) => entry.path)).toContain('alias.json');
    await expect(verifyModel(directory, { publicKey })).resolves.toMatchObject({ files: 4 });
    symlinkSync(tmpdir(), join(directory, 'escape'));
    expect((await rampartErrorOf(signModel(directory, { privateKey, allowSymlinks: true }))).code).toBe(
      'RAMPART_MODEL_SIGN_PATH_INVALID',
    );
  });

  it('a missing signature file is an input error, not a verification verdict', async () => {
    const directory = makeModel();
    const error = await rampartErrorOf(verifyModel(directory, { publicKey: keyPair('P-256').publicKey }));
    expect(error.code).toBe('RAMPART_MODEL_VERIFY_SIGNATURE_MISSING');
  });

  it('a model path that does not exist is named as such, not as a missing signature', async () => {
    const missing = join(scratch, 'no-such-model');
    const error = await rampartErrorOf(verifyModel(missing, { publicKey: keyPair('P-256').publicKey }));
    expect(error.code).toBe('RAMPART_IO');
    expect(error.message).toContain('no-such-model does not exist');
  });

  it('unsupported keys are refused with a coded error', async () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const directory = makeModel();
    expect((await rampartErrorOf(signModel(directory, { privateKey: pem(rsa.privateKey) }))).code).toBe(
      'RAMPART_MODEL_SIGN_KEY_INVALID',
    );
    expect((await rampartErrorOf(signModel(directory, { privateKey: 'not a key' }))).code).toBe(
      'RAMPART_MODEL_SIGN_KEY_INVALID',
    );
    const secp256k1 = generateKeyPairSync('ec', { namedCurve: 'secp256k1' });
    expect((await rampartErrorOf(signModel(directory, { privateKey: secp256k1.privateKey }))).code).toBe(
      'RAMPART_MODEL_SIGN_KEY_INVALID',
    );
  });

  it('an empty directory cannot be signed', async () => {
    const directory = join(scratch, `empty-${counter++}`);
    mkdirSync(directory);
    expect(
      (await rampartErrorOf(signModel(directory, { privateKey: keyPair('P-256').privateKey }))).code,
    ).toBe('RAMPART_MODEL_SIGN_PATH_INVALID');
  });
});
