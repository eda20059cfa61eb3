import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type GatewayStub, startGatewayStub } from '../../../test/support/gateway-stub.ts';
import { parseRules } from '../rules/load-rules.ts';
import { createSoc, type Soc } from '../soc-runtime.ts';
import { openSqliteEventStore } from '../store/sqlite-event-store.ts';
import { createSocServer, type SocServer } from './api.ts';

// biome-ignore lint/suspicious/noExplicitAny: JSON answers are inspected loosely in tests
type Loose = any;

const directory = mkdtempSync(join(tmpdir(), 'rampart-soc-api-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const adminToken = 'admin-token-0123456789abcdef';
const ingestToken = 'ingest-token-0123456789abcdef';
const staticDir = join(directory, 'console');
mkdirSync(join(staticDir, 'assets'), { recursive: true });
writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>console</title>');
writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log(1)');

let soc: Soc;
let server: SocServer;
let base: string;
let gateway: GatewayStub;
let counter = 0;

beforeEach(async () => {
  gateway = await startGatewayStub();
  soc = createSoc({
    store: openSqliteEventStore({ path: join(directory, `api-${counter++}.db`) }),
    rules: parseRules(
      'id: burst\ntitle: Burst\nseverity: high\nselection: { kind: guard.detection }\ncorrelation: { type: event_count, group_by: principal, window: 5m, gte: 2 }',
    ),
    gateway: { baseUrl: gateway.url, token: gateway.token },
  });
  server = createSocServer({
    ...soc,
    config: {
      adminToken,
      ingestTokens: [ingestToken],
      staticDir,
      maxBatchEvents: 10,
      maxBodyBytes: 64 * 1024,
    },
  });
  base = await server.listen();
});
afterEach(async () => {
  await server.close();
  await soc.close();
  await gateway.close();
});

async function call(
  method: string,
  path: string,
  options: { token?: string; body?: unknown; headers?: Record<string, string> } = {},
) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === 'string' ? options.body : JSON.stringify(options.body);
    headers['content-type'] ??= 'application/json';
  }
  const response = await fetch(base + path, { method, headers, ...(body === undefined ? {} : { body }) });
  const text = await response.text();
  let json: Loose;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, json, text, headers: response.headers };
}

const detection = (principal: string) => ({
  source: 'guard',
  kind: 'guard.detection',
  principal,
  severity: 'high',
  decision: 'block',
  attrs: { scanner: 'prompt-injection' },
});

describe('POST /events', () => {
  it('accepts an authenticated batch, stores it, and runs the rules', async () => {
    const result = await call('POST', '/events', {
      token: ingestToken,
      body: { events: [detection('mallory'), detection('mallory')] },
    });
    expect(result.status).toBe(200);
    expect(result.json.accepted).toBe(2);
    expect(await soc.store.count({ kind: 'guard.detection' })).toBe(2);
    await soc.idle();
    expect((await soc.alerts.list()).alerts.map((alert) => alert.ruleId)).toEqual(['burst']);
  });

  it('refuses missing or wrong tokens, bad events, oversized batches and bodies with codes', async () => {
    const cases: Array<[Parameters<typeof call>[2], number, string]> = [
      [{ body: { events: [detection('a')] } }, 401, 'RAMPART_SOC_UNAUTHORIZED'],
      [
        { token: 'wrong-token-0123456789', body: { events: [detection('a')] } },
        401,
        'RAMPART_SOC_UNAUTHORIZED',
      ],
      [
        { token: ingestToken, body: { events: [{ ...detection('a'), severity: 'urgent' }] } },
        400,
        'RAMPART_STORE_EVENT_INVALID',
      ],
      [{ token: ingestToken, body: { events: [] } }, 400, 'RAMPART_SOC_REQUEST_INVALID'],
      [
        { token: ingestToken, body: { events: Array.from({ length: 11 }, () => detection('a')) } },
        413,
        'RAMPART_SOC_BODY_TOO_LARGE',
      ],
      [
        {
          token: ingestToken,
          body: { events: [{ ...detection('a'), attrs: { blob: 'x'.repeat(70_000) } }] },
        },
        413,
        'RAMPART_SOC_BODY_TOO_LARGE',
      ],
      [{ token: ingestToken, body: '{"events": [' }, 400, 'RAMPART_JSON_INVALID'],
      [
        { token: ingestToken, body: 'events', headers: { 'content-type': 'text/plain' } },
        400,
        'RAMPART_SOC_REQUEST_INVALID',
      ],
    ];
    for (const [options, status, code] of cases) {
      const result = await call('POST', '/events', options);
      expect([result.status, result.json?.error?.code], code).toEqual([status, code]);
      expect(result.text).not.toMatch(/\n\s+at /);
    }
    const invalid = await call('POST', '/events', {
      token: ingestToken,
      body: { events: [{ ...detection('a'), severity: 'urgent' }] },
    });
    expect(invalid.json.error.details[0].path).toBe('events.0.severity');
    expect(await soc.store.count()).toBe(0);
    expect((await call('GET', '/events')).status).toBe(405);
  });
});

