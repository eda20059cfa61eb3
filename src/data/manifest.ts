import { execFileSync } from 'node:child_process';
import type { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { relative, resolve, sep } from 'node:path';
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
  walkFileTree,
} from '../core/index.ts';
import { datasetExtensions, formatOf, literal } from './dataset.ts';

export const MANIFEST_PREDICATE_TYPE = 'https://rampart.dev/attestations/data-manifest/v1';
export const IN_TOTO_STATEMENT_TYPE = 'https://in-toto.io/Statement/v1';

/** A path in a manifest: no control characters, so that the root digest's one line per file is unambiguous. */
const controlCharacter = /[\u0000-\u001f\u007f]/;
const manifestPath = z
  .string()
  .min(1)
  .refine((path) => !controlCharacter.test(path), 'a path may not contain control characters');

const fileEntrySchema = z
  .object({
    path: manifestPath,
    size: z.number().int().min(0),
    sha256: z.string().regex(/^[0-9a-f]{64}$/),
    rows: z.number().int().min(0).optional(),
    columns: z.array(z.object({ name: z.string(), type: z.string() })).optional(),
  })
  .strict();

/**
 * A symbolic link in the dataset: followed (the file it leads to is hashed under the link's path), and
 * recorded with what it says so that a link re-pointed at other data changes the root digest even when
 * the content is the same; `outside` when it leads out of the dataset directory.
 */
const linkEntrySchema = z
  .object({
    path: manifestPath,
    target: z.string().min(1),
    outside: z.boolean(),
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
    /** Absent when the dataset has no symbolic links (manifests written before links were recorded). */
    links: z.array(linkEntrySchema).optional(),
    rootDigest: z.string().regex(/^[0-9a-f]{64}$/),
    schemaFingerprint: z.string().regex(/^[0-9a-f]{64}$/),
  })
  .strict();

export type DataManifest = z.output<typeof dataManifestSchema>;
export type ManifestFile = z.output<typeof fileEntrySchema>;
export type ManifestLink = z.output<typeof linkEntrySchema>;

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

/** A file of a dataset, as the manifest and the gate list it. */
export interface DatasetFile {
  /** Relative to the dataset directory, POSIX separators. */
  path: string;
  /** The path through the directory (through links, never resolved): what a reader opens. */
  absolutePath: string;
  /** The size of the file it leads to. */
  size: number;
}

export interface DatasetTree {
  /** Sorted by path. */
  files: DatasetFile[];
  /** Every symbolic link met below the directory, sorted by path. */
  links: ManifestLink[];
}

const byPath = <Entry extends { path: string }>(left: Entry, right: Entry) =>
  left.path < right.path ? -1 : left.path > right.path ? 1 : 0;

/**
 * Every file under `directory`, the way the manifest, its verification and the gate read it (core's
 * `walkFileTree`): `.git` folders and `exclude` are left out, while other dot-files and dot-folders are
 * data like any other (a training job that walks the folder reads them: torchvision's ImageFolder makes
 * `.anything/` a class); a symbolic link is followed and recorded, one
 * that leaves the directory too (marked `outside`); a link that points nowhere, a link loop, and a FIFO,
 * socket or device are RAMPART_DATA_PATH_INVALID, never a file left out.
 */
export async function walkDataset(directory: string, exclude: readonly string[] = []): Promise<DatasetTree> {
  const root = resolve(directory);
  const ignorePaths = exclude
    .map((path) => relative(root, resolve(root, path)).split(sep).join('/'))
    // The directory itself or a path outside it leaves nothing out ('' would leave out everything).
    .filter((path) => path !== '' && path !== '..' && !path.startsWith('../'));
  const tree = await walkFileTree(root, {
    links: 'follow',
    loops: 'error',
    errorCode: 'RAMPART_DATA_PATH_INVALID',
    ignorePaths,
    skipNames: ['.git'],
    specialFiles: 'refuse',
    wording: {
      subject: 'dataset',
      danglingHint:
        'Point the link at the file it should lead to, or delete it; then approve the data again with `rampart data manifest`.',
      loopHint:
        'Replace the link loop with the folder it means (a folder may not contain itself through a link).',
      specialHint: 'Move FIFOs, sockets and device files out of the dataset directory.',
    },
  });
  // The root digest hashes one "sha256  size  path" line per file: a newline (or any control
  // character) in a name could make two different file lists read as the same lines.
  for (const path of [
    ...tree.files.map((file) => file.relativePath),
    ...tree.links.map((link) => link.relativePath),
  ]) {
    if (controlCharacter.test(path))
      throw new RampartError(
        'RAMPART_DATA_PATH_INVALID',
        `${JSON.stringify(path)} has a control character (a newline, tab or other) in its name`,
        {
          hint: 'Rename the file without control characters; then approve the data again with `rampart data manifest`.',
        },
      );
  }
  return {
    files: tree.files
      .map((file) => ({ path: file.relativePath, absolutePath: file.absolutePath, size: file.size }))
      .sort(byPath),
    links: tree.links
      // The directory given may itself be a link: where it is kept is not part of the data.
      .filter((link) => link.absolutePath !== root)
      .map((link) => ({ path: link.relativePath, target: link.target, outside: link.outside }))
      .sort(byPath),
  };
}

/**
 * SHA-256 over "sha256  size  path\n" lines of the sorted file list; when the dataset has symbolic
 * links, SHA-256 over the canonical JSON of that digest and the sorted links (path, target, outside),
 * so that a link re-pointed at a copy of the same bytes is a different dataset version. A dataset
 * without links keeps the digest it had before links were recorded.
 */
