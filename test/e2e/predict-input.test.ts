import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoUpstream } from '../../src/gateway/index.ts';
import { type GatewayProcess, startGatewayProcess } from '../support/gateway-process.ts';
import { irisCsv, irisRows } from '../support/iris-data.ts';
import { runRampart } from '../support/rampart-cli.ts';

let work: string;
let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
let gateway: GatewayProcess;
let key: string;

const route = (id: string, input: Record<string, unknown>) => ({
  id,
  path: `/predict/${id}`,
  kind: 'predict',
  models: ['iris'],
  upstream: 'demo',
  upstreamPath: '/v2/models/iris/infer',
  input,
});

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'rampart-predict-input-'));
  writeFileSync(join(work, 'train.csv'), irisCsv(irisRows(600, 1)));
  const profiled = await runRampart([
    'data',
    'profile',
    join(work, 'train.csv'),
    '--label',
    'species',
    '--sample-rows',
    '600',
    '--out',
    join(work, 'baseline.json'),
  ]);
  expect(profiled.code, profiled.stderr).toBe(0);
  demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 0 });
  const baseline = join(work, 'baseline.json');
  gateway = await startGatewayProcess({
    upstreams: { demo: { url: demo.url } },
    models: [{ name: 'iris', upstream: 'demo' }],
    routes: [
      route('strict', { baseline, onViolation: 'block', distance: { onDetection: 'flag' } }),
      route('lenient', { baseline, onViolation: 'flag', maxRows: 3 }),
      route('far', { baseline, distance: { onDetection: 'block' } }),
      route('clipped', { baseline, onViolation: 'flag', sanitise: { clip: true } }),
      route('smoothed', { baseline, smoothing: { samples: 5, sigma: 0.05 } }),
    ],
    roles: { user: [{ routes: ['*'], models: ['*'] }] },
  });
  key = await gateway.key();
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await demo?.close();
  rmSync(work, { recursive: true, force: true });
});

interface PredictAnswer {
  outputs: Array<{ data: unknown[] }>;
  error: { code: string; message: string };
}

