import { RampartError } from '../../core/index.ts';
import { clip, type FeatureSpace, gaussian, normalisedLinf, range, uniformPoint } from './feature-space.ts';
import type { PredictTarget } from './predict-target.ts';

/** One attacked input: the closest adversarial point found, its distance, and the queries it took. */
export interface EvasionAttempt {
  original: number[];
  originalLabel: string;
  /** The closest input found with another label (undefined: none found within the budget). */
  adversarial?: number[];
  adversarialLabel?: string;
  /** Normalised L-infinity distance of `adversarial` (Infinity when none). */
  distance: number;
  queries: number;
  /** For each budget asked about: queries used when the distance first fell within it. */
  queriesToBudget: Record<string, number>;
}

export interface EvasionOptions {
  space: FeatureSpace;
  /** Rows the attack may send for this input. */
  queryBudget: number;
  /** Perturbation budgets (normalised L-infinity) to record queries for. */
  budgets?: readonly number[];
  random: () => number;
}

/** Counts this attempt's queries against its own budget. */
class Budgeted {
  used = 0;
  constructor(
    private readonly target: PredictTarget,
    private readonly limit: number,
  ) {}
  get left(): number {
    return this.limit - this.used;
  }
  async labels(rows: number[][]): Promise<string[]> {
    if (rows.length > this.left) throw new RampartError('RAMPART_REDTEAM_QUERY_BUDGET', 'query budget spent');
    this.used += rows.length;
    return (await this.target.predict(rows)).map((prediction) => prediction.label);
  }
  async scores(rows: number[][]): Promise<Array<{ label: string; scores: number[] }>> {
    if (rows.length > this.left) throw new RampartError('RAMPART_REDTEAM_QUERY_BUDGET', 'query budget spent');
    this.used += rows.length;
    const predictions = await this.target.predict(rows);
    return predictions.map((prediction) => {
      if (!prediction.scores)
        throw new RampartError(
          'RAMPART_REDTEAM_PREDICT_SHAPE',
          'score-based evasion needs class scores from the target',
        );
      return { label: prediction.label, scores: prediction.scores };
    });
  }
}

function recordBudgets(attempt: EvasionAttempt, budgets: readonly number[], used: number): void {
  for (const budget of budgets) {
    const key = String(budget);
    if (attempt.distance <= budget + 1e-9 && attempt.queriesToBudget[key] === undefined)
      attempt.queriesToBudget[key] = used;
  }
}

/**
 * Decision-based evasion (HopSkipJump-style, L-infinity): needs only labels. Start from an input
 * of another class, binary-search the radius of the L-infinity ball around the original to the
 * decision boundary, then repeatedly estimate the boundary's normal from the labels of random nearby
 * points, step along its sign and search back towards the original, keeping the closest
 * adversarial input found.
 */
export async function decisionEvasion(
  target: PredictTarget,
  original: readonly number[],
  options: EvasionOptions & { starts?: readonly (readonly number[])[] },
): Promise<EvasionAttempt> {
  const budgets = options.budgets ?? [];
  const query = new Budgeted(target, options.queryBudget);
  const x = [...original];
  const attempt: EvasionAttempt = {
    original: x,
    originalLabel: '',
    distance: Number.POSITIVE_INFINITY,
    queries: 0,
    queriesToBudget: {},
  };
  try {
    attempt.originalLabel = (await query.labels([x]))[0]!;
    // 1. A starting point with another label: a known input of another class, else random points.
    let start: number[] | undefined;
    let startLabel: string | undefined;
    for (const candidate of options.starts ?? []) {
      if (query.left < 1) break;
      const [label] = await query.labels([[...candidate]]);
      if (label !== attempt.originalLabel) {
        start = [...candidate];
        startLabel = label;
        break;
      }
    }
    for (let tries = 0; !start && tries < 50 && query.left > 0; tries++) {
      const candidate = uniformPoint(options.space, options.random);
      const [label] = await query.labels([candidate]);
      if (label !== attempt.originalLabel) {
        start = candidate;
        startLabel = label;
      }
    }
    if (!start) return done(attempt, query);
    const accept = (point: number[], label: string) => {
      const distance = normalisedLinf(options.space, x, point);
      if (distance < attempt.distance) {
        attempt.distance = distance;
        attempt.adversarial = point;
        attempt.adversarialLabel = label;
        recordBudgets(attempt, budgets, query.used);
      }
    };
    // Projection onto the L-infinity ball of radius theta (normalised units) around the original.
    const project = (point: readonly number[], theta: number) =>
      x.map((value, column) => {
        const limit = theta * range(options.space, column);
        return value + Math.max(-limit, Math.min(limit, point[column]! - value));
      });
    const boundary = async (outside: number[], outsideLabel: string): Promise<number[]> => {
      // Binary search on the ball's radius: the smallest projection of `outside` that stays adversarial.
      let low = 0;
      let high = normalisedLinf(options.space, x, outside);
      let best = outside;
      let label = outsideLabel;
      while (high - low > Math.max(1e-4, high * 1e-3) && query.left > 0) {
        const middle = (low + high) / 2;
        const point = project(outside, middle);
        const [found] = await query.labels([point]);
        if (found !== attempt.originalLabel) {
          high = middle;
          best = point;
          label = found!;
        } else low = middle;
      }
      accept(best, label);
      return best;
    };
    let current = await boundary(start, startLabel!);
    const dimension = x.length;
    for (let iteration = 1; query.left > 2 * dimension + 4; iteration++) {
      // 2. Estimate the boundary normal from labels of nearby points (normalised units).
      const samples = Math.min(query.left - dimension - 2, 10 * dimension);
      const delta = Math.max(1e-3, normalisedLinf(options.space, x, current) / (dimension * 2));
      const directions = Array.from({ length: samples }, () => {
        const direction = Array.from({ length: dimension }, () => gaussian(options.random));
        const norm = Math.hypot(...direction) || 1;
        return direction.map((value) => value / norm);
      });
      const probes = directions.map((direction) =>
        clip(
          options.space,
          current.map((value, column) => value + delta * direction[column]! * range(options.space, column)),
        ),
      );
      const labels = await query.labels(probes);
      const signs = labels.map((label) => (label !== attempt.originalLabel ? 1 : -1));
      const mean = signs.reduce((sum, sign) => sum + sign, 0) / signs.length;
      const gradient = new Array<number>(dimension).fill(0);
      directions.forEach((direction, index) => {
        for (let column = 0; column < dimension; column++)
          gradient[column]! += (signs[index]! - mean) * direction[column]!;
      });
      const norm = Math.hypot(...gradient) || 1;
      // 3. Step along the normal (away from the original class), shrinking until still adversarial.
      let step = normalisedLinf(options.space, x, current) / Math.sqrt(iteration);
      let moved: number[] | undefined;
      let movedLabel = '';
      while (step > 1e-4 && query.left > 1) {
        const candidate = clip(
          options.space,
          current.map(
            (value, column) => value + step * (gradient[column]! / norm) * range(options.space, column),
          ),
        );
        const [label] = await query.labels([candidate]);
        if (label !== attempt.originalLabel) {
          moved = candidate;
          movedLabel = label!;
          break;
        }
        step /= 2;
      }
      if (!moved || query.left < 2) break;
      // 4. Back towards the original, onto the boundary.
      current = await boundary(moved, movedLabel);
    }
  } catch (error) {
    if (!RampartError.is(error) || error.code !== 'RAMPART_REDTEAM_QUERY_BUDGET') throw error;
  }
  return done(attempt, query);
}