export function rootDigest(files: readonly ManifestFile[], links: readonly ManifestLink[] = []): string {
  const lines = [...files].sort(byPath).map((file) => `${file.sha256}  ${file.size}  ${file.path}\n`);
  const filesDigest = sha256Hex(lines.join(''));
  if (links.length === 0) return filesDigest;
  return sha256Hex(
    canonicalJson({
      files: filesDigest,
      links: [...links].sort(byPath).map((link) => [link.path, link.target, link.outside]),
    }),
  );
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
  const tree = await walkDataset(root, options.exclude);
  const files: ManifestFile[] = [];
  const duckdb = await importOptional('@duckdb/node-api', () => import('@duckdb/node-api'));
  const instance = await duckdb.DuckDBInstance.create(':memory:', { threads: '2', memory_limit: '1GB' });
  const connection = await instance.connect();
  try {
    for (const { path, absolutePath: absolute, size } of tree.files) {
      const entry: ManifestFile = { path, size, sha256: await sha256File(absolute) };
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
    ...(tree.links.length > 0 ? { links: tree.links } : {}),
    rootDigest: rootDigest(files, tree.links),
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
  if (rootDigest(manifest.files, manifest.links) !== manifest.rootDigest) {
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
  /** The directory as the verification walked and hashed it. */
  snapshot: DatasetSnapshot;
}

function describeLink(link: ManifestLink): string {
  return `a symbolic link to ${link.target}${link.outside ? ' (outside the dataset directory)' : ''}`;
}

/** Why each link path differs from the approved links, by path. */
function linkDifferences(
  approved: readonly ManifestLink[],
  present: readonly ManifestLink[],
  word = 'approved',
): Map<string, string> {
  const reasons = new Map<string, string>();
  const approvedByPath = new Map(approved.map((link) => [link.path, link]));
  for (const link of present) {
    const before = approvedByPath.get(link.path);
    approvedByPath.delete(link.path);
    if (!before) reasons.set(link.path, `now ${describeLink(link)}, ${word} without that link`);
    else if (before.target !== link.target || before.outside !== link.outside)
      reasons.set(link.path, `now ${describeLink(link)}, ${word} ${describeLink(before)}`);
  }
  for (const link of approvedByPath.values())
    reasons.set(link.path, `no longer ${describeLink(link)} as ${word}`);
  return reasons;
}

/** A dataset directory as one walk saw it: its files (each hashed) and its links. */
export interface DatasetSnapshot {
  /** The walk: files (with the paths a reader opens) and links, sorted by path. */
  tree: DatasetTree;
  /** Path, size and SHA-256 of every file of `tree.files`, in the same order. */
  files: ManifestFile[];
  /** `tree.links`: so that a snapshot compares with a later one as a manifest does. */
  links: ManifestLink[];
}

/**
 * Walk a dataset directory (`walkDataset`) and hash every file it lists: what `verifyManifest`
 * compares with a manifest, and what the gate compares with itself after reading the data.
 */
export async function snapshotDataset(
  directory: string,
  exclude: readonly string[] = [],
): Promise<DatasetSnapshot> {
  const tree = await walkDataset(directory, exclude);
  const files: ManifestFile[] = [];
  for (const { path, absolutePath, size } of tree.files)
    files.push({ path, size, sha256: await sha256File(absolutePath) });
  return { tree, files, links: tree.links };
}

/**
 * How a snapshot differs from an approved file list and links (a manifest's, or an earlier snapshot's):
 * every file added, removed or changed, and every link made, taken away or re-pointed (as a changed path).
 * `word` names the earlier state in the reasons (`size 12 bytes, approved 10`).
 */
export function compareSnapshot(
  approved: { files: readonly ManifestFile[]; links?: readonly ManifestLink[] },
  present: DatasetSnapshot,
  word = 'approved',
): ManifestDifference {
  const linkReasons = linkDifferences(approved.links ?? [], present.tree.links, word);
  const listed = new Map(approved.files.map((file) => [file.path, file]));
  const difference: ManifestDifference = { added: [], removed: [], changed: [] };
  const change = (path: string, reason: string) => {
    const linkReason = linkReasons.get(path);
    linkReasons.delete(path);
    difference.changed.push({ path, reason: linkReason ? `${linkReason}; ${reason}` : reason });
  };
  for (const { path, size, sha256 } of present.files) {
    const expected = listed.get(path);
    if (!expected) {
      difference.added.push(path);
      continue;
    }
    if (size !== expected.size) change(path, `size ${size} bytes, ${word} ${expected.size}`);
    else if (sha256 !== expected.sha256)
      change(path, `sha256 ${sha256.slice(0, 12)}…, ${word} ${expected.sha256.slice(0, 12)}…`);
  }
  const presentSet = new Set(present.files.map((file) => file.path));
  for (const path of listed.keys()) if (!presentSet.has(path)) difference.removed.push(path);
  // A link re-pointed at the same bytes, made, or taken away: the data is not the approved version.
  for (const [path, reason] of linkReasons) difference.changed.push({ path, reason });
  difference.changed.sort(byPath);
  return difference;
}

/**
 * Compare a directory with a manifest: every file added, removed or changed is named, and every
 * symbolic link made, taken away or re-pointed (as a changed path). `snapshot` is the directory as
 * this verification walked and hashed it, every file included (added ones too).
 */
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
  const snapshot = await snapshotDataset(root, [relative(root, resolve(manifestPath)), ...exclude]);
  const difference = compareSnapshot(manifest, snapshot);
  return {
    ok: difference.added.length + difference.removed.length + difference.changed.length === 0,
    signatureChecked: publicKey !== undefined,
    signed,
    manifest,
    snapshot,
    ...difference,
  };
}
