import {
  type ComplianceFramework,
  type ComplianceReport,
  type ControlReport,
  complianceFrameworks,
  type FeatureEvidence,
  frameworkReferences,
  RampartError,
  type RuleStatus,
} from '../../core/index.ts';
import type { EventStore } from '../store/event-store.ts';
import { coverage, type FeatureId, features } from './coverage.ts';

const { owasp, atlas, nist, euAiAct } = frameworkReferences;

export interface ComplianceOptions {
  store: EventStore;
  framework: string;
  from?: string;
  to?: string;
  /** Rules and their state (enabled, fired). */
  rules?: readonly RuleStatus[];
  /**
   * Which features the current configuration turns on. A feature missing here counts as enabled
   * when its events were seen in the range ("observed"), otherwise as not enabled.
   */
  enabled?: Partial<Record<FeatureId, boolean>>;
}

const titles: Record<ComplianceFramework, string> = {
  'owasp-llm': 'OWASP Top 10 for LLM Applications 2025',
  atlas: 'MITRE ATLAS',
  'nist-ai-rmf': 'NIST AI Risk Management Framework 1.0',
  'eu-ai-act': 'EU AI Act (Regulation (EU) 2024/1689)',
};

function controlsOf(framework: ComplianceFramework): Array<{ id: string; title: string }> {
  switch (framework) {
    case 'owasp-llm':
      return owasp.entries.map((entry) => ({ id: entry.id, title: entry.title }));
    case 'atlas':
      return atlas.techniques.map((technique) => ({ id: technique.id, title: technique.name }));
    case 'nist-ai-rmf':
      return nist.functions.flatMap((fn) =>
        (fn.categories as Array<{ subcategories?: Array<{ id: string; summary?: string }> }>).flatMap(
          (category) =>
            (category.subcategories ?? []).map((sub) => ({ id: sub.id, title: sub.summary ?? sub.id })),
        ),
      );
    case 'eu-ai-act':
      return euAiAct.articles.map((article) => ({
        id: article.id,
        title: `Art. ${article.article} ${article.title}`,
      }));
  }
}

function summarise(kind: string, attrs: Record<string, unknown>, model?: string): string {
  const parts: string[] = [];
  if (model) parts.push(model);
  for (const key of ['passed', 'verified', 'dataset', 'target', 'findings']) {
    if (attrs[key] !== undefined)
      parts.push(
        `${key}=${typeof attrs[key] === 'object' ? JSON.stringify(attrs[key]) : String(attrs[key])}`,
      );
  }
  return parts.length > 0 ? parts.join(' ') : kind;
}

/**
 * For each control of a framework: the Rampart features that address it, whether each is enabled,
 * and the evidence in the time range (event counts per kind, the latest scan / gate / red-team
 * result, the rules mapped to the control and how many alerts they raised).
 */
