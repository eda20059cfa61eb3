import { RampartError } from '../../core/index.ts';

/** Per-feature bounds; perturbations are measured in units of each feature's range. */
export interface FeatureSpace {
  min: number[];
  max: number[];
}

/** The bounding box of `rows` (a zero-width feature gets a range of 1 so distances stay finite). */
export function featureSpaceOf(rows: readonly (readonly number[])[]): FeatureSpace {
  if (rows.length === 0)
    throw new RampartError('RAMPART_USAGE', 'need at least one row to learn the feature ranges');
  const width = rows[0]!.length;
  const min = Array.from({ length: width }, (_, column) => Math.min(...rows.map((row) => row[column]!)));
  const max = Array.from({ length: width }, (_, column) => Math.max(...rows.map((row) => row[column]!)));
  return { min, max: max.map((value, column) => (value === min[column] ? value + 1 : value)) };
}

export function range(space: FeatureSpace, column: number): number {
  return space.max[column]! - space.min[column]!;
}

/** L-infinity distance in units of each feature's range (0.1 = no feature moved more than 10% of its range). */
export function normalisedLinf(space: FeatureSpace, a: readonly number[], b: readonly number[]): number {
  let worst = 0;
  for (let column = 0; column < a.length; column++)
    worst = Math.max(worst, Math.abs(a[column]! - b[column]!) / range(space, column));
  return worst;
}

export function clip(space: FeatureSpace, row: readonly number[]): number[] {
  return row.map((value, column) => Math.min(space.max[column]!, Math.max(space.min[column]!, value)));
}

/** A point uniformly at random in the box. */
export function uniformPoint(space: FeatureSpace, random: () => number): number[] {
  return space.min.map((low, column) => low + random() * range(space, column));
}

/** Standard normal sample (Box-Muller). */
export function gaussian(random: () => number): number {
  const u = Math.max(random(), 1e-12);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
}
