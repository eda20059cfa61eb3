import type { Finding, Severity } from '../core/index.ts';
import type { Dataset } from './dataset.ts';
import type { DataPolicy } from './policy.ts';
import type { DatasetProfile } from './profile.ts';

export type CheckStatus = 'pass' | 'fail' | 'skip' | 'error';

/** A row a person should review: where it is, why, and how sure the check is (higher = more suspect). */
export interface SuspectRow {
  /** Row number in load order (0-based), across all files of the dataset. */
  row: number;
  file?: string;
  /** 1-based line in a CSV/JSONL file. */
  line?: number;
  check: string;
  reason: string;
  score: number;
}

/** A small chart the terminal and HTML reports draw. */
export interface ReportChart {
  title: string;
  labels: string[];
  series: Array<{ name: string; values: number[] }>;
}

export interface CheckResult {
  id: string;
  title: string;
  severity: Severity;
  status: CheckStatus;
  summary: string;
  metrics: Record<string, number | string | boolean>;
  findings: Finding[];
  suspects: SuspectRow[];
  /** Total suspect rows (the list may be capped). */
  suspectCount: number;
  charts: ReportChart[];
  /** For a check that could not run: how to make it run. */
  hint?: string;
}

export interface CheckContext {
  dataset: Dataset;
  current: DatasetProfile;
  baseline?: DatasetProfile;
  policy: DataPolicy;
}

/** A named check: reads the context, returns a result; never throws for a finding. */
export interface DataCheck {
  id: string;
  title: string;
  /** The check needs a label column: the gate refuses to run it on data whose label it cannot name. */
  needsLabel?: boolean;
  run(context: CheckContext): Promise<Omit<CheckResult, 'id' | 'title' | 'severity'>>;
}

export function skipped(summary: string): Omit<CheckResult, 'id' | 'title' | 'severity'> {
  return { status: 'skip', summary, metrics: {}, findings: [], suspects: [], suspectCount: 0, charts: [] };
}

/** Attach file and line to suspects, keep the highest-scoring `limit`. */
export function locateSuspects(dataset: Dataset, suspects: SuspectRow[], limit: number): SuspectRow[] {
  return suspects
    .sort((a, b) => b.score - a.score || a.row - b.row)
    .slice(0, limit)
    .map((suspect) => {
      const where = dataset.locate(suspect.row);
      return { ...suspect, file: where.path, ...(where.line === undefined ? {} : { line: where.line }) };
    });
}

/** Numeric feature columns a model would see: not the label, not ignored, not the text column. */
export function numericFeatures(context: CheckContext): string[] {
  const skip = new Set([context.policy.label, context.policy.text, ...context.policy.ignore]);
  return context.current.columns
    .filter((column) => column.kind === 'numeric' && column.numeric && !skip.has(column.name))
    .map((column) => column.name);
}

export function categoricalFeatures(context: CheckContext, maxCategories = 20): string[] {
  const skip = new Set([context.policy.label, context.policy.text, ...context.policy.ignore]);
  return context.current.columns
    .filter(
      (column) =>
        column.kind === 'categorical' &&
        !skip.has(column.name) &&
        Object.keys(column.categories?.values ?? {}).length <= maxCategories,
    )
    .map((column) => column.name);
}

export function round(value: number, digits = 4): number {
  if (!Number.isFinite(value)) return value;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
