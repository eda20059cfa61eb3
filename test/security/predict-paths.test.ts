import { Client } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Harness, startHarness, testConfig } from '../support/gateway-harness.ts';

let harness: Harness;
let client: Client;
const routes = testConfig('http://127.0.0.1:1', 'http://127.0.0.1:1', '.').routes!;
beforeAll(async () => {
  harness = await startHarness({
    routes: [
      ...routes,
      {
        id: 'files',
        path: '/predict/files/*',
        kind: 'predict',
        models: ['iris'],
        upstream: 'mock',
        upstreamPath: '/v2',
        subPaths: ['/models/*/infer'],
      },
      {
        id: 'bare',
        path: '/predict/bare/*',
        kind: 'predict',
        models: ['iris'],
        upstream: 'mock',
        upstreamPath: '/infer',
      },
    ],
    roles: { user: [{ routes: ['files', 'bare'], models: ['iris'] }] },
  });
  client = new Client(harness.url);
});
afterAll(async () => {
  await client.close();
  await harness.close();
});

async function post(path: string): Promise<{ status: number; code?: string }> {
  // `path` goes out as written: a URL object would resolve the dot segments first.
  const response = await client.request({
    path,
    method: 'POST',
    headers: { authorization: `Bearer ${harness.key()}`, 'content-type': 'application/json' },
    body: '{"inputs":[]}',
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    code: response.statusCode === 200 ? undefined : JSON.parse(text).error?.code,
  };
}

describe('predict route paths', () => {
  it('forwards only the sub-paths a route allows, after normalising the path', async () => {
    const before = harness.mock.requests.length;
    for (const path of [
      '/predict/files/model.safetensors.index.json',
      '/predict/files/model.tar',
      '/predict/files/export/',
      '/predict/files/./export',
      '/predict/files//weights',
      '/predict/files/models/iris/infer/../../../../v1/files',
      '/predict/files/models/iris/infer/extra',
      '/predict/files/%2e%2e/secret',
      '/predict/files/models%2Firis%2Finfer',
      '/predict/files/models/iris%252Finfer',
      '/predict/files/models\\iris\\infer',
      '/predict/bare/anything',
    ]) {
      expect(await post(path), path).toEqual({ status: 403, code: 'RAMPART_PATH_FORBIDDEN' });
    }
    expect(harness.mock.requests.length).toBe(before);
    expect((await post('/predict/files/models/iris/infer')).status).toBe(200);
    expect((await post('/predict/files//models/./iris/infer/')).status).toBe(200);
    expect((await post('/predict/bare')).status).toBe(200);
    expect(harness.mock.requests.slice(before).map((forwarded) => forwarded.url)).toEqual([
      '/v2/models/iris/infer',
      '/v2/models/iris/infer',
      '/infer',
    ]);
  });
});
