import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { type ComplianceReport, createEvent, type SecurityEvent } from '../../src/core/index.ts';
import { validateConfig } from '../../src/gateway/index.ts';
import {
  buildComplianceReport,
  defaultRules,
  openSqliteEventStore,
  RulesEngine,
} from '../../src/soc/index.ts';

/**
 * A compliance report is evidence for an auditor: a control it calls "covered" or "enabled" must
 * rest on that control's own evidence (its features' own events, its rules' alerts) or on the
 * configuration the report was given, never on unrelated activity, and a state the report cannot
 * know must read "unknown", not "not enabled".
 */
const directory = mkdtempSync(join(tmpdir(), 'rampart-compliance-claims-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

let stores = 0;
async function reportOver(
  events: SecurityEvent[],
  options: Partial<Parameters<typeof buildComplianceReport>[0]> = {},
): Promise<ComplianceReport> {
  const store = openSqliteEventStore({ path: join(directory, `claims-${stores++}.db`) });
  try {
    store.write(events);
    return await buildComplianceReport({
      store,
      framework: 'owasp-llm',
      rules: new RulesEngine(defaultRules()).status(),
      ...options,
    });
  } finally {
    await store.close();
  }
}

const control = (report: ComplianceReport, id: string) => report.controls.find((entry) => entry.id === id)!;
const feature = (report: ComplianceReport, controlId: string, featureId: string) =>
  control(report, controlId).features.find((entry) => entry.id === featureId)!;

function detection(direction: 'input' | 'output', channel: string): SecurityEvent {
  return createEvent({
    source: 'gateway',
    kind: 'guard.detection',
    severity: 'high',
    principal: 'mallory',
    attrs: { direction, channel, scanner: 'prompt-injection' },
    frameworks: ['LLM01:2025'],
  });
}

const unrelatedAlert = createEvent({
  source: 'soc',
  kind: 'alert.raised',
  severity: 'high',
  attrs: { rule_id: 'prompt-injection-burst', rule_title: 'Prompt injection burst' },
  frameworks: ['LLM01:2025', 'AML.T0051'],
});

const gatewayConfig = validateConfig({
  admin: { token: 'an-admin-token-of-24-characters-or-more' },
  upstreams: { local: { url: 'http://127.0.0.1:9' } },
  models: [{ name: 'chat-model', upstream: 'local' }],
  routes: [{ id: 'chat', path: '/v1/chat/completions', kind: 'chat', models: ['chat-model'] }],
  roles: { analyst: [{ routes: ['chat'], models: ['chat-model'] }] },
  limits: { rate: { requestsPerMinute: 60, burst: 5 } },
});

describe('compliance report claims only what its evidence shows', () => {
  it('alerts of unrelated rules do not make LLM03 (supply chain) or LLM04 (poisoning) covered', async () => {
    const report = await reportOver([detection('input', 'user'), unrelatedAlert]);
    for (const id of ['LLM03:2025', 'LLM04:2025']) {
      expect(control(report, id).status, id).not.toBe('covered');
      expect(feature(report, id, 'soc.detection').basis, id).not.toBe('observed');
    }
    expect(feature(report, 'LLM03:2025', 'model.scan')).toMatchObject({ basis: 'no-evidence' });
    expect(feature(report, 'LLM04:2025', 'data.gate')).toMatchObject({ basis: 'no-evidence' });
    // The same alert is evidence for the control its rule maps to.
    expect(control(report, 'LLM01:2025').status).toBe('covered');
    expect(feature(report, 'LLM01:2025', 'soc.detection').basis).toBe('observed');
  });

  it('output scanning is observed only from output-direction detections', async () => {
    const inputOnly = await reportOver([detection('input', 'user'), detection('input', 'tool')]);
    expect(feature(inputOnly, 'LLM05:2025', 'guard.output').basis).not.toBe('observed');
    expect(control(inputOnly, 'LLM05:2025').status).not.toBe('covered');
    expect(feature(inputOnly, 'LLM01:2025', 'guard.input').basis).toBe('observed');
    expect(feature(inputOnly, 'LLM01:2025', 'guard.indirect').basis).toBe('observed');

    const withOutput = await reportOver([detection('output', 'output')]);
    expect(feature(withOutput, 'LLM05:2025', 'guard.output').basis).toBe('observed');
    expect(control(withOutput, 'LLM05:2025').status).toBe('covered');
    expect(feature(withOutput, 'LLM01:2025', 'guard.input').basis).not.toBe('observed');
  });

  it('a gateway config with default-deny roles and limits shows those controls configured with zero events', async () => {
    const report = await reportOver([], { gatewayConfig });
    expect(feature(report, 'LLM06:2025', 'gateway.authz').basis).toBe('configured');
    expect(feature(report, 'LLM06:2025', 'gateway.limits').basis).toBe('configured');
    expect(control(report, 'LLM06:2025')).toMatchObject({ status: 'enabled', basis: 'configured' });
    expect(control(report, 'LLM10:2025').status).toBe('enabled');
    expect(report.configuration.gateway).toBe(true);
  });

  it('without a gateway config, gateway controls are unknown: never "not enabled", never covered', async () => {
    const report = await reportOver([]);
    const llm06 = control(report, 'LLM06:2025');
    expect(llm06).toMatchObject({ status: 'unknown', basis: 'unknown' });
    for (const entry of llm06.features) {
      expect(entry.basis).toBe('unknown');
      expect(entry.detail).toBe('unknown (no gateway config given)');
    }
    expect(report.controls.some((entry) => entry.status === 'covered')).toBe(false);
    expect(
      report.controls.flatMap((entry) => entry.features).some((entry) => entry.basis === 'not-configured'),
    ).toBe(false);
    expect(report.summary.unknown).toBeGreaterThan(0);
  });
});
