import { RampartError, safeJsonParse } from '../core/index.ts';

/**
 * A training monitor over the metrics a trainer logs as JSON lines: one record per logging step,
 * with the step, the loss and per-class accuracy. It raises signals for a loss spike (far above
 * the recent median, robustly), a loss that is not a finite number, one class whose accuracy
 * collapses while the others hold (the classic trace of a label-flip or backdoor attack on that
 * class), and a run that moves away from a trusted baseline run at the same step.
 *
 * Accepted record shapes (extra fields are ignored):
 *   {"step": 120, "loss": 0.41, "per_class": {"cat": {"accuracy": 0.93}, "dog": {"accuracy": 0.9}}}
 *   {"step": 120, "loss": 0.41, "class_accuracy": {"cat": 0.93, "dog": 0.9}}
 *   {"global_step": 120, "train_loss": 0.41, ...}
 */
export interface TrainingRecord {
  step: number;
  loss: number;
  /** Accuracy per class (0..1), when the trainer logs it. */
  classes: Record<string, number>;
}

export type TrainingSignalKind =
  | 'training.loss.spike'
  | 'training.loss.invalid'
  | 'training.class.collapse'
  | 'training.baseline.divergence';

export interface TrainingSignal {
  kind: TrainingSignalKind;
  step: number;
  severity: 'medium' | 'high' | 'critical';
  message: string;
  attrs: Record<string, string | number | boolean>;
}

