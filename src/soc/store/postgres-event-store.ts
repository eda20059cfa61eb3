import type pg from 'pg';
import type { EventQuery, SecurityEvent } from '../../core/index.ts';
import { RampartError } from '../../core/index.ts';
import {
  openPostgresPool,
  type PostgresMigration,
  postgresError,
  postgresSchema,
  runPostgresMigrations,
} from '../../core/postgres/index.ts';
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

export interface PostgresEventStoreOptions {
  /** postgres://user@host:5432/database */
  connectionString: string;
  /** Schema holding the tables (default 'public'; created if missing). */
  schema?: string;
  /** Pool size (default 4). */
  maxConnections?: number;
}

const selectColumns = `seq, ${eventColumns.filter((column) => column !== 'severity_rank').join(', ')}`;
const deleteChunk = 5000;
// One key for the whole events table: writers take it per transaction so sequence order is commit
// order, which is what makes ingest-order cursors safe (a reader never sees seq N+1 before N).
const writeLockKey = 0x72616d70; // 'ramp'

/** The event and alert tables, in order; a released migration is never edited, only followed. */
function eventMigrations(schema: string): PostgresMigration[] {
  return [
    {
      version: 1,
      name: 'events and alerts',
      sql: `
CREATE TABLE IF NOT EXISTS ${schema}.events (
  seq BIGSERIAL PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  time TEXT NOT NULL,
  source TEXT NOT NULL,
  kind TEXT NOT NULL,
  severity TEXT NOT NULL,
  severity_rank SMALLINT NOT NULL,
  principal TEXT,
  model TEXT,
  route TEXT,
  client_ip TEXT,
  decision TEXT,
  attrs TEXT NOT NULL,
  frameworks TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS events_time ON ${schema}.events (time);
CREATE INDEX IF NOT EXISTS events_kind ON ${schema}.events (kind, seq);
CREATE INDEX IF NOT EXISTS events_principal ON ${schema}.events (principal, seq);
CREATE INDEX IF NOT EXISTS events_model ON ${schema}.events (model, seq);
CREATE INDEX IF NOT EXISTS events_severity ON ${schema}.events (severity_rank, seq);
CREATE TABLE IF NOT EXISTS ${schema}.alerts (
  id TEXT PRIMARY KEY,
  dedup_key TEXT NOT NULL,
  status TEXT NOT NULL,
  rule_id TEXT NOT NULL,
  severity_rank SMALLINT NOT NULL,
  last_seen TEXT NOT NULL,
  doc TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS alerts_dedup ON ${schema}.alerts (dedup_key, status);
CREATE INDEX IF NOT EXISTS alerts_status ON ${schema}.alerts (status, id);
`,
    },
  ];
}

/**
 * The PostgreSQL event store: same interface and semantics as the SQLite store, for a SOC that
 * outgrows one file (several gateways reporting, longer retention). `write` resolves once the
 * batch is committed.
 */
export class PostgresEventStore implements EventStore {
  readonly backend = 'postgres' as const;
  readonly alerts: AlertRepository;
  private closed = false;
  private readonly events: string;
  private readonly alertTable: string;

  private constructor(
    private readonly pool: pg.Pool,
    schema: string,
  ) {
    this.events = `${schema}.events`;
    this.alertTable = `${schema}.alerts`;
    this.alerts = new SqlAlertRepository(
      {
        rows: (sql, params) => this.rows(sql, params),
        run: (sql, params) => this.run(sql, params),
        placeholder: (position) => `$${position}`,
      },
      this.alertTable,
    );
  }

  static async open(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
    const schema = postgresSchema(options.schema ?? 'public', 'soc.store.schema');
    const pool = await openPostgresPool({
      connectionString: options.connectionString,
      maxConnections: options.maxConnections ?? 4,
    });
    const store = new PostgresEventStore(pool, schema);
    try {
      // Under the shared runner's advisory lock: several gateways or SOCs opening one schema
      // together no longer race on CREATE TABLE. Version 1 is the original IF NOT EXISTS schema,
      // so a database made before migrations existed is adopted as it is.
      await runPostgresMigrations(pool, schema, 'events', eventMigrations(schema));
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw storeError('cannot open the PostgreSQL event store', error);
    }
    return store;
  }

