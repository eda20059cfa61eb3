import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoUpstream } from '../../src/gateway/index.ts';
import { scanPaths, signModel, signScanAttestation } from '../../src/model/index.ts';
import { type GatewayProcess, startGatewayProcess } from '../support/gateway-process.ts';
import { maliciousPickle, safetensors } from '../support/model-fixtures.ts';

/**
 * Attested routing through a real gateway process: a route whose model is signed and scans clean
 * serves; one whose files changed after signing, and one whose signed files hold a malicious
 * pickle, are refused with RAMPART_MODEL_NOT_ATTESTED and reported as events.
 */
let directory: string;
let gateway: GatewayProcess;
let demo: Awaited<ReturnType<typeof startDemoUpstream>>;

beforeAll(async () => {
  directory = mkdtempSync(join(tmpdir(), 'rampart-attest-e2e-'));
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const publicKeyPath = join(directory, 'model-signing.pub');
  writeFileSync(publicKeyPath, publicKey.export({ type: 'spki', format: 'pem' }));
  const model = (name: string, files: Record<string, Uint8Array>): string => {
    const path = join(directory, name);
    mkdirSync(path);
    for (const [file, data] of Object.entries(files)) writeFileSync(join(path, file), data);
    return path;
  };
  const weights = () =>
    safetensors({ w: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }, new Uint8Array(4));
  const good = model('good', { 'model.safetensors': weights() });
  const tampered = model('tampered', { 'model.safetensors': weights() });
  const poisoned = model('poisoned', { 'model.pkl': maliciousPickle() });
  for (const path of [good, tampered, poisoned]) await signModel(path, { privateKey });
  writeFileSync(
    join(tampered, 'model.safetensors'),
    safetensors({ w: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } }, new Uint8Array([1, 2, 3, 4])),
  );
  // Signed scan attestations (rampart model scan --attest) in place of a scan at startup.
  const other = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const attestation = async (name: string, modelPath: string, key = privateKey) => {
    const report = await scanPaths([modelPath], { hash: true });
    const path = join(directory, `${name}.scan.json`);
    writeFileSync(path, JSON.stringify(await signScanAttestation(modelPath, report, key)));
    return path;
  };
  const scanned = model('scanned', { 'model.safetensors': weights() });
  const scannedAttestation = await attestation('scanned', scanned);
  const edited = model('edited', { 'model.pkl': maliciousPickle() });
  const editedAttestation = await attestation('edited', edited);
  const envelope = JSON.parse(readFileSync(editedAttestation, 'utf8'));
  const statement = JSON.parse(Buffer.from(envelope.payload, 'base64').toString());
  statement.predicate.verdict = 'clean';
  envelope.payload = Buffer.from(JSON.stringify(statement)).toString('base64');
  writeFileSync(editedAttestation, JSON.stringify(envelope));
  const stale = model('stale', {
    'model.safetensors': safetensors(
      { w: { dtype: 'F32', shape: [1], data_offsets: [0, 4] } },
      new Uint8Array([9, 9, 9, 9]),
    ),
  });
  const foreign = model('foreign', { 'model.safetensors': weights() });
  const foreignAttestation = await attestation('foreign', foreign, other.privateKey);
  const scanCheck = (path: string) => [{ type: 'scan', attestation: path, publicKey: publicKeyPath }];

  demo = await startDemoUpstream(0, '127.0.0.1');
  const checks = [{ type: 'signature', publicKey: publicKeyPath }, { type: 'scan' }];
  const route = (id: string, modelPath: string, routeChecks: unknown[] = checks) => ({
    id,
    path: `/predict/${id}`,
    kind: 'predict',
    models: ['iris'],
    upstream: 'demo',
    upstreamPath: '/v2/models/iris/infer',
    attest: { modelPath, checks: routeChecks },
  });
  gateway = await startGatewayProcess({
    upstreams: { demo: { url: demo.url } },
    models: [{ name: 'iris', upstream: 'demo' }],
    routes: [
      route('good', good),
      route('tampered', tampered),
      route('poisoned', poisoned),
      route('scan-attested', scanned, scanCheck(scannedAttestation)),
      route('scan-edited', edited, scanCheck(editedAttestation)),
      route('scan-stale', stale, scanCheck(scannedAttestation)),
      route('scan-other-key', foreign, scanCheck(foreignAttestation)),
    ],
    roles: { user: [{ routes: ['*'], models: ['*'] }] },
  });
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await demo?.close();
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

describe('attested routing', () => {
  it('serves the signed, clean model and refuses the tampered and the malicious one', async () => {
    const key = await gateway.key(['user'], 'alice');
    expect((await predict(key, 'good')).status).toBe(200);
    const tampered = await predict(key, 'tampered');
    expect([tampered.status, tampered.code]).toEqual([503, 'RAMPART_MODEL_NOT_ATTESTED']);
    expect(tampered.message).toContain('signature');
    const poisoned = await predict(key, 'poisoned');
    expect([poisoned.status, poisoned.code]).toEqual([503, 'RAMPART_MODEL_NOT_ATTESTED']);
    expect(poisoned.message).toContain('scan');
    expect(poisoned.message).not.toContain('signature');
    const events = await gateway.events();
    const results = events.filter((event) => event.kind === 'model.attestation.result');
    expect(Object.fromEntries(results.map((event) => [event.route, event.attrs.passed]))).toMatchObject({
      good: true,
      tampered: false,
      poisoned: false,
    });
    const refused = events.filter((event) => event.kind === 'model.attestation.refused');
    expect(refused.map((event) => event.route).sort()).toEqual(['poisoned', 'tampered']);
  });

  it('trusts a signed scan attestation only for the files it names, signed by the given key', async () => {
    const key = await gateway.key(['user'], 'bob');
    expect((await predict(key, 'scan-attested')).status).toBe(200);
    for (const route of ['scan-edited', 'scan-stale', 'scan-other-key']) {
      const answer = await predict(key, route);
      expect([route, answer.status, answer.code]).toEqual([route, 503, 'RAMPART_MODEL_NOT_ATTESTED']);
      expect(answer.message).toContain('scan');
    }
    const details = new Map(
      (await gateway.events())
        .filter((event) => event.kind === 'model.attestation.result')
        .map((event) => [event.route, (event.attrs.checks as Array<{ detail: string }>)[0]!.detail]),
    );
    expect(details.get('scan-attested')).toMatch(/1 files match the scan attestation of .*: clean/);
    expect(details.get('scan-edited')).toContain('RAMPART_MODEL_SCAN_ATTESTATION_INVALID');
    expect(details.get('scan-stale')).toContain('RAMPART_MODEL_SCAN_ATTESTATION_STALE');
    expect(details.get('scan-other-key')).toContain('RAMPART_MODEL_SCAN_ATTESTATION_INVALID');
  });
});
