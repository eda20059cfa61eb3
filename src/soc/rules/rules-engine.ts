import {
  RampartError,
  type RuleStatus,
  type SecurityEvent,
  type Severity,
  uuidv7,
} from '../../core/index.ts';
import { compileCondition, conditionKinds, parseCondition } from './condition.ts';
import {
  type CorrelationHit,
  EventCountCorrelation,
  NewValueCorrelation,
  SumCorrelation,
  TemporalCorrelation,
  ValueCountCorrelation,
} from './correlation.ts';
import { parseDuration } from './duration.ts';
import { compileFieldPath, type FieldReader } from './field-path.ts';
import type { ParsedRule, ResponseSpec } from './rule-schema.ts';
import { compileSelection, type EventPredicate, selectionKinds } from './selection.ts';

/** A rule firing: what the alert manager turns into (or folds into) an alert. */
export interface Detection {
  id: string;
  ruleId: string;
  ruleTitle: string;
  severity: Severity;
  frameworks: string[];
  /** Fields the group key is made of, and their values for this detection. */
  groupBy: string[];
  group: Record<string, string>;
  /** `ruleId` + group values: the alert dedup key. */
  dedupKey: string;
  dedupWindowMs: number;
  /** Time of the event that completed the detection. */
  time: string;
  /** Events that made up the detection (1 for uncorrelated rules) and a sample of their ids. */
  count: number;
  eventIds: string[];
  /** Extra facts from the correlation (distinct values seen, summed total). */
  facts: Record<string, unknown>;
  /** The event that completed the detection; responses read principal / client_ip / key from it. */
  trigger: SecurityEvent;
  responses: ResponseSpec[];
}

export interface RulesEngineOptions {
  /** Per-rule cap on correlation groups (default 10,000): the memory bound. */
  maxGroupsPerRule?: number;
}

interface CompiledRule {
  rule: ParsedRule;
  matches: EventPredicate;
  /** Per-step predicates for temporal rules. */
  steps?: EventPredicate[];
  kinds: Set<string> | undefined;
  groupBy: string[];
  groupReaders: FieldReader[];
  correlate: (event: SecurityEvent, time: number, group: string) => CorrelationHit | undefined;
  /** new_value rules: record an event's value without firing (priming from history). */
  learn?: (event: SecurityEvent, time: number, group: string) => void;
  /** new_value rules: the field whose new value becomes part of the alert's group. */
  termField?: string;
  groupCount: () => number;
  dedupWindowMs: number;
  matched: number;
  fired: number;
  lastFiredAt?: string;
}

function invalid(rule: string, message: string): RampartError {
  return new RampartError('RAMPART_SOC_RULE_INVALID', `rule ${rule}: ${message}`);
}

function readerFor(ruleId: string, field: string): FieldReader {
  const reader = compileFieldPath(field);
  if (!reader) throw invalid(ruleId, `unknown field '${field}' (use an event field or attrs.<name>)`);
  return reader;
}

function groupFields(value: string | string[] | undefined): string[] {
  if (value === undefined) return [];
  return Array.isArray(value) ? value : [value];
}

