import { once } from 'node:events';
import { type AddressInfo, createConnection, createServer, type Server, type Socket } from 'node:net';
import pg from 'pg';
import { request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { startDemoUpstream } from '../../src/gateway/index.ts';
import { findTestPostgres } from '../support/event-store-backends.ts';
import { chatBody } from '../support/gateway-harness.ts';
import { type GatewayProcess, harnessAdminToken, startGatewayProcess } from '../support/gateway-process.ts';

/**
 * The gateway's PostgreSQL store going away mid-run: the gateway reaches PostgreSQL through a TCP
 * relay on 127.0.0.1 that the test closes (every connection cut, the port refusing) and opens again
 * on the same port. GET /readyz and the metrics must say so, requests are refused with a code
 * because they cannot be audited (fail closed), and all of it recovers when the database answers.
 */

const url = await findTestPostgres();
const skipReason =
  'no PostgreSQL server answered at 127.0.0.1:5432; set RAMPART_TEST_POSTGRES_URL to run these tests';
const schema = `rampart_outage_${process.pid}_${Date.now()}`;

/** A relay to the real server that can be cut and restored on the same port. */
class Relay {
  private server: Server | undefined;
  private readonly sockets = new Set<Socket>();
  port = 0;

  constructor(
    private readonly targetHost: string,
    private readonly targetPort: number,
  ) {}

  async open(): Promise<void> {
    const server = createServer((client) => {
      const upstream = createConnection(this.targetPort, this.targetHost);
      for (const socket of [client, upstream]) {
        this.sockets.add(socket);
        socket.on('close', () => this.sockets.delete(socket));
        socket.on('error', () => {
          client.destroy();
          upstream.destroy();
        });
      }
      client.pipe(upstream).pipe(client);
    });
    server.listen(this.port, '127.0.0.1');
    await once(server, 'listening');
    this.port = (server.address() as AddressInfo).port;
    this.server = server;
  }

  async cut(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    for (const socket of this.sockets) socket.destroy();
    if (server) await new Promise((resolve) => server.close(resolve));
  }
}

let demo: Awaited<ReturnType<typeof startDemoUpstream>> | undefined;
let gateway: GatewayProcess | undefined;
let relay: Relay | undefined;

afterAll(async () => {
  await gateway?.close();
  await relay?.cut();
  await demo?.close();
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

async function readyz(target: GatewayProcess) {
  const response = await request(`${target.adminUrl}/readyz`);
  return {
    code: response.statusCode,
    body: (await response.body.json()) as { status: string; store?: { backend: string; available: boolean } },
  };
}

async function metrics(target: GatewayProcess): Promise<string> {
  const response = await request(`${target.adminUrl}/metrics`, {
    headers: { authorization: `Bearer ${harnessAdminToken}` },
  });
  return response.body.text();
}

async function chat(target: GatewayProcess, key: string): Promise<{ status: number; code?: string }> {
  const response = await request(`${target.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: chatBody('demo-chat'),
  });
  const text = await response.body.text();
  const code =
    response.statusCode === 200 ? undefined : (JSON.parse(text) as { error?: { code?: string } }).error?.code;
  return { status: response.statusCode, ...(code ? { code } : {}) };
}

async function within(timeoutMs: number, check: () => Promise<boolean>): Promise<void> {
  const started = Date.now();
  while (!(await check())) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('the PostgreSQL store unreachable mid-run', () => {
  it('readyz says degraded (200) and the metric drops to 0; requests refused as unauditable; both recover', async (context) => {
    if (!url) return context.skip(skipReason);
    const target = new URL(url);
    relay = new Relay(target.hostname, Number(target.port || 5432));
    await relay.open();
    const relayed = new URL(url);
    relayed.hostname = '127.0.0.1';
    relayed.port = String(relay.port);
    demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 0 });
    gateway = await startGatewayProcess({
      store: { postgres: { url: relayed.toString(), schema } },
      upstreams: { demo: { url: demo.url } },
      models: [{ name: 'demo-chat', upstream: 'demo' }],
      routes: [{ id: 'chat', path: '/v1/chat/completions', kind: 'chat', guard: false }],
      roles: { user: [{ routes: ['*'], models: ['*'] }] },
      limits: { rate: { burst: 10_000, requestsPerMinute: 100_000 } },
    });
    const key = await gateway.key(['user'], 'alice');
    expect(await chat(gateway, key)).toEqual({ status: 200 });
    expect(await readyz(gateway)).toEqual({
      code: 200,
      body: { status: 'ready', store: expect.objectContaining({ backend: 'postgres', available: true }) },
    });
    expect(await metrics(gateway)).toMatch(/rampart_store_available\{backend="postgres"\} 1/);

    await relay.cut();
    await within(3_000, async () => (await readyz(gateway!)).body.status === 'degraded');
    const down = await readyz(gateway);
    expect(down.code).toBe(200);
    expect(down.body.store?.available).toBe(false);
    expect(await metrics(gateway)).toMatch(/rampart_store_available\{backend="postgres"\} 0/);
    // The key is still known (last known state), but nothing can be audited: fail closed, with a code.
    expect(await chat(gateway, key)).toEqual({ status: 503, code: 'RAMPART_AUDIT_FAILED' });

    await relay.open();
    await within(5_000, async () => (await readyz(gateway!)).body.status === 'ready');
    expect(await metrics(gateway)).toMatch(/rampart_store_available\{backend="postgres"\} 1/);
    await within(5_000, async () => (await chat(gateway!, key)).status === 200);
  }, 90_000);
});
