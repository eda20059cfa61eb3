import { createPublicKey, verify as cryptoVerify, type KeyObject, type X509Certificate } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { IN_TOTO_PAYLOAD_TYPE, preAuthEncoding, RampartError, safeJsonParse } from '../../core/index.ts';
import { type ParsedBundle, parseBundle } from './bundle.ts';
import { type TrustSource, verifyCertificateBundle } from './certificate.ts';
import { publicKeyHint, readPublicKey, signingAlgorithm } from './keys.ts';
import { type Manifest, type SerializeOptions, serializeModel } from './serialize.ts';
import { defaultSignaturePath, signatureIgnorePath } from './sign.ts';
import { type ParsedStatement, parseStatement, rootDigest } from './statement.ts';

/** Largest signature bundle we read (a sharded multi-terabyte model stays far below this). */
const maxBundleBytes = 256 << 20;

export interface VerifyOptions
  extends Pick<SerializeOptions, 'ignorePaths' | 'ignoreGitPaths' | 'workers' | 'onProgress'> {
  /** Verify with this public key (PEM/DER or KeyObject). */
  publicKey?: KeyObject | string | Buffer;
  /** Or verify the bundle's certificate chain against these CA certificates (PEM/DER). */
  trustAnchors?: string | Buffer | X509Certificate[];
  /**
   * Or verify the bundle's certificate (certificate chain, or keyless Fulcio certificate with its
   * log entries) against a Sigstore `trusted_root.json` (its text), offline.
   */
  trustedRoot?: string | Buffer;
  /** The signer identity to require (certificate URI or e-mail); needed for keyless certificates. */
  identity?: string;
  /** The OIDC issuer to require for that identity; needed for keyless certificates. */
  identityIssuer?: string;
  /** The Sigstore bundle (default: DIR/model.sig, or FILE.sig). */
  signaturePath?: string;
  /** Time at which certificates must be valid (default now). */
  now?: Date;
}

export interface ManifestDifference {
  /** Files whose content (digest or shard layout) differs from the signed one. */
  changed: string[];
  /** Files present on disk that the signature does not list. */
  added: string[];
  /** Files the signature lists that are not on disk (or were ignored). */
  missing: string[];
}

export interface VerifyResult {
  modelName: string;
  /** SHA-256 over the resource digests: the signed statement's subject (names the model in a lineage). */
  rootDigest: string;
  /** The signature file that was verified. */
  signaturePath: string;
  format: ParsedStatement['format'];
  method: Manifest['serialization']['method'];
  resources: number;
  files: number;
  signer:
    | { kind: 'key'; hint: string; extension: boolean }
    | {
        kind: 'certificate';
        subject: string;
        issuer: string;
        fingerprint256: string;
        /** The certificate's URI or e-mail identity, when it has one. */
        identity: string | null;
        /** The OIDC issuer a keyless (Fulcio) certificate records, else null. */
        identityIssuer: string | null;
      };
}

/** Compare the signed manifest with the one computed from disk, per file. */
export function compareManifests(expected: Manifest, actual: Manifest): ManifestDifference {
  const byFile = (manifest: Manifest) => {
    const files = new Map<string, Map<string, string>>();
    for (const entry of manifest.entries) {
      const resources = files.get(entry.path) ?? new Map<string, string>();
      resources.set(entry.name, `${entry.algorithm}:${entry.digest}`);
      files.set(entry.path, resources);
    }
    return files;
  };
  const expectedFiles = byFile(expected);
  const actualFiles = byFile(actual);
  const difference: ManifestDifference = { changed: [], added: [], missing: [] };
  for (const [path, resources] of expectedFiles) {
    const found = actualFiles.get(path);
    if (!found) difference.missing.push(path);
    else if (
      found.size !== resources.size ||
      [...resources].some(([name, value]) => found.get(name) !== value)
    ) {
      difference.changed.push(path);
    }
  }
  for (const path of actualFiles.keys()) if (!expectedFiles.has(path)) difference.added.push(path);
  return difference;
}

function describeDifference(difference: ManifestDifference): string {
  const parts: string[] = [];
  const list = (label: string, paths: string[]) => {
    if (paths.length === 0) return;
    const shown = paths.slice(0, 10).join(', ');
    parts.push(`${label}: ${shown}${paths.length > 10 ? ` and ${paths.length - 10} more` : ''}`);
  };
  list('changed', difference.changed);
  list('added', difference.added);
  list('missing', difference.missing);
  return parts.join('; ');
}

