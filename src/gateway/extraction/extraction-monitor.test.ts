import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../core/index.ts';
import { extractionSchema } from '../config.ts';
import { ExtractionMonitor } from './extraction-monitor.ts';

const settings = extractionSchema.parse({});

function gaussian(random: () => number): number {
  return Math.sqrt(-2 * Math.log(1 - random())) * Math.cos(2 * Math.PI * random());
}

/** Iris-like natural queries: one of three clusters, each feature normal around its centre. */
function naturalQuery(random: () => number): number[] {
  const centres = [
    [5.0, 3.4, 1.5, 0.25],
    [5.9, 2.8, 4.3, 1.3],
    [6.6, 3.0, 5.6, 2.0],
  ];
  const spread = [0.4, 0.35, 0.4, 0.2];
  const centre = centres[Math.floor(random() * 3)]!;
  return centre.map((value, index) => value + spread[index]! * gaussian(random));
}

describe('ExtractionMonitor (predict)', () => {
  it('reports nothing for natural queries', () => {
    const monitor = new ExtractionMonitor();
    const random = seededRandom(11);
    for (let index = 0; index < 3000; index++) {
      expect(monitor.observePredict('alice', 'iris', [naturalQuery(random)], settings)).toBeUndefined();
    }
  });

  it('reports synthetic queries (small steps from a few seeds) with the distance evidence', () => {
    const monitor = new ExtractionMonitor();
    const random = seededRandom(12);
    const known = Array.from({ length: 5 }, () => naturalQuery(random));
    let detection: ReturnType<ExtractionMonitor['observePredict']>;
    let sent = 0;
    while (!detection && sent < 2000) {
      const base = known[Math.floor(random() * known.length)]!;
      const next = base.map((value) => value + 0.1 * (random() < 0.5 ? -1 : 1));
      known.push(next);
      detection = monitor.observePredict('mallory', 'iris', [next], settings);
      sent++;
    }
    expect(detection?.signals).toContain('distance-distribution');
    expect(detection?.evidence.shapiro_w).toBeLessThan(settings.wThreshold);
    expect(sent).toBeLessThanOrEqual(200);
  });

  it('reports a uniform sweep of the feature space', () => {
    const monitor = new ExtractionMonitor();
    const random = seededRandom(13);
    let detection: ReturnType<ExtractionMonitor['observePredict']>;
    let sent = 0;
    while (!detection && sent < 3000) {
      const row = [4 + 4 * random(), 2 + 2.5 * random(), 1 + 6 * random(), 0.1 + 2.5 * random()];
      detection = monitor.observePredict('mallory', 'iris', [row], settings);
      sent++;
    }
    expect(detection).toBeDefined();
  });

  it('repeats a report only every reportEvery queries, and forgets the least recent principal past its bound', () => {
    const monitor = new ExtractionMonitor(2);
    const random = seededRandom(14);
    const reports: number[] = [];
    const known = [naturalQuery(random)];
    for (let index = 0; index < 600; index++) {
      const base = known[Math.floor(random() * known.length)]!;
      const row = base.map((value) => value + 0.1 * (random() < 0.5 ? -1 : 1));
      known.push(row);
      const detection = monitor.observePredict('mallory', 'iris', [row], settings);
      if (detection) reports.push(detection.queries);
    }
    expect(reports.length).toBeGreaterThan(1);
    for (let index = 1; index < reports.length; index++)
      expect(reports[index]! - reports[index - 1]!).toBeGreaterThanOrEqual(settings.reportEvery);
    monitor.observePredict('bob', 'iris', [[1, 2, 3, 4]], settings);
    monitor.observePredict('carol', 'iris', [[1, 2, 3, 4]], settings);
    expect(monitor.tracked).toBe(2);
  });
});

describe('ExtractionMonitor (LLM)', () => {
  const now = Date.parse('2026-12-07T10:00:00Z');
  const request = (prompt: string, index: number, extra: { logprobs?: number; maxTokens?: number } = {}) => ({
    prompt,
    logprobs: extra.logprobs ?? 0,
    maxTokens: extra.maxTokens,
    time: now + index * 20_000,
  });

  it('reports template enumeration', () => {
    const monitor = new ExtractionMonitor();
    const signals = new Set<string>();
    for (let index = 0; index < 200; index++) {
      const detection = monitor.observeLlm(
        'mallory',
        'chat',
        request(
          `Translate the following word into French: word${index * 7}. Reply with one word only.`,
          index,
        ),
        settings,
      );
      for (const signal of detection?.signals ?? []) signals.add(signal);
    }
    expect(signals).toContain('template-enumeration');
  });

  it('reports logprobs harvesting and token-limit sweeps, not an ordinary user', () => {
    const monitor = new ExtractionMonitor();
    const signals = new Set<string>();
    for (let index = 0; index < 200; index++) {
      const detection = monitor.observeLlm(
        'mallory',
        'chat',
        request(`question ${index} about topic ${index * 3}`, index, { logprobs: 20, maxTokens: 1 + index }),
        settings,
      );
      for (const signal of detection?.signals ?? []) signals.add(signal);
    }
    expect(signals).toContain('logprobs-harvesting');
    expect(signals).toContain('token-limit-probing');
    for (let index = 0; index < 400; index++) {
      const prompt = `Can you help me write an email to my landlord about issue number ${index}? ${'It is about the heating and the rent. '.repeat(1 + (index % 5))}`;
      expect(
        monitor.observeLlm('alice', 'chat', request(prompt, index, { maxTokens: 512 }), settings),
      ).toBeUndefined();
    }
  });
});
