import { relative, sep } from 'node:path';
import { type Finding, renderSarif } from '../core/index.ts';
import { scanRules } from './scan-rules.ts';
import type { ScanReport } from './scan-types.ts';

export interface ScanSarifOptions {
  toolVersion: string;
  /** Paths in the log are made relative to this directory (GitHub wants repository-relative URIs). */
  baseDirectory?: string;
  /** Include informational findings (default false: they never change a verdict). */
  includeInfo?: boolean;
}

/** A SARIF 2.1.0 log of a scan: one rule per catalogue entry, one result per finding. */
export function scanReportToSarif(report: ScanReport, options: ScanSarifOptions): object {
  const findings: Finding[] = [];
  for (const file of report.files) {
    for (const finding of file.findings) {
      if (!options.includeInfo && finding.severity === 'info') continue;
      const path = finding.location?.path ?? file.path;
      const shown = options.baseDirectory ? relative(options.baseDirectory, path).split(sep).join('/') : path;
      const detail = finding.location?.detail;
      findings.push({
        ...finding,
        message: detail ? `${finding.message} [in ${detail}]` : finding.message,
        location: { ...finding.location, path: shown },
      });
    }
  }
  return renderSarif(findings, {
    toolName: 'rampart-model-scan',
    toolVersion: options.toolVersion,
    informationUri: 'https://github.com/rampart/rampart/blob/main/docs/model-scan.md',
    rules: scanRules.map((rule) => ({
      id: rule.id,
      name: rule.name,
      shortDescription: rule.description,
      severity: rule.severity,
      frameworks: rule.frameworks,
    })),
  });
}
