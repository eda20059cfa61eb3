import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateGuard } from './evaluate.ts';
import { createGuard, readDataset } from './index.ts';

// The project's hand-written development sets (tuned on, so these are regression floors, not claims
// of generalisation; the frozen independent set is measured by hand, see docs/guard-model-card.md).
const dataset = (name: string) => readDataset(fileURLToPath(new URL(`../../bench/${name}`, import.meta.url)));

describe('the guard as shipped on its development sets', () => {
  it.each([
    // set, recall floor, FPR ceiling (measured 2026-12-07, round 3: dev2 0.9786 / 0%, dev3 0.8494 /
    // 0.39%, dev4 0.75 / 2.40%; round 4, authored training sets, threshold 0.9 and rule gate 0.2:
    // dev2 0.9701 / 0.99%, dev3 0.8735 / 0%, dev4 0.7813 / 1.92%; round 5, ten writers, threshold 0.9, gate
    // 0.7 with a three-rule bypass: dev2 0.9145 / 0%, dev3 0.8494 / 0%, dev4 0.7813 / 0%. dev2 lost
    // rule-only blocks of texts the classifier scores below the stricter gate; they are flagged now; round 8,
    // threshold 0.85 held to 0.5% FPR on the benign calibration sets, gate 0.2: dev2 0.9573 / 0.99%, dev3
    // 0.9458 / 0%, dev4 0.9062 / 0.96%. The floors stay where they were: each set is held to 1% by the trainer)
    ['guard-dev2/dev2.jsonl', 0.9, 0.01],
    ['guard-dev3/dev3.jsonl', 0.84, 0.005],
    ['guard-dev4/dev4.jsonl', 0.77, 0.01],
  ] as const)(
    '%s keeps recall >= %s at benign FPR <= %s',
    (name, recall, fpr) => {
      const attack = evaluateGuard(createGuard(), dataset(name)).metrics.find(
        (metric) => metric.label === 'attack',
      )!;
      expect(attack.recall).toBeGreaterThanOrEqual(recall);
      expect(attack.falsePositiveRate).toBeLessThanOrEqual(fpr);
    },
    60_000,
  );
});

describe('the shipped defaults', () => {
  it('block at the threshold and rule gate the trainer chose for the shipped weights', async () => {
    const { readFileSync } = await import('node:fs');
    const model = JSON.parse(
      readFileSync(new URL('./classifier/prompt-injection.model.json', import.meta.url), 'utf8'),
    ) as { threshold: number; metrics: { heldOutAuthors?: { ruleGate: number; gateBypassRules?: number } } };
    const { scanners } = createGuard().config;
    expect(scanners.promptInjection.threshold).toBe(model.threshold);
    expect(scanners.injectionRules.classifierGate).toBe(model.metrics.heldOutAuthors?.ruleGate ?? 0);
    expect(scanners.injectionRules.gateBypassRules).toBe(model.metrics.heldOutAuthors?.gateBypassRules ?? 0);
  });
});
