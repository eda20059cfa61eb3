import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { predictExplainer } from '../../src/cli/predict-explainer.ts';
import type { SecurityEvent } from '../../src/core/index.ts';
import { startDemoUpstream } from '../../src/gateway/index.ts';
import {
  createSoc,
  createSocServer,
  openSqliteEventStore,
  type Soc,
  socConfigSchema,
} from '../../src/soc/index.ts';
import { type GatewayProcess, startGatewayProcess } from '../support/gateway-process.ts';
import { irisCsv, irisRows } from '../support/iris-data.ts';
import { runRampart } from '../support/rampart-cli.ts';

const adminToken = 'soc-explain-admin-token-0123456789';
let work: string;
let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
let gateway: GatewayProcess;
let key: string;
let soc: Soc;
let anomaly: SecurityEvent;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'rampart-soc-explain-'));
  writeFileSync(join(work, 'train.csv'), irisCsv(irisRows(600, 1)));
  const profiled = await runRampart([
    'data',
    'profile',
    join(work, 'train.csv'),
    '--label',
    'species',
    '--sample-rows',
    '200',
    '--out',
    join(work, 'baseline.json'),
  ]);
  expect(profiled.code, profiled.stderr).toBe(0);
  demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 0 });
  gateway = await startGatewayProcess({
    upstreams: { demo: { url: demo.url } },
    models: [{ name: 'iris', upstream: 'demo' }],
    routes: [
      {
        id: 'iris',
        path: '/predict/iris',
        kind: 'predict',
        models: ['iris'],
        upstream: 'demo',
        upstreamPath: '/v2/models/iris/infer',
        captureText: true,
        input: { baseline: join(work, 'baseline.json'), distance: { onDetection: 'flag' } },
      },
    ],
    roles: { user: [{ routes: ['*'], models: ['*'] }] },
  });
  key = await gateway.key();
  const response = await request(`${gateway.url}/predict/iris`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      inputs: [{ name: 'x', shape: [1, 4], datatype: 'FP32', data: [[7.6, 2.2, 1.1, 0.1]] }],
    }),
  });
  expect(response.statusCode).toBe(200);
  await response.body.text();
  anomaly = (await gateway.events()).find((event) => event.kind === 'predict.input.anomaly')!;
  // The gateway's event, as a SOC receives it.
  soc = createSoc({ store: openSqliteEventStore({ path: join(work, 'soc.db') }), rules: [] });
  await soc.sink.write([anomaly]);
}, 60_000);

afterAll(async () => {
  await soc?.close();
  await gateway?.close();
  await demo?.close();
  rmSync(work, { recursive: true, force: true });
});

function socWith(explain: ReturnType<typeof predictExplainer>) {
  return createSocServer({
    ...soc,
    config: { adminToken },
    logger: pino({ level: 'silent' }),
    ...(explain ? { extensions: { explain } } : {}),
  });
}

describe('explanations on demand from the SOC (POST /api/events/:id/explain)', () => {
  it("a captured predict-route finding carries its rows and the features' names", () => {
    expect(anomaly.attrs.features).toEqual(['sepal_length', 'sepal_width', 'petal_length', 'petal_width']);
    expect(anomaly.attrs.input_rows).toEqual([[7.6, 2.2, 1.1, 0.1]]);
  });

  it('explains the event through the configured predict URL: the demo tree answers from the petals only', async () => {
    const config = socConfigSchema.parse({
      adminToken,
      explain: [
        {
          route: 'iris',
          url: `${gateway.url}/predict/iris`,
          apiKey: key,
          baseline: join(work, 'baseline.json'),
        },
      ],
    });
    const server = socWith(predictExplainer(config.explain));
    const response = await server.app.request(`/api/events/${anomaly.id}/explain`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      target: string;
      attributions: Array<{ feature: string; value: number }>;
    };
    expect(body.target).toBe('setosa');
    const value = (name: string) => body.attributions.find((item) => item.feature === name)!.value;
    expect(value('sepal_length')).toBe(0);
    expect(value('sepal_width')).toBe(0);
    expect(value('petal_length')).toBeGreaterThan(0);
  });

  it('answers 503 with a code when explanations are not configured, and 404 for an unknown event', async () => {
    const server = socWith(undefined);
    const off = await server.app.request(`/api/events/${anomaly.id}/explain`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(off.status).toBe(503);
    expect(((await off.json()) as { error: { code: string } }).error.code).toBe('RAMPART_SOC_UNAVAILABLE');
    const explained = socWith(
      predictExplainer([
        {
          route: 'iris',
          url: `${gateway.url}/predict/iris`,
          baseline: join(work, 'baseline.json'),
          protocol: 'v2',
          samples: 5,
          task: 'classification',
        },
      ]),
    );
    const missing = await explained.app.request('/api/events/01a24f1b-46d9-7004-9190-7aae3345069e/explain', {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(missing.status).toBe(404);
  });
});
