import { createPrivateKey, createPublicKey, type KeyObject, sign, verify } from 'node:crypto';
import { RampartError } from './errors.ts';

/** A DSSE envelope (https://github.com/secure-systems-lab/dsse, protocol v1). */
export interface DsseEnvelope {
  payload: string; // base64
  payloadType: string;
  signatures: Array<{ sig: string; keyid?: string }>;
}

export const IN_TOTO_PAYLOAD_TYPE = 'application/vnd.in-toto+json';

/** Pre-authentication encoding: "DSSEv1" SP LEN(type) SP type SP LEN(body) SP body. */
export function preAuthEncoding(payloadType: string, payload: Uint8Array): Buffer {
  const type = Buffer.from(payloadType, 'utf8');
  const header = Buffer.from(`DSSEv1 ${type.length} ${payloadType} ${payload.length} `, 'utf8');
  return Buffer.concat([header, payload]);
}

/** The digest that goes with each ECDSA curve, as the OpenSSF model-signing tool pairs them. */
function digestFor(key: KeyObject): string | null {
  if (key.asymmetricKeyType === 'ed25519') return null;
  if (key.asymmetricKeyType !== 'ec') {
    throw new RampartError(
      'RAMPART_KEY_INVALID',
      `unsupported key type ${key.asymmetricKeyType ?? 'unknown'}`,
    );
  }
  const curve = key.asymmetricKeyDetails?.namedCurve;
  if (curve === 'prime256v1') return 'sha256';
  if (curve === 'secp384r1') return 'sha384';
  if (curve === 'secp521r1') return 'sha512';
  throw new RampartError('RAMPART_KEY_INVALID', `unsupported EC curve ${curve ?? 'unknown'}`);
}

export function loadPrivateKey(pem: string | Buffer, passphrase?: string): KeyObject {
  try {
    return createPrivateKey(passphrase === undefined ? { key: pem } : { key: pem, passphrase });
  } catch (error) {
    throw new RampartError('RAMPART_KEY_INVALID', 'could not read the private key', { cause: error });
  }
}

export function loadPublicKey(pem: string | Buffer): KeyObject {
  try {
    return createPublicKey(pem);
  } catch (error) {
    throw new RampartError('RAMPART_KEY_INVALID', 'could not read the public key', { cause: error });
  }
}

/** Sign a payload into a DSSE envelope (ECDSA signatures are DER-encoded, as DSSE tools expect). */
export function dsseSign(
  payload: Uint8Array,
  payloadType: string,
  privateKey: KeyObject,
  keyid?: string,
): DsseEnvelope {
  const signature = sign(digestFor(privateKey), preAuthEncoding(payloadType, payload), privateKey);
  return {
    payload: Buffer.from(payload).toString('base64'),
    payloadType,
    signatures: [{ sig: signature.toString('base64'), ...(keyid === undefined ? {} : { keyid }) }],
  };
}

/** Verify that at least one signature in the envelope was made by `publicKey`; returns the payload bytes. */
export function dsseVerify(envelope: DsseEnvelope, publicKey: KeyObject): Buffer {
  const payload = Buffer.from(envelope.payload, 'base64');
  const message = preAuthEncoding(envelope.payloadType, payload);
  const algorithm = digestFor(publicKey);
  for (const signature of envelope.signatures) {
    if (verify(algorithm, message, publicKey, Buffer.from(signature.sig, 'base64'))) return payload;
  }
  throw new RampartError(
    'RAMPART_SIGNATURE_INVALID',
    'no signature in the envelope verifies with the given key',
  );
}
