import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, chatBody, type Harness, startHarness } from '../support/gateway-harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness.close();
});

async function admin(method: string, path: string, body?: unknown, token = adminToken) {
  const response = await request(`${harness.adminUrl}${path}`, {
    method: method as 'GET',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.body.text();
  return { status: response.statusCode, text, json: () => JSON.parse(text) };
}

async function chat(key: string) {
  const response = await request(`${harness.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: chatBody('demo-chat'),
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    code: response.statusCode === 200 ? undefined : JSON.parse(text).error.code,
  };
}

describe('admin API', () => {
  it('refuses requests without the admin token, but serves health checks', async () => {
    expect((await admin('GET', '/admin/keys', undefined, 'wrong-token')).status).toBe(401);
    expect((await admin('GET', '/metrics', undefined, '')).status).toBe(401);
    expect((await admin('GET', '/healthz', undefined, '')).status).toBe(200);
    expect((await admin('GET', '/readyz', undefined, '')).json()).toEqual({ status: 'ready' });
    // This gateway was built in-process, not from a config file: nothing to reload, and it says why.
    const reload = await admin('POST', '/admin/reload');
    expect(reload.status).toBe(409);
    expect(reload.json().error.code).toBe('RAMPART_ADMIN_RELOAD_UNAVAILABLE');
  });

  it('creates keys (secret shown once), lists them without secrets, and validates input', async () => {
    const created = await admin('POST', '/admin/keys', { name: 'ci', principal: 'ci-bot', roles: ['user'] });
    expect(created.status).toBe(201);
    const { key, prefix } = created.json();
    expect(key.startsWith(`${prefix}_`)).toBe(true);
    const listed = await admin('GET', '/admin/keys');
    expect(listed.text).toContain(prefix);
    expect(listed.text).not.toContain(key);
    expect((await chat(key)).status).toBe(200);
    const bad = await admin('POST', '/admin/keys', { name: '', roles: 'user', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.json().error.code).toBe('RAMPART_ADMIN_REQUEST_INVALID');
    expect(bad.json().error.hint).toContain('admin API');
    expect(bad.json().error.details.map((detail: { path: string }) => detail.path)).toEqual(
      expect.arrayContaining(['name', 'principal', 'roles']),
    );
    expect((await admin('POST', '/admin/keys/rk_ffffffff/revoke')).status).toBe(404);
  });

  it('queries events by principal, kind and decision with cursor paging', async () => {
    const key = harness.key(['user'], 'pager');
    for (let index = 0; index < 5; index++) await chat(key);
    const first = await admin(
      'GET',
      '/admin/events?principal=pager&kind=inference.request&decision=allow&limit=2',
    );
    expect(first.status).toBe(200);
    const page = first.json();
    expect(page.events).toHaveLength(2);
    const second = (
      await admin(
        'GET',
        `/admin/events?principal=pager&kind=inference.request&limit=10&cursor=${encodeURIComponent(page.nextCursor)}`,
      )
    ).json();
    expect(second.events).toHaveLength(3);
    const ids = new Set([...page.events, ...second.events].map((event: { id: string }) => event.id));
    expect(ids.size).toBe(5);
    expect((await admin('GET', '/admin/events?limit=0')).status).toBe(400);
  });

  it('blocks a principal or IP for a period, reversibly', async () => {
    const key = harness.key(['user'], 'mallory');
    const block = await admin('POST', '/admin/blocks', {
      type: 'principal',
      value: 'mallory',
      ttlSeconds: 60,
      reason: 'test',
    });
    expect(block.status).toBe(201);
    expect(await chat(key)).toEqual({ status: 403, code: 'RAMPART_BLOCKED' });
    expect((await chat(harness.key(['user'], 'someone-else'))).status).toBe(200);
    expect((await admin('DELETE', `/admin/blocks/${block.json().id}`)).status).toBe(204);
    expect((await chat(key)).status).toBe(200);
    const ipBlock = await admin('POST', '/admin/blocks', {
      type: 'ip',
      value: '127.0.0.1',
      ttlSeconds: 60,
      reason: 'test',
    });
    expect((await chat(key)).code).toBe('RAMPART_BLOCKED');
    await admin('DELETE', `/admin/blocks/${ipBlock.json().id}`);
  });

  it('tightens a principal rate limit temporarily, reversibly', async () => {
    const key = harness.key(['user'], 'noisy');
    const override = await admin('POST', '/admin/limits/overrides', {
      principal: 'noisy',
      requestsPerMinute: 2,
      ttlSeconds: 60,
      reason: 'soc',
    });
    expect(override.status).toBe(201);
    const statuses = [];
    for (let index = 0; index < 3; index++) statuses.push((await chat(key)).status);
    expect(statuses).toEqual([200, 200, 429]);
    expect((await admin('DELETE', `/admin/limits/overrides/${override.json().id}`)).status).toBe(204);
    expect((await chat(key)).status).toBe(200);
  });

  it('exposes Prometheus metrics for requests, latency, limits and decisions', async () => {
    await chat(harness.key());
    const metrics = await admin('GET', '/metrics');
    expect(metrics.status).toBe(200);
    expect(metrics.text).toMatch(/rampart_requests_total\{route="chat",status="200",decision="allow"\} \d+/);
    expect(metrics.text).toContain('rampart_request_duration_seconds_bucket');
    expect(metrics.text).toContain('rampart_upstream_duration_seconds_bucket');
    expect(metrics.text).toContain('rampart_limit_rejections_total');
    expect(metrics.text).toContain('rampart_decisions_total');
  });
});
