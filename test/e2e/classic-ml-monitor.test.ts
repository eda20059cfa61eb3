import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { predictExplainer } from '../../src/cli/predict-explainer.ts';
import { createEvent } from '../../src/core/index.ts';
import { startDemoUpstream } from '../../src/gateway/index.ts';
import { socConfigSchema } from '../../src/soc/index.ts';
import { type GatewayProcess, startGatewayProcess } from '../support/gateway-process.ts';
import { irisCsv, irisRows } from '../support/iris-data.ts';
import { startMockRegressor } from '../support/mock-regressor.ts';
import { runRampart } from '../support/rampart-cli.ts';

const examples = resolve(import.meta.dirname, '../../examples/fairness');
let work: string;
let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
let gateway: GatewayProcess;
let key: string;
let regressor: Awaited<ReturnType<typeof startMockRegressor>>;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'rampart-classic-ml-'));
  writeFileSync(join(work, 'train.csv'), irisCsv(irisRows(600, 1)));
  const profiled = await runRampart([
    'data',
    'profile',
    join(work, 'train.csv'),
    '--label',
    'species',
    '--sample-rows',
    '300',
    '--out',
    join(work, 'baseline.json'),
  ]);
  expect(profiled.code, profiled.stderr).toBe(0);
  demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 0 });
  regressor = await startMockRegressor();
  const regressorUrl = regressor.url;
  gateway = await startGatewayProcess({
    upstreams: { demo: { url: demo.url }, regressor: { url: regressorUrl } },
    models: [
      { name: 'iris', upstream: 'demo' },
      { name: 'iris-size', upstream: 'regressor' },
    ],
    routes: [
      {
        id: 'iris-size',
        path: '/predict/iris-size',
        kind: 'predict',
        models: ['iris-size'],
        upstream: 'regressor',
        upstreamPath: '/v2/models/iris-size/infer',
      },
      {
        id: 'iris',
        path: '/predict/iris',
        kind: 'predict',
        models: ['iris'],
        upstream: 'demo',
        upstreamPath: '/v2/models/iris/infer',
        input: { baseline: join(work, 'baseline.json'), onViolation: 'flag', drift: { window: 60 } },
      },
    ],
    roles: { user: [{ routes: ['*'], models: ['*'] }] },
  });
  key = await gateway.key();
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await demo?.close();
  await regressor?.close();
  rmSync(work, { recursive: true, force: true });
});

async function predictRows(data: number[][]): Promise<number> {
  const response = await request(`${gateway.url}/predict/iris`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ inputs: [{ name: 'x', shape: [data.length, 4], datatype: 'FP32', data }] }),
  });
  await response.body.text();
  return response.statusCode;
}

describe('live drift on a predict route (real gateway process)', () => {
  it('a window like the training data is quiet; a shifted window names the drifted features', async () => {
    const live = irisRows(120, 7).map((row) => row.features);
    expect(await predictRows(live.slice(0, 30))).toBe(200);
    expect(await predictRows(live.slice(30, 60))).toBe(200);
    // The next window: petals 1.5 cm longer (a new supplier's measuring device, or someone feeding the model).
    const shifted = live.slice(60, 120).map(([a, b, c, d]) => [a!, b!, c! + 1.5, d!]);
    expect(await predictRows(shifted)).toBe(200);
    const drift = (await gateway.events()).filter((event) => event.kind === 'predict.drift');
    expect(drift).toHaveLength(2);
    const [quiet, shiftedReport] = drift.sort((a, b) => a.time.localeCompare(b.time));
    expect(quiet!.severity).toBe('info');
    expect(quiet!.attrs.drifted).toEqual([]);
    expect(shiftedReport!.severity).toBe('medium');
    expect(shiftedReport!.attrs.drifted).toContain('petal_length');
    expect(shiftedReport!.attrs.drifted).not.toContain('sepal_width');
    const features = shiftedReport!.attrs.features as Array<{ feature: string; psi: number; ks_p: number }>;
    expect(features.find((entry) => entry.feature === 'petal_length')!.psi).toBeGreaterThan(0.2);
    // The answers the model gave in the quiet window were counted against the training labels.
    expect(quiet!.attrs.predictions).toBeGreaterThan(0);
  });
});

