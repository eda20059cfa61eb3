import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RampartError } from '../../src/core/index.ts';
import { buildBaseline, Dataset, defaultPolicy, drawProfileSample } from '../../src/data/index.ts';
import { type Harness, startHarness } from '../support/gateway-harness.ts';
import { irisCsv, irisRows } from '../support/iris-data.ts';
import { redisAnswers, redisSkipReason, testRedisUrl, uniquePrefix } from '../support/redis.ts';

const redisAvailable = await redisAnswers();
let work: string;
let baseline: string;

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'rampart-smoothing-limits-'));
  writeFileSync(join(work, 'train.csv'), irisCsv(irisRows(300, 1)));
  const dataset = await Dataset.open([join(work, 'train.csv')]);
  const profile = await buildBaseline(dataset, defaultPolicy({ label: 'species' }));
  profile.sample = await drawProfileSample(dataset, profile, 300);
  dataset.close();
  baseline = join(work, 'baseline.json');
  writeFileSync(baseline, JSON.stringify(profile));
});

afterAll(() => {
  rmSync(work, { recursive: true, force: true });
});

const predictRoute = (id: string, input: Record<string, unknown>) => ({
  id,
  path: `/predict/${id}`,
  kind: 'predict' as const,
  models: ['iris'],
  upstream: 'demo',
  upstreamPath: '/v2/models/iris/infer',
  input: { baseline, ...input },
});

async function gatewayWith(
  requestsPerMinute: number,
  state?: { redis: { url: string; keyPrefix: string } },
  burst = 1_000,
) {
  return startHarness((base) => ({
    routes: [
      ...base.routes!,
      predictRoute('smoothed', { smoothing: { samples: 5, sigma: 0.05 } }),
      predictRoute('squeezed', { squeeze: { decimals: 1 } }),
      predictRoute('plain', {}),
    ],
    roles: { user: [{ routes: ['smoothed', 'squeezed', 'plain'], models: ['iris'] }] },
    limits: { rate: { burst, requestsPerMinute } },
    ...(state ? { state } : {}),
  }));
}

async function predict(harness: Harness, key: string, route: string) {
  const response = await request(`${harness.url}/predict/${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      inputs: [{ name: 'x', shape: [1, 4], datatype: 'FP32', data: [[5.1, 3.5, 1.4, 0.2]] }],
    }),
  });
  const json = (await response.body.json()) as { error?: { code: string } };
  return { status: response.statusCode, code: json.error?.code, limit: response.headers['x-rampart-limit'] };
}

const stores = [
  { name: 'in memory', state: () => undefined, enabled: true },
  {
    name: 'in Redis',
    state: () => ({ redis: { url: testRedisUrl, keyPrefix: uniquePrefix('smoothing') } }),
    enabled: redisAvailable,
  },
];

for (const store of stores) {
  describe.runIf(store.enabled)(
    `check queries count against the caller's request rate (${store.name})`,
    () => {
      it('a smoothed request with 5 samples counts 6 requests: the third of them is over 12 a minute (429)', async () => {
        const harness = await gatewayWith(12, store.state());
        try {
          const key = harness.key();
          expect((await predict(harness, key, 'smoothed')).status).toBe(200);
          expect((await predict(harness, key, 'smoothed')).status).toBe(200);
          const refused = await predict(harness, key, 'smoothed');
          expect(refused).toMatchObject({
            status: 429,
            code: 'RAMPART_LIMIT_RATE',
            limit: 'rate.requestsPerMinute',
          });
          // The budget is the caller's: a plain request is refused too, another principal is not.
          expect((await predict(harness, key, 'plain')).status).toBe(429);
          expect((await predict(harness, harness.key(['user'], 'bob'), 'plain')).status).toBe(200);
          const rejected = (await harness.store.query({ kind: 'limit.rejected' })).events;
          expect(rejected.some((event) => event.route === 'smoothed' && event.principal === 'alice')).toBe(
            true,
          );
        } finally {
          await harness.close();
        }
      });

      it('refused check queries count nothing: the request itself stays counted, its extras do not', async () => {
        const harness = await gatewayWith(10, store.state());
        try {
          const key = harness.key();
          expect((await predict(harness, key, 'smoothed')).status).toBe(200); // 6
          expect((await predict(harness, key, 'smoothed')).status).toBe(429); // 7: its 5 extras would make 12
          const plain = [];
          for (let index = 0; index < 4; index++) plain.push((await predict(harness, key, 'plain')).status);
          expect(plain).toEqual([200, 200, 200, 429]); // 8, 9, 10, then over
        } finally {
          await harness.close();
        }
      });

      it('feature squeezing counts its two check queries', async () => {
        const harness = await gatewayWith(6, store.state());
        try {
          const key = harness.key();
          expect((await predict(harness, key, 'squeezed')).status).toBe(200); // 3
          expect((await predict(harness, key, 'squeezed')).status).toBe(200); // 6
          expect((await predict(harness, key, 'plain')).status).toBe(429);
        } finally {
          await harness.close();
        }
      });
    },
  );
}

describe('a route whose check queries cannot fit the burst', () => {
  it('is refused when the config loads, with the dotted path of the setting', async () => {
    const failure = await gatewayWith(600, undefined, 5).catch((error: unknown) => error);
    expect(RampartError.is(failure) && failure.code).toBe('RAMPART_CONFIG_INVALID');
    expect(JSON.stringify((failure as RampartError).details)).toContain('input.smoothing.samples');
  });
});

describe.skipIf(redisAvailable)('check queries in Redis', () => {
  it.skip(redisSkipReason, () => {});
});
