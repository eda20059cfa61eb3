import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SecurityEvent } from '../../src/core/index.ts';
import {
  ApiKeyStore,
  createAdminServer,
  Gateway,
  listenAdmin,
  validateConfig,
} from '../../src/gateway/index.ts';
import { createSoc, defaultRules, openSqliteEventStore, type Soc } from '../../src/soc/index.ts';
import { adminToken, chatBody, testConfig } from '../support/gateway-harness.ts';
import { startMockUpstream } from '../support/mock-upstream.ts';

/** Key stuffing through the real gateway -> default rule -> automatic block -> who is refused. */
let dataDir: string;
let soc: Soc;
let keys: ApiKeyStore;
let url: string;
let closeAll: () => Promise<void>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rampart-stuffing-'));
  const mock = await startMockUpstream();
  const config = validateConfig(testConfig(mock.url, mock.url, dataDir));
  const store = openSqliteEventStore({ path: join(dataDir, 'events.db') });
  keys = new ApiKeyStore(join(dataDir, 'keys.db'));
  let socSink: Soc['sink'] | undefined;
  const gateway = new Gateway({
    config,
    keys,
    sink: { write: (events: readonly SecurityEvent[]) => socSink!.write(events) },
  });
  url = `http://127.0.0.1:${(await gateway.listen(0, '127.0.0.1')).port}`;
  const admin = createAdminServer({ gateway, token: adminToken, events: store });
  const adminAddress: AddressInfo = await listenAdmin(admin, 0, '127.0.0.1');
  soc = createSoc({
    store,
    rules: defaultRules(),
    gateway: { baseUrl: `http://127.0.0.1:${adminAddress.port}`, token: adminToken },
  });
  socSink = soc.sink;
  closeAll = async () => {
    admin.closeAllConnections();
    await new Promise<void>((resolve) => admin.close(() => resolve()));
    await gateway.close(1_000);
    await mock.close();
    await soc.close();
    keys.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
});
afterAll(async () => {
  await closeAll();
});

async function chat(key: string) {
  const response = await request(`${url}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: chatBody('mock'),
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    code: response.statusCode === 200 ? undefined : JSON.parse(text).error.code,
  };
}

describe('key-stuffing response', () => {
  it('blocks unauthenticated requests from the address, not the valid key behind it', async () => {
    const valid = keys.create({ name: 'demo', principal: 'alice', roles: ['user'] }).key;
    for (let index = 0; index < 5; index++) {
      expect((await chat(`rk_${index.toString(16).padStart(8, '0')}_${'y'.repeat(43)}`)).status).toBe(401);
    }
    await soc.idle();
    const alert = (await soc.alerts.list()).alerts.find((item) => item.ruleId === 'auth-key-stuffing');
    expect(alert?.responses).toEqual([
      expect.objectContaining({
        action: 'block',
        status: 'executed',
        target: 'ip:127.0.0.1 (unauthenticated)',
      }),
    ]);
    expect(await chat(valid)).toEqual({ status: 200, code: undefined });
    expect(await chat(`rk_0000000a_${'y'.repeat(43)}`)).toEqual({ status: 403, code: 'RAMPART_BLOCKED' });
  });
});
