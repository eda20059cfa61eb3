import type { SecurityEvent } from '../../core/index.ts';

/** What a correlation reports when it completes: how many events, and a sample of their ids. */
export interface CorrelationHit {
  count: number;
  eventIds: string[];
  /** Set for sum correlations: the summed value. */
  total?: number;
  /** Set for value_count correlations: the distinct values seen (at most `gte`). */
  values?: string[];
  /** Set for new_value correlations: the value never seen before (part of the alert's group). */
  term?: string;
}

const sampleSize = 10;

/**
 * A map of per-group state with a hard cap: touching a group moves it to the back, and adding a
 * group past the cap evicts the least recently touched one. Memory stays bounded under any
 * number of principals or client addresses.
 */
export class BoundedGroups<State> {
  private readonly groups = new Map<string, State>();
  evicted = 0;
  constructor(private readonly maxGroups: number) {}

  get(key: string, create: () => State): State {
    let state = this.groups.get(key);
    if (state !== undefined) {
      this.groups.delete(key);
    } else {
      state = create();
      if (this.groups.size >= this.maxGroups) {
        const oldest = this.groups.keys().next().value as string;
        this.groups.delete(oldest);
        this.evicted++;
      }
    }
    this.groups.set(key, state);
    return state;
  }

  delete(key: string): void {
    this.groups.delete(key);
  }

  get size(): number {
    return this.groups.size;
  }
}

function pushSample(sample: string[], id: string): void {
  sample.push(id);
  if (sample.length > sampleSize) sample.shift();
}

/** At least `gte` events within `window`: keeps only the last `gte` timestamps per group. */
export class EventCountCorrelation {
  private readonly groups: BoundedGroups<{ times: number[]; ids: string[] }>;
  constructor(
    private readonly window: number,
    private readonly gte: number,
    maxGroups: number,
  ) {
    this.groups = new BoundedGroups(maxGroups);
  }

  add(group: string, time: number, event: SecurityEvent): CorrelationHit | undefined {
    const state = this.groups.get(group, () => ({ times: [], ids: [] }));
    state.times.push(time);
    state.ids.push(event.id);
    if (state.times.length > this.gte) {
      state.times.shift();
      state.ids.shift();
    }
    if (state.times.length === this.gte && time - state.times[0]! <= this.window) {
      const hit = { count: this.gte, eventIds: state.ids.slice(-sampleSize) };
      this.groups.delete(group);
      return hit;
    }
    return undefined;
  }

  get groupCount(): number {
    return this.groups.size;
  }
}

/** At least `gte` distinct values of a field within `window`: keeps at most `gte` values per group. */
export class ValueCountCorrelation {
  private readonly groups: BoundedGroups<{ values: Map<string, number>; ids: string[] }>;
  constructor(
    private readonly window: number,
    private readonly gte: number,
    maxGroups: number,
  ) {
    this.groups = new BoundedGroups(maxGroups);
  }

  add(group: string, time: number, value: string, event: SecurityEvent): CorrelationHit | undefined {
    const state = this.groups.get(group, () => ({ values: new Map<string, number>(), ids: [] }));
    state.values.delete(value);
    state.values.set(value, time);
    pushSample(state.ids, event.id);
    // Values are kept in order of last sight: drop the stale ones from the front.
    for (const [seen, seenAt] of state.values) {
      if (time - seenAt <= this.window) break;
      state.values.delete(seen);
    }
    if (state.values.size >= this.gte) {
      const hit = { count: state.values.size, eventIds: [...state.ids], values: [...state.values.keys()] };
      this.groups.delete(group);
      return hit;
    }
    return undefined;
  }

  get groupCount(): number {
    return this.groups.size;
  }
}

const bucketsPerWindow = 12;

/** Sum of a numeric field within `window` reaches `gte`: 12 time buckets per group (sliding, bucket-accurate). */
export class SumCorrelation {
  private readonly groups: BoundedGroups<{
    buckets: Array<{ start: number; sum: number; count: number }>;
    ids: string[];
  }>;
  private readonly bucketMs: number;
  constructor(
    private readonly window: number,
    private readonly gte: number,
    maxGroups: number,
  ) {
    this.groups = new BoundedGroups(maxGroups);
    this.bucketMs = Math.max(1, Math.ceil(window / bucketsPerWindow));
  }

