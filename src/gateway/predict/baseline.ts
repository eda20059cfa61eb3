import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { RampartError, safeJsonParse } from '../../core/index.ts';

/** One feature as the training data showed it. */
export interface FeatureSpec {
  readonly name: string;
  readonly kind: 'numeric' | 'categorical';
  /** True when the training data had missing values in this column. */
  readonly allowsMissing: boolean;
  readonly min: number;
  readonly max: number;
  readonly mean: number;
  /** Spread used to put features on one scale (standard deviation, or 1). */
  readonly scale: number;
  /** 101 quantiles (numeric): the training CDF for KS. */
  readonly quantiles: readonly number[];
  readonly histogram: { readonly edges: readonly number[]; readonly counts: readonly number[] };
  /** Known categories and their training counts (categorical). */
  readonly categories: ReadonlyMap<string, number>;
  /** True when the baseline kept only the most frequent categories (an unseen one is then no violation). */
  readonly openCategories: boolean;
}

/** What a predict route's input policy knows of the training data. */
export interface TabularBaseline {
  readonly features: readonly FeatureSpec[];
  readonly label: string | null;
  readonly labelDistribution: Readonly<Record<string, number>>;
  /** Baseline sample rows in feature order (missing as null), when the profile kept one. */
  readonly sample: ReadonlyArray<ReadonlyArray<number | string | null>>;
}

const numericSchema = z.object({
  min: z.number(),
  max: z.number(),
  mean: z.number(),
  std: z.number(),
  quantiles: z.array(z.number()).default([]),
  histogram: z.object({ edges: z.array(z.number()), counts: z.array(z.number()) }).optional(),
});

const profileSchema = z.object({
  kind: z.literal('rampart.data.profile'),
  version: z.literal(1),
  label: z.string().nullable().default(null),
  columns: z.array(
    z.object({
      name: z.string(),
      kind: z.string(),
      nullCount: z.number().default(0),
      numeric: numericSchema.optional(),
      categories: z.object({ values: z.record(z.string(), z.number()), otherCount: z.number() }).optional(),
    }),
  ),
  labelDistribution: z.record(z.string(), z.number()).default({}),
  sample: z
    .object({
      columns: z.array(z.string()),
      rows: z.array(z.array(z.union([z.number(), z.string(), z.null()]))),
    })
    .optional(),
});

/**
 * Read a baseline written by `rampart data profile --out` into the features a predict route checks,
 * in `order` when given (else the profile's numeric and categorical columns, label left out).
 * Throws RAMPART_PREDICT_BASELINE_INVALID with what is wrong.
 */
export function readTabularBaseline(path: string, order?: readonly string[]): TabularBaseline {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_PREDICT_BASELINE_INVALID', `cannot read baseline ${path}`, {
      cause: error,
    });
  }
  let value: unknown;
  try {
    value = safeJsonParse(text);
  } catch (error) {
    throw new RampartError('RAMPART_PREDICT_BASELINE_INVALID', `baseline ${path} is not JSON`, {
      cause: error,
    });
  }
  const parsed = profileSchema.safeParse(value);
  if (!parsed.success)
    throw new RampartError(
      'RAMPART_PREDICT_BASELINE_INVALID',
      `baseline ${path} is not a rampart data profile (version 1)`,
    );
  const profile = parsed.data;
  const usable = profile.columns.filter(
    (column) =>
      column.name !== profile.label &&
      ((column.kind === 'numeric' && column.numeric) || (column.kind === 'categorical' && column.categories)),
  );
  const names = order ?? usable.map((column) => column.name);
  const features = names.map((name): FeatureSpec => {
    const column = usable.find((candidate) => candidate.name === name);
    if (!column)
      throw new RampartError(
        'RAMPART_PREDICT_BASELINE_INVALID',
        `baseline ${path} has no numeric or categorical column "${name.slice(0, 100)}"`,
      );
    const numeric = column.numeric;
    return {
      name,
      kind: numeric ? 'numeric' : 'categorical',
      allowsMissing: column.nullCount > 0,
      min: numeric?.min ?? 0,
      max: numeric?.max ?? 0,
      mean: numeric?.mean ?? 0,
      scale: numeric && numeric.std > 0 ? numeric.std : 1,
      quantiles: numeric?.quantiles ?? [],
      histogram: numeric?.histogram ?? { edges: [], counts: [] },
      categories: new Map(Object.entries(column.categories?.values ?? {})),
      openCategories: (column.categories?.otherCount ?? 0) > 0,
    };
  });
  const sample: Array<Array<number | string | null>> = [];
  if (profile.sample) {
    const positions = names.map((name) => profile.sample!.columns.indexOf(name));
    if (positions.every((position) => position >= 0))
      for (const row of profile.sample.rows) sample.push(positions.map((position) => row[position] ?? null));
  }
  return { features, label: profile.label, labelDistribution: profile.labelDistribution, sample };
}
