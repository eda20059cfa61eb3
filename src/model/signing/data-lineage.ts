import { createPublicKey, type KeyObject } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import {
  type DataGateAttestation,
  type DsseEnvelope,
  dsseSign,
  dsseVerify,
  envelopeDigest,
  IN_TOTO_PAYLOAD_TYPE,
  parseDsseEnvelope,
  RampartError,
  readDataGateAttestation,
  safeJsonParse,
} from '../../core/index.ts';
import { readPublicKey } from './keys.ts';
import { type VerifyOptions, type VerifyResult, verifyModel } from './verify.ts';

/**
 * The link from a signed model to the data it was trained on: an in-toto statement whose subject
 * is the model (the same root digest as its OpenSSF signature) and whose predicate carries the
 * data gate attestations of its training datasets, whole, signed with the model's key. It sits
 * beside the signature (`model.sig` → `model.sig.data-gate.json`) rather than inside it, so the
 * signature stays byte-for-byte what the OpenSSF tool writes and verifies; `model sign` records
 * its path in the signature's ignore paths when it lies inside the model.
 */
export const DATA_LINEAGE_PREDICATE_TYPE = 'https://rampart.dev/attestations/model-training-data/v1';

export function dataLineagePath(signaturePath: string): string {
  return `${signaturePath}.data-gate.json`;
}

interface LineageDataset {
  dataset: string;
  rootDigest: string;
  /** SHA-256 of the attestation's signed payload. */
  attestationDigest: string;
  attestation: DsseEnvelope;
}

/** Build and sign the lineage statement for a model root digest. */
export function signDataLineage(
  model: { name: string; rootDigest: string },
  attestations: readonly DsseEnvelope[],
  privateKey: KeyObject,
): DsseEnvelope {
  // The signer's own key reads each attestation only to name it; trust is decided at verification.
  const datasets: LineageDataset[] = attestations.map((envelope, index) => {
    const payload = parseStatementLoosely(envelope, `dataset attestation ${index + 1}`);
    return {
      dataset: payload.dataset,
      rootDigest: payload.rootDigest,
      attestationDigest: envelopeDigest(envelope),
      attestation: envelope,
    };
  });
  const statement = {
    _type: 'https://in-toto.io/Statement/v1',
    subject: [{ name: model.name, digest: { sha256: model.rootDigest } }],
    predicateType: DATA_LINEAGE_PREDICATE_TYPE,
    predicate: { datasets },
  };
  return dsseSign(Buffer.from(JSON.stringify(statement)), IN_TOTO_PAYLOAD_TYPE, privateKey, '');
}

/** Dataset name and root digest from an attestation whose signature is not checked here. */
function parseStatementLoosely(
  envelope: DsseEnvelope,
  source: string,
): { dataset: string; rootDigest: string } {
  let statement: Record<string, unknown>;
  try {
    statement = safeJsonParse(Buffer.from(envelope.payload, 'base64').toString('utf8')) as Record<
      string,
      unknown
    >;
  } catch (error) {
    throw new RampartError('RAMPART_DATA_ATTESTATION_INVALID', `${source}: the payload is not JSON`, {
      cause: error,
    });
  }
  const subject = (statement?.subject as Array<{ digest?: { sha256?: unknown } }> | undefined)?.[0];
  const predicate = statement?.predicate as { dataset?: unknown } | undefined;
  if (typeof subject?.digest?.sha256 !== 'string' || typeof predicate?.dataset !== 'string')
    throw new RampartError('RAMPART_DATA_ATTESTATION_INVALID', `${source}: not a data gate attestation`);
  return { dataset: predicate.dataset, rootDigest: subject.digest.sha256 };
}

/** Read attestation files (the JSON `rampart data gate --attest` writes). */
export async function readAttestationFiles(paths: readonly string[]): Promise<DsseEnvelope[]> {
  return Promise.all(
    paths.map(async (path) => {
      let text: string;
      try {
        text = await readFile(path, 'utf8');
      } catch (error) {
        throw new RampartError('RAMPART_IO', `could not read the dataset attestation ${path}`, {
          cause: error,
        });
      }
      return parseDsseEnvelope(text, path);
    }),
  );
}

export async function writeDataLineage(path: string, envelope: DsseEnvelope): Promise<void> {
  try {
    await writeFile(path, `${JSON.stringify(envelope, null, 2)}\n`);
  } catch (error) {
    throw new RampartError('RAMPART_IO', `could not write the dataset lineage ${path}`, { cause: error });
  }
}

export interface DataGateChainOptions {
  /** The model's root digest, from its verified signature (`VerifyResult.rootDigest`). */
  modelRootDigest: string;
  /** The lineage envelope: JSON text or parsed. */
  lineage: string | DsseEnvelope;
  /** Public key of the model signer: the lineage must verify with it. */
  modelKey: KeyObject | string | Buffer;
  /** Keys trusted to sign gate results (default: the model key). */
  dataKeys?: ReadonlyArray<KeyObject | string | Buffer>;
  /** Dataset root digests that must be among the attested ones (e.g. the approved manifests'). */
  requireDatasets?: readonly string[];
}

