import {
  type ComplianceFramework,
  type ComplianceReport,
  type ControlReport,
  type ControlStatus,
  complianceFrameworks,
  type EvidenceBasis,
  type FeatureEvidence,
  frameworkReferences,
  type GatewayConfigView,
  RampartError,
  type RuleStatus,
  type SecurityEvent,
} from '../../core/index.ts';
import type { EventStore } from '../store/event-store.ts';
import { coverage, type EvidenceSelector, type Feature, type FeatureId, features } from './coverage.ts';
import { type ConfiguredState, gatewayConfiguredFeatures } from './gateway-features.ts';
import { featureText, ruleText, statusLabels, summaryText } from './report-text.ts';

const { owasp, atlas, nist, euAiAct } = frameworkReferences;

export interface ComplianceOptions {
  store: EventStore;
  framework: string;
  from?: string;
  to?: string;
  /** Rules and their state (enabled, fired); without them, SOC detection's configured state is unknown. */
  rules?: readonly RuleStatus[];
  /**
   * The gateway's config. Gateway features it turns on are "configured" without waiting for an
   * event; without it their state is "unknown (no gateway config given)" unless their own events
   * were seen.
   */
  gatewayConfig?: GatewayConfigView;
  /** Whether this SOC acts on a gateway (its admin API is configured); unknown when left out. */
  responses?: boolean;
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

/** "guard.detection (direction=output)": how a selector is named in the report's event counts. */
function selectorLabel(selector: EvidenceSelector): string {
  const where = Object.entries(selector.where ?? {}).map(([name, values]) => `${name}=${values.join('|')}`);
  if (selector.ownControl) where.push('rule mapped to this control');
  return where.length > 0 ? `${selector.kind} (${where.join(', ')})` : selector.kind;
}

function matches(selector: EvidenceSelector, event: SecurityEvent): boolean {
  return Object.entries(selector.where ?? {}).every(([name, values]) =>
    values.includes(String(event.attrs[name] ?? '')),
  );
}

/** Most events read to count attribute-narrowed and per-control evidence. */
const maxScannedEvents = 100_000;

/**
 * Counts of each feature's own evidence in the range: plain kinds from one count by kind; selectors
 * narrowed by attributes, alerts/responses (whose frameworks say which controls they serve) and
 * alerts per rule, from one pass over those kinds' events.
 */
async function collectEvidence(store: EventStore, range: { from: string; to: string }) {
  const kindCounts = new Map((await store.countBy('kind', range, 100)).map((row) => [row.value, row.count]));
  const selectors = Object.values(features as Record<string, Feature>).flatMap((feature) => feature.evidence);
  const narrowed = selectors.filter((selector) => selector.where);
  const perControl = selectors.filter((selector) => selector.ownControl);
  const narrowedCounts = new Map<string, number>();
  /** kind -> control id -> count, from each event's frameworks. */
  const controlCounts = new Map<string, Map<string, number>>();
  const alertsByRule = new Map<string, number>();
  const kinds = [
    ...new Set([...narrowed, ...perControl].map((selector) => selector.kind)).add('alert.raised'),
  ];
  let cursor: string | undefined;
  let scanned = 0;
  do {
    const page = await store.query({
      ...range,
      kind: kinds,
      limit: 1000,
      order: 'asc',
      ...(cursor ? { cursor } : {}),
    });
    for (const event of page.events) {
      for (const selector of narrowed) {
        if (selector.kind !== event.kind || !matches(selector, event)) continue;
        const label = selectorLabel(selector);
        narrowedCounts.set(label, (narrowedCounts.get(label) ?? 0) + 1);
      }
      if (perControl.some((selector) => selector.kind === event.kind)) {
        const byControl = controlCounts.get(event.kind) ?? new Map<string, number>();
        for (const control of new Set(event.frameworks))
          byControl.set(control, (byControl.get(control) ?? 0) + 1);
        controlCounts.set(event.kind, byControl);
      }
      if (event.kind === 'alert.raised') {
        const rule = String(event.attrs.rule_id ?? '');
        alertsByRule.set(rule, (alertsByRule.get(rule) ?? 0) + 1);
      }
    }
    scanned += page.events.length;
    cursor = page.nextCursor;
  } while (cursor && scanned < maxScannedEvents);
  return {
    alertsByRule,
    count(selector: EvidenceSelector, control: string): number {
      if (selector.ownControl) return controlCounts.get(selector.kind)?.get(control) ?? 0;
      if (selector.where) return narrowedCounts.get(selectorLabel(selector)) ?? 0;
      return kindCounts.get(selector.kind) ?? 0;
    },
  };
}

/** The configured state the report knows for a feature, or undefined when it has no way to know. */
function configuredState(
  id: FeatureId,
  control: string,
  options: ComplianceOptions,
  gateway: Partial<Record<FeatureId, ConfiguredState>> | undefined,
): ConfiguredState | undefined {
  const source = (features[id] as Feature).configuredBy;
  if (source === 'gateway') return gateway?.[id];
  if (id === 'soc.detection') {
    if (!options.rules) return undefined;
    const mapped = options.rules.filter((rule) => rule.frameworks.includes(control));
    const enabled = mapped.filter((rule) => rule.enabled).map((rule) => rule.id);
    return {
      on: enabled.length > 0,
      detail:
        mapped.length === 0
          ? 'no detection rule maps to this control'
          : `SOC rules enabled: ${enabled.join(', ') || 'none'} (of ${mapped.length} mapped)`,
    };
  }
  if (id === 'soc.response') {
    if (options.responses === undefined) return undefined;
    return options.responses
      ? { on: true, detail: "SOC config: responses act through the gateway's admin API" }
      : { on: false, detail: 'SOC config: no gateway admin API to act through' };
  }
  return undefined;
}

/** Decide a feature's basis: its own events first, then the configuration given, else unknown / no evidence. */
function featureBasis(
  feature: Feature,
  events: Record<string, number>,
  configured: ConfiguredState | undefined,
  since: string,
): { basis: EvidenceBasis; detail: string } {
  const seen = Object.entries(events).filter(([, count]) => count > 0);
  if (seen.length > 0) {
    const total = seen.reduce((sum, [, count]) => sum + count, 0);
    const off = configured && !configured.on ? `; the config given turns it off (${configured.detail})` : '';
    return {
      basis: 'observed',
      detail: `${total} event(s) of ${seen.map(([label]) => label).join(', ')} since ${since}${off}`,
    };
  }
  if (configured)
    return { basis: configured.on ? 'configured' : 'not-configured', detail: configured.detail };
  if (feature.configuredBy === 'gateway')
    return { basis: 'unknown', detail: 'unknown (no gateway config given)' };
  if (feature.configuredBy === 'soc') return { basis: 'unknown', detail: 'unknown (no SOC config given)' };
  return {
    basis: 'no-evidence',
    detail: `no ${feature.evidence.map(selectorLabel).join(' or ')} events since ${since}`,
  };
}

/**
 * A control's status from its own features and rules only: covered when one of them has its own
 * events in the period, enabled when one is configured on, unknown when one's state is in a config
 * the report was not given, available otherwise; not-covered when Rampart has nothing for it.
 */
function controlStatus(
  featureEvidence: readonly FeatureEvidence[],
  rules: ControlReport['rules'],
): Pick<ControlReport, 'status' | 'basis' | 'detail'> {
  if (featureEvidence.length === 0 && rules.length === 0)
    return {
      status: 'not-covered',
      basis: 'no-evidence',
      detail: 'no Rampart feature addresses this control',
    };
  const named = (basis: EvidenceBasis) =>
    featureEvidence.filter((feature) => feature.basis === basis).map((feature) => feature.name);
  const alerted = rules.filter((rule) => rule.alerts > 0).map((rule) => `rule ${rule.id}`);
  const observed = [...named('observed'), ...alerted];
  if (observed.length > 0)
    return { status: 'covered', basis: 'observed', detail: `observed: ${observed.join('; ')}` };
  const configured = [
    ...named('configured'),
    ...rules.filter((rule) => rule.enabled).map((rule) => `rule ${rule.id}`),
  ];
  if (configured.length > 0)
    return {
      status: 'enabled',
      basis: 'configured',
      detail: `configured, no events: ${configured.join('; ')}`,
    };
  const unknown = named('unknown');
  if (unknown.length > 0)
    return {
      status: 'unknown',
      basis: 'unknown',
      detail: `unknown: ${unknown.join('; ')} (the report was not given the config that sets them)`,
    };
  return {
    status: 'available',
    basis: 'no-evidence',
    detail: 'no evidence: no feature configured on and no events',
  };
}

/**
 * For each control of a framework: the Rampart features that address it, what each one's state
 * rests on (its own events in the range, the configuration given, or nothing known), the latest
 * scan / gate / red-team result, and the rules mapped to the control with the alerts they raised.
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
  const evidence = await collectEvidence(options.store, range);
  const gateway = options.gatewayConfig ? gatewayConfiguredFeatures(options.gatewayConfig) : undefined;

  const latestCache = new Map<FeatureId, FeatureEvidence['latest'] | null>();
  const latestFor = async (id: FeatureId) => {
    if (!latestCache.has(id)) {
      const resultKinds = (features[id] as Feature).evidence
        .map((selector) => selector.kind)
        .filter((kind) => kind.endsWith('.result'));
      const latest =
        resultKinds.length > 0
          ? (await options.store.query({ ...range, kind: resultKinds, limit: 1 })).events[0]
          : undefined;
      latestCache.set(
        id,
        latest
          ? {
              kind: latest.kind,
              time: latest.time,
              summary: summarise(latest.kind, latest.attrs, latest.model),
            }
          : null,
      );
    }
    return latestCache.get(id) ?? undefined;
  };

  const controls: ControlReport[] = [];
  for (const control of controlsOf(framework)) {
    const featureEvidence: FeatureEvidence[] = [];
    for (const id of coverage[control.id] ?? []) {
      const feature = features[id] as Feature;
      const events: Record<string, number> = {};
      for (const selector of feature.evidence)
        events[selectorLabel(selector)] = evidence.count(selector, control.id);
      const configured =
        id === 'soc.export'
          ? { on: true, detail: 'built in: the event store this report reads, retention and export commands' }
          : configuredState(id, control.id, options, gateway);
      const latest = await latestFor(id);
      featureEvidence.push({
        id,
        name: feature.name,
        ...featureBasis(feature, events, configured, range.from),
        events,
        ...(latest ? { latest } : {}),
      });
    }
    const rules = (options.rules ?? [])
      .filter((rule) => rule.frameworks.includes(control.id))
      .map((rule) => ({
        id: rule.id,
        title: rule.title,
        enabled: rule.enabled,
        fired: rule.fired,
        alerts: evidence.alertsByRule.get(rule.id) ?? 0,
      }));
    controls.push({
      id: control.id,
      title: control.title,
      ...controlStatus(featureEvidence, rules),
      features: featureEvidence,
      rules,
    });
  }
  const count = (status: ControlStatus) => controls.filter((control) => control.status === status).length;
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
      unknown: count('unknown'),
      notCovered: count('not-covered'),
    },
    configuration: { gateway: gateway !== undefined, soc: options.rules !== undefined },
    controls,
    note: `Evidence for an assessment, not a certification. "covered": a feature mapped to the control produced its own events in the period (alerts count only for the controls their rule maps to); "enabled": the configuration given to the report turns it on, no events yet; "unknown": it is set in a configuration the report was not given${gateway ? '' : ' (no gateway config given)'}; "available": off or no evidence.`,
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
  const rows = report.controls
    .map((control) => {
      const items = [...control.features.map(featureText), ...control.rules.map(ruleText)]
        .map((item) => `<li>${escapeHtml(item)}</li>`)
        .join('');
      return `<tr class="${control.status}"><td>${escapeHtml(control.id)}</td><td>${escapeHtml(control.title)}</td><td>${statusLabels[control.status]}<br><small>${escapeHtml(control.detail)}</small></td><td><ul>${items}</ul></td></tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(report.title)} — Rampart compliance report</title>
<style>body{font:14px system-ui,sans-serif;margin:2rem;color:#1b1f24}table{border-collapse:collapse;width:100%}td,th{border:1px solid #d0d7de;padding:.4rem;vertical-align:top;text-align:left}
tr.covered td:nth-child(3){background:#dafbe1}tr.enabled td:nth-child(3){background:#fff8c5}tr.available td:nth-child(3){background:#ffebe9}tr.unknown td:nth-child(3){background:#ddf4ff}tr.not-covered td:nth-child(3){background:#eaeef2}ul{margin:0;padding-left:1.1rem}</style></head>
<body><h1>${escapeHtml(report.title)}</h1>
<p>Period ${escapeHtml(report.from)} to ${escapeHtml(report.to)} · generated ${escapeHtml(report.generatedAt)}</p>
<p>${escapeHtml(summaryText(report))}</p>
<p><i>${escapeHtml(report.note)}</i></p>
<table><thead><tr><th>Control</th><th>Title</th><th>Status</th><th>Rampart features and evidence</th></tr></thead><tbody>
${rows}
</tbody></table></body></html>
`;
}
