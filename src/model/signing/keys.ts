import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { RampartError } from '../../core/index.ts';

/** Curves the OpenSSF model-signing format accepts, with the digest each one signs with. */
const curveDigests: Record<string, { digest: string; details: string }> = {
  prime256v1: { digest: 'sha256', details: 'PKIX_ECDSA_P256_SHA_256' },
  secp384r1: { digest: 'sha384', details: 'PKIX_ECDSA_P384_SHA_384' },
  secp521r1: { digest: 'sha512', details: 'PKIX_ECDSA_P521_SHA_512' },
};

export interface SigningAlgorithm {
  /** Digest passed to node:crypto sign/verify (null for Ed25519, which hashes internally). */
  digest: string | null;
  /** The Sigstore `keyDetails` name. */
  details: string;
  /** True for key types outside the OpenSSF format (Ed25519): a Rampart extension. */
  extension: boolean;
}

/** The signature algorithm for a key: ECDSA P-256/P-384/P-521, or Ed25519 as a marked extension. */
export function signingAlgorithm(
  key: KeyObject,
  code: 'RAMPART_MODEL_SIGN_KEY_INVALID' | 'RAMPART_MODEL_VERIFY_KEY_INVALID',
): SigningAlgorithm {
  if (key.asymmetricKeyType === 'ed25519') {
    return { digest: null, details: 'PKIX_ED25519', extension: true };
  }
  if (key.asymmetricKeyType === 'ec') {
    const curve = key.asymmetricKeyDetails?.namedCurve ?? 'unknown';
    const entry = curveDigests[curve];
    if (entry) return { ...entry, extension: false };
    throw new RampartError(code, `unsupported elliptic curve ${curve}: use P-256, P-384 or P-521`);
  }
  throw new RampartError(
    code,
    `unsupported key type ${key.asymmetricKeyType ?? 'unknown'}: use an ECDSA P-256, P-384 or P-521 key`,
  );
}

/** Read a PEM private key (PKCS#8 or SEC1), optionally encrypted. */
export function readPrivateKey(pem: string | Buffer, passphrase?: string): KeyObject {
  try {
    const key = createPrivateKey(passphrase === undefined ? { key: pem } : { key: pem, passphrase });
    signingAlgorithm(key, 'RAMPART_MODEL_SIGN_KEY_INVALID');
    return key;
  } catch (error) {
    if (RampartError.is(error)) throw error;
    const encrypted = String(pem).includes('ENCRYPTED');
    const reason =
      passphrase === undefined
        ? 'it is encrypted and no passphrase was given (--key-password-env VAR)'
        : 'wrong passphrase';
    throw new RampartError(
      'RAMPART_MODEL_SIGN_KEY_INVALID',
      encrypted
        ? `could not decrypt the private key: ${reason}`
        : 'could not read the private key (PEM expected)',
      { cause: error },
    );
  }
}

/** Read a public key from PEM or DER (SubjectPublicKeyInfo); text before the PEM block is allowed. */
export function readPublicKey(data: string | Buffer): KeyObject {
  try {
    const text = typeof data === 'string' ? data : data.toString('latin1');
    const key = text.includes('-----BEGIN')
      ? createPublicKey(text.slice(text.indexOf('-----BEGIN')))
      : createPublicKey({ key: Buffer.from(data), format: 'der', type: 'spki' });
    signingAlgorithm(key, 'RAMPART_MODEL_VERIFY_KEY_INVALID');
    return key;
  } catch (error) {
    if (RampartError.is(error)) throw error;
    throw new RampartError(
      'RAMPART_MODEL_VERIFY_KEY_INVALID',
      'could not read the public key (PEM or DER expected)',
      {
        cause: error,
      },
    );
  }
}

/**
 * The public key identifier the reference tool writes as `verificationMaterial.publicKey.hint`:
 * the SHA-256 (hex) of the key's SubjectPublicKeyInfo PEM text.
 */
export function publicKeyHint(key: KeyObject): string {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const pem = publicKey.export({ type: 'spki', format: 'pem' }) as string;
  return createHash('sha256').update(pem).digest('hex');
}
