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

/** Murmur3's finaliser: spreads an FNV hash over all 32 bits before the bucket and sign are taken. */
function mix(hash: number): number {
  let h = hash;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h;
}

const wordSeed = fnvOffset ^ 0x5bd1e995;
const unigramSalt = 0x9e3779b9;
const bigramSalt = 0x7f4a7c15;

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
 * 2^bits dense array, so a 1 KB text touches a few kilobytes of memory rather than megabytes. The
 * text's characters are copied once into a reused buffer (with the padding spaces and the head/tail
 * cut applied there), so scoring a text or a window of it allocates nothing: `score` reads the
 * normalised features straight out of the table.
 */
export class FeatureExtractor {
  readonly #mask: number;
  readonly #options: FeatureOptions;
  #keys = new Int32Array(1 << 12).fill(-1);
  #counts = new Int32Array(1 << 12);
  #used = new Int32Array(1 << 12);
  #usedCount = 0;
  /** Slots in use this call: the smallest power of two that keeps the load under one half. A short text
   * probes a small, cache-resident prefix of the table even after a long text grew it. */
  #slotMask = (1 << 12) - 1;
  /** The prepared text, padded; its n-gram hashes (3 per position) and word runs (start, end, hash). */
  #full = new Uint16Array(1 << 10);
  #grams = new Int32Array(3 << 10);
  #words = new Int32Array(3 << 10);
  #wordCount = 0;
  #wordCursor = 0;
  #lastStart = 0;

  constructor(options: FeatureOptions) {
    this.#options = options;
    this.#mask = (1 << options.bits) - 1;
  }

  #reserve(entries: number): void {
    let capacity = 1 << 8;
    while (capacity < entries * 2) capacity *= 2;
    this.#slotMask = capacity - 1;
    if (capacity <= this.#keys.length) return;
    this.#keys = new Int32Array(capacity).fill(-1);
    this.#counts = new Int32Array(capacity);
    this.#used = new Int32Array(capacity);
  }

  /** Counts one feature given its mixed hash: the low bits pick the bucket, the top bit the sign. */
  #insert(h: number): void {
    const bucket = h & this.#mask;
    const sign = h & 0x80000000 ? -1 : 1;
    const keys = this.#keys;
    const slotMask = this.#slotMask;
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

