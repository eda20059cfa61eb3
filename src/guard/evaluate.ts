import type { DatasetRecord } from './classifier/dataset.ts';
import { type ClassMetrics, classMetrics, percentile } from './classifier/metrics.ts';
import type { Guard } from './pipeline.ts';
import type { Channel, ScanResult } from './types.ts';

/** Scanners whose findings count as an injection/jailbreak prediction in an evaluation. */
const attackScanners = new Set(['injection-rules', 'prompt-injection']);

export interface EvaluationReport {
  rows: number;
  /** Per label (injection, jailbreak) and `attack` (either, versus benign). */
  metrics: ClassMetrics[];
  latencyMs: { p50: number; p95: number; p99: number; mean: number };
  /** Accuracy of the attack-versus-benign decision per source and label, when records name a source. */
  bySource: Record<string, { rows: number; correct: number }>;
  byLanguage: Record<string, ClassMetrics>;
}

/**
 * The label a scan result predicts: a blocking rule's label when the rule layer fired (rules name
 * the attack family), else the classifier's label; benign when neither blocked.
 */
export function predictedLabel(result: ScanResult): 'benign' | 'injection' | 'jailbreak' {
  let best: { score: number; label: string; rule: boolean } | undefined;
  for (const finding of result.findings) {
    if (!attackScanners.has(finding.scanner) || finding.action !== 'block') continue;
    const candidate = {
      score: finding.score ?? 0,
      label: String(finding.data?.label ?? 'injection'),
      rule: finding.scanner === 'injection-rules',
    };
    const better =
      !best ||
      (candidate.rule && !best.rule) ||
      (candidate.rule === best.rule && candidate.score > best.score);
    if (better) best = candidate;
  }
  if (!best) return 'benign';
  return best.label === 'jailbreak' ? 'jailbreak' : 'injection';
}

/** Scans every record (on `channel`, default user) and reports precision/recall/F1/FPR and latency. */
export function evaluateGuard(
  guard: Guard,
  records: readonly DatasetRecord[],
  channel: Channel = 'user',
): EvaluationReport {
  const gold: string[] = [];
  const predicted: string[] = [];
  const latencies: number[] = [];
  const bySource: EvaluationReport['bySource'] = {};
  for (const record of records) {
    const started = performance.now();
    const result = guard.scanText(record.text, channel);
    latencies.push(performance.now() - started);
    const label = predictedLabel(result);
    gold.push(record.label);
    predicted.push(label);
    const key = `${record.source ?? 'unknown'} (${record.label})`;
    bySource[key] ??= { rows: 0, correct: 0 };
    bySource[key].rows++;
    if ((label === 'benign') === (record.label === 'benign')) bySource[key].correct++;
  }
  const isAttack = (value: string) => value !== 'benign';
  const byLanguage: Record<string, ClassMetrics> = {};
  const languages = new Set(records.map((record) => record.lang ?? 'unknown'));
  for (const language of languages) {
    const indices = records.flatMap((record, index) =>
      (record.lang ?? 'unknown') === language ? [index] : [],
    );
    byLanguage[language] = classMetrics(
      'attack',
      indices.map((index) => gold[index]!),
      indices.map((index) => predicted[index]!),
      isAttack,
    );
  }
  return {
    rows: records.length,
    metrics: [
      classMetrics('injection', gold, predicted),
      classMetrics('jailbreak', gold, predicted),
      classMetrics('attack', gold, predicted, isAttack),
    ],
    latencyMs: {
      p50: percentile(latencies, 50),
      p95: percentile(latencies, 95),
      p99: percentile(latencies, 99),
      mean: latencies.reduce((sum, value) => sum + value, 0) / Math.max(1, latencies.length),
    },
    bySource,
    byLanguage,
  };
}
