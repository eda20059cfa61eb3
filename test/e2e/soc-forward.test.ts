import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGatewayProcess } from '../../src/cli/gateway-process.ts';
import { startDemoUpstream, validateConfig } from '../../src/gateway/index.ts';
import { createSoc, createSocServer, openSqliteEventStore } from '../../src/soc/index.ts';
import { freePort } from '../support/ports.ts';

const ingestToken = 'fleet-ingest-token-0123456789';
const work = mkdtempSync(join(tmpdir(), 'rampart-forward-'));
let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
beforeAll(async () => {
  demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 0 });
});
afterAll(async () => {
  await demo.close();
  rmSync(work, { recursive: true, force: true });
});

function gatewayConfig(socPort: number) {
  return validateConfig({
    server: { port: 0 },
    admin: { port: 0, token: 'fleet-admin-token-0123456789abcdef' },
    dataDir: join(work, 'gateway'),
    upstreams: { demo: { url: demo.url } },
    models: [{ name: 'demo-chat', upstream: 'demo' }],
    routes: [{ id: 'chat', path: '/v1/chat/completions', kind: 'chat', models: ['demo-chat'] }],
    roles: { user: [{ routes: ['*'], models: ['*'] }] },
    logging: { level: 'silent' },
    soc: { url: `http://127.0.0.1:${socPort}`, token: ingestToken, intervalMs: 50 },
  });
}

async function chat(url: string, key: string): Promise<number> {
  const response = await fetch(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'demo-chat', messages: [{ role: 'user', content: 'hello' }] }),
  });
  await response.text();
  return response.status;
}

async function until(check: () => Promise<boolean>, what: string): Promise<void> {
  const deadline = Date.now() + 15_000;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

describe('a gateway forwards its events to a central SOC (soc.url)', { timeout: 60_000 }, () => {
  it('keeps serving while the SOC is down, catches up when it comes back, and resumes after a restart', async () => {
    const socPort = await freePort();
    const first = await startGatewayProcess({ config: gatewayConfig(socPort) });
    const key = (await first.keys.create({ name: 'fleet', principal: 'fleet-user', roles: ['user'] })).key;
    for (let index = 0; index < 5; index++) expect(await chat(first.url, key)).toBe(200);

    // The SOC starts only now: the five events waited in the gateway's own store.
    const soc = createSoc({ store: openSqliteEventStore({ path: join(work, 'soc', 'events.db') }) });
    const server = createSocServer({
      ...soc,
      config: { adminToken: 'fleet-soc-admin-token-0123', ingestTokens: [ingestToken] },
    });
    await server.listen(socPort);
    try {
      const requests = () => soc.store.count({ kind: 'inference.request', principal: 'fleet-user' });
      await until(async () => (await requests()) === 5, 'the first five events at the SOC');
      await first.stop();

      const second = await startGatewayProcess({ config: gatewayConfig(socPort) });
      try {
        for (let index = 0; index < 3; index++) expect(await chat(second.url, key)).toBe(200);
        await until(async () => (await requests()) === 8, 'the next three events at the SOC');
        // The SOC stores a batch before the forwarder reads the answer and counts it: wait for the count.
        await until(async () => second.forwarder!.forwarded >= 3, 'the forwarder to count its batch');
        // Resumed from the saved cursor: nothing already delivered was sent again.
        expect(second.forwarder!.forwarded).toBe(3);
        expect(await requests()).toBe(8);
        const local = await second.store.count({ kind: 'inference.request' });
        expect(local).toBe(8);
      } finally {
        await second.stop();
      }
    } finally {
      await server.close();
      await soc.close();
    }
  });
});
