import { seededRandom } from '../../core/index.ts';
import type { SparseVector } from './features.ts';

export interface LogisticOptions {
  dimensions: number;
  epochs: number;
  /** L2 penalty applied to the weights a sample touches (lazy regularisation). */
  l2: number;
  learningRate: number;
  /** Weight of positive samples relative to negatives. */
  positiveWeight: number;
  seed: number;
  /** Per-sample weight (parallel to the vectors), multiplied with the class weight; 1 when absent. */
  sampleWeights?: ArrayLike<number>;
}

export interface LinearModel {
  weights: Float64Array;
  bias: number;
}

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

export function margin(model: LinearModel, vector: SparseVector): number {
  let sum = model.bias;
  for (let index = 0; index < vector.indices.length; index++)
    sum += model.weights[vector.indices[index]!]! * vector.values[index]!;
  return sum;
}

/** Binary logistic regression trained with AdaGrad SGD over shuffled samples (fixed seed). */
export function trainLogistic(
  vectors: readonly SparseVector[],
  targets: readonly number[],
  options: LogisticOptions,
): LinearModel {
  const weights = new Float64Array(options.dimensions);
  const squared = new Float64Array(options.dimensions);
  let bias = 0;
  let biasSquared = 0;
  const random = seededRandom(options.seed);
  const order = vectors.map((_, index) => index);
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    for (let index = order.length - 1; index > 0; index--) {
      const swap = Math.floor(random() * (index + 1));
      [order[index], order[swap]] = [order[swap]!, order[index]!];
    }
    for (const sample of order) {
      const vector = vectors[sample]!;
      const target = targets[sample]!;
      const prediction = sigmoid(margin({ weights, bias }, vector));
      const sampleWeight =
        (target === 1 ? options.positiveWeight : 1) * (options.sampleWeights?.[sample] ?? 1);
      const error = (prediction - target) * sampleWeight;
      for (let k = 0; k < vector.indices.length; k++) {
        const feature = vector.indices[k]!;
        const gradient = error * vector.values[k]! + options.l2 * weights[feature]!;
        squared[feature]! += gradient * gradient;
        weights[feature]! -= (options.learningRate * gradient) / (Math.sqrt(squared[feature]!) + 1e-8);
      }
      biasSquared += error * error;
      bias -= (options.learningRate * error) / (Math.sqrt(biasSquared) + 1e-8);
    }
  }
  return { weights, bias };
}

/**
 * Platt scaling: fits p = 1 / (1 + exp(a * margin + b)) on held-out margins by Newton's method
 * with Platt's smoothed targets.
 */
export function fitPlatt(margins: readonly number[], targets: readonly number[]): { a: number; b: number } {
  const positives = targets.filter((target) => target === 1).length;
  const negatives = targets.length - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  const smoothed = targets.map((target) => (target === 1 ? high : low));
  let a = 0;
  let b = Math.log((negatives + 1) / (positives + 1));
  for (let iteration = 0; iteration < 100; iteration++) {
    let gradientA = 0;
    let gradientB = 0;
    let hAA = 1e-12;
    let hAB = 0;
    let hBB = 1e-12;
    for (let index = 0; index < margins.length; index++) {
      const f = margins[index]!;
      const p = 1 / (1 + Math.exp(a * f + b));
      const t = smoothed[index]!;
      // d(-loglik)/da = (t - p) * f ; d/db = (t - p)
      gradientA += (t - p) * f;
      gradientB += t - p;
      const weight = p * (1 - p);
      hAA += weight * f * f;
      hAB += weight * f;
      hBB += weight;
    }
    const determinant = hAA * hBB - hAB * hAB;
    if (Math.abs(determinant) < 1e-18) break;
    const stepA = (hBB * gradientA - hAB * gradientB) / determinant;
    const stepB = (hAA * gradientB - hAB * gradientA) / determinant;
    a -= stepA;
    b -= stepB;
    if (Math.abs(stepA) < 1e-9 && Math.abs(stepB) < 1e-9) break;
  }
  return { a, b };
}

export { seededRandom };