export async function buildComplianceReport(options: ComplianceOptions): Promise<ComplianceReport> {
  if (!(complianceFrameworks as readonly string[]).includes(options.framework)) {
    throw new RampartError(
      'RAMPART_SOC_REQUEST_INVALID',
      `unknown framework '${options.framework}' (use ${complianceFrameworks.join(', ')})`,
    );
  }
  const framework = options.framework as ComplianceFramework;
  // `to` is exclusive: by default include events written up to this very moment.
  const to = options.to ? new Date(options.to) : new Date(Date.now() + 1000);
  const from = options.from ? new Date(options.from) : new Date(to.getTime() - 30 * 86_400_000);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
    throw new RampartError(
      'RAMPART_SOC_REQUEST_INVALID',
      'from and to must be ISO 8601 times with from before to',
    );
  }
  const range = { from: from.toISOString(), to: to.toISOString() };
  const kindCounts = new Map(
    (await options.store.countBy('kind', range, 100)).map((row) => [row.value, row.count]),
  );
  const alertsByRule = new Map<string, number>();
  let cursor: string | undefined;
  let scanned = 0;
  do {
    const page = await options.store.query({
      ...range,
      kind: 'alert.raised',
      limit: 1000,
      order: 'asc',
      ...(cursor ? { cursor } : {}),
    });
    for (const event of page.events) {
      const rule = String(event.attrs.rule_id ?? '');
      alertsByRule.set(rule, (alertsByRule.get(rule) ?? 0) + 1);
    }
    scanned += page.events.length;
    cursor = page.nextCursor;
  } while (cursor && scanned < 100_000);

  const featureCache = new Map<FeatureId, FeatureEvidence>();
  const evidenceFor = async (id: FeatureId): Promise<FeatureEvidence> => {
    const cached = featureCache.get(id);
    if (cached) return cached;
    const feature = features[id];
    const events: Record<string, number> = {};
    for (const kind of feature.kinds) events[kind] = kindCounts.get(kind) ?? 0;
    const observed = Object.values(events).some((count) => count > 0);
    const configured = options.enabled?.[id];
    const evidence: FeatureEvidence = {
      id,
      name: feature.name,
      enabled: configured ?? (id === 'soc.export' || observed),
      enabledBy: configured === undefined ? 'observed' : 'config',
      events,
    };
    const resultKinds = feature.kinds.filter((kind) => kind.endsWith('.result'));
    if (resultKinds.length > 0) {
      const latest = (await options.store.query({ ...range, kind: resultKinds, limit: 1 })).events[0];
      if (latest)
        evidence.latest = {
          kind: latest.kind,
          time: latest.time,
          summary: summarise(latest.kind, latest.attrs, latest.model),
        };
    }
    featureCache.set(id, evidence);
    return evidence;
  };

  const controls: ControlReport[] = [];
  for (const control of controlsOf(framework)) {
    const featureIds = coverage[control.id] ?? [];
    const featureEvidence = await Promise.all(featureIds.map(evidenceFor));
    const rules = (options.rules ?? [])
      .filter((rule) => rule.frameworks.includes(control.id))
      .map((rule) => ({
        id: rule.id,
        title: rule.title,
        enabled: rule.enabled,
        fired: rule.fired,
        alerts: alertsByRule.get(rule.id) ?? 0,
      }));
    const enabled = featureEvidence.filter((feature) => feature.enabled);
    const withEvidence = enabled.some((feature) => Object.values(feature.events).some((count) => count > 0));
    const status: ControlReport['status'] =
      featureEvidence.length === 0 && rules.length === 0
        ? 'not-covered'
        : withEvidence
          ? 'covered'
          : enabled.length > 0 || rules.some((rule) => rule.enabled)
            ? 'enabled'
            : 'available';
    controls.push({ id: control.id, title: control.title, status, features: featureEvidence, rules });
  }
  const count = (status: ControlReport['status']) =>
    controls.filter((control) => control.status === status).length;
  return {
    framework,
    title: titles[framework],
    generatedAt: new Date().toISOString(),
    from: range.from,
    to: range.to,
    summary: {
      controls: controls.length,
      covered: count('covered'),
      enabled: count('enabled'),
      available: count('available'),
      notCovered: count('not-covered'),
    },
    controls,
    note: 'Evidence for an assessment, not a certification: "covered" means a Rampart feature addressing the control is enabled and produced events in the period.',
  };
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};
const escapeHtml = (value: unknown) => String(value).replace(/[&<>"']/g, (character) => escapes[character]!);

/** A self-contained HTML page (no scripts, no external resources) for people. */
export function renderComplianceHtml(report: ComplianceReport): string {
  const statusLabel: Record<ControlReport['status'], string> = {
    covered: 'Covered (evidence)',
    enabled: 'Enabled, no events',
    available: 'Available, not enabled',
    'not-covered': 'Not covered',
  };
  const rows = report.controls
    .map((control) => {
      const featureList = control.features
        .map(
          (feature) =>
            `<li>${escapeHtml(feature.name)} — <b>${feature.enabled ? 'enabled' : 'not enabled'}</b> (${feature.enabledBy})${
              Object.keys(feature.events).length > 0
                ? `; events: ${Object.entries(feature.events)
                    .map(([kind, count]) => `${escapeHtml(kind)} ${count}`)
                    .join(', ')}`
                : ''
            }${feature.latest ? `; latest ${escapeHtml(feature.latest.kind)} ${escapeHtml(feature.latest.time)}: ${escapeHtml(feature.latest.summary)}` : ''}</li>`,
        )
        .join('');
      const ruleList = control.rules
        .map(
          (rule) =>
            `<li>rule ${escapeHtml(rule.id)} (${rule.enabled ? 'enabled' : 'disabled'}): ${rule.alerts} alert(s)</li>`,
        )
        .join('');
      return `<tr class="${control.status}"><td>${escapeHtml(control.id)}</td><td>${escapeHtml(control.title)}</td><td>${statusLabel[control.status]}</td><td><ul>${featureList}${ruleList}</ul></td></tr>`;
    })
    .join('\n');
  const summary = report.summary;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(report.title)} — Rampart compliance report</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem;color:#1b1f24}table{border-collapse:collapse;width:100%}td,th{border:1px solid #d0d7de;padding:.4rem;vertical-align:top;text-align:left}
tr.covered td:nth-child(3){background:#dafbe1}tr.enabled td:nth-child(3){background:#fff8c5}tr.available td:nth-child(3){background:#ffebe9}tr.not-covered td:nth-child(3){background:#eaeef2}ul{margin:0;padding-left:1.1rem}</style></head>
<body><h1>${escapeHtml(report.title)}</h1>
<p>Period ${escapeHtml(report.from)} to ${escapeHtml(report.to)} · generated ${escapeHtml(report.generatedAt)}</p>
<p>${summary.controls} controls: ${summary.covered} covered with evidence, ${summary.enabled} enabled without events, ${summary.available} available but not enabled, ${summary.notCovered} not covered by Rampart.</p>
<p><i>${escapeHtml(report.note)}</i></p>
<table><thead><tr><th>Control</th><th>Title</th><th>Status</th><th>Rampart features and evidence</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}
