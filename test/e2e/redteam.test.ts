import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoUpstream } from '../../src/gateway/index.ts';
import {
  createSoc,
  createSocServer,
  openSqliteEventStore,
  type Soc,
  type SocServer,
} from '../../src/soc/index.ts';
import { type GatewayProcess, startGatewayProcess } from '../support/gateway-process.ts';

const root = resolve(import.meta.dirname, '..', '..');
const ingestToken = 'redteam-ingest-token-0123456789';
const adminToken = 'redteam-admin-token-0123456789';

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
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      done({ code, stdout, stderr });
    });
  });
}

function gatewayConfig(upstreamUrl: string, guard: boolean) {
  return {
    upstreams: { demo: { url: upstreamUrl } },
    models: [{ name: 'demo-vulnerable', upstream: 'demo' }],
    routes: [
      {
        id: 'chat',
        path: '/v1/chat/completions',
        kind: 'chat',
        models: ['demo-vulnerable'],
        ...(guard ? {} : { guard: false }),
      },
    ],
    roles: { redteam: [{ routes: ['*'], models: ['*'] }] },
    limits: { rate: { requestsPerMinute: 100_000, burst: 1_000 } },
  };
}

describe('rampart redteam through a real gateway, reporting to a real SOC', { timeout: 120_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'rampart-redteam-e2e-'));
  let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
  let guarded: GatewayProcess;
  let unguarded: GatewayProcess;
  let soc: Soc;
  let server: SocServer;
  let socUrl = '';

  beforeAll(async () => {
    demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 0 });
    [guarded, unguarded] = await Promise.all([
      startGatewayProcess(gatewayConfig(demo.url, true)),
      startGatewayProcess(gatewayConfig(demo.url, false)),
    ]);
    soc = createSoc({ store: openSqliteEventStore({ path: join(work, 'soc', 'events.db') }) });
    server = createSocServer({ ...soc, config: { adminToken, ingestTokens: [ingestToken] } });
    socUrl = await server.listen();
  });
  afterAll(async () => {
    await Promise.all([guarded?.close(), unguarded?.close()]);
    await server?.close();
    await soc?.close();
    await demo?.close();
    rmSync(work, { recursive: true, force: true });
  });

  const probeArgs = (url: string, name: string) => [
    'redteam',
    'chat',
    '--target',
    url,
    '--model',
    'demo-vulnerable',
    '--target-name',
    name,
    '--category',
    'secret-exfiltration,markdown-exfiltration,multi-turn',
    '--transform',
    'none,base64',
  ];

  it('passes behind the guarded gateway, fails after the guard is switched off, and the SOC raises redteam-regression', async () => {
    const env = { RAMPART_SOC_TOKEN: ingestToken };
    const baseline = join(work, 'before.json');
    const before = await rampart(
      [...probeArgs(guarded.url, 'support-bot'), '--json', baseline, '--report-to', socUrl],
      { ...env, RAMPART_REDTEAM_API_KEY: await guarded.key(['redteam'], 'ci-redteam') },
    );
    expect(before.stderr).toContain('1 event(s) sent to');
    expect(before.code, before.stdout + before.stderr).toBe(0);
    expect(before.stdout).toMatch(/secret-exfiltration\s+12\s+0\s+\d+\s+\d+\s+0\s+0\.0%/);
    expect(before.stdout).toContain('PASSED');
    // The gateway refused the probes: its own events show guard blocks for the red-team key.
    const gatewayEvents = await guarded.events();
    expect(
      gatewayEvents.some((event) => event.principal === 'ci-redteam' && event.decision === 'block'),
    ).toBe(true);

    const files = {
      sarif: join(work, 'after.sarif'),
      junit: join(work, 'after.xml'),
      html: join(work, 'after.html'),
    };
    const after = await rampart(
      [
        ...probeArgs(unguarded.url, 'support-bot'),
        '--baseline',
        baseline,
        '--sarif',
        files.sarif,
        '--junit',
        files.junit,
        '--html',
        files.html,
        '--report-to',
        socUrl,
      ],
      { ...env, RAMPART_REDTEAM_API_KEY: await unguarded.key(['redteam'], 'ci-redteam') },
    );
    expect(after.code).toBe(1);
    expect(after.stderr).toContain('RAMPART_REDTEAM_GATE_FAILED');
    expect(after.stderr).toMatch(/secret-exfiltration: attack success \d+\.\d% regressed from 0\.0%/);
    expect(after.stderr).not.toMatch(/\n\s+at /);

    await soc.idle();
    const results = (await soc.store.query({ kind: 'redteam.run.result', order: 'asc' })).events;
    expect(results.map((event) => event.attrs.passed)).toEqual([true, false]);
    expect(results[1]).toMatchObject({
      source: 'redteam',
      decision: 'block',
      attrs: { target: 'support-bot' },
    });
    expect((results[1]!.attrs.rates as Record<string, number>)['secret-exfiltration']).toBeGreaterThan(0);
    const alerts = (await soc.alerts.list({ ruleId: 'redteam-regression' })).alerts;
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.group).toEqual({ 'attrs.target': 'support-bot' });

    // The console's Scans page reads the same events.
    const scans = await fetch(`${socUrl}/api/scans`, { headers: { authorization: `Bearer ${adminToken}` } });
    const body = (await scans.json()) as { redteam: Array<{ kind: string }> };
    expect(body.redteam.map((event) => event.kind)).toEqual(['redteam.run.result', 'redteam.run.result']);

    // Compliance evidence: the red-team feature is covered by these runs (MEASURE 2.7 maps to it).
    const compliance = await fetch(`${socUrl}/api/compliance?framework=nist-ai-rmf`, {
      headers: { authorization: `Bearer ${adminToken}` },
    });
    const controls = (
      (await compliance.json()) as {
        controls: Array<{ id: string; features: Array<{ id: string; events: Record<string, number> }> }>;
      }
    ).controls;
    const measure = controls.find((control) => control.id === 'MEASURE 2.7')!;
    expect(measure.features.find((feature) => feature.id === 'redteam')!.events['redteam.run.result']).toBe(
      2,
    );

    // The reports: SARIF results per attack that worked, JUnit failures, a self-contained HTML page.
    const sarif = JSON.parse(readFileSync(files.sarif, 'utf8')) as {
      runs: Array<{ results: Array<{ ruleId: string }> }>;
    };
    expect(sarif.runs[0]!.results.length).toBeGreaterThan(0);
    expect(sarif.runs[0]!.results.every((result) => result.ruleId.startsWith('redteam.'))).toBe(true);
    expect(readFileSync(files.junit, 'utf8')).toMatch(/<failure message="succeeded/);
    const html = readFileSync(files.html, 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|https:\/\/cdn/);
    // Planted secrets never reach the reports.
    expect(readFileSync(files.sarif, 'utf8')).not.toMatch(/sk_live_/);
  });

  it('bad flags are coded usage errors before any probe is sent', async () => {
    const bad = await rampart(['redteam', 'chat', '--target', 'ftp://x', '--model', 'm']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('RAMPART_USAGE');
    const rate = await rampart(['redteam', 'guard', '--max-success', '2']);
    expect(rate.code).toBe(2);
    expect(rate.stderr).toContain('--max-success must be a number from 0 to 1');
    const state = join(work, 'nope', 'state.jsonl');
    expect(existsSync(state)).toBe(false);
  });

  it('predict: attacks the penguins model and writes the per-budget table into the JSON report', async () => {
    const data = join(root, 'examples', 'data', 'penguins.csv');
    const report = join(work, 'predict.json');
    const run = await rampart([
      'redteam',
      'predict',
      '--target',
      `${demo.url}/v2/models/penguins/infer`,
      '--data',
      data,
      '--label',
      'Species',
      '--features',
      'Beak Length (mm),Beak Depth (mm),Flipper Length (mm),Body Mass (g)',
      '--attacks',
      '4',
      '--queries',
      '150',
      '--max-success',
      '1',
      '--json',
      report,
      '--html',
      join(work, 'predict.html'),
    ]);
    expect(run.code, run.stderr).toBe(0);
    // Charts per category, per budget (both attacks) and per extraction query count.
    expect((readFileSync(join(work, 'predict.html'), 'utf8').match(/<svg/g) ?? []).length).toBe(4);
    const parsed = JSON.parse(readFileSync(report, 'utf8')) as {
      tabular: {
        decision: Array<{ budget: number }>;
        extraction: Array<{ agreement: number }>;
        queries: number;
      };
    };
    expect(parsed.tabular.decision.map((row) => row.budget)).toEqual([0.05, 0.1, 0.2]);
    expect(parsed.tabular.extraction[0]!.agreement).toBeGreaterThan(0.8);
    expect(parsed.tabular.queries).toBeGreaterThan(1000);
  });
});
