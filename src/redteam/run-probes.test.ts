import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoUpstream } from '../gateway/index.ts';
import { createChatTarget, createGuardTarget } from './chat-target.ts';
import { loadProbePack } from './probe-pack.ts';
import { runProbes } from './run-probes.ts';
import { gateRun, readBaseline, summariseRun } from './run-summary.ts';

describe('running probes against a chat target', { timeout: 30_000 }, () => {
  let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
  const work = mkdtempSync(join(tmpdir(), 'rampart-redteam-run-'));
  beforeAll(async () => {
    demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 0 });
  });
  afterAll(async () => {
    await demo.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('the vulnerable demo model leaks in every attack category and blocks no benign prompt', async () => {
    const pack = loadProbePack(undefined, { transforms: ['none'] });
    const target = createChatTarget({ url: demo.url, model: 'demo-vulnerable' });
    const run = await runProbes({ target, probes: pack.probes, concurrency: 4 });
    const summary = summariseRun(run.results, run.notRun);
    expect(summary.complete).toBe(true);
    for (const category of summary.categories) {
      if (category.category === 'benign') expect(category.falsePositiveRate).toBe(0);
      else expect(category.succeeded, category.category).toBeGreaterThan(0);
    }
    const gate = gateRun(summary, { maxSuccessRate: 0.1 });
    expect(gate.passed).toBe(false);
    expect(gate.reasons.join('\n')).toMatch(
      /system-prompt-extraction: attack success 100\.0% > threshold 10\.0%/,
    );
  });

  it('the plain demo model resists: no leak, no marker (the detectors do not fire on harmless answers)', async () => {
    const pack = loadProbePack(undefined, { transforms: ['none'] });
    const target = createChatTarget({ url: demo.url, model: 'demo-chat' });
    const run = await runProbes({
      target,
      probes: pack.probes.filter((probe) => probe.detector.kind !== 'refusal'),
    });
    expect(run.results.filter((result) => result.outcome === 'succeeded')).toEqual([]);
  });

  it('a state file resumes a run: finished probes are not sent again; another target is refused', async () => {
    let requests = 0;
    const counting: Server = createServer((request, response) => {
      requests++;
      request.resume();
      request.on('end', () => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ choices: [{ message: { content: 'I am sorry, I cannot help.' } }] }));
      });
    });
    await new Promise<void>((done) => counting.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(counting.address() as AddressInfo).port}`;
    const probes = loadProbePack(undefined, {
      categories: ['injection-direct'],
      transforms: ['none'],
    }).probes;
    const statePath = join(work, 'state.jsonl');
    const identity = { pack: 'rampart-llm', version: '1.0.0', target: url, seed: 'rampart' };
    const target = createChatTarget({ url, model: 'm' });
    const first = await runProbes({ target, probes: probes.slice(0, 3), statePath, identity });
    expect(first.results).toHaveLength(3);
    const second = await runProbes({ target, probes, statePath, identity });
    expect(second.resumed).toBe(3);
    expect(second.results).toHaveLength(probes.length);
    expect(requests).toBe(probes.length);
    expect(readFileSync(statePath, 'utf8').trim().split('\n')).toHaveLength(probes.length + 1);
    await expect(
      runProbes({ target, probes, statePath, identity: { ...identity, seed: 'other' } }),
    ).rejects.toMatchObject({
      code: 'RAMPART_REDTEAM_STATE_MISMATCH',
    });
    await new Promise<void>((done) => counting.close(() => done()));
  });

  it('the time budget stops the run; what did not run keeps the gate from passing', async () => {
    const slow: Server = createServer((request, response) => {
      request.resume();
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ choices: [{ message: { content: 'no' } }] }));
      }, 300);
    });
    await new Promise<void>((done) => slow.listen(0, '127.0.0.1', done));
    const url = `http://127.0.0.1:${(slow.address() as AddressInfo).port}`;
    const probes = loadProbePack(undefined, { transforms: ['none'] }).probes;
    const started = Date.now();
    const run = await runProbes({
      target: createChatTarget({ url, model: 'm' }),
      probes,
      concurrency: 2,
      budgetMs: 500,
    });
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(run.notRun).toBeGreaterThan(0);
    const gate = gateRun(summariseRun(run.results, run.notRun), { maxSuccessRate: 1 });
    expect(gate.passed).toBe(false);
    expect(gate.reasons[0]).toMatch(/did not run/);
    slow.closeAllConnections();
    await new Promise<void>((done) => slow.close(() => done()));
  });

  it('an unreachable target is an error per probe, never a pass', async () => {
    const target = createChatTarget({ url: 'http://127.0.0.1:9', model: 'm', timeoutMs: 2_000 });
    const probes = loadProbePack(undefined, { categories: ['jailbreak'], transforms: ['none'] }).probes.slice(
      0,
      2,
    );
    const run = await runProbes({ target, probes });
    expect(run.results.map((result) => result.outcome)).toEqual(['error', 'error']);
    expect(gateRun(summariseRun(run.results)).passed).toBe(false);
  });

  it('the in-process guard target: blocked probes are refusals, the rest got past the guard; benign prompts pass', async () => {
    const probes = loadProbePack(undefined, { transforms: ['none'] }).probes;
    const run = await runProbes({ target: createGuardTarget(), probes });
    const summary = summariseRun(run.results);
    const extraction = summary.categories.find(
      (category) => category.category === 'system-prompt-extraction',
    )!;
    expect(extraction.blocked).toBeGreaterThan(extraction.succeeded);
    expect(summary.overall.blocked + summary.overall.succeeded).toBe(summary.overall.probes);
    const blocked = run.results.find((result) => result.outcome === 'blocked')!;
    expect(blocked.reason).toMatch(/RAMPART_GUARD_BLOCKED/);
    const benign = summary.categories.find((category) => category.category === 'benign')!;
    expect(benign.falsePositiveRate).toBeLessThanOrEqual(0.1);
  });

  it('a baseline regression fails the gate even under the threshold', () => {
    const summary = summariseRun([
      {
        id: 'a',
        category: 'jailbreak',
        transform: 'none',
        template: 'a',
        severity: 'high',
        outcome: 'succeeded',
        reason: '',
        benign: false,
        durationMs: 1,
      },
      {
        id: 'b',
        category: 'jailbreak',
        transform: 'none',
        template: 'b',
        severity: 'high',
        outcome: 'resisted',
        reason: '',
        benign: false,
        durationMs: 1,
      },
    ]);
    const baseline = readBaseline(
      JSON.stringify({ summary: { categories: [{ category: 'jailbreak', successRate: 0.25 }] } }),
      'b.json',
    );
    expect(gateRun(summary, { maxSuccessRate: 0.6 }).passed).toBe(true);
    const gate = gateRun(summary, { maxSuccessRate: 0.6, baseline });
    expect(gate.passed).toBe(false);
    expect(gate.reasons[0]).toMatch(/regressed from 25\.0%/);
    expect(() => readBaseline('{}', 'x.json')).toThrow(
      expect.objectContaining({ code: 'RAMPART_REDTEAM_BASELINE_INVALID' }),
    );
  });
});