  async write(events: readonly SecurityEvent[]): Promise<void> {
    this.assertOpen();
    if (events.length === 0) return;
    for (const event of events)
      normaliseTime(event.time, `event ${event.id}: time`, 'RAMPART_STORE_EVENT_INVALID');
    const columns: unknown[][] = eventColumns.map(() => []);
    for (const event of events) {
      eventValues(event).forEach((value, index) => {
        columns[index]!.push(value);
      });
    }
    const types = [
      'text',
      'text',
      'text',
      'text',
      'text',
      'int2',
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
      'text',
    ];
    const client = await this.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock($1)', [writeLockKey]);
      await client.query(
        `INSERT INTO ${this.events} (${eventColumns.join(', ')}) SELECT * FROM unnest(${types.map((type, index) => `$${index + 1}::${type}[]`).join(', ')}) ON CONFLICT (id) DO NOTHING`,
        columns,
      );
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw storeError('cannot write events', error);
    } finally {
      client.release();
    }
  }

  async query(query: EventQuery = {}): Promise<StorePage> {
    const normalised = normaliseQuery(query);
    const where = buildWhere(normalised, (position) => `$${position}`, { withCursor: true });
    const rows = await this.rows<EventRow>(
      `SELECT ${selectColumns} FROM ${this.events} ${where.sql} ORDER BY seq ${normalised.order === 'asc' ? 'ASC' : 'DESC'} LIMIT ${normalised.limit + 1}`,
      where.params.map((value) => (typeof value === 'bigint' ? value.toString() : value)),
    );
    return toPage(rows, normalised.limit);
  }

  async count(query: EventQuery = {}): Promise<number> {
    const normalised = normaliseQuery(query);
    const where = buildWhere(normalised, (position) => `$${position}`, { withCursor: false });
    const rows = await this.rows<{ n: string }>(
      `SELECT COUNT(*) AS n FROM ${this.events} ${where.sql}`,
      where.params,
    );
    return Number(rows[0]?.n ?? 0);
  }

  async get(id: string): Promise<SecurityEvent | undefined> {
    const rows = await this.rows<EventRow>(`SELECT ${selectColumns} FROM ${this.events} WHERE id = $1`, [id]);
    return rows[0] ? rowToEvent(rows[0]) : undefined;
  }

  async countBuckets(query: EventQuery, bucketMs: number): Promise<Array<{ bucket: string; count: number }>> {
    const size = Math.max(1000, Math.trunc(bucketMs));
    const normalised = normaliseQuery({ ...query, cursor: undefined });
    const where = buildWhere(normalised, (position) => `$${position}`, { withCursor: false });
    const rows = await this.rows<{ bucket: string; n: string }>(
      `SELECT (floor(extract(epoch from time::timestamptz) * 1000 / ${size}) * ${size})::bigint AS bucket, COUNT(*) AS n FROM ${this.events} ${where.sql} GROUP BY bucket ORDER BY bucket`,
      where.params,
    );
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
    const where = buildWhere(normalised, (position) => `$${position}`, { withCursor: false });
    const rows = await this.rows<{ value: string | null; n: string }>(
      `SELECT ${field} AS value, COUNT(*) AS n FROM ${this.events} ${where.sql} GROUP BY ${field} ORDER BY n DESC, value LIMIT ${Math.max(1, Math.min(100, Math.trunc(limit)))}`,
      where.params,
    );
    return rows.map((row) => ({ value: row.value ?? '', count: Number(row.n) }));
  }

  async deleteOlderThan(before: Date | string): Promise<number> {
    const cutoff = normaliseTime(before, 'before');
    let total = 0;
    for (;;) {
      const result = await this.run(
        `DELETE FROM ${this.events} WHERE seq IN (SELECT seq FROM ${this.events} WHERE time < $1 LIMIT $2)`,
        [cutoff, deleteChunk],
      );
      total += result;
      if (result < deleteChunk) return total;
    }
  }

  async archiveOlderThan(before: Date | string, path: string): Promise<ArchiveResult> {
    const cutoff = normaliseTime(before, 'before');
    return archiveInChunks(path, {
      next: async (after) => {
        const rows = await this.rows<EventRow>(
          `SELECT ${selectColumns} FROM ${this.events} WHERE time < $1 AND seq > $2 ORDER BY seq LIMIT $3`,
          [cutoff, after, deleteChunk],
        );
        return rows.length === 0
          ? undefined
          : { events: rows.map(rowToEvent), lastSequence: String(rows[rows.length - 1]!.seq) };
      },
      remove: async (through) => {
        await this.run(`DELETE FROM ${this.events} WHERE time < $1 AND seq <= $2`, [cutoff, through]);
      },
    });
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  /** Run a read statement and return its rows (also used by the alert repository). */
  async rows<Row>(sql: string, params: readonly unknown[] = []): Promise<Row[]> {
    this.assertOpen();
    try {
      return (await this.pool.query(sql, params as unknown[])).rows as Row[];
    } catch (error) {
      throw storeError('cannot read from the event store', error);
    }
  }

  /** Run a write statement; returns the affected row count. */
  async run(sql: string, params: readonly unknown[] = []): Promise<number> {
    this.assertOpen();
    try {
      return (await this.pool.query(sql, params as unknown[])).rowCount ?? 0;
    } catch (error) {
      throw storeError('cannot write to the event store', error);
    }
  }

  private async connect(): Promise<pg.PoolClient> {
    try {
      return await this.pool.connect();
    } catch (error) {
      throw storeError('cannot connect to PostgreSQL', error);
    }
  }

  private assertOpen(): void {
    if (this.closed) throw new RampartError('RAMPART_STORE_FAILED', 'the event store is closed');
  }
}

const storeError = postgresError;

/** Connect to PostgreSQL and create the tables if needed. */
export function openPostgresEventStore(options: PostgresEventStoreOptions): Promise<PostgresEventStore> {
  return PostgresEventStore.open(options);
}
