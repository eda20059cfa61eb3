import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { RampartError } from '../../core/index.ts';
import { FeatureExtractor } from './features.ts';

/** A linear head stored as int16 weights times `scale`, base64-encoded (little-endian). */
const headSchema = z.object({ bias: z.number(), scale: z.number().positive(), weights: z.string() });

export const modelFileSchema = z.object({
  format: z.literal('rampart-guard-linear/1'),
  bits: z.number().int().min(10).max(22),
  maxChars: z.number().int().positive(),
  /** Attack (injection or jailbreak) versus benign. */
  attack: headSchema,
  /** Jailbreak versus injection, given an attack. */
  jailbreak: headSchema,
  /** Platt scaling of the attack head's margin: p = 1 / (1 + exp(a * margin + b)). */
  calibration: z.object({ a: z.number(), b: z.number() }),
  threshold: z.number().min(0).max(1),
  /** Long texts are also scored in windows (max margin), so a short payload inside a document stands out. */
  window: z.object({ size: z.number().int().positive(), stride: z.number().int().positive() }).optional(),
  trainedAt: z.string().optional(),
  metrics: z.record(z.string(), z.unknown()).optional(),
});

export type ModelFile = z.infer<typeof modelFileSchema>;

export interface Prediction {
  /** Calibrated probability that the text is an injection or jailbreak attempt. */
  attack: number;
  /** Probability that an attack is a jailbreak rather than an injection. */
  jailbreak: number;
  label: 'injection' | 'jailbreak';
}

export function encodeWeights(weights: Float64Array | Float32Array): { scale: number; weights: string } {
  let max = 0;
  for (const weight of weights) max = Math.max(max, Math.abs(weight));
  const scale = max > 0 ? max / 32767 : 1;
  const quantised = new Int16Array(weights.length);
  for (let index = 0; index < weights.length; index++) quantised[index] = Math.round(weights[index]! / scale);
  return { scale, weights: Buffer.from(quantised.buffer).toString('base64') };
}

function decodeWeights(head: z.infer<typeof headSchema>, size: number): Float32Array {
  const bytes = Buffer.from(head.weights, 'base64');
  if (bytes.length !== size * 2) {
    throw new RampartError(
      'RAMPART_GUARD_MODEL_INVALID',
      `classifier weights have ${bytes.length} bytes, expected ${size * 2}`,
    );
  }
  const out = new Float32Array(size);
  for (let index = 0; index < size; index++) out[index] = bytes.readInt16LE(index * 2) * head.scale;
  return out;
}

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

/** The most windows a long text is scored in. */
const maxWindows = 64;

/** The loaded classifier: features + two linear heads + calibration. Pure TypeScript inference. */
export class InjectionClassifier {
  readonly threshold: number;
  readonly #extractor: FeatureExtractor;
  readonly #attack: Float32Array;
  readonly #attackBias: number;
  readonly #jailbreak: Float32Array;
  readonly #jailbreakBias: number;
  readonly #calibration: { a: number; b: number };
  readonly #window: { size: number; stride: number } | undefined;
  readonly #maxChars: number;
  /** Scratch for the two heads' dot products (no allocation per call). */
  readonly #dots = new Float64Array(2);
  readonly #bounds = new Int32Array(2 * maxWindows);

  constructor(file: ModelFile) {
    const size = 1 << file.bits;
    this.#extractor = new FeatureExtractor({ bits: file.bits, maxChars: file.maxChars });
    this.#attack = decodeWeights(file.attack, size);
    this.#attackBias = file.attack.bias;
    this.#jailbreak = decodeWeights(file.jailbreak, size);
    this.#jailbreakBias = file.jailbreak.bias;
    this.#calibration = file.calibration;
    this.threshold = file.threshold;
    this.#window = file.window;
    this.#maxChars = file.maxChars;
  }

