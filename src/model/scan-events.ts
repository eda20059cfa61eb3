import { createEvent, type SecurityEvent } from '../core/index.ts';
import type { ScanReport } from './scan-types.ts';

/**
 * One `model.scan.finding` SecurityEvent per finding that changes a verdict (informational
 * findings are left out), for a SOC or any EventSink.
 */
export function scanReportToEvents(report: ScanReport): SecurityEvent[] {
  const events: SecurityEvent[] = [];
  for (const file of report.files) {
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
