import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEvent, frameworkEntry } from '../../core/index.ts';
import euAiAct from '../../core/reference/eu-ai-act.json' with { type: 'json' };
import { defaultRules } from '../rules/load-rules.ts';
import { RulesEngine } from '../rules/rules-engine.ts';
import { openSqliteEventStore } from '../store/sqlite-event-store.ts';
import { buildComplianceReport, renderComplianceHtml } from './compliance-report.ts';
import { coverage } from './coverage.ts';

const directory = mkdtempSync(join(tmpdir(), 'rampart-compliance-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('compliance report', () => {
  it('maps only to control ids that exist in the reference data', () => {
    const euIds = new Set(euAiAct.articles.map((article) => article.id));
    for (const id of Object.keys(coverage))
      expect(frameworkEntry(id) !== undefined || euIds.has(id), id).toBe(true);
  });

  it('lists each control with features, enabled state, evidence counts, latest results and rule alerts', async () => {
    const store = openSqliteEventStore({ path: join(directory, 'report.db') });
    try {
      const now = Date.now();
      const at = (minutesAgo: number) => new Date(now - minutesAgo * 60_000).toISOString();
      store.write([
        createEvent({
          source: 'gateway',
          kind: 'guard.detection',
          time: at(30),
          attrs: { scanner: 'prompt-injection', direction: 'input', channel: 'user' },
        }),
        createEvent({
          source: 'gateway',
          kind: 'guard.detection',
          time: at(20),
          attrs: { scanner: 'prompt-injection', direction: 'input', channel: 'user' },
        }),
        createEvent({
          source: 'soc',
          kind: 'alert.raised',
          time: at(19),
          attrs: { rule_id: 'prompt-injection-burst' },
          frameworks: ['LLM01:2025', 'AML.T0051', 'MEASURE 2.7'],
        }),
        createEvent({
          source: 'model',
          kind: 'model.scan.result',
          time: at(50),
          model: 'old',
          attrs: { passed: true },
        }),
        createEvent({
          source: 'model',
          kind: 'model.scan.result',
          time: at(10),
          model: 'llama-3',
          attrs: { passed: false, findings: 2 },
        }),
        createEvent({ source: 'model', kind: 'model.scan.result', time: at(60 * 24 * 40), model: 'ancient' }),
      ]);
      const rules = new RulesEngine(defaultRules()).status();
      const report = await buildComplianceReport({ store, framework: 'owasp-llm', rules, responses: false });
      expect(report.summary.controls).toBe(10);
      const llm01 = report.controls.find((control) => control.id === 'LLM01:2025')!;
      expect(llm01.status).toBe('covered');
      expect(llm01.basis).toBe('observed');
      expect(llm01.features.find((feature) => feature.id === 'guard.input')).toMatchObject({
        basis: 'observed',
        events: { 'guard.detection (direction=input, channel=user|system|assistant)': 2 },
      });
      expect(llm01.rules.find((rule) => rule.id === 'prompt-injection-burst')).toMatchObject({
        enabled: true,
        alerts: 1,
      });
      const llm03 = report.controls.find((control) => control.id === 'LLM03:2025')!;
      const scan = llm03.features.find((feature) => feature.id === 'model.scan')!;
      expect(scan.events['model.scan.result']).toBe(2);
      expect(scan.basis).toBe('observed');
      expect(scan.latest).toMatchObject({
        kind: 'model.scan.result',
        summary: 'llama-3 passed=false findings=2',
      });
      const llm04 = report.controls.find((control) => control.id === 'LLM04:2025')!;
      expect(llm04.features.find((feature) => feature.id === 'data.gate')).toMatchObject({
        basis: 'no-evidence',
        events: { 'data.gate.result': 0 },
      });
      const llm10 = report.controls.find((control) => control.id === 'LLM10:2025')!;
      expect(llm10.features.find((feature) => feature.id === 'soc.response')).toMatchObject({
        basis: 'not-configured',
      });
      const llm09 = report.controls.find((control) => control.id === 'LLM09:2025')!;
      expect(llm09).toMatchObject({ status: 'available', basis: 'no-evidence' });

      const eu = await buildComplianceReport({ store, framework: 'eu-ai-act', rules });
      expect(eu.controls.find((control) => control.id === 'EU-AIA-Art13')!.status).toBe('not-covered');
      // Record-keeping: the event store is built in (configured); the gateway's audit is unknown without its config.
      expect(eu.controls.find((control) => control.id === 'EU-AIA-Art12')!.status).toBe('enabled');
      const atlas = await buildComplianceReport({ store, framework: 'atlas', rules });
      expect(atlas.controls.find((control) => control.id === 'AML.T0051')!.status).toBe('covered');
      const nist = await buildComplianceReport({ store, framework: 'nist-ai-rmf', rules });
      expect(nist.controls.find((control) => control.id === 'MEASURE 2.7')!.status).toBe('covered');

      const html = renderComplianceHtml(report);
      expect(html).toContain('<td>LLM01:2025</td>');
      expect(html).not.toContain('<script');
      await expect(buildComplianceReport({ store, framework: 'iso-42001' })).rejects.toMatchObject({
        code: 'RAMPART_SOC_REQUEST_INVALID',
      });
    } finally {
      await store.close();
    }
  });

  it('escapes event data in the HTML report', async () => {
    const store = openSqliteEventStore({ path: join(directory, 'escape.db') });
    try {
      store.write([
        createEvent({ source: 'model', kind: 'model.scan.result', model: '<img src=x onerror=alert(1)>' }),
      ]);
      const html = renderComplianceHtml(await buildComplianceReport({ store, framework: 'owasp-llm' }));
      expect(html).not.toContain('<img');
      expect(html).toContain('&lt;img');
    } finally {
      await store.close();
    }
  });
});
