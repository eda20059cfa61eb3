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

/**
 * Extracts features. Counts go into a small open-addressing table (reused across calls) instead of a
 * 2^bits dense array, so a 1 KB text touches a few kilobytes of memory rather than megabytes.
 */
export class FeatureExtractor {
  readonly #mask: number;
  readonly #options: FeatureOptions;
  #keys = new Int32Array(1 << 12).fill(-1);
  #counts = new Float64Array(1 << 12);
  #used = new Int32Array(1 << 12);
  #usedCount = 0;

  constructor(options: FeatureOptions) {
    this.#options = options;
    this.#mask = (1 << options.bits) - 1;
  }

  #reserve(entries: number): void {
    let capacity = this.#keys.length;
    while (capacity < entries * 2) capacity *= 2;
    if (capacity === this.#keys.length) return;
    this.#keys = new Int32Array(capacity).fill(-1);
    this.#counts = new Float64Array(capacity);
    this.#used = new Int32Array(capacity);
  }

  #add(hash: number): void {
    let h = hash;
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    h ^= h >>> 16;
    const bucket = h & this.#mask;
    const sign = h & 0x80000000 ? -1 : 1;
    const keys = this.#keys;
    const slotMask = keys.length - 1;
    let slot = Math.imul(bucket, 0x9e3779b1) & slotMask;
    while (true) {
      const key = keys[slot]!;
      if (key === bucket) {
        this.#counts[slot]! += sign;
        return;
      }
      if (key === -1) {
        keys[slot] = bucket;
        this.#counts[slot] = sign;
        this.#used[this.#usedCount++] = slot;
        return;
      }
      slot = (slot + 1) & slotMask;
    }
  }

  extract(foldedText: string): SparseVector {
    const { maxChars } = this.#options;
    const text =
      foldedText.length > maxChars
        ? `${foldedText.slice(0, Math.floor(maxChars * 0.75))} ${foldedText.slice(foldedText.length - Math.floor(maxChars * 0.25))}`
        : foldedText;
    const padded = ` ${text} `;
    const length = padded.length;
    // At most 3 character n-grams and 2 word features per position.
    this.#reserve(5 * length + 16);
    this.#usedCount = 0;
    // Character n-grams, n = 3..5.
    for (let start = 0; start + 3 <= length; start++) {
      let hash = fnvOffset;
      for (let k = 0; k < 5 && start + k < length; k++) {
        hash = Math.imul(hash ^ padded.charCodeAt(start + k), fnvPrime);
        if (k >= 2) this.#add(hash ^ (k + 1));
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
      this.#add(hash ^ 0x9e3779b9);
      if (previous !== 0) this.#add(Math.imul(previous, 31) ^ hash ^ 0x7f4a7c15);
      previous = hash;
    }
    const used = this.#used;
    const keys = this.#keys;
    const counts = this.#counts;
    const indices = new Int32Array(this.#usedCount);
    const values = new Float32Array(this.#usedCount);
    let norm = 0;
    let kept = 0;
    for (let position = 0; position < this.#usedCount; position++) {
      const slot = used[position]!;
      const count = counts[slot]!;
      const bucket = keys[slot]!;
      keys[slot] = -1;
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
