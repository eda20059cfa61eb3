import { createEvent, type SecurityEvent, type Severity } from '../core/index.ts';
import type { ScanReport, Verdict } from './scan-types.ts';

const resultSeverity: Record<Verdict, Severity> = {
  skipped: 'info',
  clean: 'info',
  unsafe: 'medium',
  malicious: 'critical',
  error: 'high',
};

/**
 * For a SOC or any EventSink: one `model.scan.result` per file (its verdict, what the console's
 * Scans page and the compliance evidence read), then one `model.scan.finding` per finding that
 * changes a verdict (informational findings are left out).
 */
export function scanReportToEvents(report: ScanReport): SecurityEvent[] {
  const events: SecurityEvent[] = [];
  for (const file of report.files) {
    const counted = file.findings.filter((finding) => finding.severity !== 'info');
    events.push(
      createEvent({
        source: 'model',
        kind: 'model.scan.result',
        severity: resultSeverity[file.verdict],
        model: file.path,
        decision:
          file.verdict === 'clean' || file.verdict === 'skipped'
            ? 'allow'
            : file.verdict === 'unsafe'
              ? 'flag'
              : 'block',
        frameworks: [...new Set(counted.flatMap((finding) => finding.frameworks ?? []))],
        attrs: {
          'rampart.verdict': file.verdict,
          'rampart.format': file.format,
          'rampart.findings': counted.length,
          'file.size': file.sizeBytes,
          ...(file.sha256 ? { 'file.hash.sha256': file.sha256 } : {}),
        },
      }),
    );
    for (const finding of file.findings) {
      if (finding.severity === 'info') continue;
      events.push(
        createEvent({
          source: 'model',
          kind: 'model.scan.finding',
          severity: finding.severity,
          model: file.path,
          decision: file.verdict === 'malicious' || file.verdict === 'error' ? 'block' : 'flag',
          frameworks: finding.frameworks ?? [],
          attrs: {
            'rampart.rule_id': finding.ruleId,
            'rampart.verdict': file.verdict,
            'rampart.format': file.format,
            'rampart.message': finding.message,
            ...(finding.location?.offset === undefined ? {} : { 'rampart.offset': finding.location.offset }),
            ...(finding.location?.detail ? { 'rampart.detail': finding.location.detail } : {}),
            ...(finding.fingerprint ? { 'rampart.fingerprint': finding.fingerprint } : {}),
            ...(file.sha256 ? { 'file.hash.sha256': file.sha256 } : {}),
          },
        }),
      );
    }
  }
  return events;
}
