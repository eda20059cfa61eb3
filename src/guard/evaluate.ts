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
  /** Per style, when records name one: how many attacks were blocked and how many benign texts were. */
  byStyle: Record<string, StyleResult>;
  /**
   * Recall at a benign false-positive budget, moving the classifier threshold (a rule block always
   * counts): what the guard reaches at FPR 0.5, 1, 2 and 5%.
   */
  operatingPoints: OperatingPoint[];
  /** Area under the ROC curve of the attack score (1 for a rule block, else the classifier's score). */
  rocAuc: number;
  /** Attack share of the texts in each tenth of the attack score: a calibrated score matches its bin. */
  calibration: CalibrationBin[];
}

export interface StyleResult {
  attacks: number;
  attacksBlocked: number;
  benign: number;
  benignBlocked: number;
}

export interface OperatingPoint {
  /** The benign false-positive budget. */
  targetFpr: number;
  /**
   * The lowest classifier threshold within the budget; Infinity when only rule blocks (score 1)
   * count, and then `falsePositiveRate` may exceed the budget: the rules alone do.
   */
  threshold: number;
  recall: number;
  falsePositiveRate: number;
}

export interface CalibrationBin {
  from: number;
  to: number;
  rows: number;
  meanScore: number;
  attackShare: number;
}

const targetFprs = [0.005, 0.01, 0.02, 0.05];

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

/** The attack score of a scan: 1 when an attack rule blocked, else the classifier's score (0 below its floor). */
export function attackScore(result: ScanResult): number {
  const ruleBlocked = result.findings.some(
    (finding) => finding.scanner === 'injection-rules' && finding.action === 'block',
  );
  return ruleBlocked ? 1 : (result.scores['prompt-injection'] ?? 0);
}

/**
 * Recall at each benign FPR budget: the lowest score threshold whose FPR stays within it. Texts are
 * taken in falling score order; ties move together, so no threshold splits equal scores.
 */
export function operatingPoints(
  scored: ReadonlyArray<{ score: number; attack: boolean }>,
  budgets: readonly number[] = targetFprs,
): OperatingPoint[] {
  const attacks = scored.filter((item) => item.attack).length;
  const benign = scored.length - attacks;
  const sorted = [...scored].sort((a, b) => b.score - a.score);
  return budgets.map((targetFpr) => {
    let truePositives = 0;
    let falsePositives = 0;
    let point: OperatingPoint | undefined;
    for (let index = 0; index < sorted.length; ) {
      const score = sorted[index]!.score;
      if (score <= 0) break;
      while (index < sorted.length && sorted[index]!.score === score) {
        if (sorted[index]!.attack) truePositives++;
        else falsePositives++;
        index++;
      }
      const fpr = benign === 0 ? 0 : falsePositives / benign;
      // Rule blocks (score 1) always count: they stand even when they alone exceed the budget.
      if (fpr > targetFpr && score < 1) break;
      point = {
        targetFpr,
        threshold: score >= 1 ? Infinity : score,
        recall: attacks === 0 ? 0 : truePositives / attacks,
        falsePositiveRate: fpr,
      };
      if (fpr > targetFpr) break;
    }
    return point ?? { targetFpr, threshold: Infinity, recall: 0, falsePositiveRate: 0 };
  });
}

/** ROC AUC as the probability that an attack outscores a benign text (ties count half). */
export function rocAuc(scored: ReadonlyArray<{ score: number; attack: boolean }>): number {
  const sorted = [...scored].sort((a, b) => a.score - b.score);
  let rankSum = 0;
  for (let index = 0; index < sorted.length; ) {
    let end = index;
    while (end < sorted.length && sorted[end]!.score === sorted[index]!.score) end++;
    const averageRank = (index + 1 + end) / 2;
    for (let tie = index; tie < end; tie++) if (sorted[tie]!.attack) rankSum += averageRank;
    index = end;
  }
  const attacks = scored.filter((item) => item.attack).length;
  const benign = scored.length - attacks;
  if (attacks === 0 || benign === 0) return Number.NaN;
  return (rankSum - (attacks * (attacks + 1)) / 2) / (attacks * benign);
}

/** Ten equal score bins: how many texts fell in each, their mean score and the attack share. */
export function calibration(scored: ReadonlyArray<{ score: number; attack: boolean }>): CalibrationBin[] {
  const bins = Array.from({ length: 10 }, (_, index) => ({
    from: index / 10,
    to: (index + 1) / 10,
    rows: 0,
    scoreSum: 0,
    attacks: 0,
  }));
  for (const item of scored) {
    const bin = bins[Math.min(9, Math.max(0, Math.floor(item.score * 10)))]!;
    bin.rows++;
    bin.scoreSum += item.score;
    if (item.attack) bin.attacks++;
  }
  return bins.map((bin) => ({
    from: bin.from,
    to: bin.to,
    rows: bin.rows,
    meanScore: bin.rows === 0 ? 0 : bin.scoreSum / bin.rows,
    attackShare: bin.rows === 0 ? 0 : bin.attacks / bin.rows,
  }));
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
  const byStyle: EvaluationReport['byStyle'] = {};
  const scored: Array<{ score: number; attack: boolean }> = [];
  for (const record of records) {
    const started = performance.now();
    const result = guard.scanText(record.text, channel);
    latencies.push(performance.now() - started);
    const label = predictedLabel(result);
    const attack = record.label !== 'benign';
    scored.push({ score: attackScore(result), attack });
    if (record.style !== undefined) {
      byStyle[record.style] ??= { attacks: 0, attacksBlocked: 0, benign: 0, benignBlocked: 0 };
      const style = byStyle[record.style]!;
      if (attack) {
        style.attacks++;
        if (label !== 'benign') style.attacksBlocked++;
      } else {
        style.benign++;
        if (label !== 'benign') style.benignBlocked++;
      }
    }
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
    byStyle,
    operatingPoints: operatingPoints(scored),
    rocAuc: rocAuc(scored),
    calibration: calibration(scored),
  };
}
