import { RampartError, safeJsonParse } from '../core/index.ts';
import { type Dataset, identifier } from './dataset.ts';
import type { ProfileSample } from './profile-sample.ts';

export type ColumnKind = 'numeric' | 'categorical' | 'text' | 'temporal' | 'other';

export interface NumericSummary {
  min: number;
  max: number;
  mean: number;
  std: number;
  median: number;
  /** Median absolute deviation (unscaled). */
  mad: number;
  /** 101 quantiles: q[0] = min, q[50] = median, q[100] = max. */
  quantiles: number[];
  /** Equal-width histogram between min and max. */
  histogram: { edges: number[]; counts: number[] };
}

export interface ColumnProfile {
  name: string;
  /** DuckDB type, e.g. DOUBLE, BIGINT, VARCHAR. */
  type: string;
  kind: ColumnKind;
  nullCount: number;
  nullFraction: number;
  distinctCount: number;
  numeric?: NumericSummary;
  /** Category → count (the most frequent ones, up to the limit), plus the rest in `otherCount`. */
  categories?: { values: Record<string, number>; otherCount: number };
  text?: { meanLength: number; maxLength: number };
}

/** A dataset's recorded shape: the baseline the checks compare against. */
export interface DatasetProfile {
  kind: 'rampart.data.profile';
  version: 1;
  createdAt: string;
  files: string[];
  rowCount: number;
  label: string | null;
  columns: ColumnProfile[];
  /** Class → count (empty without a label). */
  labelDistribution: Record<string, number>;
  /** Rows behind quantiles, MAD and histograms: every row, or a fixed-seed sample of large data. */
  statisticsRows?: number;
  /** Fraction of rows that repeat an earlier row exactly. */
  duplicateRate: number;
  /** Groups of rows with identical features but different labels, and the rows in them. */
  conflictingGroups?: number;
  conflictingRows?: number;
  /** Rates measured by the checks on this data, so later runs compare like with like. */
  reference: Record<string, number>;
  /** Feature rows kept for run-time checks (`data profile --sample-rows N`); absent by default. */
  sample?: ProfileSample;
}

export interface ProfileOptions {
  label?: string;
  /** Columns left out of statistics (ids, timestamps). */
  ignore?: readonly string[];
  /** Most categories kept per column (default 50); more distinct values make a text column. */
  maxCategories?: number;
  histogramBins?: number;
  /** Largest number of rows read into memory for quantiles, MAD and histograms (default 200 000). */
  sampleRows?: number;
  seed?: number;
}

// Whole type names (a DECIMAL's precision allowed): a list such as BIGINT[] or a STRUCT is none of these.
const numericTypes =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|REAL|DECIMAL)(\([\d, ]+\))?$/;
const textTypes = /^(VARCHAR|BOOLEAN|ENUM(\(.*\))?|UUID)$/;
const temporalTypes = /^(DATE|TIMESTAMP|TIME)( WITH TIME ZONE|_S|_MS|_NS|TZ)?$/;

export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (value === null || value === undefined) return Number.NaN;
  return Number(value);
}

function finite(value: unknown): number {
  const number = toNumber(value);
  return Number.isFinite(number) ? number : 0;
}

