import type pg from 'pg';
import { RampartError } from '../errors.ts';
import { importOptional } from '../optional-dependency.ts';

/**
 * What the gateway's and the SOC's PostgreSQL stores share: a pool opened through the optional `pg`
 * package, schema names checked before they reach SQL, one coded error for a failing database, and
 * a versioned migration runner. Only the stores load this file (and `pg` only when they open).
 */

export interface PostgresPoolOptions {
  /** postgres://user@host:5432/database */
  connectionString: string;
  /** Pool size (default 4). */
  maxConnections?: number;
}

/** A `pg` pool; idle-client errors (a restarted server) are left to the next query, which reports them. */
export async function openPostgresPool(options: PostgresPoolOptions): Promise<pg.Pool> {
  const { default: driver } = await importOptional('pg', () => import('pg'));
  const pool = new driver.Pool({
    connectionString: options.connectionString,
    max: options.maxConnections ?? 4,
    connectionTimeoutMillis: 10_000,
  });
  pool.on('error', () => undefined);
  return pool;
}

/** A schema name quoted for SQL, after checking it is a plain lower-case identifier. `field` names it in the error. */
export function postgresSchema(name: string, field: string): string {
  if (!/^[a-z_][a-z0-9_]{0,62}$/.test(name)) {
    throw new RampartError(
      'RAMPART_CONFIG_INVALID',
      `${field} '${name}' is not a plain lower-case identifier`,
    );
  }
  return `"${name}"`;
}

/** RAMPART_STORE_FAILED with the driver's message (never the connection string), keeping coded errors as they are. */
export function postgresError(message: string, cause: unknown): RampartError {
  if (RampartError.is(cause)) return cause;
  const detail = cause instanceof Error && cause.message ? `: ${cause.message}` : '';
  return new RampartError('RAMPART_STORE_FAILED', `${message}${detail}`, { cause });
}

export interface PostgresMigration {
  /** 1, 2, 3, ...: applied in order, each once. */
  version: number;
  /** What it does, recorded with it. */
  name: string;
  /** SQL with `${schema}` already substituted by the caller (several statements allowed). */
  sql: string;
}

/**
 * Bring `schema` up to date for one component ("gateway", "soc"): in one transaction, under an
 * advisory lock named after the schema and component (two processes starting together wait for each
 * other instead of racing), create the schema and the `rampart_migrations` table if needed, then
 * apply every migration whose version is not recorded, in order, recording each. A database that
 * records a version this code does not know (a newer Rampart wrote it) is refused. Returns the
 * versions applied now.
 */
export async function runPostgresMigrations(
  pool: pg.Pool,
  schema: string,
  component: string,
  migrations: readonly PostgresMigration[],
): Promise<number[]> {
  const ordered = [...migrations].sort((a, b) => a.version - b.version);
  ordered.forEach((migration, index) => {
    if (migration.version !== index + 1)
      throw new RampartError('RAMPART_INTERNAL', `${component} migrations must be numbered 1, 2, 3, ...`);
  });
  let client: pg.PoolClient;
  try {
    client = await pool.connect();
  } catch (error) {
    throw postgresError('cannot connect to PostgreSQL', error);
  }
  const applied: number[] = [];
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`rampart:${schema}:${component}`]);
    await client.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    await client.query(`CREATE TABLE IF NOT EXISTS ${schema}.rampart_migrations (
      component TEXT NOT NULL,
      version INTEGER NOT NULL,
      name TEXT NOT NULL,
      applied_at TIMESTAMPTZ NOT NULL DEFAULT now(),
      PRIMARY KEY (component, version)
    )`);
    const { rows } = await client.query<{ version: number }>(
      `SELECT version FROM ${schema}.rampart_migrations WHERE component = $1`,
      [component],
    );
    const done = new Set(rows.map((row) => row.version));
    const newest = Math.max(0, ...done);
    if (newest > ordered.length)
      throw new RampartError(
        'RAMPART_STORE_FAILED',
        `the ${component} tables in ${schema} are at version ${newest}, newer than this Rampart knows (${ordered.length}): upgrade Rampart`,
      );
    for (const migration of ordered) {
      if (done.has(migration.version)) continue;
      await client.query(migration.sql);
      await client.query(
        `INSERT INTO ${schema}.rampart_migrations (component, version, name) VALUES ($1, $2, $3)`,
        [component, migration.version, migration.name],
      );
      applied.push(migration.version);
    }
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw postgresError(`cannot migrate the ${component} tables in ${schema}`, error);
  } finally {
    client.release();
  }
  return applied;
}
