import { createPublicKey, type KeyObject, type X509Certificate } from 'node:crypto';
import { stat, writeFile } from 'node:fs/promises';
import { join, relative, resolve, sep } from 'node:path';
import { type DsseEnvelope, dsseSign, IN_TOTO_PAYLOAD_TYPE, RampartError } from '../../core/index.ts';
import { type BundleJson, bundleMediaType, renderBundle } from './bundle.ts';
import { readCertificates } from './certificate.ts';
import { dataLineagePath, signDataLineage, writeDataLineage } from './data-lineage.ts';
import { publicKeyHint, readPrivateKey, signingAlgorithm } from './keys.ts';
import { type Manifest, type SerializeOptions, serializeModel } from './serialize.ts';
import { buildStatement, rootDigest } from './statement.ts';

export interface SignOptions extends Omit<SerializeOptions, 'errorCode'> {
  /** ECDSA P-256/P-384/P-521 private key (PEM or KeyObject); Ed25519 is a Rampart extension. */
  privateKey: KeyObject | string | Buffer;
  passphrase?: string;
  /** Where to write the bundle (default: DIR/model.sig, or FILE.sig for a one-file model). */
  signaturePath?: string;
  /**
   * PEM with the signing certificate first, then intermediates: the bundle then carries an
   * `x509CertificateChain` (certificate mode) instead of a public-key hint.
   */
  certificateChain?: string | Buffer;
  /** Record ignore_paths in the statement (model_signing >= 1.1 layout, default true). */
  recordIgnorePaths?: boolean;
  /**
   * Data gate attestations (DSSE envelopes from `rampart data gate --attest`) of the datasets the
   * model was trained on: recorded in a signed lineage beside the signature (see data-lineage.ts).
   */
  datasetAttestations?: readonly DsseEnvelope[];
}

export interface SignResult {
  signaturePath: string;
  bundle: BundleJson;
  manifest: Manifest;
  /** The signed in-toto statement bytes. */
  payload: Buffer;
  /** SHA-256 of the public key PEM (the bundle's key hint). */
  keyHint: string;
  /** True when the key type is outside the OpenSSF format (Ed25519). */
  extension: boolean;
  /** Where the dataset lineage went, when datasetAttestations were given. */
  lineagePath?: string;
}

/** Where a signature goes when none is named. */
export async function defaultSignaturePath(modelPath: string): Promise<string> {
  const isDirectory = await stat(modelPath).then(
    (stats) => stats.isDirectory(),
    () => true,
  );
  return isDirectory ? join(modelPath, 'model.sig') : `${modelPath}.sig`;
}

/** The signature file's path relative to the model root, if it lies inside the model. */
export function signatureIgnorePath(modelPath: string, signaturePath: string): string | null {
  const path = relative(resolve(modelPath), resolve(signaturePath));
  if (path === '' || path.startsWith('..') || resolve(path) === path) return null;
  return path.split(sep).join('/');
}

/**
 * Sign a model directory (or file) in the OpenSSF model-signing v1.0 format: hash every file,
 * build the in-toto statement, sign it in a DSSE envelope with the private key, and write a
 * Sigstore bundle (JSON) to the signature path.
 */
export async function signModel(modelPath: string, options: SignOptions): Promise<SignResult> {
  const privateKey =
    typeof options.privateKey === 'string' || Buffer.isBuffer(options.privateKey)
      ? readPrivateKey(options.privateKey, options.passphrase)
      : options.privateKey;
  if (privateKey.type !== 'private') {
    throw new RampartError('RAMPART_MODEL_SIGN_KEY_INVALID', 'signing needs a private key, got a public key');
  }
  const algorithm = signingAlgorithm(privateKey, 'RAMPART_MODEL_SIGN_KEY_INVALID');
  let certificates: X509Certificate[] | null = null;
  if (options.certificateChain !== undefined) {
    certificates = readCertificates(options.certificateChain);
    if (certificates.length === 0 || !certificates[0]!.checkPrivateKey(privateKey)) {
      throw new RampartError(
        'RAMPART_MODEL_SIGN_KEY_INVALID',
        'the signing certificate (first in the chain) does not belong to the private key',
      );
    }
  }

  const signaturePath = options.signaturePath ?? (await defaultSignaturePath(modelPath));
  const signatureInside = signatureIgnorePath(modelPath, signaturePath);
  const lineagePath = options.datasetAttestations ? dataLineagePath(signaturePath) : undefined;
  const lineageInside = lineagePath ? signatureIgnorePath(modelPath, lineagePath) : null;
  const ignorePaths = [
    ...(options.ignorePaths ?? []),
    ...(signatureInside ? [signatureInside] : []),
    ...(lineageInside ? [lineageInside] : []),
  ];
  const manifest = await serializeModel(modelPath, {
    ...options,
    ignorePaths,
    errorCode: 'RAMPART_MODEL_SIGN_PATH_INVALID',
  });
  const payload = buildStatement(manifest, { recordIgnorePaths: options.recordIgnorePaths ?? true });
  const envelope = dsseSign(payload, IN_TOTO_PAYLOAD_TYPE, privateKey, '');
  const keyHint = publicKeyHint(createPublicKey(privateKey));
  const verificationMaterial: Record<string, unknown> = certificates
    ? {
        x509CertificateChain: {
          certificates: certificates.map((certificate) => ({ rawBytes: certificate.raw.toString('base64') })),
        },
        tlogEntries: [],
      }
    : { publicKey: { hint: keyHint }, tlogEntries: [] };
  const bundle: BundleJson = {
    mediaType: bundleMediaType,
    verificationMaterial,
    dsseEnvelope: {
      payload: envelope.payload,
      payloadType: envelope.payloadType,
      signatures: envelope.signatures.map((signature) => ({
        sig: signature.sig,
        keyid: signature.keyid ?? '',
      })),
    },
  };
  try {
    await writeFile(signaturePath, renderBundle(bundle));
  } catch (error) {
    throw new RampartError('RAMPART_IO', `could not write the signature to ${signaturePath}`, {
      cause: error,
    });
  }
  if (lineagePath && options.datasetAttestations) {
    const lineage = signDataLineage(
      { name: manifest.modelName, rootDigest: rootDigest(manifest.entries) },
      options.datasetAttestations,
      privateKey,
    );
    await writeDataLineage(lineagePath, lineage);
  }
  return {
    signaturePath,
    bundle,
    manifest,
    payload,
    keyHint,
    extension: algorithm.extension,
    ...(lineagePath ? { lineagePath } : {}),
  };
}
