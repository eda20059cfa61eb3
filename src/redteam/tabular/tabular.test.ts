import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seededRandom } from '../../core/index.ts';
import { penguinData, startDemoUpstream } from '../../gateway/index.ts';
import { trainDecisionTree } from './decision-tree.ts';
import { decisionEvasion, evasionByBudget, scoreEvasion } from './evasion.ts';
import { extractModel } from './extraction.ts';
import { featureSpaceOf, normalisedLinf } from './feature-space.ts';
import { membershipInference } from './membership.ts';
import { createFunctionTarget, createPredictTarget } from './predict-target.ts';

/** A linear two-class model in [0,1]^2: class "b" when x + y > 1, with scores. */
const line = createFunctionTarget('line', (row) => {
  const margin = row[0]! + row[1]! - 1;
  const b = 1 / (1 + Math.exp(-10 * margin));
  return { label: margin > 0 ? 'b' : 'a', scores: [1 - b, b] };
});
const unit = { min: [0, 0], max: [1, 1] };

describe('black-box attacks on classifiers', { timeout: 60_000 }, () => {
  it('decision-based evasion walks to the boundary: the result is adversarial, close, and within the query budget', async () => {
    const before = line.queries;
    const attempt = await decisionEvasion(line, [0.3, 0.3], {
      space: unit,
      queryBudget: 400,
      budgets: [0.25, 0.3],
      random: seededRandom(1),
    });
    expect(attempt.originalLabel).toBe('a');
    expect(attempt.adversarialLabel).toBe('b');
    expect((await line.predict([attempt.adversarial!]))[0]!.label).toBe('b');
    // The closest point of class b is (0.5, 0.5): L-inf 0.2. The attack gets near it.
    expect(attempt.distance).toBeGreaterThanOrEqual(0.2 - 1e-6);
    expect(attempt.distance).toBeLessThan(0.26);
    expect(attempt.queries).toBeLessThanOrEqual(400);
    expect(line.queries - before).toBe(attempt.queries + 1);
    expect(attempt.queriesToBudget['0.3']).toBeLessThanOrEqual(
      attempt.queriesToBudget['0.25'] ?? Number.POSITIVE_INFINITY,
    );
  });

  it('score-based evasion succeeds only when the budget reaches the boundary', async () => {
    const small = await scoreEvasion(line, [0.3, 0.3], {
      space: unit,
      queryBudget: 100,
      epsilon: 0.15,
      random: seededRandom(2),
    });
    expect(small.adversarial).toBeUndefined();
    const large = await scoreEvasion(line, [0.3, 0.3], {
      space: unit,
      queryBudget: 100,
      epsilon: 0.25,
      random: seededRandom(2),
    });
    expect(large.adversarialLabel).toBe('b');
    expect(normalisedLinf(unit, [0.3, 0.3], large.adversarial!)).toBeLessThanOrEqual(0.25 + 1e-9);
    const rows = evasionByBudget([small, large], [0.15, 0.25]);
    expect(rows.map((row) => row.successRate)).toEqual([0, 0.5]);
  });

  it('the query budget is a hard limit, and a target without scores is refused for score-based evasion', async () => {
    const attempt = await decisionEvasion(line, [0.3, 0.3], {
      space: unit,
      queryBudget: 5,
      random: seededRandom(3),
    });
    expect(attempt.queries).toBeLessThanOrEqual(5);
    const labelsOnly = createFunctionTarget('labels', (row) => ({ label: row[0]! > 0.5 ? 'b' : 'a' }));
    await expect(
      scoreEvasion(labelsOnly, [0.1, 0.1], {
        space: unit,
        queryBudget: 10,
        epsilon: 0.5,
        random: seededRandom(1),
      }),
    ).rejects.toMatchObject({
      code: 'RAMPART_REDTEAM_PREDICT_SHAPE',
    });
  });

  it('extraction: more queries give a surrogate that agrees more with the target on held-out inputs', async () => {
    const random = seededRandom(4);
    const heldOut = Array.from({ length: 300 }, () => [random(), random()]);
    const few = await extractModel(line, { space: unit, queries: 20, random, heldOut });
    const many = await extractModel(line, { space: unit, queries: 2000, random, heldOut });
    expect(many.agreement).toBeGreaterThan(few.agreement);
    expect(many.agreement).toBeGreaterThan(0.95);
    expect(many.queries).toBe(2000);
  });

  it('a decision tree fits a threshold rule exactly', () => {
    const rows = [[1], [2], [3], [4]];
    const tree = trainDecisionTree(rows, ['a', 'a', 'b', 'b']);
    expect([0, 2.4, 2.6, 9].map((value) => tree.predict([value]))).toEqual(['a', 'a', 'b', 'b']);
  });

  it('membership inference: a model that memorised its members is found out; one that did not is not', async () => {
    const random = seededRandom(5);
    const members = Array.from({ length: 60 }, () => ({ row: [random(), random()], label: 'a' }));
    const others = Array.from({ length: 60 }, () => ({ row: [random(), random()], label: 'a' }));
    const memorised = new Set(members.map((entry) => entry.row.join()));
    const overfit = createFunctionTarget('overfit', (row) => {
      const seen = memorised.has(row.join());
      return { label: 'a', scores: [seen ? 0.99 : 0.7, seen ? 0.01 : 0.3] };
    });
    const leak = await membershipInference(overfit, members, others, ['a', 'b']);
    expect(leak.auc).toBe(1);
    expect(leak.advantage).toBe(1);
    const flat = createFunctionTarget('flat', () => ({ label: 'a', scores: [0.8, 0.2] }));
    const none = await membershipInference(flat, members, others, ['a', 'b']);
    expect(none.auc).toBe(0.5);
    expect(none.advantage).toBe(0);
    expect(none.queries).toBe(120);
  });
});

