import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, resolve } from 'node:path';
import { RampartError } from '../../core/index.ts';
import { type ModelFile, walkModel } from '../model-files.ts';
import { type HashJob, HashWorkerPool } from './hash-pool.ts';

/** Paths the reference tool ignores by default (git metadata). */
export const gitIgnorePaths = ['.git', '.gitattributes', '.github', '.gitignore'] as const;

/** The reference tool's default shard size: 1 GB. */
export const defaultShardSize = 1_000_000_000;

/**
 * Files or shards at least this large are hashed on worker threads; smaller ones inline (a message
 * round trip costs far less than hashing 1 MiB, so a directory of many medium files still uses
 * every core).
 */
const workerThreshold = 1 << 20;

export type SerializationMethod = 'files' | 'shards';

/** How a model was serialised: recorded in the statement so a verifier can redo it. */
export interface SerializationDescription {
  method: SerializationMethod;
  hashType: 'sha256';
  allowSymlinks: boolean;
  /** Only for `shards`. */
  shardSize?: number;
  /** Ignored paths, relative to the model root (POSIX separators); absent in pre-1.1 signatures. */
  ignorePaths?: string[];
}

/** One resource of a manifest: a whole file (`files`) or a byte range of one (`shards`). */
export interface ManifestEntry {
  /** Resource name as written in the statement: `dir/file` or `dir/file:start:end`. */
  name: string;
  /** File path relative to the model root, POSIX separators; `.` when the model is one file. */
  path: string;
  start?: number;
  end?: number;
  algorithm: string;
  /** Lowercase hex digest. */
  digest: string;
}

export interface Manifest {
  /** The model's name: the last component of its path (informative only). */
  modelName: string;
  entries: ManifestEntry[];
  serialization: SerializationDescription;
}

export type SerializeErrorCode = 'RAMPART_MODEL_SIGN_PATH_INVALID' | 'RAMPART_MODEL_VERIFY_PATH_INVALID';

export interface SerializeOptions {
  method?: SerializationMethod;
  shardSize?: number;
  allowSymlinks?: boolean;
  /** Paths to leave out, relative to the model root; a directory leaves out everything under it. */
  ignorePaths?: readonly string[];
  /** Also ignore .git, .gitattributes, .github, .gitignore (default true). */
  ignoreGitPaths?: boolean;
  /** Worker threads for large files (default: os.availableParallelism()). */
  workers?: number;
  /** Called as bytes are hashed, with the bytes done so far and the total. */
  onProgress?: (doneBytes: number, totalBytes: number) => void;
  /** Error code for path problems (the signing or the verifying side). */
  errorCode?: SerializeErrorCode;
}

