import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness } from '../support/gateway-harness.ts';

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness({
    roles: {
      user: [{ routes: ['chat', 'models'], models: ['demo-*', 'mock'] }],
      'mock-only': [{ routes: ['chat', 'models'], models: ['mock'] }],
      'predict-only': [{ routes: ['iris', 'models'], models: ['iris', 'mock'] }],
    },
  });
});
afterAll(async () => {
  await harness.close();
});

async function listModels(key: string): Promise<string[]> {
  const response = await request(`${harness.url}/v1/models`, { headers: { authorization: `Bearer ${key}` } });
  expect(response.statusCode).toBe(200);
  const body = (await response.body.json()) as { data: Array<{ id: string }> };
  return body.data.map((model) => model.id).sort();
}

describe('GET /v1/models', () => {
  it('lists only the models the caller may use, on a route that serves them', async () => {
    expect(await listModels(harness.key(['user']))).toEqual(['demo-chat', 'mock']);
    expect(await listModels(harness.key(['mock-only'], 'bob'))).toEqual(['mock']);
    // "mock" is granted but the iris route does not serve it.
    expect(await listModels(harness.key(['predict-only'], 'carol'))).toEqual(['iris']);
    expect(await listModels(harness.key(['user', 'predict-only'], 'dave'))).toEqual([
      'demo-chat',
      'iris',
      'mock',
    ]);
  });
});
