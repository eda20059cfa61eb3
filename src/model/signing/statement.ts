import { createHash } from 'node:crypto';
import { RampartError, safeJsonParse } from '../../core/index.ts';
import { PythonFloat, type PythonJsonValue, pythonJsonDumps } from './python-json.ts';
import {
  compareEntries,
  type Manifest,
  type ManifestEntry,
  normaliseRelativePath,
  type SerializationDescription,
} from './serialize.ts';

export const inTotoStatementType = 'https://in-toto.io/Statement/v1';
/** The OpenSSF model-signing predicate (v1.0 format, written by model_signing >= 1.0). */
export const modelSigningPredicateType = 'https://model_signing/signature/v1.0';
/** The pre-1.0 predicate (model_signing 0.2), accepted when verifying only. */
export const compatPredicateType = 'https://model_signing/Digests/v0.1';

export interface StatementOptions {
  /**
   * Record `ignore_paths` in the serialization object (model_signing >= 1.1 does; 1.0.x did not).
   * Default true.
   */
  recordIgnorePaths?: boolean;
}

/** SHA-256 over the concatenated raw resource digests, in resource order: the subject digest. */
export function rootDigest(entries: readonly ManifestEntry[]): string {
  const hash = createHash('sha256');
  for (const entry of entries) hash.update(Buffer.from(entry.digest, 'hex'));
  return hash.digest('hex');
}

/**
 * The in-toto statement for a manifest, as the JSON bytes that get signed. The layout (key order,
 * two-space indent, ASCII escapes, `shard_size` as a float) is the reference tool's, so the same
 * model gives the same bytes.
 */
export function buildStatement(manifest: Manifest, options: StatementOptions = {}): Buffer {
  const { serialization } = manifest;
  const serializationJson: Record<string, PythonJsonValue> = {
    method: serialization.method,
    hash_type: serialization.hashType,
    allow_symlinks: serialization.allowSymlinks,
  };
  if (serialization.method === 'shards')
    serializationJson.shard_size = new PythonFloat(serialization.shardSize!);
  if ((options.recordIgnorePaths ?? true) && serialization.ignorePaths) {
    serializationJson.ignore_paths = [...serialization.ignorePaths];
  }
  const statement: PythonJsonValue = {
    _type: inTotoStatementType,
    subject: [{ name: manifest.modelName, digest: { sha256: rootDigest(manifest.entries) } }],
    predicateType: modelSigningPredicateType,
    predicate: {
      serialization: serializationJson,
      resources: manifest.entries.map((entry) => ({
        algorithm: entry.algorithm,
        digest: entry.digest,
        name: entry.name,
      })),
    },
  };
  return Buffer.from(pythonJsonDumps(statement), 'utf8');
}

export interface ParsedStatement {
  manifest: Manifest;
  /** `v1.0` for the current predicate, `v0.1-compat` for model_signing 0.2 signatures. */
  format: 'v1.0' | 'v0.1-compat';
  rootDigest: string | null;
}

