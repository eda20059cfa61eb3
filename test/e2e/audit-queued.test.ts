import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { openSqliteEventStore } from '../../src/soc/index.ts';
import { chatBody } from '../support/gateway-harness.ts';
import { type GatewayProcess, startGatewayProcess } from '../support/gateway-process.ts';
import { startMockUpstream } from '../support/mock-upstream.ts';

/**
 * audit.acknowledge: queued — responses do not wait for the audit commit, and a graceful shutdown
 * (SIGTERM) still commits every event it acknowledged.
 */

let upstream: Awaited<ReturnType<typeof startMockUpstream>> | undefined;
let gateway: GatewayProcess | undefined;
const dataDir = mkdtempSync(join(tmpdir(), 'rampart-audit-queued-'));

afterAll(async () => {
  await gateway?.close();
  await upstream?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function countRequests(): Promise<number> {
  const store = openSqliteEventStore({ path: join(dataDir, 'events.db') });
  try {
    return store.countSync({ kind: 'inference.request' });
  } finally {
    await store.close();
  }
}

describe('audit.acknowledge: queued', () => {
  it('answers before the commit, and SIGTERM commits every acknowledged event', async () => {
    upstream = await startMockUpstream();
    gateway = await startGatewayProcess({
      dataDir,
      upstreams: { mock: { url: upstream.url } },
      models: [{ name: 'mock', upstream: 'mock' }],
      routes: [{ id: 'chat', path: '/v1/chat/completions', kind: 'chat', models: ['*'], guard: false }],
      roles: { user: [{ routes: ['*'], models: ['*'] }] },
      // 20 at once: above the default 16 in flight per principal, which a slow machine reaches (429).
      limits: { rate: { burst: 10_000, requestsPerMinute: 100_000 }, concurrency: { perPrincipal: 64 } },
      audit: { acknowledge: 'queued', maxDelayMs: 1_000, maxQueuedEvents: 1_000 },
    });
    const key = await gateway.key(['user'], 'alice');
    const send = () =>
      Promise.all(
        Array.from({ length: 20 }, async () => {
          const response = await request(`${gateway!.url}/v1/chat/completions`, {
            method: 'POST',
            headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
            body: chatBody('mock'),
          });
          await response.body.dump();
          return response.statusCode;
        }),
      );
    // Answered, not yet committed: the queue waits up to maxDelayMs (1 s) after its first event. That
    // shows only when the 20 answers come within that second; a slow machine (CI once took longer)
    // gets another try once the queue has been committed.
    let sent = 0;
    for (let attempt = 1; ; attempt += 1) {
      const started = Date.now();
      const statuses = await send();
      const elapsed = Date.now() - started;
      sent += statuses.length;
      expect(statuses.filter((status) => status !== 200)).toEqual([]);
      if (elapsed < 900) {
        expect(await countRequests()).toBeLessThan(sent);
        break;
      }
      if (attempt === 3) throw new Error(`20 requests took ${elapsed} ms three times: too slow to test`);
      await new Promise((resolve) => setTimeout(resolve, 1_200)); // the queue commits
    }
    gateway.signal('SIGTERM');
    const stopping = Date.now();
    while ((await countRequests()) < sent) {
      if (Date.now() - stopping > 10_000)
        throw new Error('acknowledged events were not committed on SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await countRequests()).toBe(sent);
  }, 60_000);
});
