import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type SecurityEvent, seededRandom } from '../../src/core/index.ts';
import {
  ApiKeyStore,
  createAdminServer,
  Gateway,
  listenAdmin,
  startDemoUpstream,
  validateConfig,
} from '../../src/gateway/index.ts';
import { createSoc, defaultRules, openSqliteEventStore, type Soc } from '../../src/soc/index.ts';
import { adminToken, testConfig } from '../support/gateway-harness.ts';

/**
 * An extraction attack on the iris predict route -> the gateway's extraction.suspected reports ->
 * the SOC's default rules -> degrade (label-only answers), then a tightened rate limit (429), both
 * through the gateway admin API. A bystander keeps full answers throughout.
 */
let dataDir: string;
let soc: Soc;
let keys: ApiKeyStore;
let url: string;
let closeAll: () => Promise<void>;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'rampart-extraction-e2e-'));
  const demo = await startDemoUpstream(0, '127.0.0.1');
  const base = testConfig(demo.url, demo.url, dataDir);
  const config = validateConfig({
    ...base,
    routes: base.routes.map((route) =>
      route.id === 'iris' ? { ...route, extraction: { minQueries: 60, reportEvery: 40 } } : route,
    ),
  });
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
    await demo.close();
    await soc.close();
    keys.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
});
afterAll(async () => {
  await closeAll?.();
});

async function predict(key: string, row: number[]) {
  const response = await request(`${url}/predict/iris`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ inputs: [{ name: 'x', shape: [1, 4], datatype: 'FP32', data: [row] }] }),
  });
  const json = (await response.body.json()) as {
    outputs?: Array<{ name: string; data: number[] }>;
    error?: { code: string };
  };
  return {
    status: response.statusCode,
    code: json.error?.code,
    scores: json.outputs?.find((output) => output.name === 'probabilities')?.data ?? [],
  };
}

const labelOnly = (scores: number[]) => scores.every((score) => score === 0 || score === 1);

describe('graded SOC responses to model extraction', () => {
  it('degrades, then throttles the attacker; a bystander is untouched', async () => {
    const attacker = keys.create({ name: 'attacker', principal: 'mallory', roles: ['user'] }).key;
    const bystander = keys.create({ name: 'bystander', principal: 'alice', roles: ['user'] }).key;
    const random = seededRandom(8);
    const known = [[5.8, 2.7, 4.1, 1.0]];
    const step = () => {
      const base = known[Math.floor(random() * known.length)]!;
      const row = base.map((value) => value + 0.1 * (random() < 0.5 ? -1 : 1));
      known.push(row);
      return row;
    };
    let degradedAt: number | undefined;
    let throttledAt: number | undefined;
    for (let index = 0; index < 400 && throttledAt === undefined; index++) {
      const answer = await predict(attacker, step());
      if (answer.status === 429) throttledAt = index;
      else if (degradedAt === undefined && labelOnly(answer.scores)) degradedAt = index;
      if (index % 20 === 19) await soc.idle();
    }
    expect(degradedAt).toBeDefined();
    expect(throttledAt).toBeGreaterThan(degradedAt!);
    const { alerts } = await soc.alerts.list();
    const byRule = new Map(alerts.map((alert) => [alert.ruleId, alert]));
    expect(byRule.get('extraction-suspected')?.responses).toEqual([
      expect.objectContaining({ action: 'degrade', status: 'executed', target: 'principal:mallory' }),
    ]);
    expect(byRule.get('extraction-persistent')?.responses).toEqual([
      expect.objectContaining({ action: 'tighten_limit', status: 'executed' }),
    ]);
    const fine = await predict(bystander, [6.0, 2.9, 4.5, 1.5]);
    expect(fine.status).toBe(200);
    expect(labelOnly(fine.scores)).toBe(false);
  });

  it('acts on the volume rule too: 320 distinct queries degrade the principal (issue 16)', async () => {
    const heavy = keys.create({ name: 'heavy', principal: 'volume', roles: ['user'] }).key;
    const random = seededRandom(9);
    const natural = () => [
      5.8 + 0.6 * (random() - 0.5),
      3.0 + 0.4 * (random() - 0.5),
      4.3 + 2 * (random() - 0.5),
      1.3 + 0.8 * (random() - 0.5),
    ];
    let degradedAt: number | undefined;
    for (let index = 0; index < 320 && degradedAt === undefined; index++) {
      const answer = await predict(heavy, natural());
      expect(answer.status).toBe(200);
      if (labelOnly(answer.scores)) degradedAt = index;
      if (index % 20 === 19) await soc.idle();
    }
    expect(degradedAt).toBeGreaterThanOrEqual(300);
    const { alerts } = await soc.alerts.list();
    const alert = alerts.find((item) => item.ruleId === 'model-extraction' && item.principal === 'volume');
    expect(alert?.responses).toEqual([expect.objectContaining({ action: 'degrade', status: 'executed' })]);
  });
});
