import { z } from 'zod';

/**
 * A predict route's image sanitisers (`images:`): every image in the request (base64 in a KServe v2
 * BYTES tensor, or a TF Serving `{"b64": ...}` object) is decoded and rewritten before it goes
 * upstream: median smoothing, then bit-depth reduction, then JPEG re-encoding (PNG when
 * `jpegQuality` is not set). Needs the optional package `sharp`.
 */
export const predictImageSchema = z
  .object({
    /** Re-encode as JPEG at this quality (1–100); destroys high-frequency perturbations. */
    jpegQuality: z.number().int().min(1).max(100).optional(),
    /** Keep this many bits per channel (1–7); 8 or unset leaves the depth alone. */
    bitDepth: z.number().int().min(1).max(8).optional(),
    /** Median filter of this window size (odd, 3–15) pixels. */
    median: z
      .number()
      .int()
      .min(3)
      .max(15)
      .refine((value) => value % 2 === 1, 'expected an odd window size')
      .optional(),
    /** Largest decoded image accepted, in pixels (width × height). */
    maxPixels: z
      .number()
      .int()
      .positive()
      .default(4096 * 4096),
  })
  .strict();

export type PredictImageConfig = z.output<typeof predictImageSchema>;
