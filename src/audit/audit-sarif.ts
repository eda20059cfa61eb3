import { relative, sep } from 'node:path';
import { renderSarif } from '../core/index.ts';
import { auditRules } from './audit-rules.ts';
import type { AuditReport } from './audit-types.ts';

/** A SARIF 2.1.0 log of an audit: every rule of the catalogue, one result per finding. */
export function auditReportToSarif(
  report: AuditReport,
  options: { toolVersion: string; baseDirectory?: string },
): object {
  const findings = report.files.flatMap((file) =>
    file.findings.map((finding) => {
      const path = finding.location?.path ?? file.path;
      const shown = options.baseDirectory ? relative(options.baseDirectory, path).split(sep).join('/') : path;
      return { ...finding, location: { ...finding.location, path: shown } };
    }),
  );
  return renderSarif(findings, {
    toolName: 'rampart-audit',
    toolVersion: options.toolVersion,
    informationUri: 'https://github.com/rampart/rampart/blob/main/docs/deploy.md',
    rules: auditRules.map((rule) => ({
      id: rule.id,
      name: rule.name,
      shortDescription: rule.description,
      severity: rule.severity,
      frameworks: rule.frameworks,
    })),
  });
}
