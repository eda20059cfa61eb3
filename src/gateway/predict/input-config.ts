import { z } from 'zod';

const action = z.enum(['block', 'flag']);

/**
 * A predict route's input policy (`input:` on a route of kind predict): checks every feature of every
 * row against the training data's baseline (`rampart data profile --out baseline.json`), scores how
 * far the row is from the training data, and optionally sanitises it before it goes upstream.
 */
export const predictInputSchema = z
  .object({
    /** Baseline JSON written by `rampart data profile --out` (with `--sample-rows` for distance checks). */
    baseline: z.string().min(1),
    /** A row that breaks the schema (type, range, category, missing value): refuse (400) or let through with an event. */
    onViolation: action.default('block'),
    /** Feature order of array rows (KServe v2 tensors, `instances` arrays); default: the baseline's feature columns. */
    features: z.array(z.string().min(1)).min(1).optional(),
    /** Most rows in one request (each is checked, scored and possibly smoothed): more is 413. */
    maxRows: z.number().int().min(1).max(1_000_000).default(10_000),
    /** Slack beyond the training range before a number counts as out of range, as a fraction of the range. */
    rangeTolerance: z.number().min(0).max(10).default(0),
    /** Distance to the training data: mean distance to the k nearest rows of the baseline sample. */
    distance: z
      .object({
        k: z.number().int().min(1).max(50).default(5),
        /**
         * Target false-positive rate on rows drawn like the training data: the threshold is the
         * split-conformal quantile ⌈(n+1)(1−α)⌉/n of the calibration rows' distances.
         */
        alpha: z.number().min(0.001).max(0.5).default(0.01),
        /** Share of the baseline sample held out to calibrate the threshold (not used as neighbours). */
        calibration: z.number().min(0.05).max(0.9).default(0.5),
        onDetection: action.default('flag'),
      })
      .strict()
      .optional(),
    /**
     * Feature squeezing: ask the model also about the row with numbers rounded to `decimals`;
     * a different answer marks an input balanced on a decision boundary (costs 2 more upstream calls).
     */
    squeeze: z
      .object({ decimals: z.number().int().min(0).max(6).default(1), onDetection: action.default('flag') })
      .strict()
      .optional(),
    /** Rewrite numbers before they go upstream: clip to the training range, round to `decimals`. */
    sanitise: z
      .object({ clip: z.boolean().default(true), decimals: z.number().int().min(0).max(6).optional() })
      .strict()
      .optional(),
    /**
     * Randomized smoothing: `samples` copies with Gaussian noise (sigma × the feature's standard
     * deviation) are sent upstream, and the answer forwarded is the one for a copy that voted with
     * the majority (costs samples + 1 upstream calls).
     */
    smoothing: z
      .object({
        samples: z.number().int().min(3).max(101).default(9),
        sigma: z.number().gt(0).max(5).default(0.25),
      })
      .strict()
      .optional(),
    /** Live drift: PSI and KS of each feature (and the answers) over windows of this many rows, as events. */
    drift: z
      .object({
        window: z.number().int().min(20).max(1_000_000).default(500),
        /** A feature drifts when its PSI is above this and its KS p-value below 0.01 (categorical: PSI alone); the event is then medium. */
        psiThreshold: z.number().positive().default(0.2),
      })
      .strict()
      .optional(),
  })
  .strict();

export type PredictInputConfig = z.output<typeof predictInputSchema>;