describe('console API', () => {
  it('requires authentication and answers with the error shape', async () => {
    const result = await call('GET', '/api/events');
    expect(result.status).toBe(401);
    expect(result.json.error).toEqual({
      code: 'RAMPART_SOC_UNAUTHORIZED',
      message: expect.any(String),
      hint: expect.any(String),
      type: 'authentication_error',
    });
    expect((await call('GET', '/api/events', { token: ingestToken })).status).toBe(401);
    expect((await call('GET', '/api/nothing', { token: adminToken })).json.error.code).toBe(
      'RAMPART_NOT_FOUND',
    );
    expect((await call('GET', '/api/health')).json).toEqual({ status: 'ok' });
  });

  it('lists events with filters and cursor paging', async () => {
    const events = Array.from({ length: 7 }, (_, index) => ({
      ...detection(index % 2 ? 'a' : 'b'),
      attrs: { index },
    }));
    await call('POST', '/events', { token: ingestToken, body: { events } });
    const page = await call('GET', '/api/events?principal=a&kind=guard.detection&limit=2&order=asc', {
      token: adminToken,
    });
    expect(page.json.events.map((event: Loose) => event.attrs.index)).toEqual([1, 3]);
    const next = await call(
      'GET',
      `/api/events?principal=a&kind=guard.detection&limit=2&order=asc&cursor=${page.json.nextCursor}`,
      {
        token: adminToken,
      },
    );
    expect(next.json.events.map((event: Loose) => event.attrs.index)).toEqual([5]);
    const bySeverity = await call('GET', '/api/events?kind=guard.detection,inference.request&severity=high', {
      token: adminToken,
    });
    expect(bySeverity.json.events).toHaveLength(7);
    const bad = await call('GET', '/api/events?minSeverity=urgent', { token: adminToken });
    expect(bad.json.error.code).toBe('RAMPART_SOC_REQUEST_INVALID');
    const one = await call('GET', `/api/events/${page.json.events[0].id}`, { token: adminToken });
    expect(one.json.attrs.index).toBe(1);
  });

  it('logs in with the admin token: HttpOnly SameSite=Strict session cookie plus a CSRF token required for changes', async () => {
    const failed = await call('POST', '/api/login', { body: { token: 'not-the-admin-token' } });
    expect(failed.json.error.code).toBe('RAMPART_SOC_UNAUTHORIZED');
    expect(await soc.store.count({ kind: 'auth.failure' })).toBe(1);
    const login = await call('POST', '/api/login', { body: { token: adminToken, user: 'dana' } });
    expect(login.status).toBe(200);
    const cookies = login.headers.getSetCookie();
    const session = cookies.find((cookie) => cookie.startsWith('rampart_session='))!;
    expect(session).toContain('HttpOnly');
    expect(session).toContain('SameSite=Strict');
    const csrf = cookies.find((cookie) => cookie.startsWith('rampart_csrf='))!;
    expect(csrf).not.toContain('HttpOnly');
    const cookieHeader = [session, csrf].map((cookie) => cookie.split(';')[0]).join('; ');
    const csrfToken = login.json.csrfToken as string;
    expect((await call('GET', '/api/session', { headers: { cookie: cookieHeader } })).json).toMatchObject({
      user: 'dana',
      csrfToken,
    });

    await call('POST', '/events', {
      token: ingestToken,
      body: { events: [detection('mallory'), detection('mallory')] },
    });
    await soc.idle();
    const list = await call('GET', '/api/alerts?status=new', { headers: { cookie: cookieHeader } });
    expect(list.json.counts).toEqual({ new: 1, acknowledged: 0, resolved: 0 });
    const id = list.json.alerts[0].id as string;
    const noCsrf = await call('POST', `/api/alerts/${id}`, {
      headers: { cookie: cookieHeader },
      body: { action: 'acknowledge' },
    });
    expect([noCsrf.status, noCsrf.json.error.code]).toEqual([403, 'RAMPART_SOC_CSRF']);
    const wrongCsrf = await call('POST', `/api/alerts/${id}`, {
      headers: { cookie: cookieHeader, 'x-csrf-token': 'x'.repeat(43) },
      body: { action: 'acknowledge' },
    });
    expect(wrongCsrf.status).toBe(403);
    const acknowledged = await call('POST', `/api/alerts/${id}`, {
      headers: { cookie: cookieHeader, 'x-csrf-token': csrfToken },
      body: { action: 'acknowledge' },
    });
    expect(acknowledged.json).toMatchObject({ status: 'acknowledged' });
    const note = await call('POST', `/api/alerts/${id}`, {
      headers: { cookie: cookieHeader, 'x-csrf-token': csrfToken },
      body: { action: 'note', text: 'checked' },
    });
    expect(note.json.notes[0]).toMatchObject({ author: 'dana', text: 'checked' });
    const again = await call('POST', `/api/alerts/${id}`, {
      token: adminToken,
      body: { action: 'acknowledge' },
    });
    expect([again.status, again.json.error.code]).toEqual([409, 'RAMPART_SOC_ALERT_TRANSITION']);
    const logout = await call('POST', '/api/logout', {
      headers: { cookie: cookieHeader, 'x-csrf-token': csrfToken },
    });
    expect(logout.status).toBe(200);
    expect((await call('GET', '/api/alerts', { headers: { cookie: cookieHeader } })).status).toBe(401);
  });

  it('responds to an alert through the gateway and reverts the block', async () => {
    await call('POST', '/events', {
      token: ingestToken,
      body: { events: [detection('mallory'), detection('mallory')] },
    });
    await soc.idle();
    const id = (await call('GET', '/api/alerts', { token: adminToken })).json.alerts[0].id;
    const blocked = await call('POST', `/api/alerts/${id}/respond`, {
      token: adminToken,
      body: { action: 'block', target: 'principal', ttl: '10m' },
    });
    expect(blocked.status).toBe(200);
    expect(blocked.json.response).toMatchObject({
      action: 'block',
      status: 'executed',
      target: 'principal:mallory',
    });
    expect(gateway.blocks.size).toBe(1);
    const reverted = await call('POST', `/api/alerts/${id}/responses/${blocked.json.response.id}/revert`, {
      token: adminToken,
    });
    expect(reverted.json.response.status).toBe('reverted');
    expect(gateway.blocks.size).toBe(0);
    const bad = await call('POST', `/api/alerts/${id}/respond`, {
      token: adminToken,
      body: { action: 'delete_everything' },
    });
    expect(bad.json.error.code).toBe('RAMPART_SOC_REQUEST_INVALID');
    // revoke_approval is accepted, and fails closed on an alert that names no dataset object.
    const notData = await call('POST', `/api/alerts/${id}/respond`, {
      token: adminToken,
      body: { action: 'revoke_approval' },
    });
    expect([notData.status, notData.json.response.status]).toEqual([502, 'failed']);
    expect(notData.json.response.error).toContain('names no bucket');
    gateway.failWith = 500;
    const failed = await call('POST', `/api/alerts/${id}/respond`, {
      token: adminToken,
      body: { action: 'revoke_key', key: 'rk_1' },
    });
    expect([failed.status, failed.json.response.status]).toEqual([502, 'failed']);
  });

  it('shows and acts on the gateway keys, blocks and limit overrides', async () => {
    const keys = await call('GET', '/api/gateway/keys', { token: adminToken });
    expect(keys.json.keys).toEqual([expect.objectContaining({ prefix: 'rk_1', principal: 'alice' })]);
    const revoked = await call('POST', '/api/gateway/keys/rk_1/revoke', { token: adminToken });
    expect(revoked.status).toBe(200);
    expect(gateway.revoked.has('rk_1')).toBe(true);
    await call('POST', '/events', { token: ingestToken, body: { events: [detection('m'), detection('m')] } });
    await soc.idle();
    const id = (await call('GET', '/api/alerts', { token: adminToken })).json.alerts[0].id;
    await call('POST', `/api/alerts/${id}/respond`, {
      token: adminToken,
      body: { action: 'block', target: 'principal' },
    });
    const blocks = await call('GET', '/api/gateway/blocks', { token: adminToken });
    expect(blocks.json.blocks).toEqual([expect.objectContaining({ type: 'principal', value: 'm' })]);
    const removed = await call('POST', `/api/gateway/blocks/${blocks.json.blocks[0].id}/delete`, {
      token: adminToken,
    });
    expect(removed.json).toMatchObject({ deleted: true });
    expect(gateway.blocks.size).toBe(0);
    expect((await call('GET', '/api/gateway/overrides', { token: adminToken })).json.overrides).toEqual([]);
    const manual = await soc.store.query({ kind: ['response.executed', 'response.reverted'], order: 'asc' });
    expect(manual.events.map((event) => event.attrs.action)).toEqual(['revoke_key', 'block', 'unblock']);
  });

  it('throttles repeated failed logins from one address', async () => {
    for (let attempt = 0; attempt < 10; attempt++) {
      expect((await call('POST', '/api/login', { body: { token: `wrong-${attempt}` } })).status).toBe(401);
    }
    const throttled = await call('POST', '/api/login', { body: { token: adminToken } });
    expect([throttled.status, throttled.json.error.code]).toEqual([429, 'RAMPART_SOC_LOGIN_THROTTLED']);
    // When to come back: the throttle window's remaining seconds (60 s window), as Retry-After.
    const retryAfter = Number(throttled.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(await soc.store.count({ kind: 'auth.failure' })).toBe(10);
  });

  it('turns a rule off and on while running', async () => {
    const disabled = await call('POST', '/api/rules/burst', { token: adminToken, body: { enabled: false } });
    expect(disabled.json).toMatchObject({ id: 'burst', enabled: false });
    await call('POST', '/events', { token: ingestToken, body: { events: [detection('x'), detection('x')] } });
    expect((await call('GET', '/api/rules', { token: adminToken })).json.rules[0]).toMatchObject({
      matched: 0,
      fired: 0,
    });
    await call('POST', '/api/rules/burst', { token: adminToken, body: { enabled: true } });
    await call('POST', '/events', { token: ingestToken, body: { events: [detection('y'), detection('y')] } });
    expect((await call('GET', '/api/rules', { token: adminToken })).json.rules[0]).toMatchObject({
      enabled: true,
      fired: 1,
    });
    expect(
      (await call('POST', '/api/rules/nope', { token: adminToken, body: { enabled: true } })).status,
    ).toBe(404);
    expect((await soc.store.query({ kind: 'rule.updated' })).events).toHaveLength(2);
  });

  it('serves rules, stats, principals and scans', async () => {
    await call('POST', '/events', {
      token: ingestToken,
      body: {
        events: [
          {
            source: 'gateway',
            kind: 'inference.request',
            principal: 'alice',
            decision: 'allow',
            attrs: { status: 200 },
          },
          {
            source: 'gateway',
            kind: 'inference.request',
            principal: 'alice',
            decision: 'block',
            attrs: { status: 400 },
          },
          detection('alice'),
          { source: 'model', kind: 'model.scan.result', model: 'llama', attrs: { passed: true } },
          // Not refused requests: must not count as "blocked" next to the request count.
          { source: 'model', kind: 'model.scan.finding', model: 'evil', decision: 'block', attrs: {} },
          { source: 'gateway', kind: 'auth.failure', client_ip: '203.0.113.9', decision: 'block', attrs: {} },
          { source: 'data', kind: 'data.gate.result', attrs: { passed: false, dataset: 'd1' } },
        ],
      },
    });
    const rules = await call('GET', '/api/rules', { token: adminToken });
    expect(rules.json.rules[0]).toMatchObject({ id: 'burst', enabled: true, matched: 1, fired: 0 });
    const stats = await call('GET', '/api/stats?bucket=1m', { token: adminToken });
    // Blocked counts refused requests only: one here (not its detection, a scan or an auth failure).
    expect(stats.json.totals).toMatchObject({ requests: 2, blocks: 1, detections: 1 });
    expect(stats.json.series.reduce((sum: number, bucket: Loose) => sum + bucket.blocks, 0)).toBe(1);
    expect(stats.json.series.reduce((sum: number, bucket: Loose) => sum + bucket.requests, 0)).toBe(2);
    expect(stats.json.topPrincipals).toEqual([{ value: 'alice', count: 2 }]);
    const principals = await call('GET', '/api/principals', { token: adminToken });
    expect(principals.json.principals).toEqual([
      { principal: 'alice', requests: 2, blocks: 1, detections: 1, authFailures: 0 },
    ]);
    const scans = await call('GET', '/api/scans', { token: adminToken });
    expect(scans.json.model).toHaveLength(1);
    expect(scans.json.data[0].attrs).toEqual({ passed: false, dataset: 'd1' });
    const compliance = await call('GET', '/api/compliance?framework=owasp-llm', { token: adminToken });
    expect(compliance.json.controls.find((control: Loose) => control.id === 'LLM03:2025').status).toBe(
      'covered',
    );
    const badFramework = await call('GET', '/api/compliance?framework=nope', { token: adminToken });
    expect(badFramework.json.error.code).toBe('RAMPART_SOC_REQUEST_INVALID');
    expect((await call('GET', '/api/stats?from=later', { token: adminToken })).json.error.code).toBe(
      'RAMPART_SOC_REQUEST_INVALID',
    );
  });

  it('pulls events for export with a cursor that never skips or repeats', async () => {
    const first = await call('GET', '/api/export/ocsf?limit=3', { token: adminToken });
    expect(first.json).toEqual({ events: [], cursor: null, more: false });
    await call('POST', '/events', {
      token: ingestToken,
      body: { events: Array.from({ length: 5 }, () => detection('p')) },
    });
    const seen: string[] = [];
    let cursor = '';
    for (let round = 0; round < 4; round++) {
      const page = await call('GET', `/api/export/ocsf?limit=3${cursor ? `&cursor=${cursor}` : ''}`, {
        token: adminToken,
      });
      seen.push(...page.json.events.map((event: Loose) => event.metadata.uid));
      cursor = page.json.cursor ?? cursor;
      if (round === 1)
        await call('POST', '/events', { token: ingestToken, body: { events: [detection('late')] } });
    }
    await soc.idle();
    const last = await call('GET', `/api/export/ocsf?limit=1000&cursor=${cursor}`, { token: adminToken });
    seen.push(...last.json.events.map((event: Loose) => event.metadata.uid));
    const stored = (await soc.store.query({ order: 'asc', limit: 1000 })).events.map((event) => event.id);
    expect(stored.length).toBeGreaterThanOrEqual(6);
    expect(seen).toEqual(stored);
  });
});

describe('live stream', () => {
  it('streams committed events as Server-Sent Events, filtered by kind', async () => {
    const received: string[] = [];
    const done = new Promise<void>((resolve, reject) => {
      const request = httpRequest(
        `${base}/api/events/stream?kind=guard.detection`,
        { headers: { authorization: `Bearer ${adminToken}` } },
        (response) => {
          expect(response.headers['content-type']).toContain('text/event-stream');
          let buffer = '';
          response.on('data', (chunk: Buffer) => {
            buffer += chunk.toString();
            for (const match of buffer.matchAll(/event: security-event\ndata: (.*)\n\n/g))
              received.push(JSON.parse(match[1]!).principal);
            buffer = buffer.slice(buffer.lastIndexOf('\n\n') + 2);
            if (received.length >= 2) {
              request.destroy();
              resolve();
            }
          });
          call('POST', '/events', {
            token: ingestToken,
            body: {
              events: [
                detection('one'),
                { source: 'gateway', kind: 'inference.request', principal: 'skip' },
                detection('two'),
              ],
            },
          }).catch(reject);
        },
      );
      request.on('error', () => undefined);
      request.end();
    });
    await done;
    expect(received).toEqual(['one', 'two']);
  });
});

describe('static console files', () => {
  it('serves files, falls back to index.html for client routes, and never escapes the folder', async () => {
    const asset = await call('GET', '/assets/app.js');
    expect(asset.headers.get('content-type')).toContain('text/javascript');
    expect(asset.text).toBe('console.log(1)');
    const route = await call('GET', '/alerts/123');
    expect(route.text).toContain('<title>console</title>');
    expect(route.headers.get('content-security-policy')).toContain("default-src 'self'");
    const traversal = await new Promise<string>((resolve) => {
      httpRequest(`${base}/..%2f..%2f..%2fetc%2fpasswd`, (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => {
          text += chunk.toString();
        });
        response.on('end', () => resolve(text));
      }).end();
    });
    expect(traversal).toContain('<title>console</title>');
    expect((await call('DELETE', '/')).status).toBe(405);
  });
});