/** Python's repr() of a bytes value, which model_signing 0.2 signed by mistake (see pae_compat). */
export function pythonBytesRepr(bytes: Uint8Array): string {
  const hasSingle = bytes.includes(0x27);
  const quote = hasSingle && !bytes.includes(0x22) ? '"' : "'";
  let out = `b${quote}`;
  for (const byte of bytes) {
    const character = String.fromCharCode(byte);
    if (character === quote || byte === 0x5c) out += `\\${character}`;
    else if (byte === 0x09) out += '\\t';
    else if (byte === 0x0a) out += '\\n';
    else if (byte === 0x0d) out += '\\r';
    else if (byte < 0x20 || byte >= 0x7f) out += `\\x${byte.toString(16).padStart(2, '0')}`;
    else out += character;
  }
  return out + quote;
}

/** The pre-1.0 encoding model_signing 0.2 signed; verified only as a fallback, like the reference tool. */
function compatPreAuthEncoding(payloadType: string, payload: Buffer): Buffer {
  return Buffer.from(
    `DSSEV1 ${Buffer.byteLength(payloadType)} ${payloadType} ${payload.length} ${pythonBytesRepr(payload)}`,
    'utf8',
  );
}

/** Whether one of the envelope's signatures verifies with `key` (the v1.0 encoding, then model_signing 0.2's). */
function envelopeVerifies(bundle: ParsedBundle, key: KeyObject): boolean {
  const algorithm = signingAlgorithm(key, 'RAMPART_MODEL_VERIFY_KEY_INVALID');
  const { payload, payloadType, signatures } = bundle.envelope;
  const compat = compatPreAuthEncoding(payloadType, payload);
  // model_signing 0.2 signed the compat encoding with SHA-256 whatever the curve.
  const attempts: Array<[string | null, Buffer]> = [
    [algorithm.digest, preAuthEncoding(payloadType, payload)],
    [algorithm.digest, compat],
    ...(algorithm.digest !== null && algorithm.digest !== 'sha256'
      ? [['sha256', compat] as [string, Buffer]]
      : []),
  ];
  for (const signature of signatures) {
    for (const [digest, message] of attempts) {
      try {
        if (cryptoVerify(digest, message, key, signature.sig)) return true;
      } catch {
        // A malformed signature value is simply not a valid signature.
      }
    }
  }
  return false;
}

function verifyEnvelope(bundle: ParsedBundle, key: KeyObject): void {
  if (envelopeVerifies(bundle, key)) return;
  throw new RampartError(
    'RAMPART_MODEL_VERIFY_SIGNATURE_INVALID',
    'the signature in the bundle does not verify with the given key',
  );
}

async function readBundle(signaturePath: string): Promise<{ bundle: ParsedBundle; text: string }> {
  let text: string;
  try {
    const stats = await stat(signaturePath);
    if (!stats.isFile()) throw new Error('not a regular file');
    if (stats.size > maxBundleBytes) {
      throw new RampartError(
        'RAMPART_MODEL_VERIFY_BUNDLE_INVALID',
        `signature bundle ${signaturePath} is larger than 256 MiB`,
      );
    }
    text = await readFile(signaturePath, 'utf8');
  } catch (error) {
    if (RampartError.is(error)) throw error;
    throw new RampartError(
      'RAMPART_MODEL_VERIFY_SIGNATURE_MISSING',
      `could not read the signature ${signaturePath}`,
      {
        cause: error,
      },
    );
  }
  return { bundle: parseBundle(text), text };
}

/**
 * Verify a model against an OpenSSF model-signing bundle: check the DSSE signature (with a public
 * key, or with the bundle's certificate chain against trusted CAs), parse the signed statement,
 * re-hash the model the way the statement says it was serialised, and compare file by file.
 * Throws a RampartError naming every changed, added or missing file.
 */
