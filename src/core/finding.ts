import type { Severity } from './events.ts';

/** Where a finding was seen: a file (with optional byte offset / line) or a span of text. */
export interface FindingLocation {
  path?: string;
  /** Byte offset in a file, or character offset in a text. */
  offset?: number;
  /** End offset (exclusive) when the finding covers a span. */
  end?: number;
  line?: number;
  column?: number;
  /** Free-form pointer inside a structure: 'data.pkl', 'layer dense_1', 'row 42'. */
  detail?: string;
}

/** One thing a check found. Plain data: scanners return these, writers render them. */
export interface Finding {
  /** Stable id of the rule that fired, e.g. 'pickle.dangerous-global'. */
  ruleId: string;
  severity: Severity;
  message: string;
  location?: FindingLocation;
  /** Framework ids ('LLM03:2025', 'AML.T0010'). */
  frameworks?: string[];
  /** Content hash or other stable value that identifies this finding across runs. */
  fingerprint?: string;
  /** Extra machine-readable detail. */
  data?: Record<string, unknown>;
}

const rank: Record<Severity, number> = { info: 0, low: 1, medium: 2, high: 3, critical: 4 };

export function severityRank(severity: Severity): number {
  return rank[severity];
}

export function atLeast(severity: Severity, threshold: Severity): boolean {
  return rank[severity] >= rank[threshold];
}

/** The highest severity in a list, or undefined for an empty list. */
export function maxSeverity(findings: readonly { severity: Severity }[]): Severity | undefined {
  let best: Severity | undefined;
  for (const finding of findings) {
    if (best === undefined || rank[finding.severity] > rank[best]) best = finding.severity;
  }
  return best;
}
