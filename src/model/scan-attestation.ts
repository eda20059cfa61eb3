import type { KeyObject } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { basename, relative, resolve, sep } from 'node:path';
import {
  type DsseEnvelope,
  dsseSign,
  dsseVerify,
  IN_TOTO_PAYLOAD_TYPE,
  IN_TOTO_STATEMENT_V1,
  parseDsseEnvelope,
  RampartError,
  safeJsonParse,
  sha256File,
} from '../core/index.ts';
import { collectFiles } from './scan.ts';
import type { ScanReport, ScanSummary, Verdict } from './scan-types.ts';

/**
 * A signed scan result: an in-toto statement whose subjects are the model's files (path relative to
 * the model, SHA-256) and whose predicate is the scan's verdict and a summary of its findings, in a
 * DSSE envelope signed with a model-signing key. `rampart model scan --attest OUT --key KEY` writes
 * it; attested routing trusts it in place of scanning at startup, after checking that the files
 * on disk are exactly the ones it names.
 */
export const MODEL_SCAN_PREDICATE_TYPE = 'https://rampart.dev/attestations/model-scan/v1';

export interface ModelScanPredicate {
  /** The worst verdict over the files (`clean` is the only one attested routing serves). */
  verdict: Verdict;
  scannedAt: string;
  summary: Omit<ScanSummary, 'verdict' | 'durationMs'>;
  /** Files with findings above `info`: their verdict and rule ids (the full report stays in CI). */
  findings: Array<{ path: string; verdict: Verdict; count: number; ruleIds: string[] }>;
  /** True when unrecognised files with a model extension were allowed as skipped. */
  allowUnanalysable: boolean;
}

export interface ScanAttestationResult {
  predicate: ModelScanPredicate;
  /** Files the attestation names, all of which match the files on disk. */
  files: number;
}

function invalid(source: string, reason: string, cause?: unknown): RampartError {
  return new RampartError(
    'RAMPART_MODEL_SCAN_ATTESTATION_INVALID',
    `${source}: ${reason}`,
    cause ? { cause } : {},
  );
}

