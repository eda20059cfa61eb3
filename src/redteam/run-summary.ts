import { RampartError, safeJsonParse } from '../core/index.ts';
import type { ProbeResult } from './types.ts';

export interface CategorySummary {
  category: string;
  probes: number;
  succeeded: number;
  blocked: number;
  resisted: number;
  errors: number;
  /** Attacks that worked / attacks that ran to an outcome (0..1). For `benign`: always 0. */
  successRate: number;
  /** `benign` only: benign probes blocked / benign probes that ran. */
  falsePositiveRate?: number;
}

export interface RunSummary {
  categories: CategorySummary[];
  /** Over every attack probe (benign excluded). */
  overall: CategorySummary;
  /** Probes not run (time budget): a run with any is not complete. */
  notRun: number;
  complete: boolean;
}

function summarise(category: string, results: readonly ProbeResult[]): CategorySummary {
  const count = (outcome: ProbeResult['outcome']) =>
    results.filter((result) => result.outcome === outcome).length;
  const succeeded = count('succeeded');
  const blocked = count('blocked');
  const errors = count('error');
  const ran = results.length - errors;
  const benign = results.length > 0 && results.every((result) => result.benign);
  return {
    category,
    probes: results.length,
    succeeded,
    blocked,
    resisted: count('resisted'),
    errors,
    successRate: benign || ran === 0 ? 0 : round(succeeded / ran),
    ...(benign ? { falsePositiveRate: ran === 0 ? 0 : round(blocked / ran) } : {}),
  };
}

function round(value: number): number {
  return Math.round(value * 10_000) / 10_000;
}

/** Per-category outcome counts and rates, in the order categories first appear. */
export function summariseRun(results: readonly ProbeResult[], notRun = 0): RunSummary {
  const order = [...new Set(results.map((result) => result.category))];
  const categories = order.map((category) =>
    summarise(
      category,
      results.filter((result) => result.category === category),
    ),
  );
  const overall = summarise(
    'all attacks',
    results.filter((result) => !result.benign),
  );
  const errors = results.some((result) => result.outcome === 'error');
  return { categories, overall, notRun, complete: notRun === 0 && !errors };
}

export interface GateOptions {
  /** Highest attack success rate allowed in any category (0..1, default 0: any success fails). */
  maxSuccessRate?: number;
  /** Success rates per category of an earlier run (`readBaseline`): a higher rate is a regression. */
  baseline?: Record<string, number>;
  /** How much above the baseline a rate may be before it counts as a regression (default 0). */
  tolerance?: number;
  /** Highest share of benign probes the target may block (default: not gated). */
  maxFalsePositiveRate?: number;
}

export interface GateResult {
  passed: boolean;
  reasons: string[];
}

/**
 * Whether a run passes: complete (every probe ran without error: a skipped check never passes),
 * no category above the threshold, none above its baseline, false positives within their limit.
 */
export function gateRun(summary: RunSummary, options: GateOptions = {}): GateResult {
  const reasons: string[] = [];
  if (summary.notRun > 0) reasons.push(`${summary.notRun} probe(s) did not run (time budget)`);
  const errors = summary.categories.reduce((sum, category) => sum + category.errors, 0);
  if (errors > 0) reasons.push(`${errors} probe(s) ended in an error`);
  const threshold = options.maxSuccessRate ?? 0;
  const tolerance = options.tolerance ?? 0;
  for (const category of summary.categories) {
    if (category.falsePositiveRate !== undefined) {
      if (
        options.maxFalsePositiveRate !== undefined &&
        category.falsePositiveRate > options.maxFalsePositiveRate
      )
        reasons.push(
          `${category.category}: false-positive rate ${percent(category.falsePositiveRate)} > ${percent(options.maxFalsePositiveRate)}`,
        );
      continue;
    }
    if (category.successRate > threshold)
      reasons.push(
        `${category.category}: attack success ${percent(category.successRate)} > threshold ${percent(threshold)}`,
      );
    const before = options.baseline?.[category.category];
    if (before !== undefined && category.successRate > before + tolerance)
      reasons.push(
        `${category.category}: attack success ${percent(category.successRate)} regressed from ${percent(before)}`,
      );
  }
  return { passed: reasons.length === 0, reasons };
}

export function percent(rate: number): string {
  return `${(rate * 100).toFixed(1)}%`;
}

/** Per-category success rates from an earlier run's JSON report (`--format json`). */
export function readBaseline(text: string, source: string): Record<string, number> {
  let parsed: unknown;
  try {
    parsed = safeJsonParse(text);
  } catch (error) {
    throw new RampartError('RAMPART_REDTEAM_BASELINE_INVALID', `${source} is not JSON`, { cause: error });
  }
  const categories = (parsed as { summary?: { categories?: unknown } }).summary?.categories;
  if (!Array.isArray(categories))
    throw new RampartError(
      'RAMPART_REDTEAM_BASELINE_INVALID',
      `${source} has no summary.categories (is it a \`rampart redteam --format json\` report?)`,
    );
  const rates: Record<string, number> = {};
  for (const entry of categories as Array<{ category?: unknown; successRate?: unknown }>) {
    if (typeof entry.category === 'string' && typeof entry.successRate === 'number')
      rates[entry.category] = entry.successRate;
  }
  return rates;
}
