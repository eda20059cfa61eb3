import { describe, expect, it } from 'vitest';
import { createEvent, frameworkEntry, type NewSecurityEvent, type SecurityEvent } from '../../core/index.ts';
import { defaultRules } from './load-rules.ts';
import { RulesEngine } from './rules-engine.ts';

const start = Date.parse('2026-03-01T10:00:00.000Z');
type Step = [seconds: number, event: Partial<NewSecurityEvent> & { kind: string }];

function events(steps: Step[]): SecurityEvent[] {
  return steps.map(([seconds, event]) =>
    createEvent({ source: 'gateway', time: new Date(start + seconds * 1000).toISOString(), ...event }),
  );
}

const repeat = (count: number, step: (index: number) => Step): Step[] =>
  Array.from({ length: count }, (_, index) => step(index));

let requests = 0;
/** A detection of its own request, unless `requestId` names one that several findings share. */
const detection = (principal: string, scanner: string, channel: string, requestId?: string) =>
  ({
    kind: 'guard.detection',
    source: 'guard',
    principal,
    decision: 'block',
    attrs: { scanner, channel, score: 0.97, request_id: requestId ?? `request-${++requests}` },
  }) as const;
const request = (principal: string, inputTokens = 50, outputTokens = 100, body = 'same') =>
  ({
    kind: 'inference.request',
    principal,
    model: 'llama',
    decision: 'allow',
    attrs: {
      status: 200,
      'gen_ai.usage.input_tokens': inputTokens,
      'gen_ai.usage.output_tokens': outputTokens,
      request_sha256: body,
    },
  }) as const;
const suspected = (principal: string, report: number) =>
  ({
    kind: 'extraction.suspected',
    principal,
    route: 'iris',
    decision: 'flag',
    severity: report > 1 ? 'high' : 'medium',
    attrs: { signals: ['distance-distribution'], evidence: { shapiro_w: 0.62 }, report },
  }) as const;
const authFailure = (ip: string, prefix: string) =>
  ({
    kind: 'auth.failure',
    client_ip: ip,
    severity: 'low',
    attrs: { reason: 'invalid_key', key_prefix: prefix },
  }) as const;

/** For each default rule: an attack that must fire it, and benign traffic that must not. */
const anomaly = (principal: string, request: string) =>
  ({
    kind: 'predict.input.anomaly',
    principal,
    route: 'iris',
    decision: 'flag',
    severity: 'medium',
    attrs: { detector: 'distance', score: 1.8, request_id: request },
  }) as const;
const drift = (route: string, severity: 'info' | 'medium') =>
  ({ kind: 'predict.drift', route, severity, attrs: { max_psi: severity === 'info' ? 0.03 : 0.6 } }) as const;