/** The profile of a loaded dataset, computed with a handful of SQL scans. */
export async function profileDataset(
  dataset: Dataset,
  options: ProfileOptions = {},
): Promise<DatasetProfile> {
  const label = options.label ?? null;
  if (label !== null) dataset.requireColumn(label, 'label');
  const maxCategories = options.maxCategories ?? 50;
  const bins = options.histogramBins ?? 20;
  const ignored = new Set(options.ignore ?? []);
  const columns = dataset.columns.filter((column) => !ignored.has(column.name));
  const rows = dataset.rowCount;
  const sampleRows = options.sampleRows ?? 200_000;

  const aggregates: string[] = [];
  columns.forEach((column, index) => {
    const name = identifier(column.name);
    aggregates.push(`count(${name}) AS c${index}`);
    if (numericTypes.test(column.type) && column.name !== label) {
      const value = `${name}::DOUBLE`;
      aggregates.push(
        `min(${value}) AS min${index}`,
        `max(${value}) AS max${index}`,
        `avg(${value}) AS mean${index}`,
        `stddev_samp(${value}) AS std${index}`,
      );
    } else {
      aggregates.push(`approx_count_distinct(${name}) AS d${index}`);
    }
    if (textTypes.test(column.type) && !numericTypes.test(column.type)) {
      aggregates.push(
        `avg(length(${name}::VARCHAR)) AS len${index}`,
        `max(length(${name}::VARCHAR)) AS maxlen${index}`,
      );
    }
  });
  const [summary] = await dataset.query(`SELECT ${aggregates.join(', ')} FROM data`);
  if (!summary) throw new RampartError('RAMPART_DATA_EMPTY', 'the dataset has no rows');

  const profiles: ColumnProfile[] = columns.map((column, index) => {
    const nonNull = finite(summary[`c${index}`]);
    const distinct = finite(summary[`d${index}`]);
    let kind: ColumnKind = 'other';
    if (column.name === label) kind = 'categorical';
    else if (numericTypes.test(column.type)) kind = 'numeric';
    else if (textTypes.test(column.type)) kind = distinct <= maxCategories ? 'categorical' : 'text';
    else if (temporalTypes.test(column.type)) kind = 'temporal';
    const profile: ColumnProfile = {
      name: column.name,
      type: column.type,
      kind,
      nullCount: rows - nonNull,
      nullFraction: rows > 0 ? (rows - nonNull) / rows : 0,
      distinctCount: distinct,
    };
    if (kind === 'numeric' && nonNull > 0) {
      profile.numeric = {
        min: finite(summary[`min${index}`]),
        max: finite(summary[`max${index}`]),
        mean: finite(summary[`mean${index}`]),
        std: finite(summary[`std${index}`]),
        median: 0,
        mad: 0,
        quantiles: [],
        histogram: { edges: [], counts: [] },
      };
    }
    if (kind === 'text') {
      profile.text = {
        meanLength: finite(summary[`len${index}`]),
        maxLength: finite(summary[`maxlen${index}`]),
      };
    }
    return profile;
  });

  const statisticsRows = await addSampleStatistics(dataset, profiles, bins, sampleRows, options.seed ?? 1);
  await addCategories(dataset, profiles, maxCategories, label);

  const labelProfile = profiles.find((column) => column.name === label);
  const labelDistribution = labelProfile?.categories ? { ...labelProfile.categories.values } : {};
  if (label !== null) {
    // Keep every class for the label, not only the top ones.
    const counts = await dataset.query(
      `SELECT ${identifier(label)}::VARCHAR AS v, count(*)::DOUBLE AS n FROM data WHERE ${identifier(label)} IS NOT NULL GROUP BY 1 ORDER BY 2 DESC LIMIT 10000`,
    );
    for (const key of Object.keys(labelDistribution)) delete labelDistribution[key];
    for (const row of counts) labelDistribution[String(row.v)] = finite(row.n);
  }

  const repeats = await countRepeats(
    dataset,
    columns.map((column) => column.name),
    label,
  );
  return {
    kind: 'rampart.data.profile',
    version: 1,
    createdAt: new Date().toISOString(),
    files: dataset.parts.map((part) => part.path),
    rowCount: rows,
    label,
    columns: profiles,
    labelDistribution,
    statisticsRows,
    duplicateRate: rows > 0 ? repeats.duplicates / rows : 0,
    conflictingGroups: repeats.conflictingGroups,
    conflictingRows: repeats.conflictingRows,
    reference: {},
  };
}

/**
 * Exact duplicates and conflicting-label groups in one hash aggregation over the features: a group
 * of n rows with one label holds n − 1 duplicates; groups with several labels (rare) are counted
 * again per label. Leaves the repeated groups in the temp table `__repeats` for the checks.
 */
async function countRepeats(
  dataset: Dataset,
  columns: readonly string[],
  label: string | null,
): Promise<{ duplicates: number; conflictingGroups: number; conflictingRows: number }> {
  const features = columns.filter((name) => name !== label).map(identifier);
  const key = `hash(${features.length > 0 ? features.join(', ') : "''"})`;
  const labelSql = label ? `${identifier(label)}::VARCHAR` : "''";
  await dataset.query(
    `CREATE OR REPLACE TEMP TABLE __repeats AS SELECT ${key} AS h, count(*) AS n, min(${labelSql}) AS low, max(${labelSql}) AS high, count(${labelSql}) AS labelled FROM data GROUP BY h HAVING count(*) > 1`,
  );
  const [same] = await dataset.query(
    `SELECT coalesce(sum(n - 1), 0)::DOUBLE AS d FROM __repeats WHERE low IS NOT DISTINCT FROM high AND labelled IN (0, n)`,
  );
  const [mixed] = await dataset.query(
    `SELECT count(*)::DOUBLE AS g, coalesce(sum(n), 0)::DOUBLE AS n FROM __repeats WHERE low <> high`,
  );
  let duplicates = finite(same?.d);
  const irregular = await dataset.query(
    `WITH groups AS (SELECT h FROM __repeats WHERE NOT (low IS NOT DISTINCT FROM high AND labelled IN (0, n)))
     SELECT coalesce(sum(n - 1), 0)::DOUBLE AS d FROM (SELECT ${key} AS h, ${labelSql} AS l, count(*) AS n FROM data WHERE ${key} IN (SELECT h FROM groups) GROUP BY ALL)`,
  );
  duplicates += finite(irregular[0]?.d);
  return { duplicates, conflictingGroups: finite(mixed?.g), conflictingRows: finite(mixed?.n) };
}

