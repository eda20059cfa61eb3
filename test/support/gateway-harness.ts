import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ApiKeyStore,
  createAdminServer,
  Gateway,
  type GatewayConfigInput,
  listenAdmin,
  startDemoUpstream,
  validateConfig,
} from '../../src/gateway/index.ts';
import { openSqliteEventStore, type SqliteEventStore } from '../../src/soc/index.ts';
import { startMockUpstream } from './mock-upstream.ts';

export const adminToken = 'test-admin-token-0123456789abcdef';

export interface Harness {
  gateway: Gateway;
  url: string;
  adminUrl: string;
  store: SqliteEventStore;
  keys: ApiKeyStore;
  mock: Awaited<ReturnType<typeof startMockUpstream>>;
  demoUrl: string;
  dataDir: string;
  key: (roles?: string[], principal?: string) => string;
  close: () => Promise<void>;
}

/** Default test config: demo + mock upstreams, chat/completions/embeddings/models/predict routes, a "user" role. */
export function testConfig(
  demoUrl: string,
  mockUrl: string,
  dataDir: string,
  overrides: Partial<GatewayConfigInput> = {},
): GatewayConfigInput {
  return {
    admin: { token: adminToken, port: 0 },
    server: { port: 0, requestTimeoutMs: 3_000, headersTimeoutMs: 2_000 },
    dataDir,
    upstreams: {
      demo: { url: demoUrl },
      mock: { url: mockUrl, apiKey: 'sk-upstream-secret', headersTimeoutMs: 1_000, bodyTimeoutMs: 1_000 },
      dead: { url: 'http://127.0.0.1:9', connectTimeoutMs: 500 },
    },
    models: [
      { name: 'demo-chat', upstream: 'demo' },
      { name: 'demo-embed', upstream: 'demo' },
      { name: 'iris', upstream: 'demo' },
      { name: 'mock', upstream: 'mock' },
      { name: 'mock:slow', upstream: 'mock' },
      { name: 'mock:fail', upstream: 'mock' },
      { name: 'mock:drop', upstream: 'mock' },
      { name: 'mock:huge', upstream: 'mock' },
      { name: 'mock:huge-embed', upstream: 'mock' },
      { name: 'mock:stream-slow', upstream: 'mock' },
      { name: 'mock:stream-die', upstream: 'mock' },
      { name: 'mock:echo', upstream: 'mock' },
      { name: 'mock:echo-system', upstream: 'mock' },
      { name: 'mock:leak', upstream: 'mock' },
      { name: 'renamed', upstream: 'mock', upstreamModel: 'mock-internal-name' },
      { name: 'dead', upstream: 'dead' },
      { name: 'secret-model', upstream: 'demo' },
    ],
    routes: [
      {
        id: 'chat',
        path: '/v1/chat/completions',
        kind: 'chat',
        models: ['demo-chat', 'mock*', 'renamed', 'dead', 'secret-model'],
        // A small stream window so short test streams still arrive in several pieces.
        guard: { streamWindow: 64 },
      },
      { id: 'completions', path: '/v1/completions', kind: 'completions', models: ['demo-chat'] },
      {
        id: 'embeddings',
        path: '/v1/embeddings',
        kind: 'embeddings',
        models: ['demo-embed', 'mock:huge-embed'],
      },
      { id: 'models', path: '/v1/models', kind: 'models' },
      {
        id: 'iris',
        path: '/predict/iris',
        kind: 'predict',
        models: ['iris'],
        upstream: 'demo',
        upstreamPath: '/v2/models/iris/infer',
      },
    ],
    roles: {
      user: [
        {
          routes: ['chat', 'completions', 'embeddings', 'models', 'iris'],
          models: ['demo-*', 'mock*', 'renamed', 'dead', 'iris'],
        },
      ],
      'no-stream': [{ routes: ['chat'], models: ['*'], actions: ['invoke'] }],
    },
    limits: {
      rate: { burst: 1_000, requestsPerMinute: 100_000 },
      tokens: { perMinute: 100_000_000, perDay: 1_000_000_000 },
    },
    ...overrides,
  };
}

/** Overrides, or a function of the default config (to add to its upstreams, which hold the stubs' ports). */
export async function startHarness(
  overrides: Partial<GatewayConfigInput> | ((base: GatewayConfigInput) => Partial<GatewayConfigInput>) = {},
): Promise<Harness> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rampart-e2e-'));
  const demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 5 });
  const mock = await startMockUpstream();
  const extra =
    typeof overrides === 'function' ? overrides(testConfig(demo.url, mock.url, dataDir)) : overrides;
  const config = validateConfig(testConfig(demo.url, mock.url, dataDir, extra));
  const store = openSqliteEventStore({ path: join(dataDir, 'events.db') });
  const keys = new ApiKeyStore(join(dataDir, 'keys.db'));
  const gateway = new Gateway({ config, keys, sink: store });
  const address = await gateway.listen(0, '127.0.0.1');
  const admin = createAdminServer({ gateway, token: adminToken, events: store });
  const adminAddress: AddressInfo = await listenAdmin(admin, 0, '127.0.0.1');
  return {
    gateway,
    url: `http://127.0.0.1:${address.port}`,
    adminUrl: `http://127.0.0.1:${adminAddress.port}`,
    store,
    keys,
    mock,
    demoUrl: demo.url,
    dataDir,
    key: (roles = ['user'], principal = 'alice') => keys.create({ name: 'test', principal, roles }).key,
    close: async () => {
      admin.closeAllConnections();
      await new Promise<void>((resolve) => admin.close(() => resolve()));
      await gateway.close(1_000);
      await mock.close();
      await demo.close();
      await store.close();
      keys.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function chatBody(
  model: string,
  content = 'hello there',
  extra: Record<string, unknown> = {},
): string {
  return JSON.stringify({ model, messages: [{ role: 'user', content }], ...extra });
}
