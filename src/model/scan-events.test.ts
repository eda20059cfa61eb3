import { describe, expect, it } from 'vitest';
import { scanReportToEvents } from './scan-events.ts';
import { ruleFinding } from './scan-rules.ts';
import type { ScanReport } from './scan-types.ts';

describe('scan events', () => {
  it('emits a model.scan.result per file, then one model.scan.finding per finding that changes a verdict', () => {
    const report: ScanReport = {
      files: [
        {
          path: 'model.pkl',
          format: 'pickle',
          sizeBytes: 10,
          verdict: 'malicious',
          findings: [
            ruleFinding('pickle.dangerous-global', 'imports os.system', { path: 'model.pkl', offset: 2 }),
            ruleFinding('pickle.globals', 'allowlisted', { path: 'model.pkl' }),
          ],
        },
      ],
      summary: {
        files: 1,
        bytes: 10,
        skipped: 0,
        clean: 0,
        unsafe: 0,
        malicious: 1,
        error: 0,
        verdict: 'malicious',
        durationMs: 1,
      },
    };
    const [result, ...findings] = scanReportToEvents(report);
    expect(result).toMatchObject({
      kind: 'model.scan.result',
      severity: 'critical',
      decision: 'block',
      model: 'model.pkl',
      attrs: { 'rampart.verdict': 'malicious', 'rampart.format': 'pickle', 'rampart.findings': 1 },
    });
    expect(result!.frameworks).toContain('LLM03:2025');
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({
      source: 'model',
      kind: 'model.scan.finding',
      severity: 'critical',
      decision: 'block',
      model: 'model.pkl',
      frameworks: expect.arrayContaining(['LLM03:2025']),
      attrs: { 'rampart.rule_id': 'pickle.dangerous-global', 'rampart.offset': 2 },
    });
    expect(findings[0]!.id).toMatch(/^[0-9a-f-]{36}$/);
  });
});
