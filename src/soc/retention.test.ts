import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { toSecurityEvent } from './event-schema.ts';
import { applyRetention } from './retention.ts';
import { openSqliteEventStore } from './store/sqlite-event-store.ts';

const directory = mkdtempSync(join(tmpdir(), 'rampart-retention-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('applyRetention', () => {
  it('an archive folder that cannot be created is RAMPART_IO, and nothing is deleted', async () => {
    const store = openSqliteEventStore({ path: join(directory, 'events.db') });
    try {
      const old = toSecurityEvent(
        { source: 'gateway', kind: 'auth.failure', time: '2020-01-01T00:00:00.000Z' },
        'event',
      );
      await store.write([old]);
      const file = join(directory, 'a-file');
      writeFileSync(file, 'x');
      await expect(applyRetention(store, { days: 1, archiveDir: file })).rejects.toMatchObject({
        code: 'RAMPART_IO',
      });
      expect(await store.get(old.id)).toBeDefined();
    } finally {
      await store.close();
    }
  });
});
