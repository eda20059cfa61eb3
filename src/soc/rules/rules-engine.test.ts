import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createEvent, type NewSecurityEvent, type SecurityEvent } from '../../core/index.ts';
import { compileCondition, parseCondition } from './condition.ts';
import { parseDuration } from './duration.ts';
import { parseRules } from './load-rules.ts';
import { RulesEngine } from './rules-engine.ts';

const start = Date.parse('2026-03-01T10:00:00.000Z');
const at = (seconds: number) => new Date(start + seconds * 1000).toISOString();

function make(seconds: number, event: Partial<NewSecurityEvent> & { kind: string }): SecurityEvent {
  return createEvent({ source: 'gateway', time: at(seconds), ...event });
}

function engineFor(yaml: string, maxGroupsPerRule?: number): RulesEngine {
  return new RulesEngine(parseRules(yaml), maxGroupsPerRule ? { maxGroupsPerRule } : {});
}

describe('selections', () => {
  const engine = engineFor(`
id: ops
title: operators
severity: low
selections:
  equals: { kind: t, principal: alice }
  within: { kind: t, attrs.score: { gte: 0.8, lt: 1 } }
  text: { kind: t, attrs.note|contains: SECRET, attrs.path|startswith: /v1, attrs.file|endswith: .pkl }
  listed: { kind: t, model: [a, b] }
  present: { kind: t, attrs.flag: { exists: true }, attrs.gone: { exists: false } }
  nested: { kind: t, attrs.gen_ai.usage.input_tokens: { gt: 10 }, attrs.deep.inner: 3 }
  framework: { kind: t, frameworks: LLM01:2025 }
  severe: { kind: t, severity: { gte: high } }
  negated: { kind: t, attrs.channel: { not: { in: [tool] } }, attrs.channel|exists: true }
condition: equals or within or text or listed or present or nested or framework or severe or negated
`);
  const fires = (event: Partial<NewSecurityEvent>) =>
    engine.evaluate(make(0, { kind: 't', ...event })).length === 1;

  it('matches each operator and ignores near misses', () => {
    expect(fires({ principal: 'alice' })).toBe(true);
    expect(fires({ principal: 'alicia' })).toBe(false);
    expect(fires({ attrs: { score: 0.9 } })).toBe(true);
    expect(fires({ attrs: { score: '0.95' } })).toBe(true);
    expect(fires({ attrs: { score: 1 } })).toBe(false);
    expect(fires({ attrs: { note: 'a secret here', path: '/v1/chat', file: 'X.PKL' } })).toBe(true);
    expect(fires({ attrs: { note: 'a secret here', path: '/v2/chat', file: 'x.pkl' } })).toBe(false);
    expect(fires({ model: 'b' })).toBe(true);
    expect(fires({ model: 'c' })).toBe(false);
    expect(fires({ attrs: { flag: false } })).toBe(true);
    expect(fires({ attrs: { flag: null } })).toBe(false);
    expect(fires({ attrs: { 'gen_ai.usage.input_tokens': 11, deep: { inner: 3 } } })).toBe(true);
    expect(fires({ attrs: { gen_ai: { usage: { input_tokens: 11 } }, deep: { inner: 3 } } })).toBe(true);
    expect(fires({ attrs: { 'gen_ai.usage.input_tokens': 10, deep: { inner: 3 } } })).toBe(false);
    expect(fires({ frameworks: ['AML.T0051', 'LLM01:2025'] })).toBe(true);
    expect(fires({ severity: 'critical' })).toBe(true);
    expect(fires({ severity: 'medium' })).toBe(false);
    expect(fires({ attrs: { channel: 'user' } })).toBe(true);
    expect(fires({ attrs: { channel: 'tool' } })).toBe(false);
    expect(fires({})).toBe(false);
  });

  it('skips rules whose kinds cannot match', () => {
    const before = engine.status()[0]!.matched;
    expect(engine.evaluate(make(0, { kind: 'other', principal: 'alice' }))).toEqual([]);
    expect(engine.status()[0]!.matched).toBe(before);
  });

  it('rejects bad rules with RAMPART_SOC_RULE_INVALID', () => {
    const bad = [
      'id: x1\ntitle: t\nseverity: low\nselection: { kind: { matches: x } }',
      'id: x2\ntitle: t\nseverity: low\nselection: { nofield: 1 }',
      'id: x3\ntitle: t\nseverity: low\nselection: { kind: a }\ncondition: selection and ghost',
      'id: x4\ntitle: t\nseverity: low\nframeworks: [LLM99:2025]\nselection: { kind: a }',
      'id: x5\ntitle: t\nseverity: low\nselection: { kind: a }\ncorrelation: { type: event_count, window: soon, gte: 2 }',
      'id: x6\ntitle: t\nseverity: urgent\nselection: { kind: a }',
      'id: x7\ntitle: t\nseverity: low\nselection: { attrs.n: { gte: many } }',
      'id: x8\ntitle: t\nseverity: low\nselections: { a: { kind: a } }\ncorrelation: { type: temporal, sequence: [a, b], within: 1h }',
      'id: [',
    ];
    for (const text of bad) {
      expect(() => new RulesEngine(parseRules(text)), text).toThrowError(
        expect.objectContaining({ code: 'RAMPART_SOC_RULE_INVALID' }),
      );
    }
  });

  it('rejects a bad duration when the rule file loads, with its path, next to other problems', () => {
    const text =
      'id: late\ntitle: t\nseverity: low\nselection: { kind: a }\ndedup_window: fortnight\n' +
      'correlation: { type: event_count, window: soon, gte: 0 }';
    expect(() => parseRules(text)).toThrowError(
      expect.objectContaining({
        code: 'RAMPART_SOC_RULE_INVALID',
        details: expect.arrayContaining([
          expect.objectContaining({ path: 'dedup_window' }),
          expect.objectContaining({ path: 'correlation.window' }),
          expect.objectContaining({ path: 'correlation.gte' }),
        ]),
      }),
    );
  });
});