function text(value: unknown): string {
  if (value === undefined || value === null) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Compile one parsed rule: selections, condition, correlation state. Throws RAMPART_SOC_RULE_INVALID. */
function compileRule(rule: ParsedRule, maxGroups: number): CompiledRule {
  const specs = { ...(rule.selections ?? {}) };
  if (rule.selection !== undefined) specs.selection = rule.selection;
  const names = Object.keys(specs);
  if (names.length === 0) throw invalid(rule.id, 'needs a selection');
  const tests = new Map<string, EventPredicate>();
  for (const name of names)
    tests.set(name, compileSelection(specs[name]!, `rule ${rule.id}: selections.${name}`));
  const kindsOf = (name: string) => selectionKinds(specs[name]!);
  const correlation = rule.correlation;
  let matches: EventPredicate;
  let kinds: Set<string> | undefined;
  let steps: EventPredicate[] | undefined;
  if (correlation?.type === 'temporal') {
    steps = correlation.sequence.map((name) => {
      const test = tests.get(name);
      if (!test) throw invalid(rule.id, `sequence names unknown selection '${name}'`);
      return test;
    });
    const stepTests = steps;
    matches = (event) => stepTests.some((test) => test(event));
    const stepKinds = correlation.sequence.map(kindsOf);
    kinds = stepKinds.some((set) => set === undefined)
      ? undefined
      : new Set(stepKinds.flatMap((set) => [...set!]));
  } else {
    const conditionText = rule.condition ?? (names.length === 1 ? names[0]! : names.join(' and '));
    const tree = parseCondition(conditionText, new Set(names));
    matches = compileCondition(tree, tests);
    kinds = conditionKinds(tree, kindsOf);
  }
  const groupBy = groupFields(correlation?.group_by ?? rule.group_by);
  const groupReaders = groupBy.map((field) => readerFor(rule.id, field));
  let correlate: CompiledRule['correlate'];
  let learn: CompiledRule['learn'];
  let groupCount: () => number;
  if (!correlation) {
    correlate = (event) => ({ count: 1, eventIds: [event.id] });
    groupCount = () => 0;
  } else if (correlation.type === 'event_count') {
    const state = new EventCountCorrelation(
      parseDuration(correlation.window, `rule ${rule.id}: correlation.window`),
      correlation.gte,
      maxGroups,
    );
    correlate = (event, time, group) => state.add(group, time, event);
    groupCount = () => state.groupCount;
  } else if (correlation.type === 'value_count') {
    const state = new ValueCountCorrelation(
      parseDuration(correlation.window, `rule ${rule.id}: correlation.window`),
      correlation.gte,
      maxGroups,
    );
    const readers = groupFields(correlation.field).map((field) => readerFor(rule.id, field));
    correlate = (event, time, group) => {
      for (const read of readers) {
        const value = read(event);
        if (value !== undefined && value !== null && value !== '')
          return state.add(group, time, text(value), event);
      }
      return undefined;
    };
    groupCount = () => state.groupCount;
  } else if (correlation.type === 'sum') {
    const state = new SumCorrelation(
      parseDuration(correlation.window, `rule ${rule.id}: correlation.window`),
      correlation.gte,
      maxGroups,
    );
    const readers = groupFields(correlation.field).map((field) => readerFor(rule.id, field));
    correlate = (event, time, group) => {
      let value = 0;
      for (const read of readers) {
        const number = Number(read(event) ?? 0);
        if (Number.isFinite(number)) value += number;
      }
      if (!Number.isFinite(value) || value <= 0) return undefined;
      return state.add(group, time, value, event);
    };
    groupCount = () => state.groupCount;
  } else if (correlation.type === 'new_value') {
    const state = new NewValueCorrelation(
      parseDuration(correlation.learning, `rule ${rule.id}: correlation.learning`),
      parseDuration(correlation.history, `rule ${rule.id}: correlation.history`),
      maxGroups,
    );
    const read = readerFor(rule.id, correlation.field);
    const termOf = (event: SecurityEvent) => {
      const value = read(event);
      return value === undefined || value === null || value === '' ? undefined : text(value);
    };
    correlate = (event, time, group) => {
      const value = termOf(event);
      return value === undefined ? undefined : state.add(group, time, value, event);
    };
    learn = (event, time, group) => {
      const value = termOf(event);
      if (value !== undefined) state.add(group, time, value, event, true);
    };
    groupCount = () => state.groupCount;
  } else {
    const state = new TemporalCorrelation(
      correlation.sequence.length,
      parseDuration(correlation.within, `rule ${rule.id}: correlation.within`),
      maxGroups,
    );
    const stepTests = steps!;
    correlate = (event, time, group) => {
      const matched: number[] = [];
      stepTests.forEach((test, index) => {
        if (test(event)) matched.push(index);
      });
      return state.add(group, time, matched, event);
    };
    groupCount = () => state.groupCount;
  }
  const compiled: CompiledRule = {
    rule,
    matches,
    kinds,
    groupBy,
    groupReaders,
    correlate,
    groupCount,
    dedupWindowMs: parseDuration(rule.dedup_window, `rule ${rule.id}: dedup_window`),
    matched: 0,
    fired: 0,
  };
  if (steps) compiled.steps = steps;
  if (learn) compiled.learn = learn;
  if (correlation?.type === 'new_value') compiled.termField = correlation.field;
  return compiled;
}

function describeCorrelation(rule: ParsedRule): string {
  const correlation = rule.correlation;
  if (!correlation) return 'each matching event';
  const by = groupFields(correlation.group_by);
  const per = by.length > 0 ? ` per ${by.join(', ')}` : '';
  switch (correlation.type) {
    case 'event_count':
      return `≥ ${correlation.gte} events in ${correlation.window}${per}`;
    case 'value_count':
      return `≥ ${correlation.gte} distinct ${groupFields(correlation.field).join(' or ')} in ${correlation.window}${per}`;
    case 'sum':
      return `sum of ${groupFields(correlation.field).join(' + ')} ≥ ${correlation.gte} in ${correlation.window}${per}`;
    case 'temporal':
      return `${correlation.sequence.join(' then ')} within ${correlation.within}${per}`;
    case 'new_value':
      return `a ${correlation.field} not seen in ${correlation.history} (after learning for ${correlation.learning})${per}`;
  }
}

/**
 * Evaluates detection rules over a stream of events. Work per event is a kind lookup plus the
 * selections of the rules that can match that kind; correlation state is bounded per rule
 * (`maxGroupsPerRule` groups, each holding at most the rule's threshold of entries).
 * Correlation windows use event time, so replaying a JSONL file gives the same result as live.
 */
export class RulesEngine {
  private readonly compiled: CompiledRule[];
  private readonly byKind = new Map<string, CompiledRule[]>();
  private readonly anyKind: CompiledRule[] = [];

  constructor(rules: readonly ParsedRule[], options: RulesEngineOptions = {}) {
    const maxGroups = options.maxGroupsPerRule ?? 10_000;
    const seen = new Set<string>();
    for (const rule of rules) {
      if (seen.has(rule.id)) throw invalid(rule.id, 'the id is used by another rule');
      seen.add(rule.id);
    }
    this.compiled = rules.map((rule) => compileRule({ ...rule }, maxGroups));
    this.index();
  }

  /** Rebuild the kind index from the rules that are enabled. */
  private index(): void {
    this.byKind.clear();
    this.anyKind.length = 0;
    for (const compiled of this.compiled) {
      if (!compiled.rule.enabled) continue;
      if (!compiled.kinds) {
        this.anyKind.push(compiled);
        continue;
      }
      for (const kind of compiled.kinds) {
        const list = this.byKind.get(kind) ?? [];
        list.push(compiled);
        this.byKind.set(kind, list);
      }
    }
  }

  /**
   * Turn a rule on or off while running (the console's rules view). In memory only: the rule files
   * decide at the next start. Returns the rule's status; throws RAMPART_NOT_FOUND for an unknown id.
   */
  setEnabled(id: string, enabled: boolean): RuleStatus {
    const compiled = this.compiled.find((item) => item.rule.id === id);
    if (!compiled) throw new RampartError('RAMPART_NOT_FOUND', `no rule ${id}`);
    compiled.rule.enabled = enabled;
    this.index();
    return this.status().find((status) => status.id === id)!;
  }

  /** Feed one event; returns the detections it completed (usually none). */
  evaluate(event: SecurityEvent): Detection[] {
    const candidates = this.byKind.get(event.kind);
    let detections: Detection[] | undefined;
    if (!candidates && this.anyKind.length === 0) return [];
    const parsed = Date.parse(event.time);
    const time = Number.isNaN(parsed) ? Date.now() : parsed;
    if (candidates)
      for (const compiled of candidates) detections = this.apply(compiled, event, time, detections);
    for (const compiled of this.anyKind) detections = this.apply(compiled, event, time, detections);
    return detections ?? [];
  }

  /**
   * Record events that came before this engine started (the store's history) in the state of
   * new_value rules, without firing: a restart does not start their learning window again.
   */
  learn(event: SecurityEvent): void {
    const candidates = [...(this.byKind.get(event.kind) ?? []), ...this.anyKind];
    for (const compiled of candidates) {
      if (!compiled.learn || !compiled.matches(event)) continue;
      const parsed = Date.parse(event.time);
      const group = compiled.groupReaders.map((read) => text(read(event))).join('\u001f');
      compiled.learn(event, Number.isNaN(parsed) ? Date.now() : parsed, group);
    }
  }

  /** The longest `history` of the enabled new_value rules and the event kinds they read (what to prime). */
  learningNeeds(): { historyMs: number; kinds: string[] | undefined } | undefined {
    let historyMs = 0;
    const kinds = new Set<string>();
    let anyKind = false;
    for (const compiled of this.compiled) {
      const correlation = compiled.rule.correlation;
      if (!compiled.rule.enabled || correlation?.type !== 'new_value') continue;
      historyMs = Math.max(historyMs, parseDuration(correlation.history, 'history'));
      if (compiled.kinds) for (const kind of compiled.kinds) kinds.add(kind);
      else anyKind = true;
    }
    if (historyMs === 0) return undefined;
    return { historyMs, kinds: anyKind ? undefined : [...kinds] };
  }

  evaluateAll(events: readonly SecurityEvent[]): Detection[] {
    const out: Detection[] = [];
    for (const event of events) {
      const found = this.evaluate(event);
      if (found.length > 0) out.push(...found);
    }
    return out;
  }

  status(): RuleStatus[] {
    return this.compiled.map((compiled) => {
      const { rule } = compiled;
      const status: RuleStatus = {
        id: rule.id,
        title: rule.title,
        enabled: rule.enabled,
        severity: rule.severity,
        frameworks: rule.frameworks,
        correlation: describeCorrelation(rule),
        responses: rule.responses.map((response) => response.type),
        matched: compiled.matched,
        fired: compiled.fired,
        groups: compiled.groupCount(),
      };
      if (rule.description !== undefined) status.description = rule.description;
      if (compiled.lastFiredAt !== undefined) status.lastFiredAt = compiled.lastFiredAt;
      return status;
    });
  }

  rules(): ParsedRule[] {
    return this.compiled.map((compiled) => compiled.rule);
  }

  private apply(
    compiled: CompiledRule,
    event: SecurityEvent,
    time: number,
    detections: Detection[] | undefined,
  ): Detection[] | undefined {
    if (!compiled.matches(event)) return detections;
    compiled.matched++;
    const values = compiled.groupReaders.map((read) => text(read(event)));
    const group = values.join('\u001f');
    const hit = compiled.correlate(event, time, group);
    if (!hit) return detections;
    compiled.fired++;
    compiled.lastFiredAt = new Date().toISOString();
    const { rule } = compiled;
    const groupRecord: Record<string, string> = {};
    compiled.groupBy.forEach((field, index) => {
      groupRecord[field] = values[index]!;
    });
    // A new value is its own alert: two new principals are two alerts, each acted on by itself.
    const termKey = hit.term !== undefined && compiled.termField ? `\u001f${hit.term}` : '';
    if (termKey) groupRecord[compiled.termField!] = hit.term!;
    const facts: Record<string, unknown> = {};
    if (hit.values) facts.values = hit.values;
    if (hit.total !== undefined) facts.total = hit.total;
    const detection: Detection = {
      id: uuidv7(),
      ruleId: rule.id,
      ruleTitle: rule.title,
      severity: rule.severity,
      frameworks: rule.frameworks,
      groupBy: termKey ? [...compiled.groupBy, compiled.termField!] : compiled.groupBy,
      group: groupRecord,
      dedupKey: `${rule.id}\u001f${group}${termKey}`,
      dedupWindowMs: compiled.dedupWindowMs,
      time: event.time,
      count: hit.count,
      eventIds: hit.eventIds,
      facts,
      trigger: event,
      responses: rule.responses,
    };
    if (detections) detections.push(detection);
    else return [detection];
    return detections;
  }
}
