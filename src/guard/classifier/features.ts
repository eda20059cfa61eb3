/**
 * Hashed text features for the prompt-injection classifier: character 3..5-grams and word uni- and
 * bigrams of the folded text, each hashed (FNV-1a + murmur finaliser) into 2^bits signed buckets,
 * with sublinear term frequency (1 + ln tf) and L2 normalisation. No allocation per n-gram.
 */
export interface FeatureOptions {
  bits: number;
  /** Longer texts keep their head and tail (the classifier's view is bounded; rules see everything). */
  maxChars: number;
}

export interface SparseVector {
  indices: Int32Array;
  values: Float32Array;
}

const fnvOffset = 0x811c9dc5;
const fnvPrime = 0x01000193;

function mix(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function isWordUnit(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0xc0 &&
      code !== 0xd7 &&
      code !== 0xf7 &&
      !(code >= 0x2000 && code <= 0x2bff) &&
      !(code >= 0x3000 && code <= 0x303f))
  );
}

/** Extracts features into a reusable dense scratch buffer and returns them as a sparse vector. */
export class FeatureExtractor {
  readonly #mask: number;
  readonly #scratch: Float64Array;
  readonly #touched: Int32Array;
  readonly #options: FeatureOptions;

  constructor(options: FeatureOptions) {
    this.#options = options;
    this.#mask = (1 << options.bits) - 1;
    this.#scratch = new Float64Array(1 << options.bits);
    this.#touched = new Int32Array(1 << options.bits);
  }

  extract(foldedText: string): SparseVector {
    const { maxChars } = this.#options;
    const text =
      foldedText.length > maxChars
        ? `${foldedText.slice(0, Math.floor(maxChars * 0.75))} ${foldedText.slice(foldedText.length - Math.floor(maxChars * 0.25))}`
        : foldedText;
    const scratch = this.#scratch;
    const touched = this.#touched;
    const mask = this.#mask;
    let touchedCount = 0;
    const add = (hash: number) => {
      const mixed = mix(hash);
      const index = mixed & mask;
      const sign = mixed & 0x80000000 ? -1 : 1;
      if (scratch[index] === 0) touched[touchedCount++] = index;
      scratch[index]! += sign;
      // A bucket whose signed sum returns to exactly zero stays in `touched`; handled below.
    };
    const padded = ` ${text} `;
    const length = padded.length;
    // Character n-grams, n = 3..5.
    for (let start = 0; start + 3 <= length; start++) {
      let hash = fnvOffset;
      for (let k = 0; k < 5 && start + k < length; k++) {
        hash = Math.imul(hash ^ padded.charCodeAt(start + k), fnvPrime);
        if (k >= 2) add(hash ^ (k + 1));
      }
    }
    // Word unigrams and bigrams (words = runs of letters/digits).
    let previous = 0;
    let index = 0;
    while (index < text.length) {
      while (index < text.length && !isWordUnit(text.charCodeAt(index))) index++;
      if (index >= text.length) break;
      let hash = fnvOffset ^ 0x5bd1e995;
      while (index < text.length && isWordUnit(text.charCodeAt(index))) {
        hash = Math.imul(hash ^ text.charCodeAt(index), fnvPrime);
        index++;
      }
      add(hash ^ 0x9e3779b9);
      if (previous !== 0) add(Math.imul(previous, 31) ^ hash ^ 0x7f4a7c15);
      previous = hash;
    }
    let norm = 0;
    const indices = new Int32Array(touchedCount);
    const values = new Float32Array(touchedCount);
    let kept = 0;
    for (let position = 0; position < touchedCount; position++) {
      const bucket = touched[position]!;
      const count = scratch[bucket]!;
      scratch[bucket] = 0;
      if (count === 0) continue;
      const value = Math.sign(count) * (1 + Math.log(Math.abs(count)));
      indices[kept] = bucket;
      values[kept] = value;
      norm += value * value;
      kept++;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let position = 0; position < kept; position++) values[position]! *= scale;
    return { indices: indices.subarray(0, kept), values: values.subarray(0, kept) };
  }
}
