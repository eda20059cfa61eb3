import { createHash, type KeyObject } from 'node:crypto';
import { type DsseEnvelope, dsseSign, dsseVerify, IN_TOTO_PAYLOAD_TYPE } from './dsse.ts';
import { RampartError } from './errors.ts';
import { safeJsonParse } from './safe-json.ts';

/**
 * The data gate's signed result: an in-toto statement whose subject is a dataset (its manifest's
 * root digest) and whose predicate is what the gate decided, in a DSSE envelope signed with the
 * same kind of key as model signatures. `data gate --attest` writes it; `model sign
 * --dataset-attestation` embeds it; `model verify --require-data-gate` checks it. It lives in core
 * because data writes it and model reads it, and neither imports the other.
 */
export const DATA_GATE_PREDICATE_TYPE = 'https://rampart.dev/attestations/data-gate/v1';
export const IN_TOTO_STATEMENT_V1 = 'https://in-toto.io/Statement/v1';

export interface DataGatePredicate {
  /** The dataset's name (the manifest's name, or the directory's). */
  dataset: string;
  passed: boolean;
  /** Lowest severity that blocked. */
  failOn: string;
  /** Ids of the checks that blocked. */
  blocking: string[];
  checks: Array<{ id: string; status: string }>;
  rowCount: number;
  /** When the gate ran (ISO 8601). */
  gatedAt: string;
  /** True when the gate verified the directory against a signed manifest. */
  manifestVerified: boolean;
}

export interface DataGateAttestation {
  dataset: string;
  /** The manifest's root digest (sha256, hex): the statement's subject. */
  rootDigest: string;
  predicate: DataGatePredicate;
  envelope: DsseEnvelope;
}

/** Sign a gate result over a dataset root digest. */
export function signDataGateAttestation(
  rootDigest: string,
  predicate: DataGatePredicate,
  privateKey: KeyObject,
): DsseEnvelope {
  if (!/^[0-9a-f]{64}$/.test(rootDigest))
    throw new RampartError(
      'RAMPART_DATA_ATTESTATION_INVALID',
      'the dataset root digest must be 64 hex characters',
    );
  const statement = {
    _type: IN_TOTO_STATEMENT_V1,
    subject: [{ name: predicate.dataset, digest: { sha256: rootDigest } }],
    predicateType: DATA_GATE_PREDICATE_TYPE,
    predicate,
  };
  return dsseSign(Buffer.from(JSON.stringify(statement)), IN_TOTO_PAYLOAD_TYPE, privateKey, '');
}

function invalid(source: string, reason: string, cause?: unknown): RampartError {
  return new RampartError('RAMPART_DATA_ATTESTATION_INVALID', `${source}: ${reason}`, cause ? { cause } : {});
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Parse a DSSE envelope from JSON text or an already parsed value. */
export function parseDsseEnvelope(input: string | unknown, source = 'attestation'): DsseEnvelope {
  let value: unknown = input;
  if (typeof input === 'string') {
    try {
      value = safeJsonParse(input);
    } catch (error) {
      throw invalid(source, 'not JSON', error);
    }
  }
  if (
    !isRecord(value) ||
    typeof value.payload !== 'string' ||
    typeof value.payloadType !== 'string' ||
    !Array.isArray(value.signatures) ||
    !value.signatures.every((signature) => isRecord(signature) && typeof signature.sig === 'string')
  )
    throw invalid(source, 'not a DSSE envelope (payload, payloadType, signatures)');
  return value as unknown as DsseEnvelope;
}

/**
 * Verify a gate attestation's signature with any of `publicKeys` and read it. Throws
 * RAMPART_DATA_ATTESTATION_INVALID when it is malformed or no key verifies it. It does not judge
 * the result: `passed` is the caller's to check.
 */
export function readDataGateAttestation(
  input: string | unknown,
  publicKeys: readonly KeyObject[],
  source = 'attestation',
): DataGateAttestation {
  const envelope = parseDsseEnvelope(input, source);
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    throw invalid(
      source,
      `payloadType is ${JSON.stringify(envelope.payloadType)}, expected ${IN_TOTO_PAYLOAD_TYPE}`,
    );
  let payload: Buffer | undefined;
  for (const key of publicKeys) {
    try {
      payload = dsseVerify(envelope, key);
      break;
    } catch {
      // try the next key
    }
  }
  if (!payload)
    throw invalid(source, 'no signature verifies with the given key(s): altered, or signed by another key');
  let statement: unknown;
  try {
    statement = safeJsonParse(payload.toString('utf8'));
  } catch (error) {
    throw invalid(source, 'the signed statement is not JSON', error);
  }
  if (!isRecord(statement) || statement.predicateType !== DATA_GATE_PREDICATE_TYPE)
    throw invalid(source, `not a data gate attestation (predicateType ${DATA_GATE_PREDICATE_TYPE} expected)`);
  const subject = Array.isArray(statement.subject) ? statement.subject[0] : undefined;
  const digest = isRecord(subject) && isRecord(subject.digest) ? subject.digest.sha256 : undefined;
  const predicate = statement.predicate;
  if (typeof digest !== 'string' || !/^[0-9a-f]{64}$/.test(digest))
    throw invalid(source, 'the subject has no sha256 root digest');
  if (!isRecord(predicate) || typeof predicate.passed !== 'boolean' || typeof predicate.dataset !== 'string')
    throw invalid(source, 'the predicate has no dataset name or result');
  return {
    dataset: predicate.dataset,
    rootDigest: digest,
    predicate: predicate as unknown as DataGatePredicate,
    envelope,
  };
}

/** SHA-256 (hex) of an envelope's signed payload: names one attestation in a lineage record. */
export function envelopeDigest(envelope: DsseEnvelope): string {
  return createHash('sha256').update(Buffer.from(envelope.payload, 'base64')).digest('hex');
}
