import { createHash, hash, randomBytes } from 'node:crypto';
import { mkdirSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import type Database from 'libsql';
import { constantTimeEqual, RampartError, requireOptional, uuidv7 } from '../core/index.ts';

/** What the store keeps about a key. The secret itself is never stored, only its SHA-256. */
export interface ApiKeyRecord {
  id: string;
  /** Public lookup prefix, safe to show and log (e.g. "rk_3f9a2c1d"). */
  prefix: string;
  name: string;
  principal: string;
  roles: string[];
  createdAt: string;
  expiresAt: string | null;
  revokedAt: string | null;
}

export interface CreatedApiKey extends ApiKeyRecord {
  /** The full key: shown once, at creation. */
  key: string;
}

export interface CreateApiKeyOptions {
  name: string;
  principal: string;
  roles: string[];
  /** ISO time or Date after which the key stops working. */
  expiresAt?: string | Date | null;
}

export type KeyCheck =
  | { ok: true; record: ApiKeyRecord }
  | { ok: false; reason: 'malformed' | 'unknown' | 'mismatch' | 'revoked' | 'expired'; prefix?: string };

const keyPattern = /^rk_([0-9a-f]{8})_([A-Za-z0-9_-]{43})$/;

/**
 * Where the gateway keeps API keys: SQLite (`ApiKeyStore`, the default) or PostgreSQL
 * (`PostgresKeyStore`, shared by several gateways). `check` answers from memory without a query
 * (one per request would put the database on the hot path); the others may be async.
 */
export interface KeyStore {
  check(presented: string, now?: number): KeyCheck;
  create(options: CreateApiKeyOptions): CreatedApiKey | Promise<CreatedApiKey>;
  list(): ApiKeyRecord[] | Promise<ApiKeyRecord[]>;
  get(idOrPrefix: string): ApiKeyRecord | undefined | Promise<ApiKeyRecord | undefined>;
  /** Revoke now; every gateway refuses the key from its next request (PostgreSQL: within 1 s). */
  revoke(idOrPrefix: string): ApiKeyRecord | undefined | Promise<ApiKeyRecord | undefined>;
  close(): void | Promise<void>;
}

/** A stored key row, as both backends keep it. */
export interface KeyRow {
  id: string;
  prefix: string;
  secret_sha256: Buffer;
  name: string;
  principal: string;
  roles: string;
  created_at: string;
  expires_at: string | null;
  revoked_at: string | null;
}

type Row = KeyRow;

/** A row with its parsed record, as the stores keep them in memory. */
export interface CachedKey {
  row: Row;
  /** Parsed once per cached row; callers must not change it. */
  record: ApiKeyRecord;
}

export function toRecord(row: Row): ApiKeyRecord {
  return {
    id: row.id,
    prefix: `rk_${row.prefix}`,
    name: row.name,
    principal: row.principal,
    roles: JSON.parse(row.roles) as string[],
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  };
}

/** A new key: the row to store (its secret only as SHA-256) and the full key, shown once. */
export function newKeyRow(options: CreateApiKeyOptions): { row: Row; key: string } {
  const prefix = randomBytes(4).toString('hex');
  const secret = randomBytes(32).toString('base64url');
  const row: Row = {
    id: uuidv7(),
    prefix,
    secret_sha256: createHash('sha256').update(secret).digest(),
    name: options.name,
    principal: options.principal,
    roles: JSON.stringify(options.roles),
    created_at: new Date().toISOString(),
    expires_at: options.expiresAt ? new Date(options.expiresAt).toISOString() : null,
    revoked_at: null,
  };
  return { row, key: `rk_${prefix}_${secret}` };
}

/**
 * Check a presented key against the stored row its prefix finds: the secret by SHA-256 digest in
 * constant time, then revocation and expiry. Never throws for bad input; says why it failed.
 */
export function checkKey(
  presented: string,
  lookup: (prefix: string) => CachedKey | undefined,
  now: number,
): KeyCheck {
  const match = keyPattern.exec(presented);
  if (!match) return { ok: false, reason: 'malformed' };
  const prefix = match[1]!;
  const entry = lookup(prefix);
  const digest = hash('sha256', match[2]!, 'buffer');
  if (!entry) return { ok: false, reason: 'unknown', prefix: `rk_${prefix}` };
  const { row, record } = entry;
  if (!constantTimeEqual(digest, row.secret_sha256))
    return { ok: false, reason: 'mismatch', prefix: `rk_${prefix}` };
  if (row.revoked_at) return { ok: false, reason: 'revoked', prefix: `rk_${prefix}` };
  if (row.expires_at && Date.parse(row.expires_at) <= now)
    return { ok: false, reason: 'expired', prefix: `rk_${prefix}` };
  return { ok: true, record };
}

/**
 * API keys in SQLite. A key is `rk_<8 hex prefix>_<43 chars = 256 random bits>`; the prefix finds
 * the row, the secret is compared by SHA-256 digest in constant time. Rows are cached while the
 * database files are unchanged (checked once per event-loop turn), so a revocation made by any
 * process (CLI, admin API, SOC response) applies to the next request.
 */
export class ApiKeyStore implements KeyStore {
  private readonly database: Database.Database;
  private readonly byPrefix: Database.Statement;
  private readonly files: string[];
  /** Rows (with their parsed record) by prefix, valid while the database files are unchanged (see `freshness`). */
  private readonly cache = new Map<string, CachedKey | null>();
  private cacheStamp = '';
  /** True until the end of the current event-loop turn once the files were checked in it. */
  private stampChecked = false;
  private readonly endTurn = () => {
    this.stampChecked = false;
  };

  constructor(path: string) {
    if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
    const Libsql = requireOptional<typeof Database>('libsql');
    try {
      this.database = new Libsql(path);
      // First: workers starting together on a fresh data dir wait for each other's schema and WAL switch.
      this.database.pragma('busy_timeout = 5000');
      this.database.pragma('journal_mode = WAL');
      this.database.pragma('synchronous = NORMAL');
      this.database.exec(`CREATE TABLE IF NOT EXISTS api_keys (
        id TEXT PRIMARY KEY,
        prefix TEXT NOT NULL UNIQUE,
        secret_sha256 BLOB NOT NULL,
        name TEXT NOT NULL,
        principal TEXT NOT NULL,
        roles TEXT NOT NULL,
        created_at TEXT NOT NULL,
        expires_at TEXT,
        revoked_at TEXT
      )`);
    } catch (error) {
      throw new RampartError('RAMPART_STORE_FAILED', `cannot open the key store at ${path}`, {
        cause: error,
      });
    }
    this.byPrefix = this.database.prepare('SELECT * FROM api_keys WHERE prefix = ?');
    this.files = path === ':memory:' ? [] : [path, `${path}-wal`];
  }

  /**
   * A stamp of the database files (size, change time, inode). Any commit by any connection, in this
   * process or another (the CLI, a second gateway), changes it, so cached rows are dropped before the
   * next check: revocation still applies to the very next request, without a query per request.
   */
  private freshness(): string {
    let stamp = '';
    for (const file of this.files) {
      const stat = statSync(file, { bigint: true, throwIfNoEntry: false });
      stamp += stat ? `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs};` : '-;';
    }
    return stamp;
  }

  /**
   * The files are checked once per event-loop turn: requests parsed in the same turn arrived
   * together, and a commit made by another process is seen by every request of the next turn.
   */
  private cached(prefix: string): CachedKey | undefined {
    if (!this.stampChecked) {
      this.stampChecked = true;
      setImmediate(this.endTurn);
      const stamp = this.freshness();
      if (stamp !== this.cacheStamp) {
        this.cache.clear();
        this.cacheStamp = stamp;
      }
    }
    let entry = this.cache.get(prefix);
    if (entry === undefined) {
      const row = this.byPrefix.get(prefix) as Row | undefined;
      entry = row ? { row, record: Object.freeze(toRecord(row)) } : null;
      if (this.cache.size >= 10_000) this.cache.clear();
      this.cache.set(prefix, entry);
    }
    return entry ?? undefined;
  }

  create(options: CreateApiKeyOptions): CreatedApiKey {
    const { row, key } = newKeyRow(options);
    this.database
      .prepare(
        'INSERT INTO api_keys (id, prefix, secret_sha256, name, principal, roles, created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        row.id,
        row.prefix,
        row.secret_sha256,
        row.name,
        row.principal,
        row.roles,
        row.created_at,
        row.expires_at,
        null,
      );
    return { ...toRecord(row), key };
  }

  /** Check a presented key. Never throws for bad input; says why it failed. */
  check(presented: string, now = Date.now()): KeyCheck {
    return checkKey(presented, (prefix) => this.cached(prefix), now);
  }

  list(): ApiKeyRecord[] {
    return (this.database.prepare('SELECT * FROM api_keys ORDER BY created_at').all() as Row[]).map(toRecord);
  }

  /** Find by id or public prefix ("rk_xxxxxxxx" or the 8 hex chars). */
  get(idOrPrefix: string): ApiKeyRecord | undefined {
    const prefix = idOrPrefix.replace(/^rk_/, '');
    const row = (this.database
      .prepare('SELECT * FROM api_keys WHERE id = ? OR prefix = ?')
      .get(idOrPrefix, prefix) ?? undefined) as Row | undefined;
    return row ? toRecord(row) : undefined;
  }

  /** Revoke now; returns the record, or undefined if no such key. Revoking twice keeps the first time. */
  revoke(idOrPrefix: string): ApiKeyRecord | undefined {
    const record = this.get(idOrPrefix);
    if (!record) return undefined;
    this.database
      .prepare('UPDATE api_keys SET revoked_at = COALESCE(revoked_at, ?) WHERE id = ?')
      .run(new Date().toISOString(), record.id);
    this.cache.clear();
    this.stampChecked = false;
    return this.get(record.id);
  }

  close(): void {
    this.database.close();
  }
}
