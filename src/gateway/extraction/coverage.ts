/** Features quantised for coverage (the first ones of a row). */
const coveredFeatures = 6;
/** Bins per feature, by z-score: below −1.5, −1.5..−0.5, −0.5..0.5, 0.5..1.5, above 1.5. */
const bins = 5;

export interface CoverageResult {
  /** Shannon entropy of the recent queries over grid cells, divided by its largest possible value. */
  entropy: number;
  /** Distinct cells visited by the recent queries, over the most they could have visited. */
  coverage: number;
  queries: number;
}

/**
 * How evenly one principal's recent queries spread over the feature space: each query falls in a
 * grid cell (each feature binned by its z-score against the principal's running mean and spread);
 * natural traffic crowds a few cells around the data, an attacker sweeping the space fills them
 * evenly. Memory: `window` cell ids and a count per distinct cell.
 */
export class CoverageTracker {
  private readonly cells: string[] = [];
  private next = 0;
  private readonly counts = new Map<string, number>();
  private readonly mean = new Float64Array(coveredFeatures);
  private readonly m2 = new Float64Array(coveredFeatures);
  private seen = 0;

  constructor(private readonly window: number) {}

  add(row: readonly number[]): void {
    const width = Math.min(coveredFeatures, row.length);
    this.seen++;
    let cell = '';
    for (let index = 0; index < width; index++) {
      const value = row[index]!;
      const delta = value - this.mean[index]!;
      this.mean[index]! += delta / this.seen;
      this.m2[index]! += delta * (value - this.mean[index]!);
      const deviation = Math.sqrt(this.m2[index]! / this.seen);
      const z = deviation > 0 ? (value - this.mean[index]!) / deviation : 0;
      cell += String.fromCharCode(48 + Math.max(0, Math.min(bins - 1, Math.floor(z + 2.5))));
    }
    if (this.cells.length < this.window) this.cells.push(cell);
    else {
      const old = this.cells[this.next]!;
      const left = this.counts.get(old)! - 1;
      if (left === 0) this.counts.delete(old);
      else this.counts.set(old, left);
      this.cells[this.next] = cell;
      this.next = (this.next + 1) % this.window;
    }
    this.counts.set(cell, (this.counts.get(cell) ?? 0) + 1);
    this.width = Math.max(this.width, width);
  }

  private width = 0;

  /** Undefined until the window is full. */
  result(): CoverageResult | undefined {
    const total = this.cells.length;
    if (total < this.window || this.width === 0) return undefined;
    const possible = Math.min(total, bins ** this.width);
    let entropy = 0;
    for (const count of this.counts.values()) {
      const share = count / total;
      entropy -= share * Math.log(share);
    }
    return {
      entropy: possible > 1 ? entropy / Math.log(possible) : 0,
      coverage: this.counts.size / possible,
      queries: total,
    };
  }
}
