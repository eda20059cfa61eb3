import { spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSoc,
  createSocServer,
  openSqliteEventStore,
  type Soc,
  type SocServer,
} from '../../src/soc/index.ts';
import { flipLabels, labelledRows, plantTrigger, writeCsv } from '../support/data-fixtures.ts';
import { maliciousPickle } from '../support/model-fixtures.ts';

const root = resolve(import.meta.dirname, '..', '..');
const ingestToken = 'ci-ingest-token-0123456789';
const adminToken = 'ci-admin-token-0123456789';

function rampart(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'rampart.js'), ...args], {
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('CI tools report to a real SOC (--report-to)', { timeout: 90_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'rampart-report-to-'));
  let soc: Soc;
  let server: SocServer;
  let url = '';

  beforeAll(async () => {
    soc = createSoc({ store: openSqliteEventStore({ path: join(work, 'soc', 'events.db') }) });
    server = createSocServer({
      ...soc,
      config: { adminToken, ingestTokens: [ingestToken] },
    });
    url = await server.listen();
  });
  afterAll(async () => {
    await server.close();
    await soc.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('model scan sends a result per file and its findings; the console scan view reads them', async () => {
    const dir = join(work, 'scan');
    mkdirSync(dir);
    writeFileSync(join(dir, 'model.bin'), maliciousPickle());
    const scan = await rampart(['model', 'scan', dir, '--report-to', url], {
      RAMPART_SOC_TOKEN: ingestToken,
    });
    expect(scan.code).toBe(1);
    expect(scan.stderr).toMatch(/event\(s\) sent to/);
    const results = await soc.store.query({ kind: 'model.scan.result' });
    expect(results.events).toHaveLength(1);
    expect(results.events[0]).toMatchObject({
      source: 'model',
      decision: 'block',
      severity: 'critical',
      attrs: { 'rampart.verdict': 'malicious', 'rampart.format': 'pickle' },
    });
    expect(await soc.store.count({ kind: 'model.scan.finding' })).toBeGreaterThan(0);
    const scans = await fetch(`${url}/api/scans`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const body = (await scans.json()) as { model: Array<{ kind: string; model: string }> };
    expect(body.model.map((event) => event.kind)).toEqual(['model.scan.result']);
    expect(body.model[0]!.model).toBe(join(dir, 'model.bin'));
  });

  it('a failing model verify raises the model-signature-failure alert; a passing one does not', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const keyPath = join(work, 'signing.pem');
    const publicPath = join(work, 'signing.pub');
    writeFileSync(keyPath, privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(publicPath, publicKey.export({ type: 'spki', format: 'pem' }));
    const model = join(work, 'model');
    mkdirSync(model);
    writeFileSync(join(model, 'weights.bin'), Buffer.alloc(2000, 1));
    expect((await rampart(['model', 'sign', model, '--key', keyPath])).code).toBe(0);

    const env = { RAMPART_SOC_TOKEN: ingestToken };
    const good = await rampart(['model', 'verify', model, '--key', publicPath, '--report-to', url], env);
    expect(good.code).toBe(0);
    await soc.idle();
    expect((await soc.alerts.list({ ruleId: 'model-signature-failure' })).alerts).toHaveLength(0);

    writeFileSync(join(model, 'weights.bin'), Buffer.alloc(2000, 2));
    const bad = await rampart(['model', 'verify', model, '--key', publicPath, '--report-to', url], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('RAMPART_MODEL_VERIFY_MISMATCH');
    await soc.idle();
    const verdicts = (await soc.store.query({ kind: 'model.verify.result', order: 'asc' })).events;
    expect(verdicts.map((event) => event.attrs.verified)).toEqual([true, false]);
    expect(verdicts[1]!.attrs['rampart.code']).toBe('RAMPART_MODEL_VERIFY_MISMATCH');
    const alerts = (await soc.alerts.list({ ruleId: 'model-signature-failure' })).alerts;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ model, severity: 'critical', status: 'new' });
  });

  it('training on a dataset that failed its gate raises poisoned-data-then-training', async () => {
    const clean = labelledRows({ rows: 600 });
    const poisoned = plantTrigger(flipLabels(clean, 0.06, 31).rows, 'zq', 0.05, 32).rows;
    const file = join(work, 'reviews.csv');
    writeCsv(file, poisoned);
    const env = { RAMPART_SOC_TOKEN: ingestToken };
    const check = await rampart(
      ['data', 'check', file, '--label', 'label', '--text', 'text', '--ignore', 'id'].concat([
        '--dataset',
        'reviews-v2',
        '--report-to',
        url,
      ]),
      env,
    );
    expect(check.code).toBe(1);
    // Training on another dataset is no bypass; training on the failed one is.
    for (const dataset of ['reviews-v1', 'reviews-v2']) {
      const emitted = await rampart(
        ['soc', 'emit', 'training.run.started', '--attr', `dataset=${dataset}`, '--attr', 'epochs=3'].concat([
          '--principal',
          'ci-train-job',
          '--report-to',
          url,
        ]),
        env,
      );
      expect(emitted.code).toBe(0);
    }
    await soc.idle();
    const gate = (await soc.store.query({ kind: 'data.gate.result' })).events;
    expect(gate[0]!.attrs).toMatchObject({ passed: false, dataset: 'reviews-v2' });
    const started = (await soc.store.query({ kind: 'training.run.started', order: 'asc' })).events;
    expect(started[0]).toMatchObject({ source: 'data', principal: 'ci-train-job', attrs: { epochs: 3 } });
    const alerts = (await soc.alerts.list({ ruleId: 'poisoned-data-then-training' })).alerts;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.group).toEqual({ 'attrs.dataset': 'reviews-v2' });
  });

  it('soc emit refuses a malformed event or attribute with a code', async () => {
    const bad = await rampart(['soc', 'emit', 'NotAKind', '--events', join(work, 'x.jsonl')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('RAMPART_STORE_EVENT_INVALID');
    const attr = await rampart([
      'soc',
      'emit',
      'training.run.started',
      '--attr',
      'novalue',
      '--events',
      join(work, 'x.jsonl'),
    ]);
    expect(attr.code).toBe(2);
    expect(attr.stderr).toContain('key=value');
  });

  it('a wrong ingest token is a coded failure (exit 2), and a missing token is a usage error', async () => {
    const dir = join(work, 'scan');
    const refused = await rampart(['model', 'scan', dir, '--report-to', url], {
      RAMPART_SOC_TOKEN: 'wrong-token',
    });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('RAMPART_SOC_FORWARD_FAILED');
    expect(refused.stderr).not.toMatch(/\n\s+at /);
    const missing = await rampart(['model', 'scan', dir, '--report-to', url], { RAMPART_SOC_TOKEN: '' });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('RAMPART_SOC_TOKEN');
  });
});