describe('rampart monitor explain (through the gateway)', () => {
  it('attributes an iris prediction to the petal features the demo tree uses, none to the sepals', async () => {
    const result = await runRampart(
      [
        'monitor',
        'explain',
        '--url',
        `${gateway.url}/predict/iris`,
        '--baseline',
        join(work, 'baseline.json'),
        '--row',
        '[6.0, 2.9, 4.5, 1.4]',
        '--samples',
        '50',
        '--json',
      ],
      { RAMPART_API_KEY: key },
    );
    expect(result.code, result.stderr).toBe(0);
    const explanation = JSON.parse(result.stdout) as {
      target: string;
      attributions: Array<{ feature: string; value: number }>;
    };
    expect(explanation.target).toBe('versicolor');
    const value = (name: string) => explanation.attributions.find((item) => item.feature === name)!.value;
    expect(value('sepal_length')).toBe(0);
    expect(value('sepal_width')).toBe(0);
    expect(value('petal_length') + value('petal_width')).toBeGreaterThan(0.3);
  });

  it('--task regression attributes the predicted value: each feature its weight times its distance from the background', async () => {
    const row = [6.0, 2.9, 4.5, 1.4];
    const result = await runRampart(
      [
        'monitor',
        'explain',
        '--task',
        'regression',
        '--url',
        `${gateway.url}/predict/iris-size`,
        '--baseline',
        join(work, 'baseline.json'),
        '--row',
        JSON.stringify(row),
        '--samples',
        '300',
        '--json',
      ],
      { RAMPART_API_KEY: key },
    );
    expect(result.code, result.stderr).toBe(0);
    const explanation = JSON.parse(result.stdout) as {
      target: number;
      output: number;
      baseValue: number;
      attributions: Array<{ feature: string; value: number; standardError: number }>;
    };
    expect(explanation.target).toBeCloseTo(2 * 6.0 + 10 * 1.4, 6);
    expect(explanation.output).toBeCloseTo(26, 6);
    const value = (name: string) => explanation.attributions.find((item) => item.feature === name)!.value;
    expect(value('sepal_width')).toBe(0);
    expect(value('petal_length')).toBe(0);
    // Linear model: φ = weight × (row value − mean of the background rows drawn); the sum is exact.
    const total = explanation.attributions.reduce((sum, item) => sum + item.value, 0);
    expect(total).toBeCloseTo(explanation.output - explanation.baseValue, 6);
    const baseline = JSON.parse(readFileSync(join(work, 'baseline.json'), 'utf8')) as {
      columns: Array<{ name: string; numeric?: { mean: number } }>;
    };
    const mean = (name: string) => baseline.columns.find((column) => column.name === name)!.numeric!.mean;
    // Against the training mean, within three standard errors of the sampled background rows.
    const close = (name: string, expected: number) => {
      const item = explanation.attributions.find((entry) => entry.feature === name)!;
      expect(item.standardError).toBeGreaterThan(0);
      expect(Math.abs(item.value - expected)).toBeLessThan(3 * item.standardError);
    };
    close('petal_width', 10 * (1.4 - mean('petal_width')));
    close('sepal_length', 2 * (6.0 - mean('sepal_length')));
    const table = await runRampart(
      [
        'monitor',
        'explain',
        '--task',
        'regression',
        '--url',
        `${gateway.url}/predict/iris-size`,
        '--baseline',
        join(work, 'baseline.json'),
        '--row',
        JSON.stringify(row),
        '--samples',
        '10',
      ],
      { RAMPART_API_KEY: key },
    );
    expect(table.stdout).toContain('prediction: 26 (mean prediction over the background');
  });

  it("the SOC's explain entry with task: regression explains a regressor's event as the CLI does", async () => {
    // It explained classifiers only: a regressor's numbers were read as class names.
    const features = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];
    const entries = socConfigSchema.parse({
      adminToken: 'soc-explain-admin-token-0123456789',
      explain: [
        {
          route: 'iris-size',
          url: `${gateway.url}/predict/iris-size`,
          apiKey: key,
          baseline: join(work, 'baseline.json'),
          samples: 200,
          task: 'regression',
        },
      ],
    }).explain;
    const event = createEvent({
      source: 'gateway',
      kind: 'predict.input.anomaly',
      route: 'iris-size',
      attrs: { features, input_rows: [[6.0, 2.9, 4.5, 1.4]] },
    });
    const explained = (await predictExplainer(entries)!(event)) as {
      task: string;
      target: number;
      output: number;
      baseValue: number;
      attributions: Array<{ feature: string; value: number }>;
    };
    expect(explained.task).toBe('regression');
    expect(explained.target).toBeCloseTo(26, 6);
    expect(explained.output).toBeCloseTo(26, 6);
    const value = (name: string) => explained.attributions.find((item) => item.feature === name)!.value;
    expect(value('sepal_width')).toBe(0);
    expect(value('petal_length')).toBe(0);
    const total = explained.attributions.reduce((sum, item) => sum + item.value, 0);
    expect(total).toBeCloseTo(explained.output - explained.baseValue, 6);
  });

  it('--task regression against a classifier says the answer has no numbers, with a code', async () => {
    const result = await runRampart(
      [
        'monitor',
        'explain',
        '--task',
        'regression',
        '--url',
        `${gateway.url}/predict/iris`,
        '--baseline',
        join(work, 'baseline.json'),
        '--row',
        '[6.0, 2.9, 4.5, 1.4]',
        '--samples',
        '5',
      ],
      { RAMPART_API_KEY: key },
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('RAMPART_UPSTREAM_FAILED');
    expect(result.stderr).toContain('numeric predictions');
  });

  it('without the API key the gateway refuses and the command says so with a code', async () => {
    const result = await runRampart([
      'monitor',
      'explain',
      '--url',
      `${gateway.url}/predict/iris`,
      '--baseline',
      join(work, 'baseline.json'),
      '--row',
      '[6.0, 2.9, 4.5, 1.4]',
    ]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('RAMPART_UPSTREAM_FAILED');
  });
});

describe('rampart monitor fairness (shipped CPS 1985 predictions)', () => {
  const args = [
    'monitor',
    'fairness',
    '--log',
    join(examples, 'predictions.jsonl'),
    '--protected',
    'gender',
    '--label',
    'high_wage',
    '--prediction',
    'predicted_high_wage',
    '--resamples',
    '300',
  ];

  it('passes the four-fifths rule at 0.8 and fails the gate (exit 1, block event) at 0.9', async () => {
    const passed = await runRampart(args);
    expect(passed.code, passed.stderr).toBe(0);
    expect(passed.stdout).toMatch(/female\s+245/);
    const events = join(work, 'fairness-events.jsonl');
    const failed = await runRampart([...args, '--min-ratio', '0.9', '--events', events]);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('FAIL four-fifths');
    const [event] = readFileSync(events, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(event).toMatchObject({ kind: 'monitor.fairness.result', source: 'monitor', decision: 'block' });
    expect(
      event.attrs.groups.find((group: { group: string }) => group.group === 'female').fails_four_fifths,
    ).toBe(true);
  });
});
