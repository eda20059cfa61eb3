import { type Finding, type JUnitCase, renderJUnit, renderSarif, type SarifRule } from '../../core/index.ts';
import type { GateReport } from '../gate.ts';

const toolVersion = '0.1.0';

/** Findings of every failed check, located at the dataset file (SARIF needs a location). */
export function gateFindings(report: GateReport): Finding[] {
  const file = report.files[0] ?? report.directory;
  return report.checks
    .filter((check) => check.status === 'fail' || check.status === 'error')
    .flatMap((check) =>
      check.findings.map((finding) => ({
        ...finding,
        location: {
          path: finding.location?.path ?? file,
          ...(finding.location?.detail ? { detail: finding.location.detail } : {}),
        },
        fingerprint: `${finding.ruleId}:${finding.message}`,
      })),
    );
}

export function renderGateSarif(report: GateReport): object {
  const findings = gateFindings(report);
  const seen = new Map<string, SarifRule>();
  for (const finding of findings) {
    if (!seen.has(finding.ruleId)) {
      seen.set(finding.ruleId, {
        id: finding.ruleId,
        name: finding.ruleId.replace(/[^A-Za-z0-9]+/g, '-'),
        shortDescription: finding.message.slice(0, 120),
        severity: finding.severity,
        frameworks: finding.frameworks ?? [],
      });
    }
  }
  return renderSarif(findings, {
    toolName: 'rampart-data-gate',
    toolVersion,
    informationUri: 'https://github.com/rampart/rampart/blob/main/docs/data-gate.md',
    rules: [...seen.values()],
  });
}

export function renderGateJUnit(report: GateReport): string {
  const cases: JUnitCase[] = report.checks.map((check) => ({
    name: check.id,
    className: 'rampart.data.gate',
    timeSeconds: typeof check.metrics.ms === 'number' ? check.metrics.ms / 1000 : 0,
    ...(check.status === 'fail' || check.status === 'error'
      ? {
          failure: {
            message: `[${check.severity}] ${check.summary}`,
            details: [
              ...check.findings.map((finding) => finding.message),
              ...check.suspects
                .slice(0, 20)
                .map((suspect) => `row ${suspect.row}: ${suspect.reason} (score ${suspect.score})`),
            ].join('\n'),
          },
        }
      : {}),
  }));
  return renderJUnit('rampart data gate', cases);
}

export function renderGateJson(report: GateReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