describe('correlations', () => {
  it('event_count fires at the threshold within the window, per group, then starts over', () => {
    const engine = engineFor(`
id: count
title: count
severity: high
selection: { kind: x }
correlation: { type: event_count, group_by: principal, window: 1m, gte: 3 }
`);
    const fired = (seconds: number, principal: string) =>
      engine.evaluate(make(seconds, { kind: 'x', principal })).length;
    expect([fired(0, 'a'), fired(10, 'b'), fired(20, 'a')]).toEqual([0, 0, 0]);
    expect(fired(30, 'a')).toBe(1); // a: 0, 20, 30
    expect(fired(40, 'a')).toBe(0); // reset after firing
    expect(fired(100, 'b')).toBe(0); // b: 10, 100
    expect(fired(200, 'b')).toBe(0); // b: 10, 100, 200 spans > 1m
    expect(fired(210, 'b')).toBe(0); // b: 100, 200, 210 spans > 1m
    const trigger = make(215, { kind: 'x', principal: 'b' });
    const detection = engine.evaluate(trigger)[0]!;
    expect(detection).toMatchObject({ ruleId: 'count', group: { principal: 'b' }, count: 3, trigger });
    expect(detection.eventIds).toHaveLength(3);
    expect(detection.eventIds[2]).toBe(trigger.id);
  });

  it('value_count counts distinct values inside the window only', () => {
    const engine = engineFor(`
id: distinct
title: distinct
severity: high
selection: { kind: auth.failure }
correlation: { type: value_count, field: attrs.key_prefix, group_by: client_ip, window: 1m, gte: 3 }
`);
    const fired = (seconds: number, ip: string, prefix: string) =>
      engine.evaluate(make(seconds, { kind: 'auth.failure', client_ip: ip, attrs: { key_prefix: prefix } }));
    expect(fired(0, '1.1.1.1', 'k1')).toEqual([]);
    expect(fired(1, '1.1.1.1', 'k1')).toEqual([]);
    expect(fired(2, '1.1.1.1', 'k2')).toEqual([]);
    expect(fired(3, '2.2.2.2', 'k3')).toEqual([]);
    expect(fired(90, '1.1.1.1', 'k3')).toEqual([]); // k1, k2 expired
    expect(fired(91, '1.1.1.1', 'k4')).toEqual([]);
    const [detection] = fired(92, '1.1.1.1', 'k5');
    expect(detection?.facts.values).toEqual(['k3', 'k4', 'k5']);
  });

  it('sum adds numeric fields per group and fires at the total', () => {
    const engine = engineFor(`
id: tokens
title: tokens
severity: high
selection: { kind: inference.request }
correlation: { type: sum, field: [attrs.in, attrs.out], group_by: principal, window: 10m, gte: 1000 }
`);
    const fired = (seconds: number, principal: string, input: unknown, output: unknown) =>
      engine.evaluate(
        make(seconds, { kind: 'inference.request', principal, attrs: { in: input, out: output } }),
      );
    expect(fired(0, 'a', 300, 100)).toEqual([]);
    expect(fired(10, 'b', 900, 0)).toEqual([]);
    expect(fired(20, 'a', 'junk', 100)).toEqual([]);
    expect(fired(2000, 'a', 400, 100)).toEqual([]); // earlier usage left the window
    const [detection] = fired(2010, 'a', 400, 100);
    expect(detection?.facts.total).toBe(1000);
  });

  it('temporal fires on A then B within T in the same group, not on B then A or too late', () => {
    const engine = engineFor(`
id: sequence
title: sequence
severity: critical
selections:
  gate: { kind: data.gate.result, attrs.passed: false }
  train: { kind: training.run.started }
correlation: { type: temporal, sequence: [gate, train], group_by: attrs.dataset, within: 1h }
`);
    const gate = (seconds: number, dataset: string) =>
      engine.evaluate(
        make(seconds, { kind: 'data.gate.result', source: 'data', attrs: { passed: false, dataset } }),
      );
    const train = (seconds: number, dataset: string) =>
      engine.evaluate(make(seconds, { kind: 'training.run.started', source: 'data', attrs: { dataset } }));
    expect(train(0, 'd1')).toEqual([]); // B before A
    expect(gate(10, 'd1')).toEqual([]);
    expect(train(20, 'd2')).toEqual([]); // other group
    expect(train(30, 'd1')).toHaveLength(1);
    expect(train(40, 'd1')).toEqual([]); // sequence consumed
    expect(gate(100, 'd3')).toEqual([]);
    expect(train(100 + 3601, 'd3')).toEqual([]); // too late
  });

  it('three-step sequences need every step in order', () => {
    const engine = engineFor(`
id: three
title: three
severity: low
selections: { a: { kind: a }, b: { kind: b }, c: { kind: c } }
correlation: { type: temporal, sequence: [a, b, c], within: 10m }
`);
    const run = (kinds: string[]) =>
      kinds.flatMap((kind, index) => engine.evaluate(make(index, { kind }))).length;
    expect(run(['a', 'c', 'b'])).toBe(0);
    expect(run(['c'])).toBe(1); // a, (c), b, c completes
    expect(run(['b', 'c'])).toBe(0);
    expect(run(['a', 'b', 'c'])).toBe(1);
  });

  it('memory stays bounded: groups beyond the cap evict the least recently used', () => {
    const engine = engineFor(
      `
id: bounded
title: bounded
severity: low
selection: { kind: x }
correlation: { type: event_count, group_by: principal, window: 1h, gte: 2 }
`,
      100,
    );
    for (let index = 0; index < 5000; index++)
      engine.evaluate(make(index, { kind: 'x', principal: `p${index}` }));
    expect(engine.status()[0]!.groups).toBe(100);
    // p4999 is still held: its second event fires; p0 was evicted: its second event does not.
    expect(engine.evaluate(make(5001, { kind: 'x', principal: 'p4999' }))).toHaveLength(1);
    expect(engine.evaluate(make(5002, { kind: 'x', principal: 'p0' }))).toHaveLength(0);
  });

  it('disabled rules never fire and status reports matches, fires and last fired time', () => {
    const engine = new RulesEngine(
      parseRules(`
id: on
title: on
severity: low
selection: { kind: x }
---
id: off
title: off
enabled: false
severity: low
selection: { kind: x }
`),
    );
    expect(engine.evaluate(make(0, { kind: 'x' })).map((detection) => detection.ruleId)).toEqual(['on']);
    const [on, off] = engine.status();
    expect(on).toMatchObject({ id: 'on', matched: 1, fired: 1, enabled: true });
    expect(on!.lastFiredAt).toBeDefined();
    expect(off).toMatchObject({ id: 'off', matched: 0, fired: 0, enabled: false });
  });
});

