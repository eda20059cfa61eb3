import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoUpstream } from '../../src/gateway/index.ts';
import { scanPaths, signModel, signScanAttestation } from '../../src/model/index.ts';
import { type GatewayProcess, startGatewayProcess } from '../support/gateway-process.ts';
import { safetensors } from '../support/model-fixtures.ts';

/**
 * Attested routes whose files change under a running `rampart gateway --config` process: a
 * changed model file (seen by fs.watch) and a replaced scan attestation outside the model directory
 * (seen only by the periodic re-hash) each refuse their route within its `recheckIntervalMs`; the
 * original files restored, the routes serve again.
 */
let directory: string;
let gateway: GatewayProcess;
let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
let watchedFile: string;
let attestationFile: string;
const pollInterval = 600;

const weights = (bytes: number[]) =>
  safetensors({ w: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }, new Uint8Array(bytes));

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'rampart-attest-watch-e2e-'));
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicKeyPath = join(directory, 'model-signing.pub');
  writeFileSync(publicKeyPath, publicKey.export({ type: 'spki', format: 'pem' }));
  const watched = join(directory, 'watched');
  mkdirSync(watched);
  watchedFile = join(watched, 'model.safetensors');
  writeFileSync(watchedFile, weights([0, 0, 0, 0]));
  await signModel(watched, { privateKey });
  const polled = join(directory, 'polled');
  mkdirSync(polled);
  writeFileSync(join(polled, 'model.safetensors'), weights([1, 1, 1, 1]));
  attestationFile = join(directory, 'polled.scan.json');
  const report = await scanPaths([polled], { hash: true });
  writeFileSync(attestationFile, JSON.stringify(await signScanAttestation(polled, report, privateKey)));

  demo = await startDemoUpstream(0, '127.0.0.1');
  const route = (id: string, attest: Record<string, unknown>) => ({
    id,
    path: `/predict/${id}`,
    kind: 'predict',
    models: ['iris'],
    upstream: 'demo',
    upstreamPath: '/v2/models/iris/infer',
    attest,
  });
  gateway = await startGatewayProcess({
    upstreams: { demo: { url: demo.url } },
    models: [{ name: 'iris', upstream: 'demo' }],
    routes: [
      // A long re-hash interval: only the watch can see this change in time.
      route('watched', {
        modelPath: watched,
        checks: [{ type: 'signature', publicKey: publicKeyPath }, { type: 'scan' }],
        recheckIntervalMs: 600_000,
      }),
      // The attestation lies outside the model directory: only the periodic re-hash sees it change.
      route('polled', {
        modelPath: polled,
        checks: [{ type: 'scan', attestation: attestationFile, publicKey: publicKeyPath }],
        recheckIntervalMs: pollInterval,
      }),
    ],
    roles: { user: [{ routes: ['*'], models: ['*'] }] },
    // The test asks every 25 ms: keep the rate limit out of the way.
    // The watch's own lines (changed, re-checked) explain a failure.
    logging: { level: 'info' },
    limits: { rate: { requestsPerMinute: 100_000, burst: 1_000 } },
  });
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await demo?.close();
  rmSync(directory, { recursive: true, force: true });
});

async function status(key: string, route: string): Promise<{ status: number; code?: string }> {
  const response = await request(`${gateway.url}/predict/${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      inputs: [{ name: 'x', shape: [1, 4], datatype: 'FP32', data: [[5.1, 3.5, 1.4, 0.2]] }],
    }),
  });
  const json = (await response.body.json()) as { error?: { code: string } };
  return { status: response.statusCode, ...(json.error ? { code: json.error.code } : {}) };
}

/** Milliseconds until the route answers `expected`, asking every 25 ms (throws past `limitMs`). */
async function until(key: string, route: string, expected: number, limitMs: number): Promise<number> {
  const started = Date.now();
  for (;;) {
    const answer = await status(key, route);
    if (answer.status === expected) {
      if (expected === 503) expect(answer.code).toBe('RAMPART_MODEL_NOT_ATTESTED');
      return Date.now() - started;
    }
    if (Date.now() - started > limitMs)
      throw new Error(
        `${route} still answers ${answer.status} after ${limitMs} ms (wanted ${expected}); the gateway's log:\n${gateway.output().slice(-4_000)}`,
      );
    await new Promise((done) => setTimeout(done, 25));
  }
}

describe('attested routes re-checked while the gateway runs', { timeout: 60_000 }, () => {
  it('a changed model file refuses the route at once (fs.watch); restored, it serves again', async () => {
    const key = await gateway.key(['user'], 'alice');
    expect((await status(key, 'watched')).status).toBe(200);
    writeFileSync(watchedFile, weights([6, 6, 6, 6]));
    // Far below the route's 10-minute re-hash interval: the watch saw it.
    expect(await until(key, 'watched', 503, 5_000)).toBeLessThan(5_000);
    // Refused on the re-check's result too (the signature no longer matches), not only while it runs.
    const deadline = Date.now() + 10_000;
    let failed: Record<string, unknown> | undefined;
    while (!failed && Date.now() < deadline) {
      failed = (await gateway.events()).find(
        (event) =>
          event.kind === 'model.attestation.result' && event.route === 'watched' && !event.attrs.passed,
      )?.attrs;
      if (!failed) await new Promise((done) => setTimeout(done, 100));
    }
    expect((failed?.checks as Array<{ type: string; passed: boolean }>)?.[0]).toMatchObject({
      type: 'signature',
      passed: false,
    });
    expect((await status(key, 'watched')).status).toBe(503);
    writeFileSync(watchedFile, weights([0, 0, 0, 0]));
    await until(key, 'watched', 200, 10_000);
  });

  it('a replaced attestation outside the model is caught by the periodic re-hash; restored, it serves', async () => {
    const key = await gateway.key(['user'], 'bob');
    expect((await status(key, 'polled')).status).toBe(200);
    const original = readFileSync(attestationFile, 'utf8');
    const envelope = JSON.parse(original);
    const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString());
    statement.predicate.scannedAt = new Date(0).toISOString();
    envelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
    writeFileSync(attestationFile, JSON.stringify(envelope));
    // Within one interval plus the time the re-hash itself takes on a busy machine.
    expect(await until(key, 'polled', 503, pollInterval + 2_000)).toBeLessThan(pollInterval + 2_000);
    writeFileSync(attestationFile, original);
    await until(key, 'polled', 200, pollInterval + 5_000);
  });

  it('after a reload (SIGHUP) the checks run again and the new watch still refuses a changed file', async () => {
    const key = await gateway.key(['user'], 'carol');
    gateway.signal('SIGHUP');
    await until(key, 'watched', 200, 10_000);
    writeFileSync(watchedFile, weights([7, 7, 7, 7]));
    await until(key, 'watched', 503, 5_000);
    writeFileSync(watchedFile, weights([0, 0, 0, 0]));
    await until(key, 'watched', 200, 10_000);
  });
});
