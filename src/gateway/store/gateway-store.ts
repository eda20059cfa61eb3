import { join, resolve } from 'node:path';
import {
  openPostgresPool,
  type PostgresMigration,
  postgresSchema,
  runPostgresMigrations,
} from '../../core/postgres/index.ts';
import { ApiKeyStore, type KeyStore } from '../api-key-store.ts';
import type { GatewayConfig } from '../config.ts';
import { GatewayControls } from '../controls.ts';
import { PostgresChangeFeed, type StoreHealth } from './postgres-change-feed.ts';
import { PostgresControlsStore } from './postgres-controls-store.ts';
import { PostgresKeyStore } from './postgres-key-store.ts';

/** The gateway's tables in PostgreSQL, in order; a released migration is never edited, only followed. */
export function gatewayMigrations(schema: string): PostgresMigration[] {
  return [
    {
      version: 1,
      name: 'api keys, blocks and overrides, change versions',
      sql: `
CREATE TABLE ${schema}.api_keys (
  id TEXT PRIMARY KEY,
  prefix TEXT NOT NULL UNIQUE,
  secret_sha256 BYTEA NOT NULL,
  name TEXT NOT NULL,
  principal TEXT NOT NULL,
  roles TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  revoked_at TEXT
);
CREATE TABLE ${schema}.controls (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL CHECK (kind IN ('block', 'override')),
  principal TEXT,
  doc TEXT NOT NULL,
  expires_at TIMESTAMPTZ NOT NULL
);
CREATE INDEX controls_expiry ON ${schema}.controls (expires_at);
CREATE TABLE ${schema}.state_versions (topic TEXT PRIMARY KEY, version BIGINT NOT NULL);
INSERT INTO ${schema}.state_versions (topic, version) VALUES ('keys', 0), ('controls', 0);
`,
    },
    {
      version: 2,
      name: 'degrades (hardened answers for a principal) among the controls',
      sql: `
ALTER TABLE ${schema}.controls DROP CONSTRAINT controls_kind_check;
ALTER TABLE ${schema}.controls ADD CONSTRAINT controls_kind_check
  CHECK (kind IN ('block', 'override', 'degrade'));
`,
    },
  ];
}

/** Where keys and controls live: SQLite files in the data dir, or PostgreSQL shared by every gateway. */
export interface GatewayStore {
  readonly backend: 'sqlite' | 'postgres';
  readonly keys: KeyStore;
  readonly controls: GatewayControls;
  /** PostgreSQL only: whether the database answers (GET /readyz, metrics). */
  readonly health?: StoreHealth;
  close(): Promise<void>;
}

export interface OpenGatewayStoreOptions {
  /** Problems reading PostgreSQL after start (the last state stays in force); e.g. a logger's warn. */
  onError?: (error: unknown) => void;
}

/**
 * Open the configured store. SQLite (the default): DATA_DIR/keys.db and DATA_DIR/controls.json.
 * PostgreSQL (`store.postgres`): migrate the schema (under an advisory lock, so gateways starting
 * together do not race), load keys and controls, and follow other gateways' changes.
 */
export async function openGatewayStore(
  config: Pick<GatewayConfig, 'dataDir' | 'store'>,
  options: OpenGatewayStoreOptions = {},
): Promise<GatewayStore> {
  const postgres = config.store.postgres;
  if (!postgres) {
    const dataDir = resolve(config.dataDir);
    // Blocks and limit overrides survive a restart: a blocked attacker does not get back in by waiting for one.
    const controls = new GatewayControls({ path: join(dataDir, 'controls.json') });
    const keys = new ApiKeyStore(join(dataDir, 'keys.db'));
    return { backend: 'sqlite', keys, controls, close: async () => keys.close() };
  }
  const schema = postgresSchema(postgres.schema, 'store.postgres.schema');
  const channel = `${postgres.schema}_changes`;
  const pool = await openPostgresPool({
    connectionString: postgres.url,
    maxConnections: postgres.maxConnections,
  });
  let feed: PostgresChangeFeed | undefined;
  try {
    await runPostgresMigrations(pool, schema, 'gateway', gatewayMigrations(schema));
    const keys = new PostgresKeyStore(pool, schema, channel);
    const controlsStore = new PostgresControlsStore(pool, schema, channel);
    const controls = new GatewayControls({ store: controlsStore });
    feed = new PostgresChangeFeed(pool, schema, channel, options.onError ?? (() => undefined));
    feed.on('keys', () => keys.refresh());
    feed.on('controls', async () => {
      // A snapshot read while this gateway was writing may miss its own write: read again (a few
      // times; the write's own notification brings one more reload anyway).
      for (let attempt = 0; ; attempt++) {
        const stamp = controls.writeStamp;
        const snapshot = await controlsStore.load();
        if ((stamp !== undefined && stamp === controls.writeStamp) || attempt === 3) {
          controls.replace(snapshot);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    });
    // Versions first, then the state: a change made in between is seen by the next poll. A
    // database that cannot be read fails the start (fail closed).
    await feed.start();
    await keys.refresh();
    controls.replace(await controlsStore.load());
    const started = feed;
    return {
      backend: 'postgres',
      keys,
      controls,
      health: started,
      close: async () => {
        started.close();
        await pool.end();
      },
    };
  } catch (error) {
    feed?.close();
    await pool.end().catch(() => undefined);
    throw error;
  }
}
