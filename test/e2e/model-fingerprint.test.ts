import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { classifyIris, startDemoUpstream } from '../../src/gateway/index.ts';
import { binomialUpperTail } from '../../src/model/index.ts';
import { type GatewayProcess, startGatewayProcess } from '../support/gateway-process.ts';
import { runRampart } from '../support/rampart-cli.ts';

/**
 * `rampart model fingerprint` against the owner's model behind a gateway process, then
 * `fingerprint check` of a suspect copy (an extracted tree whose thresholds are close to the
 * owner's) and of an independently built model: the copy gets a tiny p-value, the other does not.
 */
type Model = (row: number[]) => string;
const centres: Array<[string, number[]]> = [
  ['setosa', [5.0, 3.4, 1.5, 0.25]],
  ['versicolor', [5.9, 2.8, 4.3, 1.3]],
  ['virginica', [6.6, 3.0, 5.6, 2.0]],
];
const models: Record<string, Model> = {
  /** What an extraction attack recovers: the same splits, thresholds a little off. */
  copy: ([, , petalLength = 0, petalWidth = 0]) =>
    petalLength < 2.5
      ? 'setosa'
      : petalWidth < 1.72
        ? petalLength < 4.9
          ? 'versicolor'
          : 'virginica'
        : 'virginica',
  /** Independent: nearest centroid. */
  centroid: (row) =>
    centres
      .map(
        ([label, centre]) =>
          [label, centre.reduce((sum, value, index) => sum + (value - row[index]!) ** 2, 0)] as const,
      )
      .sort((left, right) => left[1] - right[1])[0]![0],
  /** Independent: petal length only. */
  petal: ([, , petalLength = 0]) =>
    petalLength < 2.6 ? 'setosa' : petalLength < 4.8 ? 'versicolor' : 'virginica',
  /** Independent: sepal and petal sums. */
  sums: ([sepalLength = 0, , petalLength = 0, petalWidth = 0]) =>
    petalLength + petalWidth < 3
      ? 'setosa'
      : sepalLength + petalLength + petalWidth < 12.2
        ? 'versicolor'
        : 'virginica',
};

let server: Server;
let base: string;
let gateway: GatewayProcess;
let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
let directory: string;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'rampart-fingerprint-e2e-'));
  server = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const model = models[(incoming.url ?? '').slice(1)];
      const rows = (
        JSON.parse(Buffer.concat(chunks).toString('utf8')) as { inputs: Array<{ data: number[][] }> }
      ).inputs[0]!.data;
      response.writeHead(model ? 200 : 404, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          outputs: [
            { name: 'label', datatype: 'BYTES', shape: [rows.length], data: rows.map((row) => model?.(row)) },
          ],
        }),
      );
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  demo = await startDemoUpstream(0, '127.0.0.1');
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
      },
    ],
    roles: { user: [{ routes: ['iris'], models: ['*'] }] },
    limits: { rate: { burst: 10_000, requestsPerMinute: 1_000_000 } },
  });
}, 30_000);

afterAll(async () => {
  await gateway?.close();
  await demo?.close();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  rmSync(directory, { recursive: true, force: true });
});

describe('model fingerprint', () => {
  it('tells an extracted copy from independently built models, with a p-value', async () => {
    expect(classifyIris([5.1, 3.5, 1.4, 0.2]).label).toBe('setosa');
    const key = await gateway.key(['user'], 'owner');
    const out = join(directory, 'iris.fingerprint.json');
    const built = await runRampart([
      'model',
      'fingerprint',
      '--endpoint',
      `${gateway.url}/predict/iris`,
      '--header',
      `Authorization: Bearer ${key}`,
      '--ranges',
      '4:8,2:4.5,1:7,0.1:2.6',
      '--points',
      '60',
      '--seed',
      '7',
      '--reference',
      `${base}/centroid`,
      '--reference',
      `${base}/petal`,
      '--out',
      out,
    ]);
    expect(built.stderr).toBe('');
    expect(built.code).toBe(0);
    const fingerprint = JSON.parse(readFileSync(out, 'utf8')) as {
      points: number[][];
      labels: string[];
      references: number[];
    };
    expect(fingerprint.points).toHaveLength(60);
    expect(fingerprint.labels).toEqual(fingerprint.points.map((point) => classifyIris(point).label));
    const check = async (suspect: string) => {
      const result = await runRampart([
        'model',
        'fingerprint',
        'check',
        '--fingerprint',
        out,
        '--endpoint',
        `${base}/${suspect}`,
        '--format',
        'json',
      ]);
      expect(result.stderr).toBe('');
      expect(result.code).toBe(0);
      return JSON.parse(result.stdout) as { agreement: number; pValue: number; copy: boolean };
    };
    const copy = await check('copy');
    expect(copy.copy).toBe(true);
    expect(copy.pValue).toBeLessThan(0.001);
    const independent = await check('sums');
    expect(independent.copy).toBe(false);
    expect(independent.agreement).toBeLessThan(copy.agreement);
  });

  it('computes binomial tails', () => {
    expect(binomialUpperTail(0, 10, 0.3)).toBe(1);
    expect(binomialUpperTail(10, 10, 0.5)).toBeCloseTo(1 / 1024, 12);
    expect(binomialUpperTail(8, 10, 0.5)).toBeCloseTo(56 / 1024, 12);
  });
});