const scenarios: Record<string, { attack: Step[]; benign: Step[] }> = {
  'prompt-injection-burst': {
    attack: repeat(5, (index) => [index * 30, detection('mallory', 'prompt-injection', 'user')]),
    benign: [
      ...repeat(4, (index) => [index * 30, detection('alice', 'prompt-injection', 'user')]),
      ...repeat(5, (index) => [index * 600, detection('bob', 'prompt-injection', 'user')]),
      ...repeat(5, (index): Step => [index, detection(`user${index}`, 'prompt-injection', 'user')]),
      ...repeat(20, (index): Step => [index, request('alice')]),
      // One prompt that five rules matched is one request, not a burst.
      ...repeat(5, (index): Step => [index, detection('carol', 'prompt-injection', 'user', 'carol-1')]),
    ],
  },
  'jailbreak-persistent': {
    attack: repeat(3, (index) => [index * 900, detection('mallory', 'jailbreak', 'user')]),
    benign: [
      ...repeat(2, (index) => [index * 900, detection('alice', 'jailbreak', 'user')]),
      ...repeat(3, (index) => [index * 3000, detection('bob', 'jailbreak', 'user')]),
    ],
  },
  'model-extraction': {
    attack: repeat(300, (index) => [index, request('scraper', 50, 100, `query-${index}`)]),
    benign: [
      ...repeat(299, (index): Step => [index, request('alice', 50, 100, `query-${index}`)]),
      ...repeat(400, (index): Step => [index, request('retry-loop', 50, 100, `query-${index % 10}`)]),
      ...repeat(300, (index): Step => [index * 3, request('bob', 50, 100, `query-${index}`)]),
    ],
  },
  'extraction-suspected': {
    attack: [[0, suspected('mallory', 1)]],
    benign: [
      [0, request('alice')],
      [1, suspected('mallory', 2)],
    ],
  },
  'extraction-persistent': {
    attack: [
      [0, suspected('mallory', 2)],
      [600, suspected('mallory', 3)],
    ],
    benign: [
      [0, suspected('mallory', 2)],
      [4000, suspected('mallory', 3)],
      [4001, suspected('eve', 2)],
      [4002, suspected('bob', 4)],
    ],
  },
  'extraction-sustained': {
    attack: [
      [0, suspected('mallory', 5)],
      [1200, suspected('mallory', 6)],
    ],
    benign: [
      [0, suspected('mallory', 5)],
      [8000, suspected('mallory', 6)],
      [8001, suspected('eve', 7)],
    ],
  },
  'unattested-model': {
    attack: [
      [
        0,
        { kind: 'model.attestation.refused', route: 'iris', decision: 'block', attrs: { failed: ['scan'] } },
      ],
    ],
    benign: [
      [0, { kind: 'model.attestation.result', route: 'iris', decision: 'allow', attrs: { passed: true } }],
      [1, request('alice')],
    ],
  },
  'auth-key-stuffing': {
    attack: repeat(5, (index) => [index * 10, authFailure('203.0.113.9', `rk_${index}`)]),
    benign: [
      ...repeat(20, (index): Step => [index * 10, authFailure('198.51.100.1', 'rk_stale')]),
      ...repeat(5, (index): Step => [index * 10, authFailure(`198.51.100.${10 + index}`, `rk_${index}`)]),
      ...repeat(5, (index): Step => [index * 300, authFailure('198.51.100.2', `rk_${index}`)]),
    ],
  },
  'denial-of-wallet': {
    attack: repeat(25, (index) => [index * 20, request('spender', 4000, 4000)]),
    benign: repeat(200, (index) => [index * 3, request('alice', 300, 600)]),
  },
  'response-leak': {
    attack: [[0, detection('mallory', 'canary', 'output')]],
    benign: [
      [0, detection('alice', 'secrets', 'user')],
      [1, detection('alice', 'pii', 'output')],
      [2, request('alice')],
    ],
  },
  'indirect-injection': {
    attack: [[0, detection('agent', 'prompt-injection', 'tool')]],
    benign: [
      [0, detection('alice', 'prompt-injection', 'user')],
      [1, detection('alice', 'pii', 'tool')],
    ],
  },
  'model-signature-failure': {
    attack: [
      [
        0,
        {
          kind: 'model.verify.result',
          source: 'model',
          model: 'llama-3',
          decision: 'block',
          attrs: { verified: false },
        },
      ],
    ],
    benign: [
      [
        0,
        {
          kind: 'model.verify.result',
          source: 'model',
          model: 'llama-3',
          decision: 'allow',
          attrs: { verified: true },
        },
      ],
      [1, { kind: 'model.scan.result', source: 'model', model: 'llama-3', attrs: { signed: true } }],
    ],
  },
  'poisoned-data-then-training': {
    attack: [
      [
        0,
        {
          kind: 'data.gate.result',
          source: 'data',
          decision: 'block',
          attrs: { passed: false, dataset: 'reviews-v2' },
        },
      ],
      [3600, { kind: 'training.run.started', source: 'data', attrs: { dataset: 'reviews-v2' } }],
    ],
    benign: [
      [0, { kind: 'data.gate.result', source: 'data', attrs: { passed: true, dataset: 'reviews-v3' } }],
      [60, { kind: 'training.run.started', source: 'data', attrs: { dataset: 'reviews-v3' } }],
      [120, { kind: 'data.gate.result', source: 'data', attrs: { passed: false, dataset: 'reviews-v4' } }],
      [180, { kind: 'training.run.started', source: 'data', attrs: { dataset: 'reviews-v3' } }],
    ],
  },
  'predict-evasion-probing': {
    attack: repeat(5, (index) => [index * 60, anomaly('mallory', `probe-${index}`)]),
    benign: [
      ...repeat(4, (index): Step => [index * 60, anomaly('alice', `alice-${index}`)]),
      ...repeat(5, (index): Step => [index * 900, anomaly('bob', `bob-${index}`)]),
    ],
  },
  'predict-drift': {
    attack: [[0, drift('iris', 'medium')]],
    benign: repeat(5, (index): Step => [index * 60, drift('iris', 'info')]),
  },
  'training-class-collapse': {
    attack: [
      [0, { kind: 'training.loss.spike', source: 'data', model: 'clf', attrs: { run: 'r1', step: 40 } }],
      [
        60,
        { kind: 'training.class.collapse', source: 'data', model: 'clf', attrs: { run: 'r1', class: 'cat' } },
      ],
    ],
    benign: [
      [0, { kind: 'training.run.started', source: 'data', model: 'clf', attrs: { run: 'r2' } }],
      [60, { kind: 'training.loss.spike', source: 'data', model: 'clf', attrs: { run: 'r2', step: 40 } }],
    ],
  },
  'training-loss-spikes': {
    attack: repeat(
      3,
      (index): Step => [
        index * 300,
        {
          kind: 'training.loss.spike',
          source: 'data',
          model: 'clf',
          attrs: { run: 'r1', step: 100 * index },
        },
      ],
    ),
    benign: [
      ...repeat(
        2,
        (index): Step => [
          index * 300,
          {
            kind: 'training.loss.spike',
            source: 'data',
            model: 'clf',
            attrs: { run: 'r1', step: 100 * index },
          },
        ],
      ),
      // Spikes in different runs, or hours apart, are not one unstable run.
      [600, { kind: 'training.loss.spike', source: 'data', model: 'clf', attrs: { run: 'r2', step: 5 } }],
      [9000, { kind: 'training.loss.spike', source: 'data', model: 'clf', attrs: { run: 'r1', step: 900 } }],
    ],
  },
  'approved-dataset-write': {
    attack: [
      [
        0,
        {
          kind: 'data.access',
          source: 'data',
          principal: 'contractor-7',
          decision: 'allow',
          attrs: { operation: 'write', bucket: 'ml-datasets', object: 'reviews/v3/train.csv' },
        },
      ],
    ],
    benign: [
      [
        0,
        {
          kind: 'data.access',
          source: 'data',
          principal: 'train-job',
          decision: 'allow',
          attrs: { operation: 'read', bucket: 'ml-datasets', object: 'reviews/v3/train.csv', bytes: 1000 },
        },
      ],
      // A refused write changed nothing.
      [
        60,
        {
          kind: 'data.access',
          source: 'data',
          principal: 'anonymous',
          decision: 'block',
          attrs: { operation: 'delete', bucket: 'ml-datasets', object: 'reviews/v3/train.csv' },
        },
      ],
    ],
  },
  'dataset-bulk-read': {
    attack: repeat(
      3,
      (index): Step => [
        index * 600,
        {
          kind: 'data.access',
          source: 'data',
          principal: 'contractor-7',
          decision: 'allow',
          attrs: { operation: 'read', bucket: 'ml-datasets', bytes: 4_000_000_000 },
        },
      ],
    ),
    benign: [
      ...repeat(
        2,
        (index): Step => [
          index * 600,
          {
            kind: 'data.access',
            source: 'data',
            principal: 'contractor-7',
            decision: 'allow',
            attrs: { operation: 'read', bucket: 'ml-datasets', bytes: 4_000_000_000 },
          },
        ],
      ),
      [
        7200,
        {
          kind: 'data.access',
          source: 'data',
          principal: 'contractor-7',
          decision: 'allow',
          attrs: { operation: 'read', bucket: 'ml-datasets', bytes: 4_000_000_000 },
        },
      ],
      [
        60,
        {
          kind: 'data.access',
          source: 'data',
          principal: 'train-job',
          decision: 'allow',
          attrs: { operation: 'read', bucket: 'ml-datasets', bytes: 4_000_000_000 },
        },
      ],
    ],
  },
  'dataset-new-principal': {
    attack: [
      ...repeat(
        8,
        (index): Step => [
          index * 86_400,
          {
            kind: 'data.access',
            source: 'data',
            principal: 'train-job',
            decision: 'allow',
            attrs: { operation: 'read', bucket: 'ml-datasets', object: 'reviews/v3/train.csv', bytes: 1000 },
          },
        ],
      ),
      [
        8 * 86_400,
        {
          kind: 'data.access',
          source: 'data',
          principal: 'contractor-9',
          decision: 'allow',
          attrs: { operation: 'read', bucket: 'ml-datasets', object: 'reviews/v3/train.csv', bytes: 1000 },
        },
      ],
    ],
    benign: [
      ...repeat(
        8,
        (index): Step => [
          index * 86_400,
          {
            kind: 'data.access',
            source: 'data',
            principal: index === 3 ? 'dana' : 'train-job',
            decision: 'allow',
            attrs: { operation: 'read', bucket: 'ml-datasets', object: 'reviews/v3/train.csv', bytes: 1000 },
          },
        ],
      ),
      // Known principals after the learning week, and a refused request by a stranger.
      [
        8 * 86_400,
        {
          kind: 'data.access',
          source: 'data',
          principal: 'dana',
          decision: 'allow',
          attrs: { operation: 'list', bucket: 'ml-datasets', bytes: 10 },
        },
      ],
      [
        8 * 86_400 + 60,
        {
          kind: 'data.access',
          source: 'data',
          principal: 'dana',
          decision: 'allow',
          attrs: { operation: 'read', bucket: 'ml-datasets', object: 'reviews/v3/train.csv', bytes: 10 },
        },
      ],
      [
        8 * 86_400 + 120,
        {
          kind: 'data.access',
          source: 'data',
          principal: 'anonymous',
          decision: 'block',
          attrs: { operation: 'read', bucket: 'ml-datasets', object: 'reviews/v3/labels.csv' },
        },
      ],
    ],
  },
  'redteam-regression': {
    attack: [
      [0, { kind: 'redteam.run.result', source: 'redteam', attrs: { passed: true, target: 'support-bot' } }],
      [
        86_400,
        { kind: 'redteam.run.result', source: 'redteam', attrs: { passed: false, target: 'support-bot' } },
      ],
    ],
    benign: [
      [0, { kind: 'redteam.run.result', source: 'redteam', attrs: { passed: false, target: 'new-bot' } }],
      [10, { kind: 'redteam.run.result', source: 'redteam', attrs: { passed: true, target: 'new-bot' } }],
      [20, { kind: 'redteam.run.result', source: 'redteam', attrs: { passed: true, target: 'new-bot' } }],
    ],
  },
};

