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
      limits: { rate: { burst: 10_000, requestsPerMinute: 100_000 } },
      audit: { acknowledge: 'queued', maxDelayMs: 1_000, maxQueuedEvents: 1_000 },
    });
    const key = await gateway.key(['user'], 'alice');
    const statuses = await Promise.all(
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
    expect(statuses.every((status) => status === 200)).toBe(true);
    // Answered, not yet committed: the queue waits up to maxDelayMs (1 s).
    expect(await countRequests()).toBeLessThan(20);
    gateway.signal('SIGTERM');
    const started = Date.now();
    while ((await countRequests()) < 20) {
      if (Date.now() - started > 10_000) throw new Error('acknowledged events were not committed on SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect(await countRequests()).toBe(20);
  }, 60_000);
});
