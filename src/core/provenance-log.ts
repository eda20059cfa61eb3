import { appendFileSync, existsSync, readFileSync } from 'node:fs';
import { canonicalJson } from './canonical-json.ts';
import { RampartError } from './errors.ts';
import { sha256Hex } from './hash.ts';
import { safeJsonParse } from './safe-json.ts';

export const GENESIS_HASH = '0'.repeat(64);

/** One line of provenance.jsonl. `hash` covers every other field, `previous` chains the lines. */
export interface ProvenanceEntry {
  sequence: number;
  time: string;
  action: 'approve' | 'revoke' | 'note';
  /** Root digest of the approved data (from the manifest). */
  rootDigest: string;
  /** SHA-256 of the manifest envelope file, when there is one. */
  manifestDigest?: string;
  version?: string;
  approvedBy: string;
  note?: string;
  /** Why a `revoke` was written automatically: the SOC alert and the access that triggered it. */
  evidence?: RevocationEvidence;
  previous: string;
  hash: string;
}

/** What a SOC response records in the `revoke` entry it appends (plain strings, never secrets). */
export interface RevocationEvidence {
  alertId: string;
  ruleId: string;
  principal?: string;
  store?: string;
  bucket?: string;
  object?: string;
  operation?: string;
  /** The data.access event that completed the detection. */
  eventId?: string;
  eventTime?: string;
}

export type NewProvenanceEntry = Omit<ProvenanceEntry, 'sequence' | 'time' | 'previous' | 'hash'> & {
  time?: string;
};

export function entryHash(entry: Omit<ProvenanceEntry, 'hash'>): string {
  return sha256Hex(canonicalJson(entry));
}

export interface LogVerification {
  ok: boolean;
  entries: ProvenanceEntry[];
  /** Hash of the last entry (the chain head). */
  head: string;
  /** The first bad line (1-based) and what is wrong with it. */
  problem?: { line: number; message: string };
}

const hex64 = /^[0-9a-f]{64}$/;

/** Check every line: it parses, its hash matches its content, and it points at the line before. */
export function verifyLogText(text: string): LogVerification {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const entries: ProvenanceEntry[] = [];
  let previous = GENESIS_HASH;
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1;
    const fail = (message: string): LogVerification => ({
      ok: false,
      entries,
      head: previous,
      problem: { line: lineNumber, message },
    });
    let value: unknown;
    try {
      value = safeJsonParse(line, { maxDepth: 8 });
    } catch {
      return fail('not valid JSON');
    }
    const entry = value as Partial<ProvenanceEntry> | null;
    if (
      !entry ||
      typeof entry !== 'object' ||
      Array.isArray(entry) ||
      typeof entry.sequence !== 'number' ||
      typeof entry.time !== 'string' ||
      typeof entry.action !== 'string' ||
      typeof entry.rootDigest !== 'string' ||
      typeof entry.approvedBy !== 'string' ||
      typeof entry.previous !== 'string' ||
      typeof entry.hash !== 'string' ||
      !hex64.test(entry.hash)
    ) {
      return fail('not a provenance entry (missing or mistyped fields)');
    }
    if (entry.sequence !== index)
      return fail(`sequence ${entry.sequence} where ${index} was expected (line moved or removed)`);
    if (entry.previous !== previous)
      return fail('does not chain to the line before (a line was edited, removed or reordered)');
    const { hash, ...rest } = entry as ProvenanceEntry;
    if (entryHash(rest) !== hash) return fail('content does not match its hash (the line was edited)');
    entries.push(entry as ProvenanceEntry);
    previous = hash;
  }
  return { ok: true, entries, head: previous };
}

export function verifyLogFile(path: string): LogVerification {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_IO', `cannot read ${path}`, { cause: error });
  }
  return verifyLogText(text);
}

/** Append an entry after verifying the chain so far (never appends to a broken log). */
export function appendLogEntry(path: string, entry: NewProvenanceEntry): ProvenanceEntry {
  const existing = existsSync(path) ? verifyLogFile(path) : { ok: true, entries: [], head: GENESIS_HASH };
  if (!existing.ok) {
    const problem = (existing as LogVerification).problem!;
    throw new RampartError('RAMPART_DATA_LOG_INVALID', `${path}: line ${problem.line}: ${problem.message}`, {
      details: [{ path: `line ${problem.line}`, message: problem.message }],
    });
  }
  const { time, ...fields } = entry;
  const body: Omit<ProvenanceEntry, 'hash'> = {
    ...fields,
    sequence: existing.entries.length,
    time: time ?? new Date().toISOString(),
    previous: existing.head,
  };
  const full: ProvenanceEntry = { ...body, hash: entryHash(body) };
  try {
    appendFileSync(path, `${JSON.stringify(full)}\n`, { flag: 'a' });
  } catch (error) {
    throw new RampartError('RAMPART_IO', `cannot write ${path}`, { cause: error });
  }
  return full;
}

/**
 * The root digests whose latest approve/revoke entry is an `approve`, newest first (one entry each).
 * `note` entries change nothing.
 */
export function standingApprovals(entries: readonly ProvenanceEntry[]): ProvenanceEntry[] {
  const latest = new Map<string, ProvenanceEntry>();
  for (const entry of entries) {
    if (entry.action === 'note') continue;
    latest.delete(entry.rootDigest);
    latest.set(entry.rootDigest, entry);
  }
  return [...latest.values()].filter((entry) => entry.action === 'approve').reverse();
}

/** The entry that decides a root digest's standing: its latest approve or revoke (undefined when none). */
export function decidingEntry(
  entries: readonly ProvenanceEntry[],
  rootDigest: string,
): ProvenanceEntry | undefined {
  return [...entries].reverse().find((entry) => entry.rootDigest === rootDigest && entry.action !== 'note');
}