describe('default rules', () => {
  const rules = defaultRules();

  it('ships its default rules, each mapped to ATLAS and NIST AI RMF ids that exist (and OWASP LLM for LLM threats)', () => {
    expect(rules.map((rule) => rule.id).sort()).toEqual(Object.keys(scenarios).sort());
    for (const rule of rules) {
      const frameworks = new Set(rule.frameworks.map((id) => frameworkEntry(id)?.framework));
      expect(frameworks.has('atlas'), rule.id).toBe(true);
      expect(frameworks.has('nist-ai-rmf'), rule.id).toBe(true);
      // Classic-ML rules (predict routes) and credential stuffing have no OWASP LLM entry.
      if (!['auth-key-stuffing', 'predict-evasion-probing', 'predict-drift'].includes(rule.id))
        expect(frameworks.has('owasp-llm'), rule.id).toBe(true);
    }
  });

  describe.each(Object.entries(scenarios))('%s', (id, scenario) => {
    it('fires on the attack sequence', () => {
      const engine = new RulesEngine(rules);
      const fired = engine.evaluateAll(events(scenario.attack));
      expect(fired.map((detection) => detection.ruleId)).toEqual([id]);
    });

    it('stays silent on benign traffic', () => {
      const engine = new RulesEngine(rules);
      expect(engine.evaluateAll(events(scenario.benign)).map((detection) => detection.ruleId)).toEqual([]);
    });
  });

  it('counts a detection that names no request (a CI tool, the library) as one request of its own', () => {
    const engine = new RulesEngine(rules);
    const unnamed = repeat(5, (index): Step => {
      const { request_id: _dropped, ...attrs } = detection('mallory', 'prompt-injection', 'user').attrs;
      return [index * 30, { ...detection('mallory', 'prompt-injection', 'user'), attrs }];
    });
    expect(engine.evaluateAll(events(unnamed)).map((fired) => fired.ruleId)).toEqual([
      'prompt-injection-burst',
    ]);
  });
});
