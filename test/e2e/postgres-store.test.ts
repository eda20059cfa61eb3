import { join } from 'node:path';
import pg from 'pg';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoUpstream } from '../../src/gateway/index.ts';
import { findTestPostgres } from '../support/event-store-backends.ts';
import { chatBody } from '../support/gateway-harness.ts';
import { type GatewayProcess, harnessAdminToken, startGatewayProcess } from '../support/gateway-process.ts';
import { runRampart } from '../support/rampart-cli.ts';

/**
 * Two real gateway processes sharing one PostgreSQL schema (store.postgres): a key made on one
 * works on the other, a revoke or block on one applies on the other within 1 s, and both write
 * their audit events to the shared event tables.
 */

const url = await findTestPostgres();
const skipReason =
  'no PostgreSQL server answered at 127.0.0.1:5432; set RAMPART_TEST_POSTGRES_URL to run these tests';
const schema = `rampart_e2e_${process.pid}_${Date.now()}`;

let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
let first: GatewayProcess;
let second: GatewayProcess;

function configFor() {
  return {
    store: { postgres: { url, schema } },
    upstreams: { demo: { url: demo.url } },
    models: [{ name: 'demo-chat', upstream: 'demo' }],
    routes: [{ id: 'chat', path: '/v1/chat/completions', kind: 'chat', guard: false }],
    roles: { user: [{ routes: ['*'], models: ['*'] }] },
    limits: { rate: { burst: 10_000, requestsPerMinute: 100_000 } },
  };
}

async function chat(gateway: GatewayProcess, key: string): Promise<number> {
  const response = await request(`${gateway.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: chatBody('demo-chat'),
  });
  await response.body.dump();
  return response.statusCode;
}

async function admin(gateway: GatewayProcess, method: 'POST' | 'DELETE', path: string, body?: unknown) {
  const response = await request(`${gateway.adminUrl}${path}`, {
    method,
    headers: { authorization: `Bearer ${harnessAdminToken}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  const text = await response.body.text();
  return { status: response.statusCode, json: text ? (JSON.parse(text) as Record<string, unknown>) : {} };
}

/** Poll until `gateway` answers `status` for `key`; the milliseconds it took (fails past 1 s). */
async function answersWithin(gateway: GatewayProcess, key: string, status: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    if ((await chat(gateway, key)) === status) return Date.now() - started;
    if (Date.now() - started > 1_000) throw new Error(`no ${status} within 1 s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

beforeAll(async () => {
  if (!url) return;
  demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 0 });
  [first, second] = await Promise.all([startGatewayProcess(configFor()), startGatewayProcess(configFor())]);
}, 60_000);

afterAll(async () => {
  await first?.close();
  await second?.close();
  await demo?.close();
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

describe('two gateway processes, one PostgreSQL store', () => {
  it('a key created on one gateway works on the other; revoked there, it is refused within 1 s', async (context) => {
    if (!url) return context.skip(skipReason);
    const key = await first.key(['user'], 'shared-user');
    await answersWithin(second, key, 200);
    const prefix = key.slice(0, 11);
    const revoked = await admin(first, 'POST', `/admin/keys/${prefix}/revoke`);
    expect(revoked.status).toBe(200);
    expect(await chat(first, key)).toBe(401);
    await answersWithin(second, key, 401);
  });

  it('a principal blocked on one gateway is refused by the other within 1 s, and let in once lifted', async (context) => {
    if (!url) return context.skip(skipReason);
    const key = await first.key(['user'], 'mallory');
    await answersWithin(second, key, 200);
    const block = await admin(first, 'POST', '/admin/blocks', {
      type: 'principal',
      value: 'mallory',
      ttlSeconds: 600,
      reason: 'e2e',
    });
    expect(block.status).toBe(201);
    await answersWithin(second, key, 403);
    expect((await admin(second, 'DELETE', `/admin/blocks/${block.json.id}`)).status).toBe(204);
    await answersWithin(first, key, 200);
  });

  it('a degrade made on one gateway applies on the other within 1 s, and lifts there too', async (context) => {
    if (!url) return context.skip(skipReason);
    const degrade = await admin(first, 'POST', '/admin/degrades', {
      principal: 'scraper',
      ttlSeconds: 600,
      reason: 'e2e',
    });
    expect(degrade.status).toBe(201);
    const listed = async (gateway: GatewayProcess) => {
      const response = await request(`${gateway.adminUrl}/admin/degrades`, {
        headers: { authorization: `Bearer ${harnessAdminToken}` },
      });
      const body = (await response.body.json()) as { degrades: Array<{ id: string }> };
      return body.degrades.map((entry) => entry.id);
    };
    const started = Date.now();
    while (!(await listed(second)).includes(degrade.json.id as string)) {
      if (Date.now() - started > 1_000) throw new Error('degrade not on the second gateway within 1 s');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    expect((await admin(second, 'DELETE', `/admin/degrades/${degrade.json.id}`)).status).toBe(204);
    const lifted = Date.now();
    while ((await listed(first)).length > 0) {
      if (Date.now() - lifted > 1_000) throw new Error('degrade not lifted on the first gateway within 1 s');
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
  });

  it('both gateways write their audit events to the shared PostgreSQL event tables', async (context) => {
    if (!url) return context.skip(skipReason);
    expect(await chat(first, await first.key(['user'], 'audit-first'))).toBe(200);
    await answersWithin(second, await first.key(['user'], 'audit-second'), 200);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT principal, count(*)::int AS n FROM "${schema}".events
         WHERE kind = 'inference.request' AND decision = 'allow' AND principal LIKE 'audit-%' GROUP BY principal ORDER BY principal`,
      );
      expect(rows).toEqual([
        { principal: 'audit-first', n: 1 },
        { principal: 'audit-second', n: 1 },
      ]);
    } finally {
      await client.end();
    }
  });

  it('`rampart keys list --config` reads the shared store', async (context) => {
    if (!url) return context.skip(skipReason);
    const result = await runRampart([
      'keys',
      'list',
      '--json',
      '--config',
      join(first.dataDir, 'rampart.yaml'),
    ]);
    expect(result.code).toBe(0);
    const keys = JSON.parse(result.stdout) as Array<{ principal: string }>;
    expect(keys.map((key) => key.principal)).toEqual(expect.arrayContaining(['shared-user', 'mallory']));
  });
});
