import { RampartError, safeJsonParse } from '../../core/index.ts';

export const bundleMediaType = 'application/vnd.dev.sigstore.bundle.v0.3+json';
const acceptedMediaTypes = new Set([
  'application/vnd.dev.sigstore.bundle.v0.3+json',
  'application/vnd.dev.sigstore.bundle+json;version=0.3',
  'application/vnd.dev.sigstore.bundle+json;version=0.2',
]);

/** What the bundle carries to identify the signer. */
export type VerificationMaterial =
  | { kind: 'publicKey'; hint: string | null; rawBytes: Buffer | null; keyDetails: string | null }
  | { kind: 'certificateChain'; certificates: Buffer[] }
  | { kind: 'keyless'; reason: string };

export interface ParsedEnvelope {
  payload: Buffer;
  payloadType: string;
  signatures: Array<{ sig: Buffer; keyid: string | null }>;
}

export interface ParsedBundle {
  mediaType: string;
  material: VerificationMaterial;
  envelope: ParsedEnvelope;
}

/** A Sigstore bundle as written to disk (JSON field names of the protobuf spec). */
export interface BundleJson {
  mediaType: string;
  verificationMaterial: Record<string, unknown>;
  dsseEnvelope: {
    payload: string;
    payloadType: string;
    signatures: Array<{ sig: string; keyid: string }>;
  };
}

function invalid(message: string): RampartError {
  return new RampartError('RAMPART_MODEL_VERIFY_BUNDLE_INVALID', `signature bundle: ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Strict base64 (standard or URL-safe alphabet, as protobuf JSON allows). */
function decodeBase64(value: unknown, field: string): Buffer {
  if (typeof value !== 'string') throw invalid(`${field} must be a base64 string`);
  const text = value.replace(/\s+/g, '');
  if (!/^[A-Za-z0-9+/\-_]*={0,2}$/.test(text) || (text.includes('=') && text.length % 4 !== 0)) {
    throw invalid(`${field} is not valid base64`);
  }
  const bytes = Buffer.from(text.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
  if (text.length % 4 === 1) throw invalid(`${field} is not valid base64`);
  return bytes;
}

function parseMaterial(value: unknown): VerificationMaterial {
  if (!isRecord(value)) throw invalid('verificationMaterial is missing');
  const tlogEntries = value.tlogEntries;
  if (tlogEntries !== undefined && !Array.isArray(tlogEntries)) throw invalid('tlogEntries must be a list');
  if (value.certificate !== undefined) {
    return { kind: 'keyless', reason: 'the bundle carries a Fulcio certificate' };
  }
  if (Array.isArray(tlogEntries) && tlogEntries.length > 0) {
    return { kind: 'keyless', reason: 'the bundle relies on a transparency-log entry' };
  }
  if (value.publicKey !== undefined) {
    const key = value.publicKey;
    if (!isRecord(key)) throw invalid('verificationMaterial.publicKey must be an object');
    if (key.hint !== undefined && typeof key.hint !== 'string')
      throw invalid('publicKey.hint must be a string');
    if (key.keyDetails !== undefined && typeof key.keyDetails !== 'string') {
      throw invalid('publicKey.keyDetails must be a string');
    }
    return {
      kind: 'publicKey',
      hint: typeof key.hint === 'string' && key.hint !== '' ? key.hint : null,
      rawBytes: key.rawBytes === undefined ? null : decodeBase64(key.rawBytes, 'publicKey.rawBytes'),
      keyDetails: (key.keyDetails as string | undefined) ?? null,
    };
  }
  if (value.x509CertificateChain !== undefined) {
    const chain = value.x509CertificateChain;
    if (!isRecord(chain) || !Array.isArray(chain.certificates) || chain.certificates.length === 0) {
      throw invalid('x509CertificateChain.certificates must be a non-empty list');
    }
    return {
      kind: 'certificateChain',
      certificates: chain.certificates.map((certificate, index) => {
        if (!isRecord(certificate)) throw invalid(`certificate ${index} must be an object`);
        return decodeBase64(certificate.rawBytes, `certificates[${index}].rawBytes`);
      }),
    };
  }
  throw invalid('verificationMaterial has no public key, certificate chain or certificate');
}

function parseEnvelope(value: unknown): ParsedEnvelope {
  if (!isRecord(value)) {
    throw invalid('dsseEnvelope is missing (message-signature bundles are not model signatures)');
  }
  if (typeof value.payloadType !== 'string') throw invalid('dsseEnvelope.payloadType must be a string');
  if (!Array.isArray(value.signatures) || value.signatures.length === 0) {
    throw invalid('dsseEnvelope.signatures must be a non-empty list');
  }
  return {
    payload: decodeBase64(value.payload, 'dsseEnvelope.payload'),
    payloadType: value.payloadType,
    signatures: value.signatures.map((signature, index) => {
      if (!isRecord(signature)) throw invalid(`signatures[${index}] must be an object`);
      const keyid = signature.keyid;
      if (keyid !== undefined && keyid !== null && typeof keyid !== 'string') {
        throw invalid(`signatures[${index}].keyid must be a string`);
      }
      return { sig: decodeBase64(signature.sig, `signatures[${index}].sig`), keyid: keyid ?? null };
    }),
  };
}

/** Parse a Sigstore bundle (JSON) holding a DSSE envelope; every defect is RAMPART_MODEL_VERIFY_BUNDLE_INVALID. */
export function parseBundle(text: string): ParsedBundle {
  let value: unknown;
  try {
    value = safeJsonParse(text, { maxDepth: 32 });
  } catch (error) {
    throw new RampartError('RAMPART_MODEL_VERIFY_BUNDLE_INVALID', 'signature bundle is not valid JSON', {
      cause: error,
    });
  }
  if (!isRecord(value)) throw invalid('not a JSON object');
  if (typeof value.mediaType !== 'string' || !acceptedMediaTypes.has(value.mediaType)) {
    throw invalid(`mediaType ${JSON.stringify(value.mediaType)} is not a Sigstore bundle v0.2/v0.3`);
  }
  return {
    mediaType: value.mediaType,
    material: parseMaterial(value.verificationMaterial),
    envelope: parseEnvelope(value.dsseEnvelope),
  };
}

/** Serialise a bundle for writing to disk. */
export function renderBundle(bundle: BundleJson): string {
  return `${JSON.stringify(bundle, null, 2)}\n`;
}