describe('in-process through app.request()', () => {
  it('answers an unexpected failure with RAMPART_INTERNAL and logs it with the request id', async () => {
    const lines: Array<Record<string, unknown>> = [];
    const failing = createSocServer({
      ...soc,
      config: { adminToken },
      logger: pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) }),
      extensions: {
        compliance: async () => {
          throw new Error('connection string postgres://soc:hunter2@db');
        },
      },
    });
    const response = await failing.app.request('/api/compliance', {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text).error).toMatchObject({
      code: 'RAMPART_INTERNAL',
      message: 'internal error',
      type: 'server_error',
    });
    expect(text).not.toContain('hunter2');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    const logged = lines.find((line) => line.request_id === response.headers.get('x-request-id'));
    expect(logged).toMatchObject({ level: 50, msg: 'request failed', path: '/api/compliance' });
  });

  it('refuses an unknown event query parameter and a wrong method on a known path', async () => {
    const headers = { authorization: `Bearer ${adminToken}` };
    const unknown = await server.app.request('/api/events?principle=alice', { headers });
    expect([unknown.status, ((await unknown.json()) as Loose).error.code]).toEqual([
      400,
      'RAMPART_SOC_REQUEST_INVALID',
    ]);
    const wrongMethod = await server.app.request('/api/rules', { method: 'DELETE', headers });
    expect([wrongMethod.status, ((await wrongMethod.json()) as Loose).error.code]).toEqual([
      405,
      'RAMPART_METHOD_NOT_ALLOWED',
    ]);
  });
});
