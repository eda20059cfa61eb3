import { FormatError } from '../sequential-reader.ts';
import type { InputReader } from './input-reader.ts';

/** Probabilities are 11-bit, start at one half and move by 1/32 of the distance to 0 or 1. */
const probabilityBits = 11;
export const initialProbability = 1 << (probabilityBits - 1);
const moveBits = 5;
const topValue = 1 << 24;

/**
 * The LZMA range decoder (lzma-specification.txt, "The range decoder"): a 32-bit range and code,
 * renormalised a byte at a time. Every decoded bit consumes at most one input byte, and the
 * reader throws at the end of the data, so a decode loop over it always ends.
 */
export class RangeDecoder {
  private range = 0xffffffff;
  private code = 0;

  constructor(private readonly input: InputReader) {
    if (input.byte() !== 0)
      throw new FormatError(input.position - 1, 'LZMA range coder does not start with 0');
    for (let index = 0; index < 4; index++) this.code = ((this.code << 8) | input.byte()) >>> 0;
    if (this.code === this.range) throw new FormatError(input.position, 'LZMA range coder starts corrupt');
  }

  /** True when the stream ended where the encoder flushed it (the code is back to 0). */
  get finishedCleanly(): boolean {
    return this.code === 0;
  }

  private normalise(): void {
    if (this.range < topValue) {
      this.range = (this.range << 8) >>> 0;
      this.code = ((this.code << 8) | this.input.byte()) >>> 0;
    }
  }

  /** One bit coded with the adaptive probability `probabilities[index]`, which is then updated. */
  bit(probabilities: Uint16Array, index: number): number {
    const probability = probabilities[index] as number;
    const bound = (this.range >>> probabilityBits) * probability;
    let bit: number;
    if (this.code < bound) {
      this.range = bound;
      probabilities[index] = probability + (((1 << probabilityBits) - probability) >>> moveBits);
      bit = 0;
    } else {
      this.range = (this.range - bound) >>> 0;
      this.code = (this.code - bound) >>> 0;
      probabilities[index] = probability - (probability >>> moveBits);
      bit = 1;
    }
    this.normalise();
    return bit;
  }

  /** `count` bits with fixed probability one half, most significant first. */
  directBits(count: number): number {
    let result = 0;
    for (let index = 0; index < count; index++) {
      this.range >>>= 1;
      let bit = 0;
      if (this.code >= this.range) {
        this.code = (this.code - this.range) >>> 0;
        bit = 1;
      }
      result = ((result << 1) | bit) >>> 0;
      this.normalise();
      if (this.code === this.range) throw new FormatError(this.input.position, 'LZMA range coder is corrupt');
    }
    return result;
  }

  /** A `bits`-bit symbol from a binary tree of probabilities at `base` (most significant bit first). */
  tree(probabilities: Uint16Array, base: number, bits: number): number {
    let node = 1;
    for (let index = 0; index < bits; index++) node = (node << 1) | this.bit(probabilities, base + node);
    return node - (1 << bits);
  }

  /** A `bits`-bit symbol from a binary tree, least significant bit first. */
  reverseTree(probabilities: Uint16Array, base: number, bits: number): number {
    let node = 1;
    let symbol = 0;
    for (let index = 0; index < bits; index++) {
      const bit = this.bit(probabilities, base + node);
      node = (node << 1) | bit;
      symbol |= bit << index;
    }
    return symbol;
  }
}
