import {
  createEvent,
  type Finding,
  type JUnitCase,
  renderJUnit,
  renderSarif,
  renderTable,
  type SarifRule,
  type SecurityEvent,
  type Severity,
} from '../core/index.ts';
import { type GateResult, percent, type RunSummary } from './run-summary.ts';
import type { TabularFindings } from './tabular-report.ts';
import type { ProbeResult } from './types.ts';

/** Everything one `rampart redteam` run found: what `--format json` writes and the other formats render. */
export interface RedteamReport {
  tool: 'rampart redteam';
  reportVersion: 1;
  kind: 'llm' | 'predict';
  target: string;
  pack?: { name: string; version: string; seed: string };
  startedAt: string;
  durationMs: number;
  summary: RunSummary;
  gate: GateResult & { maxSuccessRate: number; baseline?: string };
  /** LLM runs: one result per probe. */
  results: ProbeResult[];
  /** Predict runs: the attacks' measurements. */
  tabular?: TabularFindings;
}

const categoryTitles: Record<string, string> = {
  'injection-direct': 'Direct prompt injection',
  'injection-indirect': 'Indirect prompt injection (documents, tool output, retrieved text)',
  jailbreak: 'Jailbreak',
  'system-prompt-extraction': 'System prompt extraction',
  'secret-exfiltration': 'Secret and personal data exfiltration',
  'markdown-exfiltration': 'Markdown image exfiltration',
  'multi-turn': 'Multi-turn escalation',
  benign: 'Benign prompts (false positives)',
  'evasion-decision': 'Decision-based evasion',
  'evasion-score': 'Score-based evasion',
  extraction: 'Model extraction',
  membership: 'Membership inference',
};

const categoryFrameworks: Record<string, string[]> = {
  'injection-direct': ['LLM01:2025', 'AML.T0051.000'],
  'injection-indirect': ['LLM01:2025', 'AML.T0051.001'],
  jailbreak: ['LLM01:2025', 'AML.T0054'],
  'system-prompt-extraction': ['LLM07:2025', 'AML.T0056'],
  'secret-exfiltration': ['LLM02:2025', 'AML.T0057'],
  'markdown-exfiltration': ['LLM02:2025', 'LLM05:2025'],
  'multi-turn': ['LLM01:2025'],
  'evasion-decision': ['AML.T0043'],
  'evasion-score': ['AML.T0043'],
  extraction: ['AML.T0024.002'],
  membership: ['AML.T0024.000'],
};

export function categoryTitle(category: string): string {
  return categoryTitles[category] ?? category;
}

/** The terminal table: one row per category. */
export function renderReportTable(report: RedteamReport): string {
  const rows = report.summary.categories.map((category) => [
    category.category,
    category.probes,
    category.succeeded,
    category.blocked,
    category.resisted,
    category.errors,
    category.falsePositiveRate === undefined
      ? percent(category.successRate)
      : `FP ${percent(category.falsePositiveRate)}`,
  ]);
  const table = renderTable(
    ['category', 'probes', 'succeeded', 'blocked', 'resisted', 'errors', 'success'],
    rows,
  );
  const verdict = report.gate.passed ? 'PASSED' : `FAILED: ${report.gate.reasons.join('; ')}`;
  return `${report.target}\n${table}\n\nattack success overall ${percent(report.summary.overall.successRate)} · ${verdict}`;
}

/** SARIF: one result per attack that worked (rule = category), for code-scanning dashboards. */
export function renderReportSarif(report: RedteamReport): object {
  const categories = report.summary.categories.filter((category) => category.category !== 'benign');
  const rules: SarifRule[] = categories.map((category) => ({
    id: `redteam.${category.category}`,
    name: category.category,
    shortDescription: categoryTitle(category.category),
    severity: 'high' as Severity,
    frameworks: categoryFrameworks[category.category] ?? [],
  }));
  const findings: Finding[] = report.results
    .filter((result) => result.outcome === 'succeeded')
    .map((result) => ({
      ruleId: `redteam.${result.category}`,
      severity: result.severity,
      message: `${result.id}: ${result.reason} (${report.target})`,
      location: {
        path: report.pack ? `redteam/${report.pack.name}/${result.template}` : 'redteam',
        detail: result.id,
      },
      frameworks: categoryFrameworks[result.category] ?? [],
      fingerprint: `${report.target}:${result.id}`,
    }));
  for (const category of report.tabular ? categories : []) {
    if (category.successRate > report.gate.maxSuccessRate)
      findings.push({
        ruleId: `redteam.${category.category}`,
        severity: 'high',
        message: `${categoryTitle(category.category)}: ${percent(category.successRate)} (${report.target})`,
        location: { path: 'redteam', detail: category.category },
        frameworks: categoryFrameworks[category.category] ?? [],
        fingerprint: `${report.target}:${category.category}`,
      });
  }
  return renderSarif(findings, { toolName: 'rampart-redteam', toolVersion: '0.1.0', rules });
}

/** JUnit: one case per probe (failed = the attack worked, the probe errored, or a benign prompt was blocked). */
export function renderReportJUnit(report: RedteamReport): string {
  const cases: JUnitCase[] = report.results.map((result) => {
    const failed =
      result.outcome === 'succeeded' ||
      result.outcome === 'error' ||
      (result.benign && result.outcome === 'blocked');
    return {
      name: result.id,
      className: `redteam.${result.category}`,
      timeSeconds: result.durationMs / 1000,
      ...(failed ? { failure: { message: `${result.outcome}: ${result.reason}` } } : {}),
    };
  });
  if (report.tabular) {
    for (const category of report.summary.categories) {
      const failed = category.successRate > report.gate.maxSuccessRate;
      cases.push({
        name: category.category,
        className: 'redteam.predict',
        ...(failed
          ? {
              failure: {
                message: `success ${percent(category.successRate)} > ${percent(report.gate.maxSuccessRate)}`,
              },
            }
          : {}),
      });
    }
  }
  return renderJUnit(`rampart redteam ${report.target}`, cases);
}

/** The `redteam.run.result` event the SOC's redteam-regression rule, Scans page and compliance read. */
export function reportEvent(report: RedteamReport): SecurityEvent {
  const rates = Object.fromEntries(
    report.summary.categories.map((category) => [
      category.category,
      category.falsePositiveRate ?? category.successRate,
    ]),
  );
  return createEvent({
    source: 'redteam',
    kind: 'redteam.run.result',
    severity: report.gate.passed ? 'info' : 'high',
    decision: report.gate.passed ? 'allow' : 'block',
    model: report.target,
    attrs: {
      passed: report.gate.passed,
      target: report.target,
      kind: report.kind,
      success_rate: report.summary.overall.successRate,
      probes:
        report.summary.overall.probes +
        (report.summary.categories.find((category) => category.category === 'benign')?.probes ?? 0),
      succeeded: report.summary.overall.succeeded,
      rates,
      ...(report.pack ? { pack: report.pack.name, 'pack.version': report.pack.version } : {}),
      ...(report.gate.reasons.length ? { reasons: report.gate.reasons.slice(0, 10) } : {}),
    },
    frameworks: [
      ...new Set(
        report.summary.categories.flatMap((category) => categoryFrameworks[category.category] ?? []),
      ),
    ],
  });
}
