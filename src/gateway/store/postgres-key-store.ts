import type pg from 'pg';
import { postgresError } from '../../core/postgres/index.ts';
import {
  type ApiKeyRecord,
  type CachedKey,
  type CreateApiKeyOptions,
  type CreatedApiKey,
  checkKey,
  type KeyCheck,
  type KeyRow,
  type KeyStore,
  newKeyRow,
  toRecord,
} from '../api-key-store.ts';
import { PostgresChangeFeed } from './postgres-change-feed.ts';

const columns = 'id, prefix, secret_sha256, name, principal, roles, created_at, expires_at, revoked_at';

/**
 * API keys in PostgreSQL, shared by every gateway of a deployment. Keys are stored as in SQLite (the
 * secret only as its SHA-256). Each gateway holds every row in memory and checks keys without a
 * query; the change feed reloads them when any gateway (or the CLI) changes one, so a key created
 * or revoked anywhere works, or stops working, everywhere within 1 s, and at once on the gateway
 * that made the change.
 */
export class PostgresKeyStore implements KeyStore {
  private byPrefix = new Map<string, CachedKey>();
  /** Bumped by each write this store commits: a reload that overlapped one reads again. */
  private writes = 0;

  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly channel: string,
  ) {}

  /** Load every key (at start, and when the change feed says keys changed). */
  async refresh(): Promise<void> {
    let rows: KeyRow[] = [];
    for (let attempt = 0; attempt < 3; attempt++) {
      const seen = this.writes;
      try {
        rows = (await this.pool.query<KeyRow>(`SELECT ${columns} FROM ${this.schema}.api_keys`)).rows;
      } catch (error) {
        // The keys in memory stay in force (a revoked key stays revoked); the next poll tries again.
        throw postgresError('cannot read the API keys', error);
      }
      // A key this gateway created meanwhile may be missing from the rows: read again.
      if (seen === this.writes) break;
    }
    const next = new Map<string, CachedKey>();
    for (const row of rows) next.set(row.prefix, { row, record: Object.freeze(toRecord(row)) });
    this.byPrefix = next;
  }

  check(presented: string, now = Date.now()): KeyCheck {
    return checkKey(presented, (prefix) => this.byPrefix.get(prefix), now);
  }

  async create(options: CreateApiKeyOptions): Promise<CreatedApiKey> {
    const { row, key } = newKeyRow(options);
    await this.transaction('cannot create the API key', (client) =>
      client.query(
        `INSERT INTO ${this.schema}.api_keys (${columns}) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          row.id,
          row.prefix,
          row.secret_sha256,
          row.name,
          row.principal,
          row.roles,
          row.created_at,
          row.expires_at,
          null,
        ],
      ),
    );
    this.writes++;
    this.byPrefix.set(row.prefix, { row, record: Object.freeze(toRecord(row)) });
    return { ...toRecord(row), key };
  }

  async list(): Promise<ApiKeyRecord[]> {
    const rows = await this.rows(`SELECT ${columns} FROM ${this.schema}.api_keys ORDER BY created_at`, []);
    return rows.map(toRecord);
  }

  async get(idOrPrefix: string): Promise<ApiKeyRecord | undefined> {
    const rows = await this.rows(
      `SELECT ${columns} FROM ${this.schema}.api_keys WHERE id = $1 OR prefix = $2`,
      [idOrPrefix, idOrPrefix.replace(/^rk_/, '')],
    );
    return rows[0] ? toRecord(rows[0]) : undefined;
  }

  async revoke(idOrPrefix: string): Promise<ApiKeyRecord | undefined> {
    const record = await this.get(idOrPrefix);
    if (!record) return undefined;
    await this.transaction('cannot revoke the API key', (client) =>
      client.query(`UPDATE ${this.schema}.api_keys SET revoked_at = COALESCE(revoked_at, $1) WHERE id = $2`, [
        new Date().toISOString(),
        record.id,
      ]),
    );
    // A reload already reading may hold the row as it was: it sees this and reads again.
    this.writes++;
    await this.refresh();
    return this.get(record.id);
  }

  /** The pool is the gateway store's; it closes it. */
  close(): void {}

  private async rows(sql: string, params: unknown[]): Promise<KeyRow[]> {
    try {
      return (await this.pool.query<KeyRow>(sql, params)).rows;
    } catch (error) {
      throw postgresError('cannot read the API keys', error);
    }
  }

  private async transaction(
    message: string,
    work: (client: pg.PoolClient) => Promise<unknown>,
  ): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw postgresError(message, error);
    }
    try {
      await client.query('BEGIN');
      await work(client);
      await PostgresChangeFeed.announce(client, this.schema, this.channel, 'keys');
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw postgresError(message, error);
    } finally {
      client.release();
    }
  }
}
