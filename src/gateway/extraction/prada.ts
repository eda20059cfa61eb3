import { maxFeatures } from './query-features.ts';
import { shapiroWilk } from './shapiro-wilk.ts';

/** Queries that only seed the kept set before distances are recorded. */
const warmUpPoints = 20;

export interface PradaSettings {
  /** Distances collected before the first test. */
  minQueries: number;
  /** The most recent distances tested. */
  window: number;
  /** Earlier queries kept to measure distances to (the oldest are dropped). */
  maxPoints: number;
  /** W below this is a detection. */
  wThreshold: number;
}

export interface PradaResult {
  w: number;
  p: number;
  distances: number;
}

/**
 * PRADA (Juuti et al., 2019) for one principal: the distance from each new query to the nearest of
 * its earlier queries. Natural queries give distances that look normally distributed; the synthetic
 * queries of an extraction attack (small steps from seeds, points along lines, grids) do not, so a
 * low Shapiro–Wilk W over the recent distances is a detection. A query joins the kept set only when
 * it is not much closer than usual (distance ≥ mean − standard deviation), as in the paper. Memory
 * is bounded by `maxPoints` rows (8 bytes per feature each) and `window` distances.
 *
 * Two changes from the paper, for the low-dimensional inputs of tabular models: the first
 * `warmUpPoints` queries only seed the kept set (their distances, to a near-empty set, are large and
 * would skew every test), and the statistic is the square root of the distance (nearest-neighbour
 * distances in a few dimensions are right-skewed even for natural traffic; their square root is
 * close to normal, while the repeated small steps of an attack stay far from it).
 */
export class PradaTracker {
  /** Kept queries, `width` numbers each, in one buffer (`maxPoints` rows at most). */
  private points: Float64Array | undefined;
  private width = 0;
  private kept = 0;
  private nextPoint = 0;
  private readonly distances: number[] = [];
  private nextDistance = 0;
  private sum = 0;
  private squares = 0;

  constructor(private readonly settings: PradaSettings) {}

  /** Record a query row; returns its minimum distance (undefined while warming up). */
  add(row: readonly number[]): number | undefined {
    if (!this.points) {
      // The first row fixes the width; later rows are cut or padded with zeros to it.
      this.width = Math.max(1, Math.min(row.length, maxFeatures));
      this.points = new Float64Array(this.settings.maxPoints * this.width);
    }
    const { points, width } = this;
    const point = new Float64Array(width);
    for (let index = 0; index < width; index++) point[index] = row[index] ?? 0;
    let nearest = Number.POSITIVE_INFINITY;
    for (let kept = 0; kept < this.kept; kept++) {
      const base = kept * width;
      let total = 0;
      for (let index = 0; index < width && total < nearest; index++) {
        const difference = points[base + index]! - point[index]!;
        total += difference * difference;
      }
      if (total < nearest) nearest = total;
    }
    // An exact repeat (a retry, a cached form) tells an attacker nothing new and is not counted.
    if (nearest === 0) return 0;
    if (this.kept < warmUpPoints) {
      this.keep(point);
      return undefined;
    }
    // sqrt of the Euclidean distance: see the class comment.
    const distance = Math.sqrt(Math.sqrt(nearest));
    this.record(distance);
    const count = this.distances.length;
    const mean = this.sum / count;
    const deviation = Math.sqrt(Math.max(0, this.squares / count - mean * mean));
    if (count < 2 || distance >= mean - deviation) this.keep(point);
    return distance;
  }

  /** Shapiro–Wilk over the recent distances, once there are enough. */
  test(): PradaResult | undefined {
    if (this.distances.length < this.settings.minQueries) return undefined;
    const { w, p } = shapiroWilk(this.distances);
    return { w, p, distances: this.distances.length };
  }

  detected(result: PradaResult | undefined): boolean {
    return result !== undefined && result.w < this.settings.wThreshold;
  }

  private keep(point: Float64Array): void {
    let slot: number;
    if (this.kept < this.settings.maxPoints) slot = this.kept++;
    else {
      slot = this.nextPoint;
      this.nextPoint = (this.nextPoint + 1) % this.settings.maxPoints;
    }
    this.points!.set(point, slot * this.width);
  }

  private record(distance: number): void {
    if (this.distances.length < this.settings.window) this.distances.push(distance);
    else {
      const old = this.distances[this.nextDistance]!;
      this.sum -= old;
      this.squares -= old * old;
      this.distances[this.nextDistance] = distance;
      this.nextDistance = (this.nextDistance + 1) % this.settings.window;
    }
    this.sum += distance;
    this.squares += distance * distance;
  }
}
