import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminToken, testConfig } from '../../test/support/gateway-harness.ts';
import { type EventQuery, MemoryEventSink } from '../core/index.ts';
import { createAdminApp } from './admin-server.ts';
import { ApiKeyStore } from './api-key-store.ts';
import { validateConfig } from './config.ts';
import { Gateway } from './gateway.ts';

// In-process through the router's request function; test/e2e/admin.test.ts covers a real socket.
const dataDir = mkdtempSync(join(tmpdir(), 'rampart-admin-'));
const lines: Array<Record<string, unknown>> = [];
const queries: EventQuery[] = [];
let gateway: Gateway;
let keys: ApiKeyStore;
let failReload: unknown;
let app: ReturnType<typeof createAdminApp>;

beforeAll(() => {
  keys = new ApiKeyStore(':memory:');
  gateway = new Gateway({
    config: validateConfig(testConfig('http://127.0.0.1:9', 'http://127.0.0.1:9', dataDir)),
    keys,
    sink: new MemoryEventSink(),
    logger: pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) }),
  });
  app = createAdminApp({
    gateway,
    token: adminToken,
    events: {
      query: async (query) => {
        queries.push(query);
        return { events: [] };
      },
    },
    reload: () => {
      throw failReload;
    },
  });
});
afterAll(async () => {
  await gateway.close(1_000);
  keys.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const admin = async (method: string, path: string, body?: string) => {
  const response = await app.request(path, {
    method,
    headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
    ...(body === undefined ? {} : { body }),
  });
  const text = await response.text();
  return {
    status: response.status,
    headers: response.headers,
    text,
    json: text ? JSON.parse(text) : undefined,
  };
};

describe('admin API in-process', () => {
  it('answers errors in the shape docs/errors.md promises, with a type and a request id', async () => {
    const refused = await app.request('/admin/keys', { headers: { authorization: 'Bearer wrong' } });
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { error: unknown }).error).toEqual({
      code: 'RAMPART_ADMIN_UNAUTHORIZED',
      message: expect.any(String),
      hint: expect.any(String),
      type: 'authentication_error',
    });
    expect(refused.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    const missing = await admin('GET', '/admin/nothing');
    expect([missing.status, missing.json.error.code, missing.json.error.type]).toEqual([
      404,
      'RAMPART_NOT_FOUND',
      'not_found_error',
    ]);
  });

  it('logs a failing reload with its request id and shows the client no cause', async () => {
    failReload = new Error('disk on fire at /etc/rampart.yaml');
    const failed = await admin('POST', '/admin/reload');
    expect([failed.status, failed.json.error.code, failed.json.error.message]).toEqual([
      500,
      'RAMPART_INTERNAL',
      'internal error',
    ]);
    expect(failed.text).not.toContain('disk on fire');
    const logged = lines.find((line) => line.request_id === failed.headers.get('x-request-id'));
    expect(logged).toMatchObject({ level: 50, msg: 'request failed', code: 'RAMPART_INTERNAL' });
  });

  it('parses the event query with the shared parser: lists, and unknown parameters refused', async () => {
    const listed = await admin('GET', '/admin/events?kind=auth.failure,limit.rejected&severity=high&limit=5');
    expect(listed.status).toBe(200);
    expect(queries.at(-1)).toEqual({
      kind: ['auth.failure', 'limit.rejected'],
      severity: ['high'],
      limit: 5,
    });
    const unknown = await admin('GET', '/admin/events?principle=alice');
    expect([unknown.status, unknown.json.error.code]).toEqual([400, 'RAMPART_ADMIN_REQUEST_INVALID']);
  });

  it('refuses a body past 64 KiB before parsing it', async () => {
    const big = await admin('POST', '/admin/blocks', JSON.stringify({ reason: 'x'.repeat(70_000) }));
    expect([big.status, big.json.error.code]).toEqual([413, 'RAMPART_REQUEST_TOO_LARGE']);
  });
});
