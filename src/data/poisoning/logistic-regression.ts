import { assignFolds } from './folds.ts';

export interface CrossValidationOptions {
  /** Number of folds; each row's probabilities come from the model fitted on the other folds. */
  folds: number;
  /** L2 penalty on the weights (not the intercepts), in units of the mean log-loss. */
  regularisation: number;
  /** Upper bound on gradient steps per fold. */
  maxIterations: number;
  /**
   * Upper bound on multiply-adds over all folds (folds × rows × dimensions × classes × iterations):
   * large samples get fewer steps (at least 30), so the time stays bounded.
   */
  workBudget: number;
  seed: number;
  /** Rows that are scored but never trained on (rows already judged mislabelled). */
  excluded?: Uint8Array;
}

const defaults: CrossValidationOptions = {
  folds: 5,
  regularisation: 1e-3,
  maxIterations: 300,
  workBudget: 1e8,
  seed: 1,
};

/**
 * Out-of-sample class probabilities from a multinomial logistic regression (softmax, L2), K-fold:
 * every row is predicted by a model that never saw it. Fitted by Nesterov-accelerated gradient
 * descent with step 1/L, L bounded by the largest eigenvalue of XᵀX/n (power iteration), so no
 * step size needs tuning. Vectors are one flat Float64Array of `count × dimensions`; labels are
 * class indices. Returns probabilities[i*classes + c].
 */
export function crossValidatedLogisticProbabilities(
  vectors: Float64Array,
  dimensions: number,
  labels: Int32Array,
  classes: number,
  options: Partial<CrossValidationOptions> = {},
): Float64Array {
  const settings = { ...defaults, ...options };
  const count = labels.length;
  const probabilities = new Float64Array(count * classes);
  if (count === 0 || classes === 0) return probabilities;
  const folds = Math.max(2, Math.min(settings.folds, count));
  const foldOf = assignFolds(count, folds, settings.seed);
  for (let fold = 0; fold < folds; fold++) {
    const training: number[] = [];
    for (let row = 0; row < count; row++)
      if (foldOf[row] !== fold && settings.excluded?.[row] !== 1) training.push(row);
    const weights = fitSoftmax(vectors, dimensions, labels, classes, training, {
      ...settings,
      workBudget: settings.workBudget / folds,
    });
    for (let row = 0; row < count; row++)
      if (foldOf[row] === fold)
        predict(weights, vectors, dimensions, classes, row, probabilities, row * classes);
  }
  return probabilities;
}

/** Weights laid out as weights[d*classes + c]; the intercepts are the last row (d = dimensions). */
function fitSoftmax(
  vectors: Float64Array,
  dimensions: number,
  labels: Int32Array,
  classes: number,
  rows: number[],
  settings: CrossValidationOptions,
): Float64Array {
  const size = (dimensions + 1) * classes;
  const weights = new Float64Array(size);
  if (rows.length === 0) return weights;
  const step = 1 / (0.5 * largestEigenvalue(vectors, dimensions, rows) + settings.regularisation);
  const iterations = Math.max(
    30,
    Math.min(
      settings.maxIterations,
      Math.floor(settings.workBudget / (rows.length * (dimensions + 1) * classes)),
    ),
  );
  const lookahead = new Float64Array(size);
  const gradient = new Float64Array(size);
  const scores = new Float64Array(classes);
  let momentum = 1;
  for (let iteration = 0; iteration < iterations; iteration++) {
    gradient.fill(0);
    for (const row of rows) {
      predict(lookahead, vectors, dimensions, classes, row, scores, 0);
      const offset = row * dimensions;
      for (let c = 0; c < classes; c++) {
        const error = scores[c]! - (labels[row] === c ? 1 : 0);
        if (error === 0) continue;
        for (let d = 0; d < dimensions; d++) gradient[d * classes + c]! += error * vectors[offset + d]!;
        gradient[dimensions * classes + c]! += error;
      }
    }
    const next = (1 + Math.sqrt(1 + 4 * momentum * momentum)) / 2;
    const blend = (momentum - 1) / next;
    for (let index = 0; index < size; index++) {
      const penalty = index < dimensions * classes ? settings.regularisation * lookahead[index]! : 0;
      const updated = lookahead[index]! - step * (gradient[index]! / rows.length + penalty);
      lookahead[index] = updated + blend * (updated - weights[index]!);
      weights[index] = updated;
    }
    momentum = next;
  }
  return weights;
}

function predict(
  weights: Float64Array,
  vectors: Float64Array,
  dimensions: number,
  classes: number,
  row: number,
  out: Float64Array,
  at: number,
): void {
  const offset = row * dimensions;
  let largest = Number.NEGATIVE_INFINITY;
  for (let c = 0; c < classes; c++) {
    let score = weights[dimensions * classes + c]!;
    for (let d = 0; d < dimensions; d++) score += vectors[offset + d]! * weights[d * classes + c]!;
    out[at + c] = score;
    if (score > largest) largest = score;
  }
  let total = 0;
  for (let c = 0; c < classes; c++) {
    const value = Math.exp(out[at + c]! - largest);
    out[at + c] = value;
    total += value;
  }
  for (let c = 0; c < classes; c++) out[at + c]! /= total;
}

/** Largest eigenvalue of [X 1]ᵀ[X 1]/n over the given rows, by power iteration (an upper estimate). */
function largestEigenvalue(vectors: Float64Array, dimensions: number, rows: number[]): number {
  const size = dimensions + 1;
  let direction = new Float64Array(size).fill(1 / Math.sqrt(size));
  let eigenvalue = 1;
  for (let iteration = 0; iteration < 30; iteration++) {
    const product = new Float64Array(size);
    for (const row of rows) {
      const offset = row * dimensions;
      let dot = direction[dimensions]!;
      for (let d = 0; d < dimensions; d++) dot += vectors[offset + d]! * direction[d]!;
      for (let d = 0; d < dimensions; d++) product[d]! += dot * vectors[offset + d]!;
      product[dimensions]! += dot;
    }
    let norm = 0;
    for (const value of product) norm += value * value;
    norm = Math.sqrt(norm);
    if (!(norm > 0)) return 1;
    eigenvalue = norm / rows.length;
    direction = product.map((value) => value / norm);
  }
  // Power iteration approaches from below; a small margin keeps the step safe.
  return eigenvalue * 1.05;
}
