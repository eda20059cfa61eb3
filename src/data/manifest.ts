import { execFileSync } from 'node:child_process';
import type { KeyObject } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, relative, resolve, sep } from 'node:path';
import { z } from 'zod';
import {
  canonicalJson,
  type DsseEnvelope,
  dsseSign,
  dsseVerify,
  IN_TOTO_PAYLOAD_TYPE,
  importOptional,
  RampartError,
  safeJsonParse,
  sha256File,
  sha256Hex,
} from '../core/index.ts';
import { datasetExtensions, formatOf, literal } from './dataset.ts';

export const MANIFEST_PREDICATE_TYPE = 'https://rampart.dev/attestations/data-manifest/v1';
export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';

const fileEntrySchema = z
  .object({
    path: z.string().min(1),
    size: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    rows: z.number().int().min(0).optional(),
    columns: z.array(z.object({ name: z.string(), type: z.string() })).optional(),
  })
  .strict();

export const dataManifestSchema = z
  .object({
    kind: z.literal('rampart.data.manifest'),
    version: z.literal(1),
    createdAt: z.string(),
    createdBy: z.string(),
    source: z.string().optional(),
    commit: z.string().optional(),
    files: z.array(fileEntrySchema),
    rootDigest: z.string().regex(/^[0-9a-f]{64}$/),
    schemaFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export type DataManifest = z.output<typeof dataManifestSchema>;
export type ManifestFile = z.output<typeof fileEntrySchema>;

const statementSchema = z.object({
  _type: z.literal(IN_TOTO_STATEMENT_TYPE),
  subject: z.array(z.object({ name: z.string(), digest: z.object({ sha256: z.string() }) })),
  predicateType: z.literal(MANIFEST_PREDICATE_TYPE),
  predicate: dataManifestSchema,
});

export interface ManifestOptions {
  createdBy?: string;
  source?: string;
  commit?: string;
  /** Count rows of every dataset file (a full scan; default true). */
  countRows?: boolean;
  /** Paths (relative to the directory) left out: the manifest itself, the provenance log. */
  exclude?: readonly string[];
}

/** Every regular file under `directory` (relative POSIX paths, sorted), skipping dot-files and `exclude`. */
export function listFiles(directory: string, exclude: readonly string[] = []): string[] {
  const root = resolve(directory);
  const skip = new Set(exclude.map((path) => relative(root, resolve(root, path)).split(sep).join('/')));
  const out: string[] = [];
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch (error) {
      throw new RampartError('RAMPART_IO', `cannot list ${dir}`, { cause: error });
    }
    for (const name of names) {
      if (name.startsWith('.')) continue;
      const path = join(dir, name);
      const stat = lstatSync(path);
      const relativePath = relative(root, path).split(sep).join('/');
      if (stat.isDirectory()) walk(path);
      else if (stat.isFile() && !skip.has(relativePath)) out.push(relativePath);
    }
  };
  walk(root);
  return out.sort();
}

/** SHA-256 over "sha256  size  path\n" lines of the sorted file list. */
export function rootDigest(files: readonly ManifestFile[]): string {
  const lines = [...files]
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map((file) => `${file.sha256}  ${file.size}  ${file.path}\n`);
  return sha256Hex(lines.join(''));
}

export function schemaFingerprint(files: readonly ManifestFile[]): string {
  return sha256Hex(
    canonicalJson(
      files.filter((file) => file.columns).map((file) => ({ path: file.path, columns: file.columns })),
    ),
  );
}

function git(args: string[], cwd: string): string | undefined {
  try {
    return (
      execFileSync('git', args, { cwd, stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 })
        .toString()
        .trim() || undefined
    );
  } catch {
    return undefined;
  }
}

/** Hash every file, describe every dataset file, and assemble the (unsigned) manifest. */
export async function buildManifest(directory: string, options: ManifestOptions = {}): Promise<DataManifest> {
  const root = resolve(directory);
  const paths = listFiles(root, options.exclude);
  const files: ManifestFile[] = [];
  const duckdb = await importOptional('@duckdb/node-api', () => import('@duckdb/node-api'));
  const instance = await duckdb.DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '1GB' });
  const connection = await instance.connect();
  try {
    for (const path of paths) {
      const absolute = join(root, path);
      const entry: ManifestFile = {
        path,
        size: lstatSync(absolute).size,
        sha256: await sha256File(absolute),
      };
      const extension = /\.[^.]+$/.exec(path)?.[0]?.toLowerCase() ?? '';
      if (extension in datasetExtensions && entry.size > 0) {
        const format = formatOf(path);
        const source =
          format === 'parquet'
            ? `read_parquet(${literal(absolute)})`
            : format === 'jsonl'
              ? `read_json(${literal(absolute)}, format='newline_delimited')`
              : `read_csv(${literal(absolute)}, header=true, delim=${literal(format === 'csv' ? ',' : '\t')})`;
        try {
          const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM ${source}`);
          entry.columns = described
            .getRowObjectsJS()
            .map((row) => ({ name: String(row.column_name), type: String(row.column_type) }));
          if (options.countRows !== false) {
            const counted = await connection.runAndReadAll(`SELECT count(*) FROM ${source}`);
            entry.rows = Number(counted.getRowsJS()[0]?.[0] ?? 0);
          }
        } catch {
          // An unreadable dataset is still hashed; the gate's read step reports why it cannot be read.
        }
      }
      files.push(entry);
    }
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
  return {
    kind: 'rampart.data.manifest',
    version: 1,
    createdAt: new Date().toISOString(),
    createdBy: options.createdBy ?? git(['config', 'user.email'], root) ?? safeUser(),
    ...(() => {
      const source = options.source ?? git(['remote', 'get-url', 'origin'], root);
      return source ? { source } : {};
    })(),
    ...(() => {
      const commit = options.commit ?? git(['rev-parse', 'HEAD'], root);
      return commit ? { commit } : {};
    })(),
    files,
    rootDigest: rootDigest(files),
    schemaFingerprint: schemaFingerprint(files),
  };
}

function safeUser(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}

/** Wrap the manifest in an in-toto statement and sign it as a DSSE envelope. */
export function signManifest(manifest: DataManifest, privateKey: KeyObject, keyid?: string): DsseEnvelope {
  const statement = {
    _type: IN_TOTO_STATEMENT_TYPE,
    subject: manifest.files.map((file) => ({ name: file.path, digest: { sha256: file.sha256 } })),
    predicateType: MANIFEST_PREDICATE_TYPE,
    predicate: manifest,
  };
  return dsseSign(Buffer.from(canonicalJson(statement)), IN_TOTO_PAYLOAD_TYPE, privateKey, keyid);
}

/**
 * Parse a manifest envelope; with a key, its signature must verify. Throws
 * RAMPART_DATA_MANIFEST_INVALID (or RAMPART_SIGNATURE_INVALID) with the reason.
 */
export function readManifest(text: string, publicKey?: KeyObject, source = 'manifest'): DataManifest {
  let envelope: DsseEnvelope;
  try {
    envelope = safeJsonParse(text) as DsseEnvelope;
  } catch (error) {
    throw new RampartError('RAMPART_DATA_MANIFEST_INVALID', `${source}: not JSON`, { cause: error });
  }
  if (
    !envelope ||
    typeof envelope !== 'object' ||
    typeof envelope.payload !== 'string' ||
    envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE ||
    !Array.isArray(envelope.signatures) ||
    envelope.signatures.some((signature) => !signature || typeof signature.sig !== 'string')
  ) {
    throw new RampartError(
      'RAMPART_DATA_MANIFEST_INVALID',
      `${source}: not a DSSE envelope with an in-toto payload`,
    );
  }
  const payload = publicKey ? dsseVerify(envelope, publicKey) : Buffer.from(envelope.payload, 'base64');
  let statement: unknown;
  try {
    statement = safeJsonParse(payload.toString('utf8'));
  } catch (error) {
    throw new RampartError('RAMPART_DATA_MANIFEST_INVALID', `${source}: the payload is not JSON`, {
      cause: error,
    });
  }
  const parsed = statementSchema.safeParse(statement);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new RampartError(
      'RAMPART_DATA_MANIFEST_INVALID',
      `${source}: not a rampart data manifest (${first?.path.join('.') || '(root)'}: ${first?.message ?? 'invalid'})`,
    );
  }
  const manifest = parsed.data.predicate;
  if (rootDigest(manifest.files) !== manifest.rootDigest) {
    throw new RampartError(
      'RAMPART_DATA_MANIFEST_INVALID',
      `${source}: the root digest does not match its file list`,
    );
  }
  const subjects = new Map(parsed.data.subject.map((subject) => [subject.name, subject.digest.sha256]));
  if (
    subjects.size !== manifest.files.length ||
    manifest.files.some((file) => subjects.get(file.path) !== file.sha256)
  ) {
    throw new RampartError(
      'RAMPART_DATA_MANIFEST_INVALID',
      `${source}: the statement subjects do not match its file list`,
    );
  }
  return manifest;
}

export interface ManifestDifference {
  added: string[];
  removed: string[];
  changed: Array<{ path: string; reason: string }>;
}

export interface ManifestVerification extends ManifestDifference {
  ok: boolean;
  signatureChecked: boolean;
  /** The envelope carries at least one signature (checked only when a key was given). */
  signed: boolean;
  manifest: DataManifest;
}

/** Compare a directory with a manifest: every file added, removed or changed is named. */
export async function verifyManifest(
  directory: string,
  manifestPath: string,
  publicKey?: KeyObject,
  exclude: readonly string[] = [],
): Promise<ManifestVerification> {
  let text: string;
  try {
    text = readFileSync(manifestPath, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_IO', `cannot read ${manifestPath}`, { cause: error });
  }
  const manifest = readManifest(text, publicKey, manifestPath);
  // readManifest has checked the envelope's shape: this parse only counts its signatures.
  const signed = (safeJsonParse(text) as DsseEnvelope).signatures.length > 0;
  const root = resolve(directory);
  const present = listFiles(root, [relative(root, resolve(manifestPath)), ...exclude]);
  const listed = new Map(manifest.files.map((file) => [file.path, file]));
  const difference: ManifestDifference = { added: [], removed: [], changed: [] };
  for (const path of present) {
    const expected = listed.get(path);
    if (!expected) {
      difference.added.push(path);
      continue;
    }
    const absolute = join(root, path);
    const size = lstatSync(absolute).size;
    if (size !== expected.size) {
      difference.changed.push({ path, reason: `size ${size} bytes, approved ${expected.size}` });
      continue;
    }
    const digest = await sha256File(absolute);
    if (digest !== expected.sha256)
      difference.changed.push({
        path,
        reason: `sha256 ${digest.slice(0, 12)}…, approved ${expected.sha256.slice(0, 12)}…`,
      });
  }
  const presentSet = new Set(present);
  for (const path of listed.keys()) if (!presentSet.has(path)) difference.removed.push(path);
  return {
    ok: difference.added.length + difference.removed.length + difference.changed.length === 0,
    signatureChecked: publicKey !== undefined,
    signed,
    manifest,
    ...difference,
  };
}