/** Normalise an ignore path to POSIX components relative to the root ('' parts dropped). */
export function normaliseRelativePath(path: string): string {
  const parts: string[] = [];
  for (const part of path.replaceAll('\\', '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}

/** Compare strings by Unicode code point, as Python does (JS `<` compares UTF-16 units). */
function compareCodePoints(left: string, right: string): number {
  const leftPoints = Array.from(left);
  const rightPoints = Array.from(right);
  const length = Math.min(leftPoints.length, rightPoints.length);
  for (let index = 0; index < length; index++) {
    const difference = leftPoints[index]!.codePointAt(0)! - rightPoints[index]!.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return leftPoints.length - rightPoints.length;
}

/**
 * The reference tool's resource order: by path components (Python `PurePosixPath` ordering),
 * then shard start and end.
 */
export function compareEntries(left: ManifestEntry, right: ManifestEntry): number {
  const leftParts = left.path.split('/');
  const rightParts = right.path.split('/');
  const length = Math.min(leftParts.length, rightParts.length);
  for (let index = 0; index < length; index++) {
    const difference = compareCodePoints(leftParts[index]!, rightParts[index]!);
    if (difference !== 0) return difference;
  }
  if (leftParts.length !== rightParts.length) return leftParts.length - rightParts.length;
  return (left.start ?? 0) - (right.start ?? 0) || (left.end ?? 0) - (right.end ?? 0);
}

/** Hash a byte range in this thread (small files), streaming. */
async function hashInline(job: HashJob, onBytes: (bytes: number) => void): Promise<string> {
  const hash = createHash('sha256');
  if (job.end !== null && job.end <= job.start) return hash.digest('hex');
  const stream = createReadStream(job.path, {
    start: job.start,
    ...(job.end === null ? {} : { end: job.end - 1 }),
    highWaterMark: 1 << 20,
  });
  let read = 0;
  for await (const chunk of stream) {
    hash.update(chunk as Buffer);
    read += (chunk as Buffer).length;
    onBytes((chunk as Buffer).length);
  }
  if (job.end !== null && read !== job.end - job.start) {
    throw new RampartError('RAMPART_IO', `${job.path} changed size while it was being hashed`);
  }
  return hash.digest('hex');
}

interface PlannedJob extends HashJob {
  entry: Omit<ManifestEntry, 'digest'>;
  bytes: number;
}

function planJobs(files: ModelFile[], method: SerializationMethod, shardSize: number): PlannedJob[] {
  const jobs: PlannedJob[] = [];
  for (const file of files) {
    if (method === 'files') {
      jobs.push({
        path: file.absolutePath,
        start: 0,
        end: null,
        bytes: file.size,
        entry: { name: file.relativePath, path: file.relativePath, algorithm: 'sha256' },
      });
      continue;
    }
    for (let start = 0; start < file.size; start += shardSize) {
      const end = Math.min(file.size, start + shardSize);
      jobs.push({
        path: file.absolutePath,
        start,
        end,
        bytes: end - start,
        entry: {
          name: `${file.relativePath}:${start}:${end}`,
          path: file.relativePath,
          start,
          end,
          algorithm: `sha256-sharded-${shardSize}`,
        },
      });
    }
  }
  return jobs;
}

/**
 * Serialise a model (a directory or a single file) into a manifest of SHA-256 digests, the way
 * the OpenSSF `model_signing` tool does: every regular file (or every shard of it), git paths and
 * the given ignore paths left out, sorted by path. Large files are hashed on a pool of worker
 * threads; nothing is ever read whole into memory.
 */
export async function serializeModel(modelPath: string, options: SerializeOptions = {}): Promise<Manifest> {
  const errorCode = options.errorCode ?? 'RAMPART_MODEL_SIGN_PATH_INVALID';
  const method = options.method ?? 'files';
  const shardSize = options.shardSize ?? defaultShardSize;
  if (method === 'shards' && !(Number.isSafeInteger(shardSize) && shardSize > 0)) {
    throw new RampartError(
      'RAMPART_MODEL_SIGN_OPTIONS_INVALID',
      `shard size must be a positive integer, got ${shardSize}`,
    );
  }
  const allowSymlinks = options.allowSymlinks ?? false;
  const root = resolve(modelPath);
  const userIgnores = (options.ignorePaths ?? []).map(normaliseRelativePath);
  const ignorePaths = [
    ...new Set([...userIgnores, ...(options.ignoreGitPaths === false ? [] : gitIgnorePaths)]),
  ]
    .filter((path) => path !== '')
    .sort();

  const { files } = await walkModel(root, {
    links: allowSymlinks ? 'inside' : 'refuse',
    errorCode,
    ignorePaths,
  });
  if (files.length === 0) {
    throw new RampartError(
      errorCode,
      `${modelPath} contains no regular files after applying the ignore paths`,
    );
  }

  if (method === 'shards') {
    const colon = files.find((file) => file.relativePath.includes(':'));
    if (colon) {
      throw new RampartError(
        errorCode,
        `${colon.relativePath}: shard names are PATH:START:END, so paths may not contain ':'`,
        {
          hint: 'Rename the file, ignore it with --ignore-paths, or use --method files.',
        },
      );
    }
  }
  const jobs = planJobs(files, method, shardSize);
  const totalBytes = jobs.reduce((sum, job) => sum + job.bytes, 0);
  let doneBytes = 0;
  const onBytes = (bytes: number) => {
    doneBytes += bytes;
    options.onProgress?.(doneBytes, totalBytes);
  };

  const large = jobs
    .filter((job) => job.bytes >= workerThreshold)
    .sort((left, right) => right.bytes - left.bytes);
  const small = jobs.filter((job) => job.bytes < workerThreshold);
  const workerCount = Math.min(large.length, Math.max(1, options.workers ?? availableParallelism()));
  const pool = workerCount > 0 ? new HashWorkerPool(workerCount) : null;
  const digests = new Map<PlannedJob, string>();
  try {
    const pooled = large.map(async (job) => {
      digests.set(job, await pool!.hash({ path: job.path, start: job.start, end: job.end }, onBytes));
    });
    const inline = (async () => {
      for (const job of small) digests.set(job, await hashInline(job, onBytes));
    })();
    const results = await Promise.allSettled([inline, ...pooled]);
    const failure = results.find((result) => result.status === 'rejected');
    if (failure) throw (failure as PromiseRejectedResult).reason;
  } finally {
    await pool?.close();
  }

  const entries = jobs.map((job) => ({ ...job.entry, digest: digests.get(job)! })).sort(compareEntries);
  const serialization: SerializationDescription = {
    method,
    hashType: 'sha256',
    allowSymlinks,
    ...(method === 'shards' ? { shardSize } : {}),
    ignorePaths,
  };
  return { modelName: basename(root), entries, serialization };
}