/** The name a file gets in the statement: its path inside the model, with `/` separators. */
async function subjectNamer(modelPath: string): Promise<(file: string) => string> {
  const root = resolve(modelPath);
  const isFile = (await stat(root)).isFile();
  return (file) => (isFile ? basename(file) : relative(root, resolve(file)).split(sep).join('/'));
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Sign a scan report of one model (a directory or a file) into a scan attestation. The report must
 * carry each file's SHA-256 (`scanPaths(..., { hash: true })`); `exclude` leaves out a path inside
 * the model (the attestation file itself).
 */
export async function signScanAttestation(
  modelPath: string,
  report: ScanReport,
  privateKey: KeyObject,
  options: { allowUnanalysable?: boolean; exclude?: string } = {},
): Promise<DsseEnvelope> {
  const name = await subjectNamer(modelPath);
  const excluded = options.exclude ? resolve(options.exclude) : undefined;
  const files = report.files.filter((file) => resolve(file.path) !== excluded);
  const subject = files.map((file) => {
    const path = name(file.path);
    if (!file.sha256 || path.startsWith('..'))
      throw new RampartError(
        'RAMPART_USAGE',
        `the scan report does not hash ${file.path} inside ${modelPath}: scan the one model with hash on`,
      );
    return { name: path, digest: { sha256: file.sha256 } };
  });
  const { files: count, bytes, skipped, clean, unsafe, malicious, error } = report.summary;
  const predicate: ModelScanPredicate = {
    verdict: report.summary.verdict,
    scannedAt: new Date().toISOString(),
    summary: { files: count, bytes, skipped, clean, unsafe, malicious, error },
    findings: files
      .map((file) => {
        const shown = file.findings.filter((finding) => finding.severity !== 'info');
        return {
          path: name(file.path),
          verdict: file.verdict,
          count: shown.length,
          ruleIds: [...new Set(shown.map((finding) => finding.ruleId))],
        };
      })
      .filter((file) => file.count > 0),
    allowUnanalysable: Boolean(options.allowUnanalysable),
  };
  const statement = {
    _type: IN_TOTO_STATEMENT_V1,
    subject,
    predicateType: MODEL_SCAN_PREDICATE_TYPE,
    predicate,
  };
  return dsseSign(Buffer.from(JSON.stringify(statement)), IN_TOTO_PAYLOAD_TYPE, privateKey, '');
}

/** Check the envelope's signature and shape; returns the subjects (name → sha256) and predicate. */
function readStatement(
  input: string | unknown,
  publicKey: KeyObject,
  source: string,
): { subjects: Map<string, string>; predicate: ModelScanPredicate } {
  let envelope: DsseEnvelope;
  try {
    envelope = parseDsseEnvelope(input, source);
  } catch (error) {
    throw invalid(source, 'not a DSSE envelope (payload, payloadType, signatures)', error);
  }
  if (envelope.payloadType !== IN_TOTO_PAYLOAD_TYPE)
    throw invalid(
      source,
      `payloadType is ${JSON.stringify(envelope.payloadType)}, expected ${IN_TOTO_PAYLOAD_TYPE}`,
    );
  let payload: Buffer;
  try {
    payload = dsseVerify(envelope, publicKey);
  } catch (error) {
    throw invalid(
      source,
      'the signature does not verify with the key: altered, or signed by another key',
      error,
    );
  }
  let statement: unknown;
  try {
    statement = safeJsonParse(payload.toString('utf8'));
  } catch (error) {
    throw invalid(source, 'the signed statement is not JSON', error);
  }
  if (!isRecord(statement) || statement.predicateType !== MODEL_SCAN_PREDICATE_TYPE)
    throw invalid(
      source,
      `not a model scan attestation (predicateType ${MODEL_SCAN_PREDICATE_TYPE} expected)`,
    );
  const predicate = statement.predicate;
  if (!isRecord(predicate) || typeof predicate.verdict !== 'string')
    throw invalid(source, 'the predicate has no verdict');
  const subjects = new Map<string, string>();
  for (const entry of Array.isArray(statement.subject) ? statement.subject : []) {
    const digest = isRecord(entry) && isRecord(entry.digest) ? entry.digest.sha256 : undefined;
    if (
      !isRecord(entry) ||
      typeof entry.name !== 'string' ||
      typeof digest !== 'string' ||
      subjects.has(entry.name)
    )
      throw invalid(source, 'a subject has no name or sha256 digest, or repeats a name');
    subjects.set(entry.name, digest);
  }
  if (subjects.size === 0) throw invalid(source, 'the statement names no file');
  return { subjects, predicate: predicate as unknown as ModelScanPredicate };
}

function listed(names: readonly string[]): string {
  return `${names.slice(0, 3).join(', ')}${names.length > 3 ? ` and ${names.length - 3} more` : ''}`;
}

/**
 * Verify a scan attestation against a model's files as they are now: the signature verifies with
 * `publicKey`, and the files under `modelPath` (less `attestationPath` when it lies inside) are
 * exactly the ones named, with the same SHA-256. Throws RAMPART_MODEL_SCAN_ATTESTATION_INVALID
 * (malformed, altered, another key) or RAMPART_MODEL_SCAN_ATTESTATION_STALE (files changed, added,
 * removed, or another model's attestation). It does not judge the verdict: that is the caller's.
 */
export async function verifyScanAttestation(
  modelPath: string,
  attestation: string | unknown,
  publicKey: KeyObject,
  options: { attestationPath?: string } = {},
): Promise<ScanAttestationResult> {
  const source = options.attestationPath ?? 'scan attestation';
  const { subjects, predicate } = readStatement(attestation, publicKey, source);
  const name = await subjectNamer(modelPath);
  const excluded = options.attestationPath ? resolve(options.attestationPath) : undefined;
  const onDisk = (await collectFiles([modelPath])).filter((file) => resolve(file) !== excluded);
  const added: string[] = [];
  const changed: string[] = [];
  const seen = new Set<string>();
  for (const file of onDisk) {
    const path = name(file);
    seen.add(path);
    const expected = subjects.get(path);
    if (expected === undefined) added.push(path);
    else if ((await sha256File(file)) !== expected) changed.push(path);
  }
  const removed = [...subjects.keys()].filter((path) => !seen.has(path));
  if (added.length + changed.length + removed.length > 0) {
    const parts = [
      changed.length ? `changed: ${listed(changed)}` : '',
      added.length ? `not scanned: ${listed(added)}` : '',
      removed.length ? `missing: ${listed(removed)}` : '',
    ].filter(Boolean);
    throw new RampartError(
      'RAMPART_MODEL_SCAN_ATTESTATION_STALE',
      `${modelPath} is not what ${source} attests (${parts.join('; ')})`,
    );
  }
  return { predicate, files: subjects.size };
}