  add(group: string, time: number, value: number, event: SecurityEvent): CorrelationHit | undefined {
    const state = this.groups.get(group, () => ({ buckets: [], ids: [] }));
    const start = Math.floor(time / this.bucketMs) * this.bucketMs;
    while (state.buckets.length > 0 && state.buckets[0]!.start <= time - this.window) state.buckets.shift();
    let last = state.buckets[state.buckets.length - 1];
    if (!last || last.start < start) {
      last = { start, sum: 0, count: 0 };
      state.buckets.push(last);
      if (state.buckets.length > bucketsPerWindow + 1) state.buckets.shift();
    }
    last.sum += value;
    last.count++;
    pushSample(state.ids, event.id);
    let total = 0;
    let count = 0;
    for (const bucket of state.buckets) {
      total += bucket.sum;
      count += bucket.count;
    }
    if (total >= this.gte) {
      this.groups.delete(group);
      return { count, eventIds: [...state.ids], total };
    }
    return undefined;
  }

  get groupCount(): number {
    return this.groups.size;
  }
}

/** Steps in order (A then B [then C]) within `within` of the first step, per group. */
export class TemporalCorrelation {
  private readonly groups: BoundedGroups<{ starts: Array<number | undefined>; ids: Array<string[]> }>;
  constructor(
    private readonly steps: number,
    private readonly within: number,
    maxGroups: number,
  ) {
    this.groups = new BoundedGroups(maxGroups);
  }

  /** `matchedSteps`: indexes of the steps this event matches, in any order. */
  add(group: string, time: number, matchedSteps: number[], event: SecurityEvent): CorrelationHit | undefined {
    const state = this.groups.get(group, () => ({
      starts: new Array<number | undefined>(this.steps).fill(undefined),
      ids: Array.from({ length: this.steps }, () => [] as string[]),
    }));
    // Latest step first, so one event cannot complete two consecutive steps by itself.
    const ordered = [...matchedSteps].sort((left, right) => right - left);
    for (const step of ordered) {
      if (step === 0) {
        state.starts[0] = time;
        state.ids[0] = [event.id];
        continue;
      }
      const previousStart = state.starts[step - 1];
      if (previousStart === undefined || time < previousStart) continue;
      if (time - previousStart > this.within) {
        state.starts[step - 1] = undefined;
        continue;
      }
      state.starts[step] = previousStart;
      state.ids[step] = [...state.ids[step - 1]!, event.id].slice(-sampleSize);
      if (step === this.steps - 1) {
        const eventIds = state.ids[step]!;
        this.groups.delete(group);
        return { count: eventIds.length, eventIds };
      }
    }
    return undefined;
  }

  get groupCount(): number {
    return this.groups.size;
  }
}

/**
 * New-terms detection: fires when a value of a field (a principal) appears that was not seen in the
 * group within `history`. The first `learning` of event time after a group's first event only
 * records values. Each group keeps at most `maxValues` values (least recently seen evicted: an
 * evicted value that comes back fires again, the safe side). `learnOnly` records without firing
 * (priming from the store at start).
 */
export class NewValueCorrelation {
  private readonly groups: BoundedGroups<{ start: number; values: Map<string, number> }>;
  constructor(
    private readonly learning: number,
    private readonly history: number,
    maxGroups: number,
    private readonly maxValues = 10_000,
  ) {
    this.groups = new BoundedGroups(maxGroups);
  }

  add(
    group: string,
    time: number,
    value: string,
    event: SecurityEvent,
    learnOnly = false,
  ): CorrelationHit | undefined {
    const state = this.groups.get(group, () => ({ start: time, values: new Map<string, number>() }));
    if (time < state.start) state.start = time;
    const lastSeen = state.values.get(value);
    const known = lastSeen !== undefined && time - lastSeen <= this.history;
    state.values.delete(value);
    state.values.set(value, Math.max(lastSeen ?? time, time));
    if (state.values.size > this.maxValues) state.values.delete(state.values.keys().next().value as string);
    if (learnOnly || known || time < state.start + this.learning) return undefined;
    return { count: 1, eventIds: [event.id], term: value };
  }

  get groupCount(): number {
    return this.groups.size;
  }
}