export interface TrainingWatchOptions {
  /** Records kept to judge the recent loss and accuracy (default 20). */
  window?: number;
  /** A loss is a spike above median + spikeZ × robust spread of the window (default 4)... */
  spikeZ?: number;
  /** ...and at least this factor above the median (default 1.5). */
  spikeRatio?: number;
  /** A class collapses when its accuracy falls this far below its recent mean (default 0.2)... */
  collapseDrop?: number;
  /** ...while the other classes' mean moves less than this (default 0.05). */
  othersTolerance?: number;
  /** Divergence: loss more than this factor away from the baseline's at the same step (default 0.5 = ±50%)... */
  baselineLossRatio?: number;
  /** ...or a class accuracy this far from the baseline's (default 0.2)... */
  baselineAccuracyGap?: number;
  /** ...for this many records in a row (default 3). */
  baselinePatience?: number;
  /** The baseline run's records, by step. */
  baseline?: readonly TrainingRecord[];
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function numberField(record: Record<string, unknown>, names: readonly string[]): number | undefined {
  for (const name of names) {
    const value = record[name];
    if (typeof value === 'number') return value;
    // A trainer that logs a non-finite loss writes NaN/Infinity as strings in JSON.
    if (typeof value === 'string' && /^(nan|-?inf(inity)?)$/i.test(value)) return Number.NaN;
  }
  return undefined;
}

/** Parse one JSON line of trainer metrics; `line` numbers the error. */
export function parseTrainingRecord(text: string, line: number): TrainingRecord {
  let value: unknown;
  try {
    value = safeJsonParse(text.replace(/\bNaN\b/g, '"nan"').replace(/-?\bInfinity\b/g, '"inf"'));
  } catch (error) {
    throw new RampartError('RAMPART_DATA_TRAINING_METRICS_INVALID', `metrics line ${line}: not JSON`, {
      cause: error,
    });
  }
  if (!isRecord(value))
    throw new RampartError(
      'RAMPART_DATA_TRAINING_METRICS_INVALID',
      `metrics line ${line}: a JSON object expected`,
    );
  const step = numberField(value, ['step', 'global_step', 'iteration', 'epoch']);
  const loss = numberField(value, ['loss', 'train_loss', 'training_loss']);
  if (step === undefined || !Number.isFinite(step))
    throw new RampartError(
      'RAMPART_DATA_TRAINING_METRICS_INVALID',
      `metrics line ${line}: no numeric "step"`,
    );
  if (loss === undefined)
    throw new RampartError(
      'RAMPART_DATA_TRAINING_METRICS_INVALID',
      `metrics line ${line}: no numeric "loss"`,
    );
  const classes: Record<string, number> = {};
  const perClass = value.per_class ?? value.class_accuracy ?? value.per_class_accuracy;
  if (perClass !== undefined) {
    if (!isRecord(perClass))
      throw new RampartError(
        'RAMPART_DATA_TRAINING_METRICS_INVALID',
        `metrics line ${line}: per_class must be an object`,
      );
    for (const [name, entry] of Object.entries(perClass)) {
      const accuracy = typeof entry === 'number' ? entry : isRecord(entry) ? entry.accuracy : undefined;
      if (typeof accuracy !== 'number' || !(accuracy >= 0 && accuracy <= 1))
        throw new RampartError(
          'RAMPART_DATA_TRAINING_METRICS_INVALID',
          `metrics line ${line}: class "${name}" needs an accuracy from 0 to 1`,
        );
      classes[name] = accuracy;
    }
  }
  return { step, loss, classes };
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const mean = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Feeds records one at a time and returns the signals each one raises. */
export class TrainingWatch {
  private readonly losses: number[] = [];
  private readonly history: Array<Record<string, number>> = [];
  private readonly baseline: TrainingRecord[];
  private divergentRun = 0;
  private divergenceReported = false;
  private readonly collapsed = new Set<string>();
  private readonly settings: Required<Omit<TrainingWatchOptions, 'baseline'>>;
  records = 0;

  constructor(options: TrainingWatchOptions = {}) {
    this.settings = {
      window: options.window ?? 20,
      spikeZ: options.spikeZ ?? 4,
      spikeRatio: options.spikeRatio ?? 1.5,
      collapseDrop: options.collapseDrop ?? 0.2,
      othersTolerance: options.othersTolerance ?? 0.05,
      baselineLossRatio: options.baselineLossRatio ?? 0.5,
      baselineAccuracyGap: options.baselineAccuracyGap ?? 0.2,
      baselinePatience: options.baselinePatience ?? 3,
    };
    this.baseline = [...(options.baseline ?? [])].sort((a, b) => a.step - b.step);
  }

  observe(record: TrainingRecord): TrainingSignal[] {
    this.records++;
    const signals: TrainingSignal[] = [];
    const { window } = this.settings;
    if (!Number.isFinite(record.loss)) {
      signals.push({
        kind: 'training.loss.invalid',
        step: record.step,
        severity: 'critical',
        message: `loss is ${record.loss} at step ${record.step}: the run diverged`,
        attrs: { step: record.step },
      });
    } else {
      const spike = this.lossSpike(record);
      if (spike) signals.push(spike);
      this.losses.push(record.loss);
      if (this.losses.length > window) this.losses.shift();
    }
    signals.push(...this.classCollapse(record));
    const divergence = this.baselineDivergence(record);
    if (divergence) signals.push(divergence);
    this.history.push(record.classes);
    if (this.history.length > window) this.history.shift();
    return signals;
  }

  private lossSpike(record: TrainingRecord): TrainingSignal | undefined {
    // Needs a few records of history; early training loss falls fast and is not judged.
    if (this.losses.length < 5) return undefined;
    const centre = median(this.losses);
    const spread = 1.4826 * median(this.losses.map((loss) => Math.abs(loss - centre)));
    const floor = Math.max(spread, Math.abs(centre) * 0.01, 1e-9);
    const z = (record.loss - centre) / floor;
    if (z < this.settings.spikeZ || record.loss < centre * this.settings.spikeRatio) return undefined;
    return {
      kind: 'training.loss.spike',
      step: record.step,
      severity: 'high',
      message: `loss ${record.loss.toPrecision(4)} at step ${record.step} is ${(record.loss / centre).toFixed(1)}× the recent median ${centre.toPrecision(4)}`,
      attrs: { step: record.step, loss: record.loss, median: centre, robust_z: Math.round(z * 10) / 10 },
    };
  }

  private classCollapse(record: TrainingRecord): TrainingSignal[] {
    const names = Object.keys(record.classes);
    if (names.length < 2 || this.history.length < 3) return [];
    const recent = (name: string) => {
      const values = this.history.map((entry) => entry[name]).filter((value) => value !== undefined);
      return values.length > 0 ? mean(values as number[]) : undefined;
    };
    const change = new Map<string, number>();
    for (const name of names) {
      const before = recent(name);
      if (before !== undefined) change.set(name, record.classes[name]! - before);
    }
    const signals: TrainingSignal[] = [];
    for (const [name, delta] of change) {
      const others = [...change].filter(([other]) => other !== name).map(([, value]) => value);
      if (others.length === 0) continue;
      const othersChange = mean(others);
      const apart = delta - othersChange;
      if (delta <= -this.settings.collapseDrop && othersChange > -this.settings.othersTolerance) {
        if (this.collapsed.has(name)) continue;
        this.collapsed.add(name);
        signals.push({
          kind: 'training.class.collapse',
          step: record.step,
          severity: 'high',
          message: `class "${name}" accuracy fell ${Math.round(-delta * 100)} points to ${Math.round(record.classes[name]! * 100)}% at step ${record.step} while the other classes moved ${othersChange >= 0 ? '+' : ''}${Math.round(othersChange * 100)}: possible label flips or a backdoor on that class`,
          attrs: {
            step: record.step,
            class: name,
            accuracy: record.classes[name]!,
            drop: Math.round(-delta * 1000) / 1000,
            others_change: Math.round(othersChange * 1000) / 1000,
            apart: Math.round(apart * 1000) / 1000,
          },
        });
      } else if (delta > -this.settings.collapseDrop / 2) this.collapsed.delete(name);
    }
    return signals;
  }

  private baselineDivergence(record: TrainingRecord): TrainingSignal | undefined {
    if (this.baseline.length === 0) return undefined;
    // The baseline record at the same step, else the last one before it.
    let reference: TrainingRecord | undefined;
    for (const candidate of this.baseline) {
      if (candidate.step > record.step) break;
      reference = candidate;
    }
    if (!reference) return undefined;
    const reasons: string[] = [];
    const ratio = this.settings.baselineLossRatio;
    if (
      Number.isFinite(record.loss) &&
      Math.abs(record.loss - reference.loss) > ratio * Math.abs(reference.loss)
    )
      reasons.push(`loss ${record.loss.toPrecision(3)} vs baseline ${reference.loss.toPrecision(3)}`);
    let worstClass: string | undefined;
    let worstGap = 0;
    for (const [name, accuracy] of Object.entries(record.classes)) {
      const expected = reference.classes[name];
      if (expected === undefined) continue;
      const gap = Math.abs(accuracy - expected);
      if (gap >= this.settings.baselineAccuracyGap && gap > worstGap) {
        worstGap = gap;
        worstClass = name;
      }
    }
    if (worstClass)
      reasons.push(
        `class "${worstClass}" accuracy ${Math.round(record.classes[worstClass]! * 100)}% vs baseline ${Math.round(reference.classes[worstClass]! * 100)}%`,
      );
    this.divergentRun = reasons.length > 0 ? this.divergentRun + 1 : 0;
    if (this.divergentRun < this.settings.baselinePatience || this.divergenceReported) return undefined;
    this.divergenceReported = true;
    return {
      kind: 'training.baseline.divergence',
      step: record.step,
      severity: 'high',
      message: `the run left the baseline for ${this.divergentRun} records by step ${record.step}: ${reasons.join('; ')}`,
      attrs: {
        step: record.step,
        baseline_step: reference.step,
        loss: record.loss,
        baseline_loss: reference.loss,
        ...(worstClass ? { class: worstClass, accuracy_gap: Math.round(worstGap * 1000) / 1000 } : {}),
      },
    };
  }
}