  /**
   * The highest attack-head margin over the windows of a long text (-Infinity when it has none).
   * Expects `prepare(foldedText)` to have been called on the extractor.
   */
  #windowMargin(foldedText: string): number {
    let best = Number.NEGATIVE_INFINITY;
    const count = windowBounds(foldedText, this.#window, this.#bounds);
    for (let index = 0; index < count; index++) {
      const from = this.#bounds[2 * index]!;
      const to = this.#bounds[2 * index + 1]!;
      best = Math.max(best, this.#extractor.scorePrepared(from, to, this.#attack) + this.#attackBias);
    }
    return best;
  }

  /**
   * Scores the text whole (head and tail when over maxChars) with both heads, and leaves the whole
   * text prepared on the extractor for its windows.
   */
  #scoreWhole(foldedText: string, second: Float32Array | undefined, dots: Float64Array): void {
    if (foldedText.length > this.#maxChars) {
      this.#extractor.score(foldedText, 0, foldedText.length, this.#attack, second, dots);
      this.#extractor.prepare(foldedText);
    } else {
      this.#extractor.prepare(foldedText);
      this.#extractor.scorePrepared(0, foldedText.length, this.#attack, second, dots);
    }
  }

  /** Attack-head margin: the maximum over the whole text and its windows (before calibration). */
  margin(foldedText: string): number {
    this.#scoreWhole(foldedText, undefined, this.#dots);
    return Math.max(this.#dots[0]! + this.#attackBias, this.#windowMargin(foldedText));
  }

  predict(foldedText: string): Prediction {
    const dots = this.#dots;
    this.#scoreWhole(foldedText, this.#jailbreak, dots);
    const margin = Math.max(dots[0]! + this.#attackBias, this.#windowMargin(foldedText));
    const attack = 1 / (1 + Math.exp(this.#calibration.a * margin + this.#calibration.b));
    // The type head only matters for texts that might be attacks.
    const jailbreak = attack < 0.01 ? 0 : sigmoid(dots[1]! + this.#jailbreakBias);
    return { attack, jailbreak, label: jailbreak >= 0.5 ? 'jailbreak' : 'injection' };
  }
}

/**
 * Writes the [from, to) bounds of overlapping windows of a long text into `out` (cut at spaces) and
 * returns how many there are; none when the text fits one window. Very long texts get a wider
 * stride so the bounded number of windows still spans the whole text.
 */
function windowBounds(
  text: string,
  window: { size: number; stride: number } | undefined,
  out: Int32Array,
  limit = maxWindows,
): number {
  if (!window || text.length <= window.size * 1.25) return 0;
  let count = 0;
  const stride = Math.max(window.stride, Math.ceil((text.length - window.size) / (limit - 1)));
  for (let start = 0; start < text.length && count < limit; start += stride) {
    let from = start;
    if (from > 0) {
      const space = text.indexOf(' ', from);
      from = space < 0 || space - from > 40 ? from : space + 1;
    }
    const to = Math.min(text.length, from + window.size);
    out[2 * count] = from;
    out[2 * count + 1] = to;
    count++;
    if (to === text.length) break;
  }
  return count;
}

/** Overlapping windows of a long text, cut at spaces; none when the text fits one window. */
export function windowsOf(
  text: string,
  window: { size: number; stride: number } | undefined,
  limit = maxWindows,
): string[] {
  const bounds = new Int32Array(2 * limit);
  const count = windowBounds(text, window, bounds, limit);
  return Array.from({ length: count }, (_, index) => text.slice(bounds[2 * index], bounds[2 * index + 1]));
}

/** Loads and validates a model file. */
export function loadClassifier(path: string): InjectionClassifier {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new RampartError('RAMPART_GUARD_MODEL_INVALID', `cannot read classifier weights at ${path}`, {
      cause: error,
    });
  }
  const parsed = modelFileSchema.safeParse(raw);
  if (!parsed.success)
    throw new RampartError(
      'RAMPART_GUARD_MODEL_INVALID',
      `classifier weights at ${path} do not match the model format`,
    );
  return new InjectionClassifier(parsed.data);
}

/** Path of the shipped model. */
export const defaultModelPath = new URL('./prompt-injection.model.json', import.meta.url);

let shipped: InjectionClassifier | undefined;

/** The shipped classifier, loaded once per process. */
export function shippedClassifier(): InjectionClassifier {
  shipped ??= loadClassifier(defaultModelPath.pathname);
  return shipped;
}
