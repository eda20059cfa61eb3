import { type CheckContext, categoricalFeatures, numericFeatures } from './check.ts';
import { type Dataset, identifier, literal } from './dataset.ts';
import { type Neighbours, nearestNeighbours } from './poisoning/knn.ts';

/** A bounded sample of rows as standardised numeric vectors (plus one-hot categoricals). */
export interface FeatureSample {
  rows: number[];
  labels: string[];
  vectors: Float64Array;
  dimensions: number;
  features: string[];
  /** True when the sample is every row. */
  complete: boolean;
}

/**
 * Draw up to `size` rows (reservoir sample, fixed seed) with numeric features scaled by the robust
 * spread (1.4826·MAD, or the standard deviation when the MAD is 0); missing values become the median.
 */
export function loadFeatureSample(context: CheckContext, size: number): Promise<FeatureSample> {
  // The outlier and label-noise checks share one sample (and its neighbours) per dataset and size.
  let bySize = samples.get(context.dataset);
  if (!bySize) {
    bySize = new Map();
    samples.set(context.dataset, bySize);
  }
  const key = `${size}:${context.policy.seed}:${context.current.createdAt}`;
  let sample = bySize.get(key);
  if (!sample) {
    sample = drawFeatureSample(context, size);
    bySize.set(key, sample);
  }
  return sample;
}

const samples = new WeakMap<Dataset, Map<string, Promise<FeatureSample>>>();
const neighbourCache = new WeakMap<FeatureSample, Map<number, Neighbours>>();

/** k nearest neighbours of a sample, computed once per (sample, k). */
export function sampleNeighbours(sample: FeatureSample, k: number): Neighbours {
  let byK = neighbourCache.get(sample);
  if (!byK) {
    byK = new Map();
    neighbourCache.set(sample, byK);
  }
  let found = byK.get(k);
  if (!found) {
    found = nearestNeighbours(sample.vectors, sample.dimensions, k);
    byK.set(k, found);
  }
  return found;
}

async function drawFeatureSample(context: CheckContext, size: number): Promise<FeatureSample> {
  const { dataset, current, policy } = context;
  const expressions: string[] = [];
  const features: string[] = [];
  for (const name of numericFeatures(context)) {
    const summary = current.columns.find((column) => column.name === name)!.numeric!;
    const scale = summary.mad > 0 ? summary.mad * 1.4826 : summary.std > 0 ? summary.std : 1;
    expressions.push(`coalesce((${identifier(name)}::DOUBLE - ${summary.median}) / ${scale}, 0)`);
    features.push(name);
  }
  for (const name of categoricalFeatures(context)) {
    const column = current.columns.find((candidate) => candidate.name === name)!;
    for (const value of Object.keys(column.categories?.values ?? {})) {
      expressions.push(`coalesce((${identifier(name)}::VARCHAR = ${literal(value)})::DOUBLE, 0)`);
      features.push(`${name}=${value}`);
    }
  }
  const label = policy.label ? `${identifier(policy.label)}::VARCHAR` : "''";
  const complete = dataset.rowCount <= size;
  const sample = complete ? '' : ` USING SAMPLE reservoir(${size} ROWS) REPEATABLE (${policy.seed})`;
  const vectorSql = expressions.length > 0 ? `[${expressions.join(', ')}]` : '[]::DOUBLE[]';
  const result = await dataset.query(
    `SELECT r, l, v FROM (SELECT rowid AS r, ${label} AS l, ${vectorSql} AS v FROM data${sample}) ORDER BY r`,
  );
  const dimensions = features.length;
  const vectors = new Float64Array(result.length * dimensions);
  result.forEach((row, index) => {
    const values = row.v as number[];
    for (let d = 0; d < dimensions; d++) {
      const value = Number(values[d]);
      vectors[index * dimensions + d] = Number.isFinite(value) ? value : 0;
    }
  });
  return {
    rows: result.map((row) => Number(row.r)),
    labels: result.map((row) => String(row.l ?? '')),
    vectors,
    dimensions,
    features,
    complete,
  };
}
