import type { Finding, Severity } from '../core/index.ts';
import { auditRule } from './audit-rules.ts';

/** What a file was read as. `skipped`: not a kind the audit knows (or an unrendered Helm template). */
export type AuditedKind = 'gateway-config' | 'dockerfile' | 'compose' | 'kubernetes' | 'shell' | 'skipped';

export interface AuditedFile {
  path: string;
  kind: AuditedKind;
  findings: Finding[];
  /** Why the file could not be audited (unparseable YAML, unreadable): such a file is never clean. */
  error?: string;
  /** Why a file was skipped. */
  note?: string;
  /** Findings accepted with a `# rampart-audit: ignore <rule-id> <reason>` comment. */
  suppressed?: Array<{ ruleId: string; line: number; detail: string; reason: string }>;
}

export interface AuditReport {
  files: AuditedFile[];
  summary: {
    files: number;
    audited: number;
    skipped: number;
    errors: number;
    findings: Record<Severity, number>;
    /** Findings accepted by ignore comments: not counted in `findings`, never failing a gate. */
    suppressed: number;
  };
}

/** Reports findings for one file: rule id, 1-based line (when known) and what exactly was seen. */
export type Report = (ruleId: string, line: number | undefined, detail: string) => void;

/** A finding from the catalogue entry, located in a file. */
export function auditFinding(
  path: string,
  ruleId: string,
  line: number | undefined,
  detail: string,
): Finding {
  const rule = auditRule(ruleId);
  return {
    ruleId,
    severity: rule.severity,
    message: `${rule.description} (${detail})`,
    location: { path, ...(line === undefined ? {} : { line }) },
    frameworks: rule.frameworks,
    fingerprint: `${ruleId}:${path}:${detail}`,
    data: { hint: rule.hint, detail },
  };
}