/** Quantile of sorted values with linear interpolation (as quantile_cont / numpy's default). */
function quantileOfSorted(sorted: Float64Array, fraction: number): number {
  if (sorted.length === 0) return 0;
  const position = fraction * (sorted.length - 1);
  const low = Math.floor(position);
  const high = Math.min(sorted.length - 1, low + 1);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

/**
 * Quantiles, median, MAD and histograms of the numeric columns from every row, or from a
 * fixed-seed reservoir sample of `sampleRows` rows on larger data (histogram counts are then
 * scaled to the column's row count; min and max stay exact). Returns the rows used.
 */
async function addSampleStatistics(
  dataset: Dataset,
  profiles: ColumnProfile[],
  bins: number,
  sampleRows: number,
  seed: number,
): Promise<number> {
  const numeric = profiles.filter((profile) => profile.numeric);
  if (numeric.length === 0) return 0;
  const sample =
    dataset.rowCount > sampleRows ? ` USING SAMPLE reservoir(${sampleRows} ROWS) REPEATABLE (${seed})` : '';
  const columns = await dataset.queryColumns(
    `SELECT ${numeric.map((profile) => `${identifier(profile.name)}::DOUBLE`).join(', ')} FROM data${sample}`,
  );
  const used = columns[0]?.length ?? 0;
  numeric.forEach((profile, index) => {
    const summary = profile.numeric!;
    const values = (columns[index] ?? []).filter(
      (value): value is number => typeof value === 'number' && Number.isFinite(value),
    );
    const sorted = Float64Array.from(values).sort();
    summary.quantiles = Array.from({ length: 101 }, (_, step) => quantileOfSorted(sorted, step / 100));
    summary.quantiles[0] = summary.min;
    summary.quantiles[100] = summary.max;
    summary.median = quantileOfSorted(sorted, 0.5);
    const deviations = sorted.map((value) => Math.abs(value - summary.median)).sort();
    summary.mad = quantileOfSorted(deviations, 0.5);
    profile.distinctCount = new Set(values).size;
    const width = summary.max > summary.min ? (summary.max - summary.min) / bins : 1;
    summary.histogram.edges = Array.from({ length: bins + 1 }, (_, step) => summary.min + step * width);
    const counts = new Array<number>(bins).fill(0);
    for (const value of sorted)
      counts[Math.min(bins - 1, Math.max(0, Math.floor((value - summary.min) / width)))]! += 1;
    const nonNull = dataset.rowCount - profile.nullCount;
    const scale = sorted.length > 0 && sample ? nonNull / sorted.length : 1;
    summary.histogram.counts = counts.map((count) => Math.round(count * scale));
  });
  return used;
}

async function addCategories(
  dataset: Dataset,
  profiles: ColumnProfile[],
  maxCategories: number,
  label: string | null,
): Promise<void> {
  const categorical = profiles.filter((profile) => profile.kind === 'categorical');
  if (categorical.length === 0) return;
  const parts = categorical.map(
    (profile) =>
      `(SELECT ${literalName(profile.name)} AS col, ${identifier(profile.name)}::VARCHAR AS v, count(*)::DOUBLE AS n FROM data WHERE ${identifier(profile.name)} IS NOT NULL GROUP BY 2 ORDER BY 3 DESC LIMIT ${profile.name === label ? 10000 : maxCategories})`,
  );
  for (const profile of categorical) profile.categories = { values: {}, otherCount: 0 };
  for (const row of await dataset.query(parts.join(' UNION ALL '))) {
    const profile = categorical.find((candidate) => candidate.name === row.col)!;
    profile.categories!.values[String(row.v)] = finite(row.n);
  }
  for (const profile of categorical) {
    const kept = Object.values(profile.categories!.values).reduce((sum, count) => sum + count, 0);
    profile.categories!.otherCount = Math.max(0, dataset.rowCount - profile.nullCount - kept);
  }
}

function literalName(name: string): string {
  return `'${name.replaceAll("'", "''")}'`;
}

/** Parse a stored profile (baseline); throws RAMPART_DATA_PROFILE_INVALID when it is not one. */
export function parseProfile(text: string, source = 'baseline'): DatasetProfile {
  let value: unknown;
  try {
    value = safeJsonParse(text);
  } catch (error) {
    throw new RampartError('RAMPART_DATA_PROFILE_INVALID', `${source}: not JSON`, { cause: error });
  }
  const profile = value as Partial<DatasetProfile> | null;
  if (
    !profile ||
    typeof profile !== 'object' ||
    profile.kind !== 'rampart.data.profile' ||
    profile.version !== 1 ||
    !Array.isArray(profile.columns) ||
    typeof profile.rowCount !== 'number' ||
    profile.columns.some(
      (column) => !column || typeof column.name !== 'string' || typeof column.kind !== 'string',
    )
  ) {
    throw new RampartError(
      'RAMPART_DATA_PROFILE_INVALID',
      `${source}: not a rampart data profile (version 1)`,
    );
  }
  return {
    ...(profile as DatasetProfile),
    labelDistribution: profile.labelDistribution ?? {},
    reference: profile.reference ?? {},
  };
}
