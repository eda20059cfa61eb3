import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryEventSink } from '../../core/index.ts';
import { ApiKeyStore, Gateway, startDemoUpstream } from '../../gateway/index.ts';
import { demoConfig } from './up.ts';

let work: string;
let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
let gateway: Gateway;
let keys: ApiKeyStore;
let url: string;
let key: string;
const sink = new MemoryEventSink();

beforeAll(async () => {
  work = mkdtempSync(join(tmpdir(), 'rampart-up-demo-config-'));
  demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 0 });
  const config = demoConfig({
    dataDir: work,
    port: 0,
    adminPort: 0,
    upstreamUrl: demo.url,
    token: 'demo-config-admin-token-0123456789abcdef',
  });
  keys = new ApiKeyStore(join(work, 'keys.db'));
  key = keys.create({ name: 'demo', principal: 'demo', roles: ['demo'] }).key;
  gateway = new Gateway({ config, keys, sink });
  url = `http://127.0.0.1:${(await gateway.listen(0, '127.0.0.1')).port}`;
});

afterAll(async () => {
  await gateway?.close();
  keys?.close();
  await demo?.close();
  rmSync(work, { recursive: true, force: true });
});

async function iris(row: number[]) {
  const response = await request(`${url}/predict/iris`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ inputs: [{ name: 'x', shape: [1, 4], datatype: 'FP32', data: [row] }] }),
  });
  const json = (await response.body.json()) as { error?: { code: string } };
  return { status: response.statusCode, code: json.error?.code };
}

describe('the demo config (rampart up --demo)', () => {
  it("ships the iris route's input baseline: a training-like row passes, an out-of-range one is refused", async () => {
    expect(await iris([5.1, 3.5, 1.4, 0.2])).toEqual({ status: 200, code: undefined });
    expect(await iris([5.1, 3.5, 40, 0.2])).toEqual({ status: 400, code: 'RAMPART_PREDICT_INPUT_INVALID' });
    // Inside every range, far from the training rows: flagged with a distance score.
    expect((await iris([7.6, 2.2, 1.1, 0.1])).status).toBe(200);
    const anomaly = sink.events.find((event) => event.kind === 'predict.input.anomaly');
    expect(anomaly?.attrs.detector).toBe('distance');
    expect(anomaly?.attrs.score as number).toBeGreaterThan(1);
  });
});
