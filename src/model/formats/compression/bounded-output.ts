/** Output stopped early: at the byte limit ('size') or at the compression ratio ('ratio'). */
export type Truncation = false | 'size' | 'ratio';

/** Most output kept, and the largest expansion allowed once output passes `ratioFloor` bytes. */
export interface InflateBounds {
  limit: number;
  maxRatio?: number;
  ratioFloor?: number;
}

/** What was decompressed; `truncated` says output stopped at `limit` ('size') or at the ratio ('ratio'). */
export interface Inflated {
  bytes: Uint8Array;
  truncated: Truncation;
}

/** Thrown by `BoundedOutput` when a bound is reached; decoders let it unwind to their caller. */
export class OutputLimit extends Error {}

/**
 * Decompressed bytes, kept in one buffer that grows (doubling, never past `limit`) as they are
 * produced. Every write checks the byte limit and, once past `ratioFloor`, the ratio of output to
 * the input consumed so far (`inputUsed`), and throws `OutputLimit` instead of growing further,
 * so a decompression bomb never allocates past the bound. LZ decoders read their matches back
 * from it (`byteBack`): the output is the dictionary.
 */
export class BoundedOutput {
  private buffer: Uint8Array;
  length = 0;
  truncated: Truncation = false;
  /** Compressed bytes consumed so far, kept current by the decoder. */
  inputUsed = 0;
  private readonly limit: number;
  private readonly maxRatio: number;
  private readonly ratioFloor: number;

  constructor(bounds: InflateBounds) {
    this.limit = Math.max(0, Math.floor(bounds.limit));
    this.maxRatio = bounds.maxRatio ?? Number.POSITIVE_INFINITY;
    this.ratioFloor = bounds.ratioFloor ?? 0;
    this.buffer = new Uint8Array(Math.min(this.limit, 1 << 16));
  }

  writeByte(value: number): void {
    if (this.length >= this.buffer.length) this.grow(this.length + 1);
    this.buffer[this.length++] = value;
    if (this.length > this.ratioFloor && this.length > this.maxRatio * this.inputUsed) this.stop('ratio');
  }

  write(chunk: Uint8Array): void {
    const room = this.limit - this.length;
    const kept = chunk.length > room ? chunk.subarray(0, room) : chunk;
    if (this.length + kept.length > this.buffer.length) this.grow(this.length + kept.length);
    this.buffer.set(kept, this.length);
    this.length += kept.length;
    if (kept.length < chunk.length) this.stop('size');
    if (this.length > this.ratioFloor && this.length > this.maxRatio * this.inputUsed) this.stop('ratio');
  }

  /** The byte `distance` + 1 positions back (distance 0 is the last byte written). */
  byteBack(distance: number): number {
    return this.buffer[this.length - distance - 1] ?? 0;
  }

  /** Copy `length` bytes from `distance` + 1 back, byte by byte (the source may overlap the copy). */
  copyMatch(distance: number, length: number): void {
    for (let index = 0; index < length; index++) this.writeByte(this.byteBack(distance));
  }

  view(start: number, end = this.length): Uint8Array {
    return this.buffer.subarray(start, end);
  }

  result(): Inflated {
    return { bytes: this.buffer.subarray(0, this.length), truncated: this.truncated };
  }

  private grow(needed: number): void {
    if (needed > this.limit) this.stop('size');
    const size = Math.min(this.limit, Math.max(needed, this.buffer.length * 2));
    const grown = new Uint8Array(size);
    grown.set(this.buffer.subarray(0, this.length));
    this.buffer = grown;
  }

  private stop(reason: 'size' | 'ratio'): never {
    this.truncated = reason;
    throw new OutputLimit(reason);
  }
}
