import { describe, expect, it } from 'vitest';
import { parseTrainingRecord, type TrainingRecord, TrainingWatch } from './training-watch.ts';

/** A run of `steps` records: loss falling towards 0.3, every class's accuracy rising towards 0.95. */
function run(steps: number, change: (step: number, record: TrainingRecord) => TrainingRecord = (_, r) => r) {
  return Array.from({ length: steps }, (_, index) => {
    const record: TrainingRecord = {
      step: (index + 1) * 10,
      loss: 2 * Math.exp(-index / 10) + 0.3 + 0.01 * Math.sin(index),
      classes: Object.fromEntries(
        ['a', 'b', 'c'].map((name, position) => [
          name,
          Math.min(0.95, 0.5 + 0.45 * (1 - Math.exp(-index / 8))) + 0.005 * Math.cos(index + position),
        ]),
      ),
    };
    return change(index, record);
  });
}

function watchAll(records: TrainingRecord[], baseline?: TrainingRecord[]) {
  const watch = new TrainingWatch(baseline ? { baseline } : {});
  return records.flatMap((record) => watch.observe(record));
}

describe('training watch', () => {
  it('stays silent on a healthy run, including its fast-falling start', () => {
    expect(watchAll(run(60))).toEqual([]);
    expect(watchAll(run(60), run(60))).toEqual([]);
  });

  it('raises a collapse when one class falls while the others hold, naming the class once', () => {
    const signals = watchAll(
      run(60, (index, record) =>
        index >= 40 ? { ...record, classes: { ...record.classes, b: record.classes.b! - 0.4 } } : record,
      ),
    );
    const collapses = signals.filter((signal) => signal.kind === 'training.class.collapse');
    expect(collapses).toHaveLength(1);
    expect(collapses[0]!.attrs).toMatchObject({ class: 'b', step: 410 });
  });

  it('does not call a drop of every class (a learning-rate restart) a class collapse', () => {
    const signals = watchAll(
      run(60, (index, record) =>
        index >= 40
          ? {
              ...record,
              classes: Object.fromEntries(
                Object.entries(record.classes).map(([name, value]) => [name, value - 0.3]),
              ),
            }
          : record,
      ),
    );
    expect(signals.filter((signal) => signal.kind === 'training.class.collapse')).toEqual([]);
  });

  it('raises a loss spike far above the recent median, and an invalid loss as critical', () => {
    const signals = watchAll(
      run(60, (index, record) =>
        index === 30
          ? { ...record, loss: record.loss * 4 }
          : index === 50
            ? { ...record, loss: Number.NaN }
            : record,
      ),
    );
    expect(signals.map((signal) => [signal.kind, signal.step])).toEqual([
      ['training.loss.spike', 310],
      ['training.loss.invalid', 510],
    ]);
    expect(signals[1]!.severity).toBe('critical');
  });

  it('raises divergence from a baseline run once, after three records in a row', () => {
    const slower = run(60, (index, record) => (index >= 20 ? { ...record, loss: record.loss * 2 } : record));
    const signals = watchAll(slower, run(60));
    const divergence = signals.filter((signal) => signal.kind === 'training.baseline.divergence');
    expect(divergence).toHaveLength(1);
    expect(divergence[0]!.step).toBe(230);
  });

  it('reads the common record shapes and names a bad line with a code', () => {
    expect(
      parseTrainingRecord('{"global_step": 5, "train_loss": 0.5, "class_accuracy": {"x": 0.9}}', 1),
    ).toEqual({
      step: 5,
      loss: 0.5,
      classes: { x: 0.9 },
    });
    expect(Number.isNaN(parseTrainingRecord('{"step": 1, "loss": NaN}', 1).loss)).toBe(true);
    for (const bad of [
      '[1]',
      '{"loss": 1}',
      '{"step": 1}',
      '{"step":1,"loss":1,"per_class":{"x":1.5}}',
      'nope',
    ])
      expect(() => parseTrainingRecord(bad, 7)).toThrow(
        expect.objectContaining({ code: 'RAMPART_DATA_TRAINING_METRICS_INVALID' }),
      );
  });
});