async function predict(id: string, body: unknown) {
  const response = await request(`${gateway.url}/predict/${id}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.statusCode, json: (await response.body.json()) as PredictAnswer };
}
const rows = (...data: unknown[][]) => ({
  inputs: [{ name: 'x', shape: [data.length, 4], datatype: 'FP32', data }],
});

describe('predict route input policy (real gateway process, demo iris model)', () => {
  it('a row like the training data goes through', async () => {
    const answer = await predict('strict', rows([5.1, 3.5, 1.4, 0.2]));
    expect(answer.status).toBe(200);
    expect(answer.json.outputs[0]?.data).toEqual(['setosa']);
  });

  it('a value outside the training range, a string where a number belongs, or a missing value is refused with a code', async () => {
    const range = await predict('strict', rows([5.1, 3.5, 50, 0.2]));
    expect(range.status).toBe(400);
    expect(range.json.error.code).toBe('RAMPART_PREDICT_INPUT_INVALID');
    expect(range.json.error.message).toContain('petal_length');
    const type = await predict('strict', rows([5.1, '3.5', 1.4, 0.2]));
    expect(type.json.error.code).toBe('RAMPART_PREDICT_INPUT_INVALID');
    expect(type.json.error.message).toContain('(type)');
    const missing = await predict('strict', {
      instances: [{ sepal_length: 5.1, sepal_width: 3.5, petal_length: 1.4 }],
    });
    expect(missing.json.error.code).toBe('RAMPART_PREDICT_INPUT_INVALID');
    expect(missing.json.error.message).toContain('(missing)');
    const events = (await gateway.events()).filter((event) => event.kind === 'predict.input.violation');
    expect(events.length).toBeGreaterThanOrEqual(3);
    expect(events.every((event) => event.decision === 'block' && event.route === 'strict')).toBe(true);
    expect(events.map((event) => (event.attrs.rules as string[])[0]).sort()).toEqual(
      expect.arrayContaining(['missing', 'range', 'type']),
    );
  });

  it('more rows than the route takes is 413 before any check or upstream call', async () => {
    const answer = await predict(
      'lenient',
      rows([5.1, 3.5, 1.4, 0.2], [5.1, 3.5, 1.4, 0.2], [5.1, 3.5, 1.4, 0.2], [5, 3, 1, 0.2]),
    );
    expect(answer.status).toBe(413);
    expect(answer.json.error.code).toBe('RAMPART_REQUEST_TOO_LARGE');
  });

  it('a body in no shape the policy can read is refused, not passed unchecked', async () => {
    const answer = await predict('strict', { data: [5.1, 3.5, 1.4, 0.2] });
    expect(answer.status).toBe(400);
    expect(answer.json.error.code).toBe('RAMPART_PREDICT_INPUT_UNREADABLE');
  });

  it('onViolation: flag lets the row through and records a flag event', async () => {
    const answer = await predict('lenient', rows([5.1, 3.5, 50, 0.2]));
    expect(answer.status).toBe(200);
    const events = await gateway.events();
    const flagged = events.find(
      (event) => event.kind === 'predict.input.violation' && event.route === 'lenient',
    );
    expect(flagged?.decision).toBe('flag');
  });

  it('a row inside every range but far from the training data is scored; block refuses it', async () => {
    // Virginica-sized sepals with setosa-sized petals: each value seen in training, the combination never.
    const far = [7.6, 2.2, 1.1, 0.1];
    const flagged = await predict('strict', rows(far));
    expect(flagged.status).toBe(200);
    const blocked = await predict('far', rows(far));
    expect(blocked.status).toBe(400);
    expect(blocked.json.error.code).toBe('RAMPART_PREDICT_INPUT_ANOMALOUS');
    const near = await predict('far', rows([5.0, 3.4, 1.5, 0.2]));
    expect(near.status).toBe(200);
    const anomalies = (await gateway.events()).filter((event) => event.kind === 'predict.input.anomaly');
    expect(anomalies.map((event) => [event.route, event.decision])).toEqual(
      expect.arrayContaining([
        ['strict', 'flag'],
        ['far', 'block'],
      ]),
    );
    expect(anomalies.every((event) => (event.attrs.score as number) > 1)).toBe(true);
  });

  it('sanitise clips numbers to the training range before they go upstream', async () => {
    // petal_width -40 would be setosa/versicolor by the tree; clipped to the training minimum it stays in range.
    const answer = await predict('clipped', rows([6.5, 3.0, 5.5, 40]));
    expect(answer.status).toBe(200);
    expect(answer.json.outputs[0]?.data).toEqual(['virginica']);
    const audit = (await gateway.events()).find(
      (event) => event.kind === 'inference.request' && event.route === 'clipped',
    );
    expect(audit?.attrs['predict.sanitised']).toBe(true);
  });

  it('randomized smoothing answers with the majority class and says how many queries it made', async () => {
    const answer = await predict('smoothed', rows([5.1, 3.5, 1.4, 0.2], [6.7, 3.0, 5.6, 2.2]));
    expect(answer.status).toBe(200);
    expect(answer.json.outputs[0]?.data).toEqual(['setosa', 'virginica']);
    const audit = (await gateway.events()).find(
      (event) => event.kind === 'inference.request' && event.route === 'smoothed',
    );
    expect(audit?.attrs['predict.smoothing_queries']).toBe(5);
  });

  it('a config whose distance check has no baseline sample is refused at load', async () => {
    writeFileSync(join(work, 'no-sample.csv'), irisCsv(irisRows(60, 2)));
    const profiled = await runRampart([
      'data',
      'profile',
      join(work, 'no-sample.csv'),
      '--label',
      'species',
      '--out',
      join(work, 'no-sample.json'),
    ]);
    expect(profiled.code).toBe(0);
    writeFileSync(
      join(work, 'bad.yaml'),
      JSON.stringify({
        upstreams: { demo: { url: demo.url } },
        models: [{ name: 'iris', upstream: 'demo' }],
        routes: [route('p', { baseline: join(work, 'no-sample.json'), distance: {} })],
        server: { port: 0 },
        admin: { port: 0, token: 'config-check-admin-token-0123456789' },
        dataDir: work,
      }),
    );
    const checked = await runRampart(['gateway', '--config', join(work, 'bad.yaml')], {}, 20_000);
    expect(checked.code).not.toBe(0);
    expect(checked.stdout + checked.stderr).toContain('routes.0.input.distance');
  });
});
