import { mkdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { EventQuery, SecurityEvent } from '../../core/index.ts';
import { RampartError, requireOptional } from '../../core/index.ts';
import type { AlertRepository } from '../alerts/alert.ts';
import { archiveInChunks } from './archive.ts';
import {
  type ArchiveResult,
  buildWhere,
  type CountField,
  countFields,
  type EventRow,
  type EventStore,
  eventColumns,
  eventValues,
  normaliseQuery,
  normaliseTime,
  rowToEvent,
  type StorePage,
  toPage,
} from './event-store.ts';
import { SqlAlertRepository } from './sql-alert-repository.ts';

// libsql is CommonJS with a better-sqlite3-compatible synchronous API; an optional peer, loaded
// when a store opens.
type Database = import('libsql').Database;
type Statement = import('libsql').Statement<unknown[]>;
type DatabaseConstructor = new (path: string, options?: { timeout?: number }) => Database;

export interface SqliteEventStoreOptions {
  /** Database file; ':memory:' for a throwaway store. Parent folders are created. */
  path: string;
  /** Milliseconds a writer waits for a lock held by another connection (default 5000). */
  busyTimeoutMs?: number;
}

const schema = `
CREATE TABLE IF NOT EXISTS events (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  time TEXT NOT NULL,
  source TEXT NOT NULL,
  kind TEXT NOT NULL,
  severity TEXT NOT NULL,
  severity_rank INTEGER NOT NULL,
  principal TEXT,
  model TEXT,
  route TEXT,
  client_ip TEXT,
  decision TEXT,
  attrs TEXT NOT NULL,
  frameworks TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_time ON events (time);
CREATE INDEX IF NOT EXISTS events_kind ON events (kind, seq);
CREATE INDEX IF NOT EXISTS events_principal ON events (principal, seq);
CREATE INDEX IF NOT EXISTS events_model ON events (model, seq);
CREATE INDEX IF NOT EXISTS events_severity ON events (severity_rank, seq);
CREATE TABLE IF NOT EXISTS alerts (
  id TEXT PRIMARY KEY,
  dedup_key TEXT NOT NULL,
  status TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  severity_rank INTEGER NOT NULL,
  last_seen TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alerts_dedup ON alerts (dedup_key, status);
CREATE INDEX IF NOT EXISTS alerts_status ON alerts (status, id);
`;

const selectColumns = `seq, ${eventColumns.filter((column) => column !== 'severity_rank').join(', ')}`;
const deleteChunk = 5000;
const jsonChunk = 500;

/**
 * The default event store: one SQLite file in WAL mode. `write` is synchronous and each call is
 * one committed transaction, so an event whose write returned survives the process being killed
 * (WAL + synchronous=NORMAL: durable against process crashes; a power loss may drop the last
 * transactions).
 */
export class SqliteEventStore implements EventStore {
  readonly backend = 'sqlite' as const;
  readonly path: string;
  private readonly database: Database;
  private readonly insert: Statement;
  private readonly insertMany: (events: readonly SecurityEvent[]) => void;
  private readonly getById: Statement;
  private readonly statements = new Map<string, Statement>();
  private closed = false;
  readonly alerts: AlertRepository;

  constructor(options: SqliteEventStoreOptions) {
    this.path = options.path;
    if (options.path !== ':memory:' && isFolder(options.path)) {
      // libsql answers a folder with `ConnectionFailed("... 14")`; say what to pass instead.
      throw new RampartError('RAMPART_STORE_FAILED', `${options.path} is a folder, not an event store file`, {
        hint: `Pass the database file, e.g. --store ${join(options.path, 'events.db')} (created if missing).`,
      });
    }
    const Libsql = requireOptional<DatabaseConstructor>('libsql');
    try {
      if (options.path !== ':memory:') mkdirSync(dirname(options.path), { recursive: true });
      this.database = new Libsql(options.path, { timeout: options.busyTimeoutMs ?? 5000 });
      this.database.pragma(`busy_timeout = ${Math.trunc(options.busyTimeoutMs ?? 5000)}`);
      this.database.pragma('journal_mode = WAL');
      this.database.pragma('synchronous = NORMAL');
      // 64 MiB of page cache (the default is 2 MiB): the principal and kind indexes take scattered
      // writes, and re-reading their pages from the file costs more than the memory.
      this.database.pragma('cache_size = -65536');
      this.database.exec(schema);
      this.insert = this.database.prepare(
        `INSERT OR IGNORE INTO events (${eventColumns.join(', ')}) VALUES (${eventColumns.map(() => '?').join(', ')})`,
      );
      this.getById = this.database.prepare(`SELECT ${selectColumns} FROM events WHERE id = ?`);
    } catch (error) {
      throw storeError(`cannot open the event store at ${options.path}`, error);
    }
    this.alerts = new SqlAlertRepository(
      {
        rows: async <Row>(sql: string, params: readonly unknown[] = []) => this.all(sql, params) as Row[],
        run: async (sql: string, params: readonly unknown[] = []) => this.execute(sql, params),
        placeholder: () => '?',
      },
      'alerts',
    );
    const insert = this.insert;
    // A batch goes to SQLite as one JSON array read by json_each: one native call per chunk instead of
    // one per event (the per-call cost dominates with libsql).
    const insertJson = this.database.prepare(
      `INSERT OR IGNORE INTO events (${eventColumns.join(', ')}) SELECT ${eventColumns.map((_, index) => `value->>'$[${index}]'`).join(', ')} FROM json_each(?)`,
    );
    const insertChunks = this.database.transaction((events: readonly SecurityEvent[]) => {
      for (let start = 0; start < events.length; start += jsonChunk) {
        insertJson.run(JSON.stringify(events.slice(start, start + jsonChunk).map(eventValues)));
      }
    });
    // One statement is its own transaction (autocommit): only batches of several chunks need BEGIN/COMMIT,
    // which libsql runs as two more native calls.
    this.insertMany = (events) => {
      if (events.length === 1) insert.run(...eventValues(events[0]!));
      else if (events.length <= jsonChunk) insertJson.run(JSON.stringify(events.map(eventValues)));
      else insertChunks(events);
    };
  }

  /** Synchronous: when it returns, the batch is committed (one transaction per call). */
  write(events: readonly SecurityEvent[]): void {
    this.assertOpen();
    if (events.length === 0) return;
    // eventValues validates each event before its statement runs, so a bad event fails the whole batch.
    try {
      this.insertMany(events);
    } catch (error) {
      throw storeError('cannot write events', error);
    }
  }

  querySync(query: EventQuery = {}): StorePage {
    this.assertOpen();
    const normalised = normaliseQuery(query);
    const where = buildWhere(normalised, () => '?', { withCursor: true });
    const sql = `SELECT ${selectColumns} FROM events ${where.sql} ORDER BY seq ${normalised.order === 'asc' ? 'ASC' : 'DESC'} LIMIT ${normalised.limit + 1}`;
    const rows = this.run(sql, where.params) as EventRow[];
    return toPage(rows, normalised.limit);
  }

  async query(query: EventQuery = {}): Promise<StorePage> {
    return this.querySync(query);
  }

  countSync(query: EventQuery = {}): number {
    this.assertOpen();
    const normalised = normaliseQuery(query);
    const where = buildWhere(normalised, () => '?', { withCursor: false });
    const rows = this.run(`SELECT COUNT(*) AS n FROM events ${where.sql}`, where.params) as Array<{
      n: number;
    }>;
    return Number(rows[0]?.n ?? 0);
  }

  async count(query: EventQuery = {}): Promise<number> {
    return this.countSync(query);
  }

  async get(id: string): Promise<SecurityEvent | undefined> {
    this.assertOpen();
    const row = this.getById.get(id) as EventRow | undefined;
    return row ? rowToEvent(row) : undefined;
  }

  async deleteOlderThan(before: Date | string): Promise<number> {
    this.assertOpen();
    const cutoff = normaliseTime(before, 'before');
    let total = 0;
    // Small chunks keep each write lock short so the gateway's writes are not held up.
    for (;;) {
      const result = this.statement(
        'DELETE FROM events WHERE seq IN (SELECT seq FROM events WHERE time < ? LIMIT ?)',
      ).run(cutoff, deleteChunk);
      total += result.changes;
      if (result.changes < deleteChunk) return total;
    }
  }

  async archiveOlderThan(before: Date | string, path: string): Promise<ArchiveResult> {
    this.assertOpen();
    const cutoff = normaliseTime(before, 'before');
    const select = this.statement(
      `SELECT ${selectColumns} FROM events WHERE time < ? AND seq > ? ORDER BY seq LIMIT ?`,
    );
    const remove = this.statement('DELETE FROM events WHERE time < ? AND seq <= ?');
    return archiveInChunks(path, {
      next: async (after) => {
        const rows = select.all(cutoff, BigInt(after), deleteChunk) as EventRow[];
        return rows.length === 0
          ? undefined
          : { events: rows.map(rowToEvent), lastSequence: String(rows[rows.length - 1]!.seq) };
      },
      remove: async (through) => {
        remove.run(cutoff, BigInt(through));
      },
    });
  }

  async countBuckets(query: EventQuery, bucketMs: number): Promise<Array<{ bucket: string; count: number }>> {
    const size = Math.max(1000, Math.trunc(bucketMs));
    const normalised = normaliseQuery({ ...query, cursor: undefined });
    const where = buildWhere(normalised, () => '?', { withCursor: false });
    const rows = this.run(
      `SELECT (CAST(strftime('%s', time) AS INTEGER) * 1000 / ${size}) * ${size} AS bucket, COUNT(*) AS n FROM events ${where.sql} GROUP BY bucket ORDER BY bucket`,
      where.params,
    ) as Array<{ bucket: number; n: number }>;
    return rows.map((row) => ({ bucket: new Date(Number(row.bucket)).toISOString(), count: Number(row.n) }));
  }

  async countBy(
    field: CountField,
    query: EventQuery,
    limit = 10,
  ): Promise<Array<{ value: string; count: number }>> {
    if (!countFields.includes(field)) {
      throw new RampartError('RAMPART_STORE_QUERY_INVALID', `cannot group by '${String(field)}'`);
    }
    const normalised = normaliseQuery({ ...query, cursor: undefined });
    const where = buildWhere(normalised, () => '?', { withCursor: false });
    const rows = this.run(
      `SELECT ${field} AS value, COUNT(*) AS n FROM events ${where.sql} GROUP BY ${field} ORDER BY n DESC, value LIMIT ${Math.max(1, Math.min(100, Math.trunc(limit)))}`,
      where.params,
    ) as Array<{ value: string | null; n: number }>;
    return rows.map((row) => ({ value: row.value ?? '', count: Number(row.n) }));
  }

  /** Run a write statement (the alert repository's inserts and updates); returns the changed row count. */
  execute(sql: string, params: readonly unknown[]): number {
    this.assertOpen();
    try {
      return this.statement(sql).run(...params).changes;
    } catch (error) {
      throw storeError('cannot write alerts', error);
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.database.close();
  }

  /** Run a read-only SQL statement against the store (used by the SOC's stats and compliance code). */
  all(sql: string, params: readonly unknown[] = []): unknown[] {
    this.assertOpen();
    return this.run(sql, params);
  }

  private run(sql: string, params: readonly unknown[]): unknown[] {
    try {
      return this.statement(sql).all(...params);
    } catch (error) {
      throw storeError('cannot read events', error);
    }
  }

  /** Prepared statements are cached by their SQL text (queries differ only by which filters are set). */
  private statement(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.database.prepare(sql);
      if (this.statements.size > 200) this.statements.clear();
      this.statements.set(sql, statement);
    }
    return statement;
  }

  private assertOpen(): void {
    if (this.closed) throw new RampartError('RAMPART_STORE_FAILED', 'the event store is closed');
  }
}

function storeError(message: string, cause: unknown): RampartError {
  if (RampartError.is(cause)) return cause;
  const detail = cause instanceof Error ? `: ${cause.message}` : '';
  return new RampartError('RAMPART_STORE_FAILED', `${message}${detail}`, { cause });
}

/** Whether a path is an existing folder; anything else (missing, a file, unreachable) is left to open to judge. */
function isFolder(path: string): boolean {
  try {
    return statSync(path, { throwIfNoEntry: false })?.isDirectory() === true;
  } catch {
    return false;
  }
}

/** Open (creating if needed) the SQLite event store. */
export function openSqliteEventStore(options: SqliteEventStoreOptions): SqliteEventStore {
  return new SqliteEventStore(options);
}
