import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEvent } from '../../core/index.ts';
import { openSqliteEventStore } from './sqlite-event-store.ts';

const directory = mkdtempSync(join(tmpdir(), 'rampart-sqlite-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('SQLite event store', () => {
  it('a folder given as the store path is RAMPART_STORE_FAILED naming a file to use, not a libsql error', () => {
    let caught: unknown;
    try {
      openSqliteEventStore({ path: directory });
    } catch (error) {
      caught = error;
    }
    expect(caught).toMatchObject({ code: 'RAMPART_STORE_FAILED' });
    const error = caught as { message: string; hint: string };
    expect(error.message).not.toContain('ConnectionFailed');
    expect(error.hint).toContain(join(directory, 'events.db'));
  });

  it('every event whose write returned survives kill -9 of the writer', async () => {
    const path = join(directory, 'killed.db');
    const child = join(directory, 'writer.mts');
    const storeModule = resolve(import.meta.dirname, 'sqlite-event-store.ts');
    const coreModule = resolve(import.meta.dirname, '../../core/index.ts');
    writeFileSync(
      child,
      `import { openSqliteEventStore } from ${JSON.stringify(storeModule)};
import { createEvent } from ${JSON.stringify(coreModule)};
const store = openSqliteEventStore({ path: ${JSON.stringify(path)} });
for (let batch = 0; ; batch++) {
  const events = Array.from({ length: 1 + (batch % 5) }, () =>
    createEvent({ source: 'gateway', kind: 'inference.request', principal: 'p' + batch, attrs: { batch } }));
  store.write(events);
  process.stdout.write('ack ' + events.map((event) => event.id).join(',') + '\\n');
}
`,
    );
    const writer = spawn(process.execPath, ['--import', 'tsx', child], { stdio: ['ignore', 'pipe', 'pipe'] });
    const acknowledged: string[] = [];
    let buffered = '';
    let stderr = '';
    writer.stderr.on('data', (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    const exited = new Promise<NodeJS.Signals | null>((done) =>
      writer.on('exit', (_code, signal) => done(signal)),
    );
    await new Promise<void>((done, fail) => {
      writer.stdout.on('data', (chunk: Buffer) => {
        buffered += chunk.toString();
        const lines = buffered.split('\n');
        buffered = lines.pop()!;
        for (const line of lines) if (line.startsWith('ack ')) acknowledged.push(...line.slice(4).split(','));
        if (acknowledged.length >= 3000 && writer.exitCode === null && !writer.killed) {
          writer.kill('SIGKILL');
          done();
        }
      });
      writer.on('exit', () =>
        acknowledged.length >= 3000 ? done() : fail(new Error(`writer exited: ${stderr}`)),
      );
    });
    expect(await exited).toBe('SIGKILL');
    const store = openSqliteEventStore({ path });
    try {
      const missing: string[] = [];
      for (const id of acknowledged) if (!(await store.get(id))) missing.push(id);
      expect(missing).toEqual([]);
      expect(await store.count()).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      await store.close();
    }
  });

  it('write is synchronous: events are readable from another connection as soon as it returns', async () => {
    const path = join(directory, 'sync.db');
    const writer = openSqliteEventStore({ path });
    const reader = openSqliteEventStore({ path });
    try {
      const event = createEvent({ source: 'gateway', kind: 'auth.failure', severity: 'low' });
      const result = writer.write([event]);
      expect(result).toBeUndefined();
      expect(reader.countSync({ kind: 'auth.failure' })).toBe(1);
    } finally {
      await writer.close();
      await reader.close();
    }
  });

  it('refuses writes after close and reports an unopenable path with a code', async () => {
    const store = openSqliteEventStore({ path: join(directory, 'closed.db') });
    await store.close();
    expect(() => store.write([createEvent({ source: 'soc', kind: 'x' })])).toThrowError(
      expect.objectContaining({ code: 'RAMPART_STORE_FAILED' }),
    );
    writeFileSync(join(directory, 'file'), 'x');
    expect(() => openSqliteEventStore({ path: join(directory, 'file', 'nested.db') })).toThrowError(
      expect.objectContaining({ code: 'RAMPART_STORE_FAILED' }),
    );
  });

  it('a batch with an invalid time is refused as a whole', async () => {
    const store = openSqliteEventStore({ path: join(directory, 'invalid.db') });
    try {
      const good = createEvent({ source: 'soc', kind: 'x' });
      const bad = { ...createEvent({ source: 'soc', kind: 'x' }), time: 'not a time' };
      expect(() => store.write([good, bad])).toThrowError(
        expect.objectContaining({ code: 'RAMPART_STORE_EVENT_INVALID' }),
      );
      expect(store.countSync()).toBe(0);
    } finally {
      await store.close();
    }
  });
});
