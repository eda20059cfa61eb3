import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type DataGatePredicate, signDataGateAttestation } from '../../src/core/index.ts';
import { startDemoUpstream } from '../../src/gateway/index.ts';
import { signModel } from '../../src/model/index.ts';
import { createSoc, createSocServer, openSqliteEventStore, type Soc } from '../../src/soc/index.ts';
import { type GatewayProcess, startGatewayProcess } from '../support/gateway-process.ts';
import { safetensors } from '../support/model-fixtures.ts';

/**
 * Attested routing with a `data-gate` check through a real `rampart gateway --config` process: a
 * model whose signed lineage records a PASSED gate attestation by a trusted data key is served; one
 * trained on data the gate blocked, one signed without dataset attestations and one whose gate
 * attestation was signed by an untrusted key are refused with RAMPART_MODEL_NOT_ATTESTED, and the
 * gateway's events, forwarded to a SOC, raise the `unattested-model` alert.
 *
 * The gate attestations are signed with the function `rampart data gate --attest` uses
 * (test/e2e/data-gate-chain.test.ts runs that command end to end).
 */
const ingestToken = 'attest-ingest-token-0123456789';
let directory: string;
let gateway: GatewayProcess;
let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
let soc: Soc;
let socServer: ReturnType<typeof createSocServer>;

function gateResult(dataset: string, passed: boolean): DataGatePredicate {
  return {
    dataset,
    passed,
    failOn: 'high',
    blocking: passed ? [] : ['label-noise'],
    checks: [{ id: 'label-noise', status: passed ? 'pass' : 'fail' }],
    rowCount: 400,
    gatedAt: new Date().toISOString(),
    manifestVerified: true,
  };
}

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'rampart-attest-gate-e2e-'));
  const modelKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const dataKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const strangerKeys = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const writeKey = (name: string, key: KeyObject) => {
    const path = join(directory, name);
    writeFileSync(path, key.export({ type: 'spki', format: 'pem' }));
    return path;
  };
  const modelPublicKey = writeKey('model-signing.pub', modelKeys.publicKey);
  const dataPublicKey = writeKey('data-gate.pub', dataKeys.publicKey);
  const attestation = (dataset: string, passed: boolean, key: KeyObject) =>
    signDataGateAttestation('ab'.repeat(32), gateResult(dataset, passed), key);
  const model = async (name: string, datasetAttestations?: ReturnType<typeof attestation>[]) => {
    const path = join(directory, name);
    mkdirSync(path);
    writeFileSync(
      join(path, 'model.safetensors'),
      safetensors({ w: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }, new Uint8Array(4)),
    );
    await signModel(path, {
      privateKey: modelKeys.privateKey,
      ...(datasetAttestations ? { datasetAttestations } : {}),
    });
    return path;
  };
  const passed = await model('passed', [attestation('penguins', true, dataKeys.privateKey)]);
  const blocked = await model('blocked', [
    attestation('penguins', true, dataKeys.privateKey),
    attestation('flipped', false, dataKeys.privateKey),
  ]);
  const bare = await model('bare');
  const untrusted = await model('untrusted', [attestation('penguins', true, strangerKeys.privateKey)]);

  soc = createSoc({ store: openSqliteEventStore({ path: join(directory, 'soc-events.db') }) });
  socServer = createSocServer({
    ...soc,
    config: { adminToken: 'attest-soc-admin-token-0123', ingestTokens: [ingestToken] },
  });
  const socUrl = await socServer.listen(0, '127.0.0.1');
  demo = await startDemoUpstream(0, '127.0.0.1');
  const route = (id: string, modelPath: string) => ({
    id,
    path: `/predict/${id}`,
    kind: 'predict',
    models: ['iris'],
    upstream: 'demo',
    upstreamPath: '/v2/models/iris/infer',
    attest: {
      modelPath,
      checks: [{ type: 'data-gate', publicKey: modelPublicKey, dataKeys: [dataPublicKey] }],
    },
  });
  gateway = await startGatewayProcess({
    upstreams: { demo: { url: demo.url } },
    models: [{ name: 'iris', upstream: 'demo' }],
    routes: [
      route('passed', passed),
      route('blocked', blocked),
      route('bare', bare),
      route('untrusted', untrusted),
    ],
    roles: { user: [{ routes: ['*'], models: ['*'] }] },
    soc: { url: socUrl, token: ingestToken, intervalMs: 50 },
  });
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await demo?.close();
  await socServer?.close();
  await soc?.close();
  rmSync(directory, { recursive: true, force: true });
});

async function predict(key: string, route: string) {
  const response = await request(`${gateway.url}/predict/${route}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      inputs: [{ name: 'x', shape: [1, 4], datatype: 'FP32', data: [[5.1, 3.5, 1.4, 0.2]] }],
    }),
  });
  const json = (await response.body.json()) as { error?: { code: string; message: string } };
  return { status: response.statusCode, code: json.error?.code, message: json.error?.message };
}

describe('attested routing: the data-gate check', { timeout: 60_000 }, () => {
  it('serves a model whose training data passed the gate and refuses the others', async () => {
    const key = await gateway.key(['user'], 'alice');
    expect((await predict(key, 'passed')).status).toBe(200);
    for (const route of ['blocked', 'bare', 'untrusted']) {
      const answer = await predict(key, route);
      expect([route, answer.status, answer.code]).toEqual([route, 503, 'RAMPART_MODEL_NOT_ATTESTED']);
      expect(answer.message).toContain('data-gate');
    }
    const events = await gateway.events();
    const results = new Map(
      events
        .filter((event) => event.kind === 'model.attestation.result')
        .map((event) => [event.route, event.attrs]),
    );
    expect(results.get('passed')).toMatchObject({ passed: true });
    const detail = (route: string) =>
      (results.get(route)?.checks as Array<{ detail: string }> | undefined)?.[0]?.detail;
    expect(detail('passed')).toContain('penguins');
    expect(detail('blocked')).toContain('RAMPART_MODEL_VERIFY_DATA_GATE');
    expect(detail('blocked')).toContain('FAILED');
    expect(detail('bare')).toContain('RAMPART_MODEL_VERIFY_DATA_GATE');
    expect(detail('untrusted')).toContain('trusted data key');
  });

  it('raises the unattested-model alert at the SOC for each refused route', async () => {
    const deadline = Date.now() + 15_000;
    let routes: string[] = [];
    while (Date.now() < deadline) {
      const { alerts } = await soc.alerts.list({ ruleId: 'unattested-model' });
      routes = alerts.map((alert) => alert.group.route ?? '').sort();
      if (routes.length >= 3) break;
      await new Promise((done) => setTimeout(done, 100));
    }
    expect(routes).toEqual(['bare', 'blocked', 'untrusted']);
  });
});