  /** `text[start, end)`, or for one over maxChars its first 75% and last 25% of maxChars joined by a space. */
  #bounded(text: string, start: number, end: number): string {
    const { maxChars } = this.#options;
    if (end - start <= maxChars) return text.slice(start, end);
    const head = Math.floor(maxChars * 0.75);
    const tail = Math.floor(maxChars * 0.25);
    return `${text.slice(start, start + head)} ${text.slice(end - tail, end)}`;
  }

  /** Fills the count table with the features of `text[start, end)` (head and tail when over maxChars). */
  #count(text: string, start: number, end: number): void {
    const bounded = this.#bounded(text, start, end);
    this.prepare(bounded);
    this.#countPrepared(0, bounded.length);
  }

  /** Sublinear term frequency of a slot's count: sign(c) * (1 + ln |c|); 0 for a cancelled bucket. */
  static #value(count: number): number {
    if (count === 1 || count === -1 || count === 0) return count;
    return count > 0 ? 1 + Math.log(count) : -1 - Math.log(-count);
  }

  extract(foldedText: string): SparseVector {
    this.#count(foldedText, 0, foldedText.length);
    const used = this.#used;
    const keys = this.#keys;
    const counts = this.#counts;
    const indices = new Int32Array(this.#usedCount);
    const values = new Float32Array(this.#usedCount);
    let norm = 0;
    let kept = 0;
    for (let position = 0; position < this.#usedCount; position++) {
      const slot = used[position]!;
      const value = FeatureExtractor.#value(counts[slot]!);
      const bucket = keys[slot]!;
      keys[slot] = -1;
      if (value === 0) continue;
      indices[kept] = bucket;
      values[kept] = value;
      norm += value * value;
      kept++;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let position = 0; position < kept; position++) values[position]! *= scale;
    return { indices: indices.subarray(0, kept), values: values.subarray(0, kept) };
  }

  /**
   * Dot product of the L2-normalised features of `text[start, end)` with `weights`, without building
   * the vector; with `second`, its dot product is written to `out[1]` (`out[0]` gets the first).
   * Equal to `dot(weights, extract(text.slice(start, end)))` up to float rounding.
   */
  score(
    text: string,
    start: number,
    end: number,
    weights: Float32Array,
    second?: Float32Array,
    out?: Float64Array,
  ): number {
    this.#count(text, start, end);
    return this.#dot(weights, second, out);
  }

  /**
   * Hashes every feature of `text` once, so that `scorePrepared` can score the whole text and any
   * window of it by counting only (the sliding windows of a long text share most of their n-grams).
   * Windows are scored from the un-cut text; the whole text, when over maxChars, goes through `score`.
   */
  prepare(text: string): void {
    const length = text.length + 2;
    if (this.#full.length < length) {
      let capacity = this.#full.length;
      while (capacity < length) capacity *= 2;
      this.#full = new Uint16Array(capacity);
      this.#grams = new Int32Array(3 * capacity);
      this.#words = new Int32Array(3 * capacity);
    }
    const codes = this.#full;
    codes[0] = 0x20;
    for (let index = 0; index < text.length; index++) codes[index + 1] = text.charCodeAt(index);
    codes[length - 1] = 0x20;
    // grams[3q + k - 2] = mixed hash of the (k+1)-gram at padded position q.
    const grams = this.#grams;
    for (let from = 0; from + 3 <= length; from++) {
      let hash = fnvOffset;
      for (let k = 0; k < 5 && from + k < length; k++) {
        hash = Math.imul(hash ^ codes[from + k]!, fnvPrime);
        if (k >= 2) grams[3 * from + k - 2] = mix(hash ^ (k + 1));
      }
    }
    // Word runs of the text: start and end (text offsets) and hash.
    const words = this.#words;
    let count = 0;
    let index = 1;
    while (index < length) {
      while (index < length && !isWordUnit(codes[index]!)) index++;
      if (index >= length) break;
      const start = index;
      let hash = wordSeed;
      while (index < length && isWordUnit(codes[index]!)) {
        hash = Math.imul(hash ^ codes[index]!, fnvPrime);
        index++;
      }
      words[3 * count] = start - 1;
      words[3 * count + 1] = index - 1;
      words[3 * count + 2] = hash;
      count++;
    }
    this.#wordCount = count;
    this.#wordCursor = 0;
    this.#lastStart = 0;
  }

  /** `score` of `text[start, end)` for the text given to `prepare`; equal to it exactly. */
  scorePrepared(
    start: number,
    end: number,
    weights: Float32Array,
    second?: Float32Array,
    out?: Float64Array,
  ): number {
    this.#countPrepared(start, end);
    return this.#dot(weights, second, out);
  }

  /** The hash of one n-gram of the window ` text[start, end) ` (positions in window coordinates). */
  #windowGram(start: number, end: number, position: number, k: number): number {
    const windowLength = end - start + 2;
    let hash = fnvOffset;
    for (let at = position; at <= position + k; at++) {
      const code = at === 0 || at === windowLength - 1 ? 0x20 : this.#full[start + at]!;
      hash = Math.imul(hash ^ code, fnvPrime);
    }
    return mix(hash ^ (k + 1));
  }

  #wordHash(from: number, to: number): number {
    let hash = wordSeed;
    for (let index = from; index < to; index++) hash = Math.imul(hash ^ this.#full[index + 1]!, fnvPrime);
    return hash;
  }

  #countPrepared(start: number, end: number): void {
    const length = end - start + 2;
    this.#reserve(5 * length + 16);
    this.#usedCount = 0;
    const grams = this.#grams;
    // Window position i is padded position start + i; the two pads differ from the text only when the
    // characters just outside the window are not spaces.
    const leftDiffers = this.#full[start] !== 0x20;
    const rightDiffers = this.#full[end + 1] !== 0x20;
    for (let position = 0; position + 3 <= length; position++) {
      const q = start + position;
      for (let k = 2; k < 5 && position + k < length; k++) {
        const touchesEdge = (position === 0 && leftDiffers) || (position + k === length - 1 && rightDiffers);
        this.#insert(touchesEdge ? this.#windowGram(start, end, position, k) : grams[3 * q + k - 2]!);
      }
    }
    // Words: the prepared runs inside the window, the ones cut by its edges hashed again.
    const words = this.#words;
    // Windows come in increasing order: resume from the last window's first word.
    let cursor = start >= this.#lastStart ? this.#wordCursor : 0;
    this.#lastStart = start;
    while (cursor < this.#wordCount && words[3 * cursor + 1]! <= start) cursor++;
    this.#wordCursor = cursor;
    let previous = 0;
    for (; cursor < this.#wordCount; cursor++) {
      const wordStart = words[3 * cursor]!;
      if (wordStart >= end) break;
      const wordEnd = words[3 * cursor + 1]!;
      const hash =
        wordStart < start || wordEnd > end
          ? this.#wordHash(Math.max(wordStart, start), Math.min(wordEnd, end))
          : words[3 * cursor + 2]!;
      this.#insert(mix(hash ^ unigramSalt));
      if (previous !== 0) this.#insert(mix(Math.imul(previous, 31) ^ hash ^ bigramSalt));
      previous = hash;
    }
  }

  /** Dot products of the counted features (sublinear tf, L2-normalised) with one or two weight vectors;
   * clears the table. */
  #dot(weights: Float32Array, second?: Float32Array, out?: Float64Array): number {
    const used = this.#used;
    const keys = this.#keys;
    const counts = this.#counts;
    let norm = 0;
    let sum = 0;
    let sumSecond = 0;
    for (let position = 0; position < this.#usedCount; position++) {
      const slot = used[position]!;
      const value = FeatureExtractor.#value(counts[slot]!);
      const bucket = keys[slot]!;
      keys[slot] = -1;
      norm += value * value;
      sum += weights[bucket]! * value;
      if (second) sumSecond += second[bucket]! * value;
    }
    const scale = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    if (out) {
      out[0] = sum * scale;
      out[1] = sumSecond * scale;
    }
    return sum * scale;
  }
}
