import type {
  Decision,
  EventPage,
  EventQuery,
  EventReader,
  EventSink,
  SecurityEvent,
  Severity,
} from '../../core/index.ts';
import { RampartError, severities, severityRank } from '../../core/index.ts';
import type { AlertRepository } from '../alerts/alert.ts';

/**
 * The SOC's store: an EventSink (durable when `write` returns or resolves) and an EventReader
 * with counting and retention. SQLite (default) and PostgreSQL implement it; the same test suite
 * runs against both.
 *
 * Paging order is the store's ingest sequence, not the event id: an event that reaches the SOC
 * late (a CI job reporting an hour-old scan) still appears after a cursor taken earlier, so a
 * pull export never misses it. Ids are unique: writing an event whose id is already stored is
 * ignored, so a retried batch does not duplicate events.
 */
export interface EventStore extends EventSink, EventReader {
  readonly backend: 'sqlite' | 'postgres';
  write(events: readonly SecurityEvent[]): void | Promise<void>;
  query(query?: EventQuery): Promise<StorePage>;
  count(query?: EventQuery): Promise<number>;
  /** One event by id, or undefined. */
  get(id: string): Promise<SecurityEvent | undefined>;
  /** Delete events with time before `before`; returns how many were deleted. */
  deleteOlderThan(before: Date | string): Promise<number>;
  /** Append events older than `before` to a JSON-lines file (fsynced), then delete them. */
  archiveOlderThan(before: Date | string, path: string): Promise<ArchiveResult>;
  close(): Promise<void>;
  /** Events per time bucket (bucket start as ISO time), oldest first; empty buckets omitted. */
  countBuckets(query: EventQuery, bucketMs: number): Promise<Array<{ bucket: string; count: number }>>;
  /** Event counts grouped by one column, largest first. */
  countBy(
    field: CountField,
    query: EventQuery,
    limit?: number,
  ): Promise<Array<{ value: string; count: number }>>;
  /** Alerts live in the same database as the events. */
  readonly alerts: AlertRepository;
}

export const countFields = [
  'kind',
  'principal',
  'model',
  'severity',
  'decision',
  'source',
  'client_ip',
  'route',
] as const;
export type CountField = (typeof countFields)[number];

/** An EventPage plus `endCursor`: the position after the page's last event, for polling consumers. */
export interface StorePage extends EventPage {
  /** Present when the page is not empty; pass it back to read only what arrives later. */
  endCursor?: string;
}

export interface ArchiveResult {
  archived: number;
  path: string;
}

export const defaultPageSize = 100;
export const maxPageSize = 1000;

/** A query with defaults applied and every filter checked: what both backends turn into SQL. */
export interface NormalisedQuery {
  from?: string;
  to?: string;
  kinds?: string[];
  source?: string;
  principal?: string;
  model?: string;
  route?: string;
  severityRanks?: number[];
  decisions?: Decision[];
  limit: number;
  /** Continue strictly after this sequence number. */
  afterSequence?: bigint;
  order: 'asc' | 'desc';
}

const cursorPrefix = 'c1.';

/** Opaque cursor: a versioned, base64url-encoded ingest sequence number. */
export function encodeCursor(sequence: bigint | number): string {
  return cursorPrefix + Buffer.from(String(sequence), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): bigint {
  if (cursor.startsWith(cursorPrefix)) {
    const text = Buffer.from(cursor.slice(cursorPrefix.length), 'base64url').toString('utf8');
    if (/^\d{1,19}$/.test(text)) return BigInt(text);
  }
  throw new RampartError('RAMPART_STORE_CURSOR_INVALID', 'the cursor is not one this store returned');
}

/** Normalise an ISO 8601 time to the stored form (UTC, milliseconds, Z) so text order is time order. */
export function normaliseTime(
  value: Date | string,
  field = 'time',
  code: 'RAMPART_STORE_QUERY_INVALID' | 'RAMPART_STORE_EVENT_INVALID' = 'RAMPART_STORE_QUERY_INVALID',
): string {
  const date = value instanceof Date ? value : new Date(value);
  if (Number.isNaN(date.getTime())) {
    throw new RampartError(code, `${field} is not an ISO 8601 time`);
  }
  return date.toISOString();
}

function asList<T>(value: T | T[] | undefined): T[] | undefined {
  if (value === undefined) return undefined;
  return Array.isArray(value) ? value : [value];
}

export function normaliseQuery(query: EventQuery = {}): NormalisedQuery {
  const limit = query.limit ?? defaultPageSize;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RampartError('RAMPART_STORE_QUERY_INVALID', 'limit must be a positive integer');
  }
  const order = query.order ?? 'desc';
  if (order !== 'asc' && order !== 'desc') {
    throw new RampartError('RAMPART_STORE_QUERY_INVALID', "order must be 'asc' or 'desc'");
  }
  const normalised: NormalisedQuery = { limit: Math.min(limit, maxPageSize), order };
  if (query.from !== undefined) normalised.from = normaliseTime(query.from, 'from');
  if (query.to !== undefined) normalised.to = normaliseTime(query.to, 'to');
  const kinds = asList(query.kind);
  if (kinds) normalised.kinds = kinds;
  if (query.source !== undefined) normalised.source = query.source;
  if (query.principal !== undefined) normalised.principal = query.principal;
  if (query.model !== undefined) normalised.model = query.model;
  if (query.route !== undefined) normalised.route = query.route;
  let ranks = asList(query.severity)?.map(rankOf);
  if (query.minSeverity !== undefined) {
    const minimum = rankOf(query.minSeverity);
    const atOrAbove = severities.map(rankOf).filter((rank) => rank >= minimum);
    ranks = ranks ? ranks.filter((rank) => rank >= minimum) : atOrAbove;
  }
  if (ranks) normalised.severityRanks = ranks;
  const decisionList = asList(query.decision);
  if (decisionList) normalised.decisions = decisionList;
  if (query.cursor !== undefined && query.cursor !== '')
    normalised.afterSequence = decodeCursor(query.cursor);
  return normalised;
}

