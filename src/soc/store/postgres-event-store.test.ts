import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findTestPostgres } from '../../../test/support/event-store-backends.ts';
import { createEvent, type SecurityEvent } from '../../core/index.ts';
import { openPostgresEventStore } from './postgres-event-store.ts';

const url = await findTestPostgres();
const schema = `rampart_pgtest_${process.pid}_${Date.now()}`;
afterAll(async () => {
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

describe('PostgreSQL event store', () => {
  it('a cursor reader polling during concurrent writes sees every event exactly once', async (context) => {
    if (!url) {
      context.skip(
        'no PostgreSQL server answered at 127.0.0.1:5432; set RAMPART_TEST_POSTGRES_URL to run this test',
      );
      return;
    }
    const writerA = await openPostgresEventStore({ connectionString: url, schema });
    const writerB = await openPostgresEventStore({ connectionString: url, schema });
    const reader = await openPostgresEventStore({ connectionString: url, schema });
    try {
      const written: string[] = [];
      const writeBatches = async (store: typeof writerA, name: string) => {
        for (let batch = 0; batch < 25; batch++) {
          const events: SecurityEvent[] = Array.from({ length: 8 }, () =>
            createEvent({ source: 'gateway', kind: 'inference.request', principal: name }),
          );
          written.push(...events.map((event) => event.id));
          await store.write(events);
        }
      };
      const seen: string[] = [];
      let cursor: string | undefined;
      let done = false;
      const poll = async () => {
        while (!done) {
          const page = await reader.query({ order: 'asc', limit: 37, ...(cursor ? { cursor } : {}) });
          seen.push(...page.events.map((event) => event.id));
          cursor = page.endCursor ?? cursor;
        }
      };
      const polling = poll();
      await Promise.all([writeBatches(writerA, 'a'), writeBatches(writerB, 'b')]);
      done = true;
      await polling;
      for (;;) {
        const page = await reader.query({ order: 'asc', limit: 1000, ...(cursor ? { cursor } : {}) });
        if (page.events.length === 0) break;
        seen.push(...page.events.map((event) => event.id));
        cursor = page.endCursor;
      }
      expect(seen.length).toBe(written.length);
      expect(new Set(seen)).toEqual(new Set(written));
    } finally {
      await writerA.close();
      await writerB.close();
      await reader.close();
    }
  });

  it('reports an unreachable server with RAMPART_STORE_FAILED', async () => {
    await expect(
      openPostgresEventStore({ connectionString: 'postgres://nobody@127.0.0.1:1/none' }),
    ).rejects.toMatchObject({ code: 'RAMPART_STORE_FAILED' });
  });
});