function invalid(message: string): RampartError {
  return new RampartError('RAMPART_MODEL_VERIFY_BUNDLE_INVALID', `signed statement: ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const hexDigest = /^[0-9a-f]{64}$/;

function parseShardName(name: string): { path: string; start: number; end: number } {
  const parts = name.split(':');
  const [path, startText, endText] = parts;
  if (parts.length !== 3 || !/^\d{1,15}$/.test(startText!) || !/^\d{1,15}$/.test(endText!)) {
    throw invalid(`shard resource name ${JSON.stringify(name)} is not PATH:START:END`);
  }
  const start = Number(startText);
  const end = Number(endText);
  if (end <= start) throw invalid(`shard resource ${JSON.stringify(name)} has end <= start`);
  return { path: normaliseResourcePath(path!), start, end };
}

function normaliseResourcePath(path: string): string {
  if (path === '.') return '.';
  const normalised = normaliseRelativePath(path);
  if (normalised === '' || path.split('/').includes('..') || path.startsWith('/')) {
    throw invalid(`resource path ${JSON.stringify(path)} is not a relative path inside the model`);
  }
  return normalised;
}

function parseSerialization(value: unknown): SerializationDescription {
  if (!isRecord(value)) throw invalid('predicate.serialization is missing');
  const { method, hash_type: hashType, allow_symlinks: allowSymlinks } = value;
  if (method !== 'files' && method !== 'shards') {
    throw new RampartError(
      'RAMPART_MODEL_VERIFY_UNSUPPORTED',
      `serialization method ${JSON.stringify(method)} is not supported`,
    );
  }
  if (hashType !== 'sha256') {
    throw new RampartError(
      'RAMPART_MODEL_VERIFY_UNSUPPORTED',
      `hash type ${JSON.stringify(hashType)} is not supported (sha256 only)`,
    );
  }
  if (typeof allowSymlinks !== 'boolean') throw invalid('serialization.allow_symlinks must be a boolean');
  const description: SerializationDescription = { method, hashType, allowSymlinks };
  if (method === 'shards') {
    const shardSize = value.shard_size;
    if (typeof shardSize !== 'number' || !Number.isSafeInteger(shardSize) || shardSize <= 0) {
      throw invalid('serialization.shard_size must be a positive integer');
    }
    description.shardSize = shardSize;
  }
  if (value.ignore_paths !== undefined) {
    if (!Array.isArray(value.ignore_paths) || !value.ignore_paths.every((path) => typeof path === 'string')) {
      throw invalid('serialization.ignore_paths must be a list of strings');
    }
    description.ignorePaths = value.ignore_paths as string[];
  }
  return description;
}

function parseResources(value: unknown, serialization: SerializationDescription): ManifestEntry[] {
  if (!Array.isArray(value)) throw invalid('predicate.resources must be a list');
  const seen = new Set<string>();
  const entries: ManifestEntry[] = [];
  for (const resource of value) {
    if (!isRecord(resource)) throw invalid('each resource must be an object');
    const { name, algorithm, digest } = resource;
    if (typeof name !== 'string' || typeof algorithm !== 'string' || typeof digest !== 'string') {
      throw invalid('each resource needs string name, algorithm and digest');
    }
    if (!/^[0-9a-fA-F]*$/.test(digest) || digest.length % 2 !== 0) {
      throw invalid(`resource ${JSON.stringify(name)} has a digest that is not hex`);
    }
    if (seen.has(name)) throw invalid(`resource ${JSON.stringify(name)} is listed twice`);
    seen.add(name);
    const lower = digest.toLowerCase();
    if (serialization.method === 'shards') {
      entries.push({ name, ...parseShardName(name), algorithm, digest: lower });
    } else {
      entries.push({ name, path: normaliseResourcePath(name), algorithm, digest: lower });
    }
  }
  return entries;
}

/** Parse and check the signed statement (after its signature verified) into the expected manifest. */
export function parseStatement(payload: Uint8Array): ParsedStatement {
  let statement: unknown;
  try {
    statement = safeJsonParse(Buffer.from(payload).toString('utf8'));
  } catch (error) {
    throw new RampartError('RAMPART_MODEL_VERIFY_BUNDLE_INVALID', 'signed statement is not valid JSON', {
      cause: error,
    });
  }
  if (!isRecord(statement)) throw invalid('not a JSON object');
  if (statement._type !== inTotoStatementType) {
    throw invalid(`_type is ${JSON.stringify(statement._type)}, expected ${inTotoStatementType}`);
  }
  const subjects = statement.subject;
  if (!Array.isArray(subjects) || subjects.length === 0) throw invalid('subject list is missing');

  if (statement.predicateType === compatPredicateType) {
    const entries: ManifestEntry[] = [];
    const seen = new Set<string>();
    for (const subject of subjects) {
      if (!isRecord(subject) || typeof subject.name !== 'string' || !isRecord(subject.digest)) {
        throw invalid('each subject needs a name and a digest');
      }
      const digest = subject.digest.sha256;
      if (typeof digest !== 'string' || !hexDigest.test(digest.toLowerCase())) {
        throw invalid(`subject ${JSON.stringify(subject.name)} has no SHA-256 digest`);
      }
      if (seen.has(subject.name)) throw invalid(`subject ${JSON.stringify(subject.name)} is listed twice`);
      seen.add(subject.name);
      const path = normaliseResourcePath(subject.name);
      entries.push({ name: subject.name, path, algorithm: 'sha256', digest: digest.toLowerCase() });
    }
    return {
      manifest: {
        modelName: 'compat-undefined-not-present',
        entries: entries.sort(compareEntries),
        serialization: { method: 'files', hashType: 'sha256', allowSymlinks: false },
      },
      format: 'v0.1-compat',
      rootDigest: null,
    };
  }

  if (statement.predicateType !== modelSigningPredicateType) {
    throw invalid(
      `predicateType is ${JSON.stringify(statement.predicateType)}, expected ${modelSigningPredicateType}`,
    );
  }
  if (subjects.length !== 1) throw invalid(`expected exactly one subject, got ${subjects.length}`);
  const subject = subjects[0];
  if (!isRecord(subject) || typeof subject.name !== 'string' || !isRecord(subject.digest)) {
    throw invalid('the subject needs a name and a digest');
  }
  const expectedRoot = subject.digest.sha256;
  if (typeof expectedRoot !== 'string' || !hexDigest.test(expectedRoot)) {
    throw invalid('the subject has no SHA-256 digest');
  }
  const predicate = statement.predicate;
  if (!isRecord(predicate)) throw invalid('predicate is missing');
  const serialization = parseSerialization(predicate.serialization);
  const entries = parseResources(predicate.resources, serialization);
  const actualRoot = rootDigest(entries);
  if (actualRoot !== expectedRoot) {
    throw invalid(`root digest is ${expectedRoot} but the listed resources hash to ${actualRoot}`);
  }
  return {
    manifest: { modelName: subject.name, entries: entries.sort(compareEntries), serialization },
    format: 'v1.0',
    rootDigest: expectedRoot,
  };
}