function rankOf(severity: Severity): number {
  if (!severities.includes(severity)) {
    throw new RampartError('RAMPART_STORE_QUERY_INVALID', `unknown severity '${String(severity)}'`);
  }
  return severityRank(severity);
}

/**
 * Build a WHERE clause over the events table. `placeholder(n)` renders the n-th (1-based)
 * parameter: '?' for SQLite, '$n' for PostgreSQL.
 */
export function buildWhere(
  query: NormalisedQuery,
  placeholder: (position: number) => string,
  options: { withCursor: boolean },
): { sql: string; params: unknown[] } {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const add = (value: unknown): string => {
    params.push(value);
    return placeholder(params.length);
  };
  const addList = (column: string, values: readonly unknown[]): void => {
    if (values.length === 0) clauses.push('1 = 0');
    else clauses.push(`${column} IN (${values.map(add).join(', ')})`);
  };
  if (query.from !== undefined) clauses.push(`time >= ${add(query.from)}`);
  if (query.to !== undefined) clauses.push(`time < ${add(query.to)}`);
  if (query.kinds) addList('kind', query.kinds);
  if (query.source !== undefined) clauses.push(`source = ${add(query.source)}`);
  if (query.principal !== undefined) clauses.push(`principal = ${add(query.principal)}`);
  if (query.model !== undefined) clauses.push(`model = ${add(query.model)}`);
  if (query.route !== undefined) clauses.push(`route = ${add(query.route)}`);
  if (query.severityRanks) addList('severity_rank', query.severityRanks);
  if (query.decisions) addList('decision', query.decisions);
  if (options.withCursor && query.afterSequence !== undefined) {
    clauses.push(`seq ${query.order === 'asc' ? '>' : '<'} ${add(query.afterSequence)}`);
  }
  return { sql: clauses.length > 0 ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

/** The row shape both backends read back. */
export interface EventRow {
  seq: number | bigint | string;
  id: string;
  time: string;
  source: string;
  kind: string;
  severity: string;
  principal: string | null;
  model: string | null;
  route: string | null;
  client_ip: string | null;
  decision: string | null;
  attrs: string | Record<string, unknown>;
  frameworks: string | string[];
}

export function rowToEvent(row: EventRow): SecurityEvent {
  const event: SecurityEvent = {
    id: row.id,
    time: row.time,
    source: row.source as SecurityEvent['source'],
    kind: row.kind,
    severity: row.severity as Severity,
    attrs: typeof row.attrs === 'string' ? (JSON.parse(row.attrs) as Record<string, unknown>) : row.attrs,
    frameworks:
      typeof row.frameworks === 'string' ? (JSON.parse(row.frameworks) as string[]) : row.frameworks,
  };
  if (row.principal !== null) event.principal = row.principal;
  if (row.model !== null) event.model = row.model;
  if (row.route !== null) event.route = row.route;
  if (row.client_ip !== null) event.client_ip = row.client_ip;
  if (row.decision !== null) event.decision = row.decision as Decision;
  return event;
}

/** Turn a page of rows (fetched with limit + 1) into an EventPage. */
export function toPage(rows: EventRow[], limit: number): StorePage {
  const more = rows.length > limit;
  const kept = more ? rows.slice(0, limit) : rows;
  const page: StorePage = { events: kept.map(rowToEvent) };
  if (kept.length > 0) {
    const end = encodeCursor(BigInt(kept[kept.length - 1]!.seq));
    page.endCursor = end;
    if (more) page.nextCursor = end;
  }
  return page;
}

/** NUL cannot be stored in PostgreSQL text: both backends store U+FFFD instead, so they agree. */
function column(value: string | undefined): string | null {
  if (value === undefined) return null;
  return value.includes('\u0000') ? value.replaceAll('\u0000', '\ufffd') : value;
}

/** The column values written for one event, in the order of `eventColumns`. */
export function eventValues(event: SecurityEvent): unknown[] {
  return [
    event.id,
    normaliseTime(event.time, 'time', 'RAMPART_STORE_EVENT_INVALID'),
    event.source,
    column(event.kind),
    event.severity,
    severityRank(event.severity),
    column(event.principal),
    column(event.model),
    column(event.route),
    column(event.client_ip),
    event.decision ?? null,
    JSON.stringify(event.attrs ?? {}),
    JSON.stringify(event.frameworks ?? []),
  ];
}

export const eventColumns = [
  'id',
  'time',
  'source',
  'kind',
  'severity',
  'severity_rank',
  'principal',
  'model',
  'route',
  'client_ip',
  'decision',
  'attrs',
  'frameworks',
] as const;
