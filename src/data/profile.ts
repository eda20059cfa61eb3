import { RampartError, safeJsonParse } from '../core/index.ts';
import { type Dataset, identifier } from './dataset.ts';

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
  /** Fraction of rows that repeat an earlier row exactly. */
  duplicateRate: number;
  /** Groups of rows with identical features but different labels, and the rows in them. */
  conflictingGroups?: number;
  conflictingRows?: number;
  /** Rates measured by the checks on this data, so later runs compare like with like. */
  reference: Record<string, number>;
}

export interface ProfileOptions {
  label?: string;
  /** Columns left out of statistics (ids, timestamps). */
  ignore?: readonly string[];
  /** Most categories kept per column (default 50); more distinct values make a text column. */
  maxCategories?: number;
  histogramBins?: number;
}

const numericTypes =
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|FLOAT|DOUBLE|REAL|DECIMAL)/;
const textTypes = /^(VARCHAR|BOOLEAN|ENUM|UUID)/;
const temporalTypes = /^(DATE|TIMESTAMP|TIME)/;

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
  const exact = rows <= 1_000_000;
  const fractions = Array.from({ length: 101 }, (_, index) => (index / 100).toFixed(2)).join(', ');

  const aggregates: string[] = [];
  columns.forEach((column, index) => {
    const name = identifier(column.name);
    aggregates.push(`count(${name}) AS c${index}`, `approx_count_distinct(${name}) AS d${index}`);
    if (numericTypes.test(column.type) && column.name !== label) {
      const value = `${name}::DOUBLE`;
      const quantile = exact ? 'quantile_cont' : 'approx_quantile';
      aggregates.push(
        `min(${value}) AS min${index}`,
        `max(${value}) AS max${index}`,
        `avg(${value}) AS mean${index}`,
        `stddev_samp(${value}) AS std${index}`,
        `${quantile}(${value}, [${fractions}]) AS q${index}`,
      );
    } else if (textTypes.test(column.type)) {
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
      const quantiles = ((summary[`q${index}`] as unknown[]) ?? []).map(finite);
      profile.numeric = {
        min: finite(summary[`min${index}`]),
        max: finite(summary[`max${index}`]),
        mean: finite(summary[`mean${index}`]),
        std: finite(summary[`std${index}`]),
        median: quantiles[50] ?? 0,
        mad: 0,
        quantiles,
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

  await addHistogramsAndSpread(dataset, profiles, bins, exact);
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

async function addHistogramsAndSpread(
  dataset: Dataset,
  profiles: ColumnProfile[],
  bins: number,
  exact: boolean,
): Promise<void> {
  const numeric = profiles.filter((profile) => profile.numeric);
  if (numeric.length === 0) return;
  const parts = numeric.map((profile) => {
    const summary = profile.numeric!;
    const width = summary.max > summary.min ? (summary.max - summary.min) / bins : 1;
    summary.histogram.edges = Array.from({ length: bins + 1 }, (_, index) => summary.min + index * width);
    const name = `${identifier(profile.name)}::DOUBLE`;
    return `SELECT ${literalName(profile.name)} AS col, least(${bins - 1}, greatest(0, floor((${name} - ${summary.min}) / ${width})))::INTEGER AS bin, count(*)::DOUBLE AS n FROM data WHERE ${name} IS NOT NULL AND isfinite(${name}) GROUP BY 2`;
  });
  for (const row of await dataset.query(parts.join(' UNION ALL '))) {
    const profile = numeric.find((candidate) => candidate.name === row.col)!;
    const counts = profile.numeric!.histogram.counts;
    if (counts.length === 0) counts.push(...new Array<number>(bins).fill(0));
    counts[finite(row.bin)] = finite(row.n);
  }
  for (const profile of numeric) {
    if (profile.numeric!.histogram.counts.length === 0)
      profile.numeric!.histogram.counts = new Array(bins).fill(0);
  }
  const median = exact ? 'median' : 'approx_quantile';
  const spread = numeric.map(
    (profile, index) =>
      `${median}(abs(${identifier(profile.name)}::DOUBLE - ${profile.numeric!.median})${exact ? '' : ', 0.5'}) AS m${index}`,
  );
  const [row] = await dataset.query(`SELECT ${spread.join(', ')} FROM data`);
  numeric.forEach((profile, index) => {
    profile.numeric!.mad = finite(row?.[`m${index}`]);
  });
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
