import { writeFile } from 'node:fs/promises';
import { defineCommand } from 'citty';
import { type AuditReport, auditPaths, auditReportToSarif } from '../../audit/index.ts';
import {
  atLeast,
  countNoun,
  RampartError,
  renderTable,
  type Severity,
  severities,
} from '../../core/index.ts';
import { exitCodes, wantsColour } from '../render-error.ts';

const failLevels = [...severities, 'never'] as const;
type FailLevel = (typeof failLevels)[number];

/** Exit 1 when a finding is at or above --fail-on. */
export function auditFails(report: AuditReport, failOn: FailLevel): boolean {
  if (failOn === 'never') return false;
  return report.files.some((file) => file.findings.some((finding) => atLeast(finding.severity, failOn)));
}

const colour: Record<Severity, string> = { info: '90', low: '36', medium: '33', high: '31', critical: '35' };

/** The report for people: one row per finding (worst first), then the fix of each rule that fired. */
export function renderAuditTable(report: AuditReport, options: { colour: boolean }): string {
  const paint = (severity: Severity) =>
    options.colour ? `\x1b[${colour[severity]}m${severity}\x1b[0m` : severity;
  const findings = report.files
    .flatMap((file) => file.findings)
    .sort((a, b) => severities.indexOf(b.severity) - severities.indexOf(a.severity));
  const lines: string[] = [];
  if (findings.length > 0) {
    lines.push(
      renderTable(
        ['SEVERITY', 'RULE', 'WHERE', 'WHAT'],
        findings.map((finding) => [
          paint(finding.severity),
          finding.ruleId,
          `${finding.location?.path ?? ''}${finding.location?.line ? `:${finding.location.line}` : ''}`,
          String(finding.data?.detail ?? ''),
        ]),
      ),
      '',
      'How to fix:',
    );
    const fixes = new Map(findings.map((finding) => [finding.ruleId, String(finding.data?.hint ?? '')]));
    for (const [ruleId, hint] of fixes) lines.push(`  ${ruleId}: ${hint}`);
    lines.push('');
  }
  for (const file of report.files) if (file.error) lines.push(`error    ${file.path}: ${file.error}`);
  const { summary } = report;
  const counts = severities
    .filter((severity) => summary.findings[severity] > 0)
    .map((severity) => `${summary.findings[severity]} ${severity}`);
  lines.push(
    `${countNoun(summary.audited, 'file')} audited (${summary.skipped} skipped, ${countNoun(summary.errors, 'error')}): ` +
      `${counts.length ? counts.join(', ') : 'no findings'}` +
      (summary.suppressed > 0 ? ` (${summary.suppressed} accepted by ignore comments)` : ''),
  );
  return `${lines.join('\n')}\n`;
}

export default defineCommand({
  meta: {
    name: 'audit',
    description:
      'Find risky settings in gateway configs, Dockerfiles, compose files, Kubernetes manifests and model-server launches (exit 0 clean, 1 findings at --fail-on, 2 error).',
  },
  args: {
    path: { type: 'positional', required: true, description: 'Files or directories (several allowed)' },
    format: {
      type: 'enum',
      options: ['table', 'json', 'sarif'],
      default: 'table',
      description: 'Output format',
    },
    output: { type: 'string', description: 'Write the report to this file instead of stdout' },
    'fail-on': {
      type: 'enum',
      options: [...failLevels],
      default: 'medium',
      description: 'Exit 1 when a finding is at least this severe (never: always 0)',
    },
  },
  async run({ args }) {
    const paths = [args.path, ...(args._ ?? []).filter((value) => value !== args.path)].map(String);
    const report = await auditPaths(paths);
    // A gate that audited nothing must not pass: a wrong path or an unrendered chart looks like this.
    if (report.summary.audited === 0 && report.summary.errors === 0)
      throw new RampartError('RAMPART_AUDIT_NOTHING_AUDITED', `nothing to audit in ${paths.join(', ')}`);
    const format = args.format as 'table' | 'json' | 'sarif';
    const text =
      format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === 'sarif'
          ? `${JSON.stringify(auditReportToSarif(report, { toolVersion: '0.1.0', baseDirectory: process.cwd() }), null, 2)}\n`
          : renderAuditTable(report, { colour: !args.output && wantsColour(process.stdout) });
    if (args.output) {
      try {
        await writeFile(args.output, text);
      } catch (error) {
        throw new RampartError('RAMPART_AUDIT_OUTPUT', `cannot write ${args.output}`, { cause: error });
      }
    } else process.stdout.write(text);
    if (report.summary.errors > 0) process.exitCode = exitCodes.error;
    else
      process.exitCode = auditFails(report, args['fail-on'] as FailLevel) ? exitCodes.failed : exitCodes.ok;
  },
});
