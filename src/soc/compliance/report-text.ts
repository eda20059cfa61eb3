import type { ComplianceReport, ControlReport, ControlStatus, FeatureEvidence } from '../../core/index.ts';

/** How the HTML and PDF reports name each control status. */
export const statusLabels: Record<ControlStatus, string> = {
  covered: 'Covered (observed)',
  enabled: 'Enabled (configured)',
  available: 'Available, no evidence',
  unknown: 'Unknown (no config)',
  'not-covered': 'Not covered',
};

/** One feature as text: name, basis and why, own event counts, latest result. */
export function featureText(feature: FeatureEvidence): string {
  const events = Object.entries(feature.events)
    .map(([selector, count]) => `${selector} ${count}`)
    .join(', ');
  const latest = feature.latest
    ? `; latest ${feature.latest.kind} ${feature.latest.time}: ${feature.latest.summary}`
    : '';
  return `${feature.name}: ${feature.basis} — ${feature.detail}${events ? `; events: ${events}` : ''}${latest}`;
}

/** One mapped rule as text. */
export function ruleText(rule: ControlReport['rules'][number]): string {
  return `rule ${rule.id} (${rule.enabled ? 'enabled' : 'disabled'}): ${rule.alerts} alert(s)`;
}

/** The summary sentence both reports print. */
export function summaryText(report: ComplianceReport): string {
  const summary = report.summary;
  return `${summary.controls} controls: ${summary.covered} covered with their own events, ${summary.enabled} enabled by configuration without events, ${summary.unknown} unknown (config not given), ${summary.available} available without evidence, ${summary.notCovered} not covered by Rampart.`;
}