describe('condition parser', () => {
  it('honours precedence: not > and > or', () => {
    const names = new Set(['a', 'b', 'c']);
    const tree = parseCondition('a or b and not c', names);
    const run = (values: Record<string, boolean>) =>
      compileCondition(
        tree,
        new Map(['a', 'b', 'c'].map((name) => [name, () => values[name]!] as const)),
      )(null);
    expect(run({ a: false, b: true, c: false })).toBe(true);
    expect(run({ a: false, b: true, c: true })).toBe(false);
    expect(run({ a: true, b: false, c: true })).toBe(true);
  });

  it('agrees with JavaScript boolean evaluation on random expressions (property)', () => {
    const names = ['a', 'b', 'c', 'd'];
    const expression: fc.Arbitrary<{ text: string; js: string }> = fc.letrec((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        fc.constantFrom(...names).map((name) => ({ text: name, js: `v.${name}` })),
        tie('node').map((inner) => {
          const node = inner as { text: string; js: string };
          return { text: `not (${node.text})`, js: `!(${node.js})` };
        }),
        fc.tuple(tie('node'), tie('node'), fc.constantFrom('and', 'or')).map(([left, right, operator]) => {
          const l = left as { text: string; js: string };
          const r = right as { text: string; js: string };
          return {
            text: `(${l.text}) ${operator} (${r.text})`,
            js: `(${l.js}) ${operator === 'and' ? '&&' : '||'} (${r.js})`,
          };
        }),
      ),
    })).node;
    fc.assert(
      fc.property(
        expression,
        fc.record({ a: fc.boolean(), b: fc.boolean(), c: fc.boolean(), d: fc.boolean() }),
        (expr, values) => {
          const tree = parseCondition(expr.text, new Set(names));
          const tests = new Map(
            names.map((name) => [name, (input: Record<string, boolean>) => input[name]!] as const),
          );
          const expected = new Function('v', `return ${expr.js};`)(values) as boolean;
          expect(compileCondition(tree, tests)(values)).toBe(expected);
        },
      ),
      { numRuns: 200 },
    );
  });

  it('never throws anything but a rule error on arbitrary text (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 40 }), (text) => {
        try {
          parseCondition(text, new Set(['a', 'b']));
        } catch (error) {
          expect((error as { code?: string }).code).toBe('RAMPART_SOC_RULE_INVALID');
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('durations', () => {
  it('parses units and rejects junk', () => {
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('30s')).toBe(30_000);
    expect(parseDuration('5m')).toBe(300_000);
    expect(parseDuration('1.5h')).toBe(5_400_000);
    expect(parseDuration('7d')).toBe(604_800_000);
    expect(parseDuration(2)).toBe(2000);
    for (const junk of ['', 'soon', '5 minutes', '-1s', '0s']) {
      expect(() => parseDuration(junk)).toThrowError(
        expect.objectContaining({ code: 'RAMPART_SOC_RULE_INVALID' }),
      );
    }
  });
});

describe('new_value correlation (new terms)', () => {
  const day = 86_400;
  const yaml = (extra = '') => `
id: newcomer
title: new reader
severity: medium
selection: { kind: read }
correlation: { type: new_value, field: principal, learning: 7d, history: 30d${extra} }
`;
  const read = (seconds: number, principal: string, bucket = 'a') =>
    make(seconds, { kind: 'read', principal, attrs: { bucket } });

  it('learns during the learning window, then fires once per value never seen, as its own alert group', () => {
    const engine = engineFor(yaml());
    const learning = [read(0, 'train'), read(2 * day, 'dana'), read(6 * day, 'train')];
    expect(engine.evaluateAll(learning)).toEqual([]);
    const after = engine.evaluateAll([
      read(8 * day, 'train'),
      read(8 * day, 'dana'),
      read(8 * day + 60, 'mallory'),
      read(8 * day + 120, 'mallory'),
      read(8 * day + 180, 'eve'),
    ]);
    expect(after.map((detection) => detection.group)).toEqual([
      { principal: 'mallory' },
      { principal: 'eve' },
    ]);
    expect(after[0]!.dedupKey).not.toBe(after[1]!.dedupKey);
    expect(after[0]!.groupBy).toEqual(['principal']);
    expect(engine.status()[0]!.correlation).toBe('a principal not seen in 30d (after learning for 7d)');
  });

  it('a value not seen within history is new again; events without the field are ignored', () => {
    const engine = engineFor(yaml());
    engine.evaluateAll([read(0, 'train'), read(day, 'dana')]);
    expect(engine.evaluate(read(20 * day, 'dana'))).toEqual([]);
    expect(engine.evaluate(read(51 * day, 'dana')).map((detection) => detection.group)).toEqual([
      { principal: 'dana' },
    ]);
    expect(engine.evaluate(make(52 * day, { kind: 'read', attrs: { bucket: 'a' } }))).toEqual([]);
  });

  it('group_by learns each group on its own: a known reader of one bucket is new to another', () => {
    const engine = engineFor(yaml(', group_by: attrs.bucket'));
    engine.evaluateAll([read(0, 'train', 'a'), read(0, 'dana', 'b')]);
    const fired = engine.evaluateAll([read(8 * day, 'train', 'a'), read(8 * day, 'train', 'b')]);
    expect(fired.map((detection) => detection.group)).toEqual([{ 'attrs.bucket': 'b', principal: 'train' }]);
  });

  it('learn() primes the state from history without firing, so a restart does not learn again', () => {
    const history = [read(0, 'train'), read(day, 'dana'), read(8 * day, 'mallory')];
    const restarted = engineFor(yaml());
    for (const event of history) restarted.learn(event);
    expect(restarted.status()[0]).toMatchObject({ fired: 0, matched: 0 });
    expect(restarted.evaluateAll([read(9 * day, 'mallory'), read(9 * day, 'dana')])).toEqual([]);
    expect(restarted.evaluate(read(9 * day, 'eve'))).toHaveLength(1);
    // Without the history the same engine would still be learning and stay silent.
    const fresh = engineFor(yaml());
    expect(fresh.evaluateAll([read(9 * day, 'eve'), read(9 * day + 1, 'zed')])).toEqual([]);
    expect(restarted.learningNeeds()).toEqual({ historyMs: 30 * day * 1000, kinds: ['read'] });
  });

  it('refuses a rule without a learning window or with a bad duration', () => {
    expect(() => engineFor(yaml().replace('learning: 7d, ', ''))).toThrow();
    expect(() => engineFor(yaml().replace('7d', 'soon'))).toThrow();
  });
});
