import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createEvent } from '../../core/index.ts';
import { defaultRules } from '../rules/load-rules.ts';
import { RulesEngine } from '../rules/rules-engine.ts';
import { openSqliteEventStore } from '../store/sqlite-event-store.ts';
import { pdfText, renderCompliancePdf } from './compliance-pdf.ts';
import { buildComplianceReport } from './compliance-report.ts';

const directory = mkdtempSync(join(tmpdir(), 'rampart-compliance-pdf-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

/** The text drawn on the pages: pdfkit writes each line as hex strings inside a TJ array. */
function drawnText(pdf: Buffer): string {
  const lines: string[] = [];
  for (const array of pdf.toString('latin1').matchAll(/\[([^\]]*)\]\s*TJ/g)) {
    const hexes = [...array[1]!.matchAll(/<([0-9a-fA-F]*)>/g)].map((match) =>
      Buffer.from(match[1]!, 'hex').toString('latin1'),
    );
    lines.push(hexes.join(''));
  }
  return lines.join('\n');
}

describe('compliance report as PDF', () => {
  it('draws every control with its status, the evidence and page numbers', async () => {
    const store = openSqliteEventStore({ path: join(directory, 'report.db') });
    try {
      store.write([
        createEvent({
          source: 'gateway',
          kind: 'guard.detection',
          attrs: { scanner: 'prompt-injection', direction: 'input', channel: 'user' },
        }),
        createEvent({
          source: 'model',
          kind: 'model.scan.result',
          model: 'llama-3',
          attrs: { passed: false },
        }),
      ]);
      const report = await buildComplianceReport({
        store,
        framework: 'owasp-llm',
        rules: new RulesEngine(defaultRules()).status(),
      });
      const pdf = await renderCompliancePdf(report, { compress: false });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pdf.subarray(-6).toString()).toContain('%%EOF');
      const text = drawnText(pdf);
      expect(text).toContain('OWASP Top 10 for LLM Applications 2025');
      for (const control of report.controls) expect(text).toContain(control.id);
      expect(text).toContain('Covered (observed)');
      expect(text).toContain('Unknown (no config)');
      expect(text).toContain('model.scan.result 1');
      const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
      expect(pages).toBeGreaterThanOrEqual(1);
      expect(text).toContain(`page ${pages} of ${pages}`);
      // The compressed default is what users get, and it is smaller.
      expect((await renderCompliancePdf(report)).length).toBeLessThan(pdf.length);
    } finally {
      await store.close();
    }
  });

  it('breaks long reports over pages and repeats the table header', async () => {
    const store = openSqliteEventStore({ path: join(directory, 'atlas.db') });
    try {
      const report = await buildComplianceReport({ store, framework: 'atlas' });
      const pdf = await renderCompliancePdf(report, { compress: false });
      const text = drawnText(pdf);
      const pages = (pdf.toString('latin1').match(/\/Type \/Page\b/g) ?? []).length;
      expect(pages).toBeGreaterThan(1);
      expect(text.split('Rampart features and evidence').length - 1).toBe(pages);
    } finally {
      await store.close();
    }
  });

  it('replaces characters the standard fonts cannot show instead of failing', () => {
    expect(pdfText('Art. 15 — accuracy “robust”')).toBe('Art. 15 — accuracy “robust”');
    expect(pdfText('模型 ok\u0007')).toBe('?? ok');
    expect(pdfText('ﬁle')).toBe('file');
  });
});
