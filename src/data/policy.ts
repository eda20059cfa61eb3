import { z } from 'zod';
import { loadYamlFile, parseYamlConfig, RampartError, severities } from '../core/index.ts';

const severity = z.enum(severities);

const check = <Shape extends z.ZodRawShape>(defaultSeverity: (typeof severities)[number], shape: Shape) =>
  z
    .object({ enabled: z.boolean().default(true), severity: severity.default(defaultSeverity), ...shape })
    .strict()
    .prefault({} as never);

/**
 * The data policy: which columns mean what, and each check's severity and thresholds.
 * Defaults follow Evidently/TFDV where those tools document one (see docs/data-gate.md).
 */
export const dataPolicySchema = z
  .object({
    version: z.literal(1).default(1),
    /** Dataset files inside the gate's directory (default: every .csv/.tsv/.parquet/.jsonl/.ndjson). */
    files: z.array(z.string().min(1)).optional(),
    label: z.string().min(1).optional(),
    /** Free-text column for near-duplicate and backdoor-trigger checks. */
    text: z.string().min(1).optional(),
    /** Columns left out of every check (ids, timestamps). */
    ignore: z.array(z.string()).default([]),
    failOn: severity.default('high'),
    baseline: z.string().optional(),
    manifest: z.string().optional(),
    publicKey: z.string().optional(),
    provenanceLog: z.string().optional(),
    /** Seed for every sample the checks draw, so two runs give the same report. */
    seed: z.number().int().default(1),
    /** Most suspect rows listed per check. */
    maxSuspects: z.number().int().positive().default(200),
    memoryLimit: z.string().default('2GB'),
    checks: z
      .object({
        manifest: check('critical', {}),
        provenanceLog: check('critical', {}),
        schema: check('high', {
          /** Allowed rise in a column's null fraction over the baseline. */
          nullTolerance: z.number().min(0).max(1).default(0.01),
          /** Without a baseline: most nulls allowed in any column. */
          maxNullFraction: z.number().min(0).max(1).default(0.5),
          /** Values may exceed the baseline's [min, max] by this share of its range. */
          rangeTolerance: z.number().min(0).default(0.1),
          maxOutOfRangeFraction: z.number().min(0).max(1).default(0),
          maxUnseenCategoryFraction: z.number().min(0).max(1).default(0),
        }),
        labelDistribution: check('high', {
          alpha: z.number().gt(0).lt(1).default(0.01),
          /** Cohen's w below this is not a shift worth failing on, however significant. */
          minEffectSize: z.number().min(0).default(0.1),
          maxPsi: z.number().min(0).default(0.2),
          failOnNewClass: z.boolean().default(true),
          failOnVanishedClass: z.boolean().default(true),
        }),
        drift: check('medium', {
          /** auto: KS / chi-square when the data has ≤ 1000 rows, else Wasserstein / Jensen–Shannon. */
          method: z.enum(['auto', 'ks', 'wasserstein', 'psi', 'jensenshannon']).default('auto'),
          pValue: z.number().gt(0).lt(1).default(0.05),
          wassersteinThreshold: z.number().min(0).default(0.1),
          jensenShannonThreshold: z.number().min(0).default(0.1),
          psiThreshold: z.number().min(0).default(0.2),
          /** The dataset drifts when at least this share of its columns drift (Evidently: 0.5). */
          driftShare: z.number().gt(0).max(1).default(0.5),
        }),
        outliers: check('low', {
          /** Modified z-score 0.6745·(x − median)/MAD above which a value is an outlier (Iglewicz–Hoaglin). */
          zThreshold: z.number().positive().default(3.5),
          /** Allowed rise in the outlier-row rate over the baseline (or the rate itself without one). */
          maxExcessRate: z.number().min(0).max(1).default(0.02),
          k: z.number().int().positive().default(10),
          sampleSize: z.number().int().positive().default(5000),
        }),
        duplicates: check('medium', {
          maxExcessRate: z.number().min(0).max(1).default(0.02),
          maxConflictingGroups: z.number().int().min(0).default(0),
          nearDuplicateThreshold: z.number().gt(0).max(1).default(0.9),
          sampleSize: z.number().int().positive().default(20000),
        }),
        labelNoise: check('high', {
          k: z.number().int().positive().default(10),
          sampleSize: z.number().int().positive().default(5000),
          /** A row is a suspect when the models' averaged out-of-sample probability of another label is at least this. */
          minDisagreement: z.number().gt(0).max(1).default(0.6),
          /**
           * Allowed rise over the baseline in the estimated mislabelled share (mean out-of-sample
           * probability against the given label); without a baseline (or with one from before
           * that estimate), the allowed suspect rate (or its rise over the baseline's).
           */
          maxExcessRate: z.number().min(0).max(1).default(0.02),
        }),
        backdoorTriggers: check('critical', {
          /** A trigger must appear in at least this many rows ... */
          minSupport: z.number().int().positive().default(5),
          /** ... and in at most this share of rows ("rare overall"). */
          maxDocumentFraction: z.number().gt(0).max(1).default(0.1),
          /** Share of its rows that carry the one label it predicts. */
          minPurity: z.number().gt(0).max(1).default(0.6),
          /** Score (purity × how much the rest of the text disagrees with that label ÷ (1 + companion tokens)) that fails the check. */
          minScore: z.number().min(0).max(1).default(0.5),
          sampleSize: z.number().int().positive().default(100000),
          /** Longest candidate in words: 1 for single tokens, 2 to add two-word phrases. */
          maxWords: z.number().int().min(1).max(2).default(2),
        }),
      })
      .strict()
      .prefault({}),
  })
  .strict();

export type DataPolicy = z.output<typeof dataPolicySchema>;
export type CheckPolicies = DataPolicy['checks'];

/** The default policy, overridden field by field. */
export function defaultPolicy(overrides: Partial<z.input<typeof dataPolicySchema>> = {}): DataPolicy {
  return dataPolicySchema.parse(overrides);
}

export function loadPolicy(path: string): DataPolicy {
  try {
    return loadYamlFile(path, dataPolicySchema);
  } catch (error) {
    throw asPolicyError(error);
  }
}

export function parsePolicy(text: string, source = 'policy'): DataPolicy {
  try {
    return parseYamlConfig(text, dataPolicySchema, { sourceName: source });
  } catch (error) {
    throw asPolicyError(error);
  }
}

function asPolicyError(error: unknown): unknown {
  if (!RampartError.is(error)) return error;
  if (error.code === 'RAMPART_CONFIG_NOT_FOUND') {
    return new RampartError('RAMPART_DATA_POLICY_NOT_FOUND', error.message, { cause: error });
  }
  return new RampartError('RAMPART_DATA_POLICY_INVALID', error.message, {
    cause: error,
    details: error.details,
  });
}
