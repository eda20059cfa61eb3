import { describe, expect, it } from 'vitest';
import { explainPrediction, type PredictRows } from './explain.ts';

const features = ['x', 'y', 'z'];
/** Class "high" when x > 0.5, whatever y and z are. */
const onlyX: PredictRows = async (rows) => rows.map((row) => ((row[0] as number) > 0.5 ? 'high' : 'low'));
const background = Array.from({ length: 50 }, (_, index) => [index / 100, index % 7, (index * 13) % 5]);

describe('explainPrediction', () => {
  it('gives the whole attribution to the feature the model uses, none to the others', async () => {
    const explanation = await explainPrediction(onlyX, [0.9, 3, 2], features, background, { samples: 60 });
    expect(explanation.target).toBe('high');
    const [x, y, z] = explanation.attributions;
    expect(x!.value).toBeCloseTo(1, 10);
    expect(y!.value).toBe(0);
    expect(z!.value).toBe(0);
    expect(explanation.queries).toBe(1 + 60 * 4);
  });

  it('attributions add up to the output minus the background rate (efficiency)', async () => {
    const both: PredictRows = async (rows) =>
      rows.map((row) => ((row[0] as number) > 0.2 && (row[1] as number) > 2 ? 'yes' : 'no'));
    const explanation = await explainPrediction(both, [0.4, 5, 0], features, background, { samples: 80 });
    const total = explanation.attributions.reduce((sum, item) => sum + item.value, 0);
    expect(total).toBeCloseTo(explanation.output - explanation.baseValue, 10);
    expect(explanation.attributions[2]!.value).toBe(0);
    expect(explanation.attributions[0]!.value).toBeGreaterThan(0);
    expect(explanation.attributions[1]!.value).toBeGreaterThan(0);
  });

  it('is repeatable for a seed and batches its queries', async () => {
    let calls = 0;
    const counted: PredictRows = async (rows) => {
      calls++;
      expect(rows.length).toBeLessThanOrEqual(16);
      return onlyX(rows);
    };
    const first = await explainPrediction(counted, [0.7, 1, 1], features, background, {
      samples: 10,
      batchSize: 16,
      seed: 4,
    });
    const second = await explainPrediction(onlyX, [0.7, 1, 1], features, background, {
      samples: 10,
      seed: 4,
    });
    expect(first.attributions).toEqual(second.attributions);
    expect(calls).toBe(Math.ceil((1 + 10 * 4) / 16));
  });
});
