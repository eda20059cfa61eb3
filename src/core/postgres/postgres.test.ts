import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findTestPostgres } from '../../../test/support/event-store-backends.ts';
import { openPostgresPool, postgresSchema, runPostgresMigrations } from './postgres.ts';

const url = await findTestPostgres();
const skipReason =
  'no PostgreSQL server answered at 127.0.0.1:5432; set RAMPART_TEST_POSTGRES_URL to run this test';
const schemaName = `rampart_migrate_${process.pid}_${Date.now()}`;
const schema = postgresSchema(schemaName, 'schema');

afterAll(async () => {
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
  await client.end();
});

// Not idempotent on purpose: applied twice, CREATE TABLE fails, so a race would show.
const migrations = [
  { version: 1, name: 'items', sql: `CREATE TABLE ${schema}.items (id TEXT PRIMARY KEY)` },
  { version: 2, name: 'item notes', sql: `ALTER TABLE ${schema}.items ADD COLUMN note TEXT` },
];

describe('runPostgresMigrations', () => {
  it('two processes starting together apply each migration exactly once', async (context) => {
    if (!url) return context.skip(skipReason);
    const pools = await Promise.all(
      Array.from({ length: 4 }, () => openPostgresPool({ connectionString: url, maxConnections: 1 })),
    );
    try {
      const results = await Promise.all(
        pools.map((pool) => runPostgresMigrations(pool, schema, 'test', migrations)),
      );
      expect(results.flat().sort()).toEqual([1, 2]);
      const { rows } = await pools[0]!.query(
        `SELECT version, name FROM ${schema}.rampart_migrations WHERE component = 'test' ORDER BY version`,
      );
      expect(rows).toEqual([
        { version: 1, name: 'items' },
        { version: 2, name: 'item notes' },
      ]);
      expect(await runPostgresMigrations(pools[0]!, schema, 'test', migrations)).toEqual([]);
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
  });

  it('a failing migration rolls back whole and is reported with a code', async (context) => {
    if (!url) return context.skip(skipReason);
    const pool = await openPostgresPool({ connectionString: url });
    try {
      const broken = [
        { version: 1, name: 'ok', sql: `CREATE TABLE ${schema}.other (id TEXT)` },
        { version: 2, name: 'broken', sql: 'SELECT * FROM no_such_table_anywhere' },
      ];
      await expect(runPostgresMigrations(pool, schema, 'broken', broken)).rejects.toMatchObject({
        code: 'RAMPART_STORE_FAILED',
      });
      const { rows } = await pool.query(`SELECT to_regclass('${schemaName}.other') AS found`);
      expect(rows[0].found).toBeNull();
    } finally {
      await pool.end();
    }
  });

  it('refuses a database migrated by a newer Rampart', async (context) => {
    if (!url) return context.skip(skipReason);
    const pool = await openPostgresPool({ connectionString: url });
    try {
      await expect(runPostgresMigrations(pool, schema, 'test', migrations.slice(0, 1))).rejects.toMatchObject(
        {
          code: 'RAMPART_STORE_FAILED',
          message: expect.stringContaining('newer than this Rampart knows'),
        },
      );
    } finally {
      await pool.end();
    }
  });

  it('refuses a schema name that is not a plain identifier', () => {
    expect(() => postgresSchema('public; drop table x', 'store.postgres.schema')).toThrow(
      expect.objectContaining({ code: 'RAMPART_CONFIG_INVALID' }),
    );
  });
});
