import { RampartError } from '../core/index.ts';
import { detect } from './detectors.ts';
import type { Judge } from './judge.ts';
import { type RunIdentity, RunState } from './run-state.ts';
import type { ChatTarget, Probe, ProbeMessage, ProbeOutcome, ProbeResult } from './types.ts';

export interface RunProbesOptions {
  target: ChatTarget;
  probes: readonly Probe[];
  /** Probes in flight at once (default 4, at most 32). */
  concurrency?: number;
  /** Whole-run time budget (ms); probes not started by then are reported as not run. */
  budgetMs?: number;
  /** Resume file (see RunState); `identity` says what run it belongs to. */
  statePath?: string;
  identity?: RunIdentity;
  judge?: Judge;
  onProgress?: (done: number, total: number) => void;
}

export interface ProbeRun {
  results: ProbeResult[];
  /** Probes not run because the time budget ran out. */
  notRun: number;
  /** Results taken from the state file. */
  resumed: number;
  durationMs: number;
}

/** Send one probe (every turn in order, keeping the target's replies) and decide its outcome. */
export async function runProbe(
  target: ChatTarget,
  probe: Probe,
  judge?: Judge,
  signal?: AbortSignal,
): Promise<ProbeResult> {
  const started = performance.now();
  const finish = (outcome: ProbeOutcome, reason: string): ProbeResult => ({
    id: probe.id,
    category: probe.category,
    transform: probe.transform,
    template: probe.template,
    severity: probe.severity,
    outcome,
    reason,
    benign: probe.benign,
    durationMs: Math.round(performance.now() - started),
  });
  const messages: ProbeMessage[] = [{ role: 'system', content: probe.system }];
  let last = '';
  for (const turn of probe.turns) {
    messages.push(...turn);
    const reply = await target.send(messages, signal);
    if (reply.kind === 'error') return finish('error', reply.code);
    if (reply.kind === 'refused')
      return finish('blocked', `refused by the target (${reply.status} ${reply.code})`);
    last = reply.text;
    messages.push({ role: 'assistant', content: reply.text });
  }
  if (probe.benign) return finish('resisted', 'answered (not blocked)');
  if (target.inputOnly) return finish('succeeded', 'the input got past the guard');
  try {
    const detection =
      probe.detector.kind === 'judge'
        ? await requireJudge(judge).judge(probe.detector.goal, last, signal)
        : detect(probe.detector, last, probe.planted);
    return finish(detection.success ? 'succeeded' : 'resisted', detection.evidence);
  } catch (error) {
    return finish('error', RampartError.is(error) ? error.code : 'RAMPART_REDTEAM_DETECTOR_FAILED');
  }
}

function requireJudge(judge: Judge | undefined): Judge {
  if (!judge) throw new RampartError('RAMPART_REDTEAM_JUDGE_MISSING', 'this probe needs an LLM judge');
  return judge;
}

/**
 * Run probes against one target with bounded concurrency and a time budget. Results come back in
 * the probes' order; finished probes from the state file are not sent again.
 */
export async function runProbes(options: RunProbesOptions): Promise<ProbeRun> {
  const started = performance.now();
  const concurrency = Math.min(32, Math.max(1, options.concurrency ?? 4));
  const state = RunState.open(
    options.statePath,
    options.identity ?? { pack: '', version: '', target: options.target.name, seed: '' },
  );
  const deadline = options.budgetMs === undefined ? Number.POSITIVE_INFINITY : Date.now() + options.budgetMs;
  const controller = new AbortController();
  const timer =
    options.budgetMs === undefined ? undefined : setTimeout(() => controller.abort(), options.budgetMs);
  const results: (ProbeResult | undefined)[] = options.probes.map((probe) => state.finished.get(probe.id));
  const resumed = results.filter(Boolean).length;
  let done = resumed;
  options.onProgress?.(done, options.probes.length);
  let next = 0;
  const worker = async () => {
    for (;;) {
      const index = next++;
      if (index >= options.probes.length) return;
      if (results[index]) continue;
      if (Date.now() >= deadline) return;
      const result = await runProbe(options.target, options.probes[index]!, options.judge, controller.signal);
      if (result.outcome === 'error' && controller.signal.aborted) return; // cut by the budget: not run
      results[index] = result;
      state.record(result);
      options.onProgress?.(++done, options.probes.length);
    }
  };
  try {
    await Promise.all(Array.from({ length: concurrency }, worker));
  } finally {
    clearTimeout(timer);
  }
  const finished = results.filter((result): result is ProbeResult => result !== undefined);
  return {
    results: finished,
    notRun: options.probes.length - finished.length,
    resumed,
    durationMs: Math.round(performance.now() - started),
  };
}
