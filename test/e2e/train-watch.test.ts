import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

const root = resolve(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'training');
const ingestToken = 'train-ingest-token-0123456789';

function rampart(args: string[], stdin?: string) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'rampart.js'), ...args], {
      env: { ...process.env, RAMPART_SOC_TOKEN: ingestToken },
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
    child.stdin.end(stdin ?? '');
  });
}

describe('rampart train watch reports training signals to a real SOC', { timeout: 90_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'rampart-train-watch-'));
  let soc: Soc;
  let server: SocServer;
  let url = '';

  beforeAll(async () => {
    soc = createSoc({ store: openSqliteEventStore({ path: join(work, 'events.db') }) });
    server = createSocServer({
      ...soc,
      config: { adminToken: 'train-admin-token-0123456789', ingestTokens: [ingestToken] },
    });
    url = await server.listen();
  });
  afterAll(async () => {
    await server.close();
    await soc.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('a clean run raises nothing and exits 0', async () => {
    const result = await rampart([
      'train',
      'watch',
      '--metrics',
      join(fixtures, 'clean-run.jsonl'),
      '--baseline',
      join(fixtures, 'baseline-run.jsonl'),
      '--report-to',
      url,
    ]);
    expect(result.stdout).toContain('no training signal');
    expect(result.code).toBe(0);
  });

  it('a class that collapses in a live run (standard input) raises the training-class-collapse alert', async () => {
    const result = await rampart(
      [
        'train',
        'watch',
        '--metrics',
        '-',
        '--baseline',
        join(fixtures, 'baseline-run.jsonl'),
        '--model',
        'animals-clf',
        '--dataset',
        'animals-v3',
        '--run',
        'run-42',
        '--report-to',
        url,
      ],
      readFileSync(join(fixtures, 'poisoned-run.jsonl'), 'utf8'),
    );
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('class "bird"');
    await soc.idle();
    const collapse = (await soc.store.query({ kind: 'training.class.collapse' })).events;
    expect(collapse).toHaveLength(1);
    expect(collapse[0]).toMatchObject({
      source: 'data',
      model: 'animals-clf',
      attrs: { class: 'bird', dataset: 'animals-v3', run: 'run-42' },
    });
    expect((await soc.store.query({ kind: 'training.baseline.divergence' })).events).toHaveLength(1);
    const alerts = (await soc.alerts.list({ ruleId: 'training-class-collapse' })).alerts;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]).toMatchObject({ model: 'animals-clf', severity: 'high' });
  });

  it('three loss spikes in one run raise training-loss-spikes', async () => {
    const result = await rampart([
      'train',
      'watch',
      '--metrics',
      join(fixtures, 'spiky-run.jsonl'),
      '--model',
      'animals-clf',
      '--run',
      'run-43',
      '--report-to',
      url,
    ]);
    expect(result.code).toBe(1);
    await soc.idle();
    expect((await soc.store.query({ kind: 'training.loss.spike' })).events).toHaveLength(3);
    expect((await soc.alerts.list({ ruleId: 'training-loss-spikes' })).alerts).toHaveLength(1);
  });

  it('a malformed metrics line is a usage error with a code (exit 2)', async () => {
    const result = await rampart(
      ['train', 'watch', '--metrics', '-'],
      '{"step": 1, "loss": 0.4}\n{"loss": 2}\n',
    );
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('RAMPART_DATA_TRAINING_METRICS_INVALID');
    expect(result.stderr).toContain('line 2');
  });
});
