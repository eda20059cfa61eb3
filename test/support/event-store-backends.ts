import { join } from 'node:path';
import pg from 'pg';
import type { EventStore } from '../../src/soc/store/event-store.ts';
import { openPostgresEventStore } from '../../src/soc/store/postgres-event-store.ts';
import { openSqliteEventStore } from '../../src/soc/store/sqlite-event-store.ts';

/** A store backend the shared test suite runs against. */
export interface StoreBackend {
  name: string;
  available: boolean;
  skipReason: string;
  open(): Promise<EventStore>;
  /** Drop what the suite created (PostgreSQL schemas). */
  cleanup(): Promise<void>;
}

let counter = 0;

/** The PostgreSQL server tests use: RAMPART_TEST_POSTGRES_URL, else the local server as postgres, then root. */
export async function findTestPostgres(): Promise<string | undefined> {
  const candidates = process.env.RAMPART_TEST_POSTGRES_URL
    ? [process.env.RAMPART_TEST_POSTGRES_URL]
    : ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test'];
  for (const url of candidates) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.query('SELECT 1');
      return url;
    } catch {
      // try the next one
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return undefined;
}

/** Test helper: the backends the shared store suite runs against (PostgreSQL when a server answers). */
export async function storeBackends(directory: string): Promise<StoreBackend[]> {
  const postgresUrl = await findTestPostgres();
  const schemas: string[] = [];
  return [
    {
      name: 'sqlite',
      available: true,
      skipReason: '',
      open: async () =>
        openSqliteEventStore({ path: join(directory, `store-${process.pid}-${counter++}.db`) }),
      cleanup: async () => undefined,
    },
    {
      name: 'postgres',
      available: postgresUrl !== undefined,
      skipReason:
        'PostgreSQL store tests skipped: no server answered at 127.0.0.1:5432 (database test, user postgres or root); set RAMPART_TEST_POSTGRES_URL to run them',
      open: async () => {
        const schema = `rampart_test_${process.pid}_${Date.now()}_${counter++}`;
        schemas.push(schema);
        return openPostgresEventStore({ connectionString: postgresUrl!, schema });
      },
      cleanup: async () => {
        if (!postgresUrl || schemas.length === 0) return;
        const client = new pg.Client({ connectionString: postgresUrl });
        await client.connect();
        try {
          for (const schema of schemas.splice(0))
            await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        } finally {
          await client.end();
        }
      },
    },
  ];
}
