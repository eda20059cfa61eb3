import { RampartError, seededRandom } from '../core/index.ts';

/** One logged prediction: the protected attribute's value, the true outcome and the model's. */
export interface FairnessRecord {
  group: string;
  label: boolean;
  prediction: boolean;
}

export interface Interval {
  value: number;
  low: number;
  high: number;
}

export interface GroupFairness {
  group: string;
  count: number;
  /** P(prediction = positive | group). */
  selectionRate: number;
  /** P(prediction = positive | label = positive, group); undefined without positive labels. */
  truePositiveRate?: number;
  /** Selection rate minus the reference group's. */
  demographicParityDifference: Interval;
  /** True-positive rate minus the reference group's. */
  equalOpportunityDifference?: Interval;
  /** Selection rate divided by the reference group's (the four-fifths rule wants ≥ 0.8). */
  disparateImpactRatio: Interval;
  /** True when the group's disparate-impact ratio is under the four-fifths threshold. */
  failsFourFifths: boolean;
  /** True when a difference is over the allowed maximum. */
  failsDifference: boolean;
  /** False for the reference group and for groups under `minGroupSize` rows (reported, not gated). */
  gated: boolean;
}

export interface FairnessReport {
  rows: number;
  /** The group the others are compared with: the one with the highest selection rate unless named. */
  reference: string;
  groups: GroupFairness[];
  /** Confidence level of the intervals (bootstrap percentile). */
  confidence: number;
  resamples: number;
  minGroupSize: number;
  minRatio: number;
  maxDifference: number;
  passed: boolean;
}

export interface FairnessOptions {
  reference?: string;
  /** Four-fifths rule threshold (default 0.8). */
  minRatio?: number;
  /** Largest allowed |demographic-parity| or |equal-opportunity| difference (default 0.1). */
  maxDifference?: number;
  resamples?: number;
  confidence?: number;
  seed?: number;
  /** Groups smaller than this are reported but not gated (default 30). */
  minGroupSize?: number;
}

interface Rates {
  count: number;
  selected: number;
  positives: number;
  truePositives: number;
}

function ratesByGroup(records: readonly FairnessRecord[], indexes?: Uint32Array): Map<string, Rates> {
  const groups = new Map<string, Rates>();
  const count = indexes ? indexes.length : records.length;
  for (let position = 0; position < count; position++) {
    const record = records[indexes ? indexes[position]! : position]!;
    let rates = groups.get(record.group);
    if (!rates) {
      rates = { count: 0, selected: 0, positives: 0, truePositives: 0 };
      groups.set(record.group, rates);
    }
    rates.count++;
    if (record.prediction) rates.selected++;
    if (record.label) {
      rates.positives++;
      if (record.prediction) rates.truePositives++;
    }
  }
  return groups;
}

const selection = (rates: Rates | undefined) =>
  rates && rates.count > 0 ? rates.selected / rates.count : Number.NaN;
const tpr = (rates: Rates | undefined) =>
  rates && rates.positives > 0 ? rates.truePositives / rates.positives : Number.NaN;

function percentile(values: number[], fraction: number): number {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (finite.length === 0) return Number.NaN;
  const position = fraction * (finite.length - 1);
  const low = Math.floor(position);
  const high = Math.min(finite.length - 1, low + 1);
  return finite[low]! + (finite[high]! - finite[low]!) * (position - low);
}

/**
 * Group fairness of logged predictions: per group of the protected attribute, the demographic-parity
 * difference, the equal-opportunity difference and the disparate-impact ratio against a reference
 * group, with bootstrap percentile intervals (rows resampled with replacement, fixed seed). The
 * report fails when a group (of at least `minGroupSize` rows) has a ratio under `minRatio` (the
 * four-fifths rule) or a difference over `maxDifference`.
 */
export function measureFairness(
  records: readonly FairnessRecord[],
  options: FairnessOptions = {},
): FairnessReport {
  if (records.length === 0)
    throw new RampartError('RAMPART_MONITOR_LOG_INVALID', 'no predictions to measure');
  const minRatio = options.minRatio ?? 0.8;
  const maxDifference = options.maxDifference ?? 0.1;
  const resamples = options.resamples ?? 1000;
  const confidence = options.confidence ?? 0.95;
  const minGroupSize = options.minGroupSize ?? 30;
  const observed = ratesByGroup(records);
  if (observed.size < 2)
    throw new RampartError(
      'RAMPART_MONITOR_LOG_INVALID',
      `the protected attribute has ${observed.size} group(s) in the log; fairness compares at least two`,
    );
  const reference =
    options.reference ?? [...observed.entries()].sort((a, b) => selection(b[1]) - selection(a[1]))[0]![0];
  if (!observed.has(reference))
    throw new RampartError('RAMPART_USAGE', `reference group "${reference.slice(0, 100)}" is not in the log`);
  const names = [...observed.keys()].sort();
  const samples = new Map(
    names.map((name) => [name, { dp: [] as number[], eo: [] as number[], di: [] as number[] }]),
  );
  const random = seededRandom(options.seed ?? 1);
  const indexes = new Uint32Array(records.length);
  for (let round = 0; round < resamples; round++) {
    for (let index = 0; index < indexes.length; index++)
      indexes[index] = Math.floor(random() * records.length);
    const rates = ratesByGroup(records, indexes);
    const base = rates.get(reference);
    for (const name of names) {
      const group = rates.get(name);
      const sample = samples.get(name)!;
      sample.dp.push(selection(group) - selection(base));
      sample.eo.push(tpr(group) - tpr(base));
      sample.di.push(selection(base) > 0 ? selection(group) / selection(base) : Number.NaN);
    }
  }
  const tail = (1 - confidence) / 2;
  const interval = (value: number, values: number[]): Interval => ({
    value,
    low: percentile(values, tail),
    high: percentile(values, 1 - tail),
  });
  const base = observed.get(reference)!;
  const groups = names.map((name): GroupFairness => {
    const rates = observed.get(name)!;
    const sample = samples.get(name)!;
    const ratio = selection(base) > 0 ? selection(rates) / selection(base) : Number.NaN;
    const equalOpportunity = tpr(rates) - tpr(base);
    const gated = rates.count >= minGroupSize && name !== reference;
    const dp = selection(rates) - selection(base);
    return {
      group: name,
      count: rates.count,
      selectionRate: selection(rates),
      ...(Number.isFinite(tpr(rates)) ? { truePositiveRate: tpr(rates) } : {}),
      demographicParityDifference: interval(dp, sample.dp),
      ...(Number.isFinite(equalOpportunity)
        ? { equalOpportunityDifference: interval(equalOpportunity, sample.eo) }
        : {}),
      disparateImpactRatio: interval(ratio, sample.di),
      gated,
      failsFourFifths: gated && Number.isFinite(ratio) && ratio < minRatio,
      failsDifference:
        gated &&
        (Math.abs(dp) > maxDifference ||
          (Number.isFinite(equalOpportunity) && Math.abs(equalOpportunity) > maxDifference)),
    };
  });
  return {
    rows: records.length,
    reference,
    groups,
    confidence,
    resamples,
    minGroupSize,
    minRatio,
    maxDifference,
    passed: groups.every((group) => !group.failsFourFifths && !group.failsDifference),
  };
}