export interface DataGateChain {
  datasets: Array<Pick<DataGateAttestation, 'dataset' | 'rootDigest'> & { gatedAt: string }>;
}

function chainBroken(message: string, cause?: unknown): RampartError {
  return new RampartError('RAMPART_MODEL_VERIFY_DATA_GATE', message, cause ? { cause } : {});
}

function asPublicKey(key: KeyObject | string | Buffer): KeyObject {
  if (typeof key === 'string' || Buffer.isBuffer(key)) return readPublicKey(key);
  return key.type === 'public' ? key : createPublicKey(key);
}

/**
 * Check the chain from a verified model to its training data: the lineage is signed by the model
 * key and names this model's root digest; it lists at least one dataset; every dataset
 * attestation verifies with a trusted data key, says the gate PASSED, and names the same root
 * digest the lineage recorded. Throws RAMPART_MODEL_VERIFY_DATA_GATE with the first broken link.
 * Call it after `verifyModel` (which proves the files match `modelRootDigest`); the gateway's
 * attested routing can call it the same way.
 */
export function verifyDataGateChain(options: DataGateChainOptions): DataGateChain {
  const modelKey = asPublicKey(options.modelKey);
  const dataKeys = (options.dataKeys ?? [modelKey]).map(asPublicKey);
  let envelope: DsseEnvelope;
  let payload: Buffer;
  try {
    envelope =
      typeof options.lineage === 'string'
        ? parseDsseEnvelope(options.lineage, 'dataset lineage')
        : options.lineage;
    payload = dsseVerify(envelope, modelKey);
  } catch (error) {
    throw chainBroken(
      'the dataset lineage does not verify with the model key (altered, or signed by another key)',
      error,
    );
  }
  let statement: {
    subject?: Array<{ digest?: { sha256?: unknown } }>;
    predicateType?: unknown;
    predicate?: { datasets?: unknown };
  };
  try {
    statement = safeJsonParse(payload.toString('utf8')) as typeof statement;
  } catch (error) {
    throw chainBroken('the dataset lineage is not JSON', error);
  }
  if (statement?.predicateType !== DATA_LINEAGE_PREDICATE_TYPE)
    throw chainBroken('not a dataset lineage statement');
  if (statement.subject?.[0]?.digest?.sha256 !== options.modelRootDigest)
    throw chainBroken(
      'the dataset lineage names another model (its subject digest is not this model root digest)',
    );
  const datasets = statement.predicate?.datasets;
  if (!Array.isArray(datasets) || datasets.length === 0)
    throw chainBroken('the dataset lineage lists no dataset: sign with --dataset-attestation FILE');
  const chain: DataGateChain = { datasets: [] };
  datasets.forEach((entry: Partial<LineageDataset>, index) => {
    const label = `dataset ${index + 1}${typeof entry.dataset === 'string' ? ` (${entry.dataset})` : ''}`;
    let attestation: DataGateAttestation;
    try {
      attestation = readDataGateAttestation(entry.attestation, dataKeys, label);
    } catch (error) {
      throw chainBroken(`${label}: its gate attestation does not verify with a trusted data key`, error);
    }
    if (!attestation.predicate.passed)
      throw chainBroken(
        `${label}: the data gate FAILED on it (blocking: ${attestation.predicate.blocking?.join(', ') || 'unknown'}): a model trained on it is not served`,
      );
    if (attestation.rootDigest !== entry.rootDigest)
      throw chainBroken(
        `${label}: the attested root digest differs from the one the model signature recorded`,
      );
    chain.datasets.push({
      dataset: attestation.dataset,
      rootDigest: attestation.rootDigest,
      gatedAt: attestation.predicate.gatedAt,
    });
  });
  for (const required of options.requireDatasets ?? [])
    if (!chain.datasets.some((dataset) => dataset.rootDigest === required))
      throw chainBroken(`no passed gate attestation for the dataset with root digest ${required}`);
  return chain;
}

/**
 * Verify a model's signature and then its chain to the data gate: the one call a deployment check
 * (CI, or the gateway's attested routing) needs. The lineage is read from beside the signature.
 */
export async function verifyModelDataGate(
  modelPath: string,
  options: VerifyOptions & {
    dataKeys?: DataGateChainOptions['dataKeys'];
    requireDatasets?: readonly string[];
  },
): Promise<VerifyResult & { dataGate: DataGateChain }> {
  if (options.publicKey === undefined)
    throw new RampartError(
      'RAMPART_USAGE',
      'the data gate chain is checked with the model signer public key (--key)',
    );
  const result = await verifyModel(modelPath, options);
  const path = dataLineagePath(result.signaturePath);
  let lineage: string;
  try {
    lineage = await readFile(path, 'utf8');
  } catch (error) {
    throw chainBroken(
      `no dataset lineage beside the signature (${path}): the model was signed without --dataset-attestation`,
      error,
    );
  }
  const dataGate = verifyDataGateChain({
    modelRootDigest: result.rootDigest,
    lineage,
    modelKey: options.publicKey,
    ...(options.dataKeys ? { dataKeys: options.dataKeys } : {}),
    ...(options.requireDatasets ? { requireDatasets: options.requireDatasets } : {}),
  });
  return { ...result, dataGate };
}