describe('predict endpoints over HTTP (demo penguins model, KServe v2 and a custom shape)', {
  timeout: 60_000,
}, () => {
  let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
  beforeAll(async () => {
    demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 0 });
  });
  afterAll(async () => {
    await demo.close();
  });

  it('reads labels and scores from KServe v2, batches rows, and counts queries per row', async () => {
    const data = penguinData();
    const target = createPredictTarget({ url: `${demo.url}/v2/models/penguins/infer`, batchSize: 50 });
    const predictions = await target.predict(data.rows);
    expect(target.queries).toBe(data.rows.length);
    const correct = predictions.filter((prediction, index) => prediction.label === data.labels[index]).length;
    expect(correct / data.rows.length).toBeGreaterThan(0.9);
    expect(predictions[0]!.scores).toHaveLength(3);
  });

  it('extraction reaches high agreement on held-out penguins; evasion flips some labels within 20% of the range', async () => {
    const data = penguinData();
    const target = createPredictTarget({ url: `${demo.url}/v2/models/penguins/infer` });
    const space = featureSpaceOf(data.rows);
    const heldOut = data.rows.filter((_, index) => !data.trained[index]);
    const extraction = await extractModel(target, { space, queries: 1000, random: seededRandom(6), heldOut });
    expect(extraction.agreement).toBeGreaterThan(0.85);
    const attempts = [];
    for (const row of heldOut.slice(0, 5))
      attempts.push(
        await scoreEvasion(target, row, { space, queryBudget: 100, epsilon: 0.2, random: seededRandom(7) }),
      );
    expect(attempts.some((attempt) => attempt.adversarial !== undefined)).toBe(true);
  });

  it('a custom JSON shape is read through the given paths; a wrong shape is a coded error', async () => {
    const wrong = createPredictTarget({
      url: `${demo.url}/v2/models/penguins/infer`,
      format: 'custom',
      inputPath: 'inputs.0.data',
      labelPath: 'predictions',
    });
    await expect(wrong.predict([[40, 18, 190, 3800]])).rejects.toMatchObject({
      code: 'RAMPART_REDTEAM_PREDICT_SHAPE',
    });
    const right = createPredictTarget({
      url: `${demo.url}/v2/models/penguins/infer`,
      format: 'custom',
      inputPath: 'inputs.0.data',
      labelPath: 'outputs.0.data',
      scoresPath: 'outputs.1.data',
    });
    const [prediction] = await right.predict([[40, 18, 190, 3800]]);
    expect(prediction).toMatchObject({ label: 'Adelie' });
    expect(prediction!.scores).toHaveLength(3);
    const budgeted = createPredictTarget({ url: `${demo.url}/v2/models/penguins/infer`, maxQueries: 2 });
    await expect(
      budgeted.predict([
        [1, 1, 1, 1],
        [1, 1, 1, 1],
        [1, 1, 1, 1],
      ]),
    ).rejects.toMatchObject({ code: 'RAMPART_REDTEAM_QUERY_BUDGET' });
    await expect(
      createPredictTarget({ url: `${demo.url}/nope` }).predict([[1, 2, 3, 4]]),
    ).rejects.toMatchObject({
      code: 'RAMPART_REDTEAM_TARGET_FAILED',
    });
  });
});