function done(attempt: EvasionAttempt, query: Budgeted): EvasionAttempt {
  attempt.queries = query.used;
  return attempt;
}

/**
 * Score-based evasion for tabular inputs (a SimBA-style coordinate search inside an L-infinity
 * ball): move one feature at a time by ±epsilon of its range, keep moves that lower the score of
 * the original class, stop when the label flips or the queries run out.
 */
export async function scoreEvasion(
  target: PredictTarget,
  original: readonly number[],
  options: EvasionOptions & { epsilon: number },
): Promise<EvasionAttempt> {
  const query = new Budgeted(target, options.queryBudget);
  const x = [...original];
  const attempt: EvasionAttempt = {
    original: x,
    originalLabel: '',
    distance: Number.POSITIVE_INFINITY,
    queries: 0,
    queriesToBudget: {},
  };
  try {
    const [first] = await query.scores([x]);
    attempt.originalLabel = first!.label;
    const classIndex = first!.scores.indexOf(Math.max(...first!.scores));
    let current = x;
    let score = first!.scores[classIndex]!;
    const dimension = x.length;
    for (let round = 0; query.left > 0 && round < 20; round++) {
      let improved = false;
      const order = Array.from({ length: dimension }, (_, column) => column).sort(
        () => options.random() - 0.5,
      );
      for (const column of order) {
        for (const sign of [1, -1]) {
          if (query.left < 1) break;
          const candidate = [...current];
          const low = Math.max(
            options.space.min[column]!,
            x[column]! - options.epsilon * range(options.space, column),
          );
          const high = Math.min(
            options.space.max[column]!,
            x[column]! + options.epsilon * range(options.space, column),
          );
          candidate[column] = sign > 0 ? high : low;
          if (candidate[column] === current[column]) continue;
          const [result] = await query.scores([candidate]);
          if (result!.label !== attempt.originalLabel) {
            attempt.adversarial = candidate;
            attempt.adversarialLabel = result!.label;
            attempt.distance = normalisedLinf(options.space, x, candidate);
            recordBudgets(attempt, options.budgets ?? [options.epsilon], query.used);
            return done(attempt, query);
          }
          if (result!.scores[classIndex]! < score) {
            score = result!.scores[classIndex]!;
            current = candidate;
            improved = true;
            break;
          }
        }
      }
      if (!improved) break;
    }
  } catch (error) {
    if (!RampartError.is(error) || error.code !== 'RAMPART_REDTEAM_QUERY_BUDGET') throw error;
  }
  return done(attempt, query);
}

/** Success rate and queries per perturbation budget over many attempts. */
export interface EvasionBudgetRow {
  budget: number;
  successRate: number;
  /** Median queries to reach the budget, over the attempts that did. */
  medianQueries: number | null;
}

export function evasionByBudget(
  attempts: readonly EvasionAttempt[],
  budgets: readonly number[],
): EvasionBudgetRow[] {
  return budgets.map((budget) => {
    const reached = attempts
      .map(
        (attempt) =>
          attempt.queriesToBudget[String(budget)] ??
          (attempt.distance <= budget + 1e-9 ? attempt.queries : undefined),
      )
      .filter((queries): queries is number => queries !== undefined)
      .sort((a, b) => a - b);
    return {
      budget,
      successRate:
        attempts.length === 0 ? 0 : Math.round((reached.length / attempts.length) * 10_000) / 10_000,
      medianQueries: reached.length === 0 ? null : reached[Math.floor(reached.length / 2)]!,
    };
  });
}