export async function verifyModel(modelPath: string, options: VerifyOptions): Promise<VerifyResult> {
  const trusts = [options.publicKey, options.trustAnchors, options.trustedRoot].filter(
    (trust) => trust !== undefined,
  );
  if (trusts.length !== 1) {
    throw new RampartError(
      'RAMPART_USAGE',
      'pass exactly one of a public key, a CA certificate chain or a Sigstore trusted root',
    );
  }
  // Name a wrong model path as such, not as "could not read the signature PATH/model.sig".
  await stat(modelPath).catch((error: unknown) => {
    throw new RampartError('RAMPART_IO', `model path ${modelPath} does not exist or cannot be read`, {
      cause: error,
    });
  });
  const signaturePath = options.signaturePath ?? (await defaultSignaturePath(modelPath));
  const { bundle, text } = await readBundle(signaturePath);
  if (bundle.material.kind === 'keyless' && options.publicKey !== undefined) {
    throw new RampartError(
      'RAMPART_MODEL_VERIFY_UNSUPPORTED',
      `unsupported with a public key: keyless Sigstore signature (${bundle.material.reason}); verify it against a Sigstore trusted root (--trusted-root) with the signer's identity`,
    );
  }

  let signer: VerifyResult['signer'];
  if (options.publicKey !== undefined) {
    const key =
      typeof options.publicKey === 'string' || Buffer.isBuffer(options.publicKey)
        ? readPublicKey(options.publicKey)
        : options.publicKey.type === 'public'
          ? options.publicKey
          : createPublicKey(options.publicKey);
    const hint = publicKeyHint(key);
    if (bundle.material.kind === 'publicKey') {
      if (bundle.material.hint !== null && bundle.material.hint !== hint) {
        throw new RampartError(
          'RAMPART_MODEL_VERIFY_KEY_MISMATCH',
          `the bundle was signed by key ${bundle.material.hint}, not by the given key ${hint}`,
        );
      }
    }
    verifyEnvelope(bundle, key);
    signer = {
      kind: 'key',
      hint,
      extension: signingAlgorithm(key, 'RAMPART_MODEL_VERIFY_KEY_INVALID').extension,
    };
  } else {
    if (bundle.material.kind === 'publicKey') {
      throw new RampartError(
        'RAMPART_MODEL_VERIFY_CERTIFICATE_INVALID',
        'the bundle holds no certificate chain: it was signed with a bare key, verify it with --key',
        { details: { reason: 'untrusted' } },
      );
    }
    const trust: TrustSource =
      options.trustedRoot !== undefined
        ? { kind: 'trusted-root', json: options.trustedRoot }
        : { kind: 'anchors', certificates: options.trustAnchors! };
    const certificate = await verifyCertificateBundle(safeJsonParse(text, { maxDepth: 32 }), {
      trust,
      now: options.now,
      identity: options.identity,
      identityIssuer: options.identityIssuer,
      signatureVerifies: (key) => envelopeVerifies(bundle, key),
    });
    signer = {
      kind: 'certificate',
      subject: certificate.subject,
      issuer: certificate.issuer,
      fingerprint256: certificate.fingerprint256,
      identity: certificate.identity,
      identityIssuer: certificate.identityIssuer,
    };
  }

  if (bundle.envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE) {
    throw new RampartError(
      'RAMPART_MODEL_VERIFY_BUNDLE_INVALID',
      `signature bundle: payloadType is ${JSON.stringify(bundle.envelope.payloadType)}, expected ${IN_TOTO_PAYLOAD_TYPE}`,
    );
  }
  const statement = parseStatement(bundle.envelope.payload);
  const expected = statement.manifest;
  const signatureInside = signatureIgnorePath(modelPath, signaturePath);
  const actual = await serializeModel(modelPath, {
    method: expected.serialization.method,
    ...(expected.serialization.shardSize === undefined
      ? {}
      : { shardSize: expected.serialization.shardSize }),
    allowSymlinks: expected.serialization.allowSymlinks,
    ignorePaths: [
      ...(expected.serialization.ignorePaths ?? []),
      ...(options.ignorePaths ?? []),
      ...(signatureInside ? [signatureInside] : []),
    ],
    ...(options.ignoreGitPaths === undefined ? {} : { ignoreGitPaths: options.ignoreGitPaths }),
    ...(options.workers === undefined ? {} : { workers: options.workers }),
    ...(options.onProgress === undefined ? {} : { onProgress: options.onProgress }),
    errorCode: 'RAMPART_MODEL_VERIFY_PATH_INVALID',
  }).catch((error: unknown) => {
    // A model that became empty is a mismatch with its signature, not a usage problem.
    if (
      RampartError.is(error) &&
      error.code === 'RAMPART_MODEL_VERIFY_PATH_INVALID' &&
      /no regular files/.test(error.message)
    ) {
      return { ...expected, entries: [] } satisfies Manifest;
    }
    throw error;
  });
  const difference = compareManifests(expected, actual);
  if (difference.changed.length + difference.added.length + difference.missing.length > 0) {
    throw new RampartError(
      'RAMPART_MODEL_VERIFY_MISMATCH',
      `model does not match its signature: ${describeDifference(difference)}`,
      { details: difference },
    );
  }
  return {
    modelName: expected.modelName,
    rootDigest: rootDigest(expected.entries),
    signaturePath,
    format: statement.format,
    method: expected.serialization.method,
    resources: expected.entries.length,
    files: new Set(expected.entries.map((entry) => entry.path)).size,
    signer,
  };
}
