/** Test fixture (internal): labelled Gaussian clusters as flat vectors, with planted label flips. */
import { seededRandom } from '../../core/index.ts';

export interface GaussianClassesOptions {
  rows: number;
  classes: number;
  /** Distance of each class mean from the origin along its own axis. */
  separation: number;
  /** Extra feature columns of pure noise (no label information), with this standard deviation. */
  noiseColumns?: number;
  noiseSpread?: number;
  flipRate?: number;
  seed?: number;
}

export function gaussianClasses(options: GaussianClassesOptions): {
  vectors: Float64Array;
  dimensions: number;
  labels: Int32Array;
  truth: Int32Array;
  flipped: Set<number>;
} {
  const random = seededRandom(options.seed ?? 11);
  const gaussian = () =>
    Math.sqrt(-2 * Math.log(Math.max(random(), 1e-12))) * Math.cos(2 * Math.PI * random());
  const informative = options.classes;
  const noise = options.noiseColumns ?? 0;
  const dimensions = informative + noise;
  const vectors = new Float64Array(options.rows * dimensions);
  const truth = new Int32Array(options.rows);
  const labels = new Int32Array(options.rows);
  const flipped = new Set<number>();
  for (let row = 0; row < options.rows; row++) {
    const label = row % options.classes;
    truth[row] = label;
    for (let d = 0; d < informative; d++)
      vectors[row * dimensions + d] = (d === label ? options.separation : 0) + gaussian();
    for (let d = 0; d < noise; d++)
      vectors[row * dimensions + informative + d] = gaussian() * (options.noiseSpread ?? 1);
    labels[row] = label;
    if (random() < (options.flipRate ?? 0)) {
      labels[row] = (label + 1 + Math.floor(random() * (options.classes - 1))) % options.classes;
      flipped.add(row);
    }
  }
  return { vectors, dimensions, labels, truth, flipped };
}
