import { FormatError } from '../sequential-reader.ts';
import type { BoundedOutput } from './bounded-output.ts';
import type { InputReader } from './input-reader.ts';
import { initialProbability, type RangeDecoder } from './range-decoder.ts';

/** Literal context bits, literal position bits and position bits (lzma-specification.txt). */
export interface LzmaProperties {
  lc: number;
  lp: number;
  pb: number;
}

/** The properties byte: (pb * 5 + lp) * 9 + lc. */
export function lzmaProperties(byte: number, offset: number): LzmaProperties {
  if (byte >= 9 * 5 * 5) throw new FormatError(offset, `LZMA properties byte ${byte} is out of range`);
  return { lc: byte % 9, lp: Math.floor(byte / 9) % 5, pb: Math.floor(byte / 45) };
}

const states = 12;
const posStatesMax = 16;
const endPosModelIndex = 14;
const fullDistances = 128;
const alignBits = 4;
const matchMinLength = 2;
const lengthProbabilities = 2 + posStatesMax * 8 * 2 + 256;

// Offsets of each model in one probability array.
const isMatch = 0;
const isRep = isMatch + states * posStatesMax;
const isRepG0 = isRep + states;
const isRepG1 = isRepG0 + states;
const isRepG2 = isRepG1 + states;
const isRep0Long = isRepG2 + states;
const posSlot = isRep0Long + states * posStatesMax;
const posSpecial = posSlot + 4 * 64;
const align = posSpecial + 1 + fullDistances - endPosModelIndex;
const lengthCoder = align + (1 << alignBits);
const repLengthCoder = lengthCoder + lengthProbabilities;
const probabilityCount = repLengthCoder + lengthProbabilities;

/** How a decode call ended. */
export type LzmaEnd = 'size' | 'end-marker';

/**
 * The LZMA decoder (literal coder with lc/lp/pb, matches, rep matches, the length coder, distance
 * slots with align bits), writing into a `BoundedOutput` that is also its dictionary. Every
 * iteration writes at least one byte or ends the stream, and the output is bounded, so a hostile
 * stream ends at a bound or at a `FormatError`. Distances are checked against the bytes written
 * since the last dictionary reset and against the dictionary size.
 */
export class LzmaDecoder {
  private readonly probabilities = new Uint16Array(probabilityCount);
  private literals = new Uint16Array(0);
  private properties: LzmaProperties = { lc: 0, lp: 0, pb: 0 };
  private state = 0;
  private reps = [0, 0, 0, 0];
  private dictionaryStart: number;

  constructor(
    private readonly output: BoundedOutput,
    private readonly dictionarySize: number,
  ) {
    this.dictionaryStart = output.length;
  }

  setProperties(properties: LzmaProperties): void {
    this.properties = properties;
    const size = 0x300 << (properties.lc + properties.lp);
    if (this.literals.length !== size) this.literals = new Uint16Array(size);
  }

  resetState(): void {
    this.probabilities.fill(initialProbability);
    this.literals.fill(initialProbability);
    this.state = 0;
    this.reps = [0, 0, 0, 0];
  }

  resetDictionary(): void {
    this.dictionaryStart = this.output.length;
  }

  /**
   * Decode until the output reaches `target` bytes ('size') or an end marker ('end-marker', only
   * when `endMarker` allows it). `start` is where the compressed data began, for the ratio bound.
   */
  decode(
    range: RangeDecoder,
    input: InputReader,
    start: number,
    target: number,
    endMarker: boolean,
  ): LzmaEnd {
    const { output, probabilities, literals } = this;
    const { lc, lp, pb } = this.properties;
    const posMask = (1 << pb) - 1;
    const literalMask = (1 << lp) - 1;
    while (output.length < target) {
      output.inputUsed = input.position - start;
      const position = output.length - this.dictionaryStart;
      const posState = position & posMask;
      if (range.bit(probabilities, isMatch + (this.state << 4) + posState) === 0) {
        const previous = position > 0 ? output.byteBack(0) : 0;
        const base = 0x300 * (((position & literalMask) << lc) + (previous >>> (8 - lc)));
        let symbol = 1;
        if (this.state >= 7) {
          let matchByte = output.byteBack(this.reps[0] as number);
          while (symbol < 0x100) {
            const matchBit = (matchByte >>> 7) & 1;
            matchByte <<= 1;
            const bit = range.bit(literals, base + ((1 + matchBit) << 8) + symbol);
            symbol = (symbol << 1) | bit;
            if (matchBit !== bit) break;
          }
        }
        while (symbol < 0x100) symbol = (symbol << 1) | range.bit(literals, base + symbol);
        output.writeByte(symbol - 0x100);
        this.state = this.state < 4 ? 0 : this.state < 10 ? this.state - 3 : this.state - 6;
        continue;
      }
      let length: number;
      if (range.bit(probabilities, isRep + this.state) === 0) {
        length = this.length(range, lengthCoder, posState);
        this.state = this.state < 7 ? 7 : 10;
        const distance = this.distance(range, length);
        if (distance === 0xffffffff) {
          if (!endMarker) throw new FormatError(input.position, 'LZMA end marker where none is allowed');
          return 'end-marker';
        }
        this.reps = [distance, this.reps[0] as number, this.reps[1] as number, this.reps[2] as number];
      } else {
        if (position === 0) throw new FormatError(input.position, 'LZMA repeat match before any data');
        if (range.bit(probabilities, isRepG0 + this.state) === 0) {
          if (range.bit(probabilities, isRep0Long + (this.state << 4) + posState) === 0) {
            this.state = this.state < 7 ? 9 : 11;
            output.writeByte(output.byteBack(this.reps[0] as number));
            continue;
          }
        } else {
          let distance: number;
          if (range.bit(probabilities, isRepG1 + this.state) === 0) {
            distance = this.reps[1] as number;
          } else {
            if (range.bit(probabilities, isRepG2 + this.state) === 0) distance = this.reps[2] as number;
            else {
              distance = this.reps[3] as number;
              this.reps[3] = this.reps[2] as number;
            }
            this.reps[2] = this.reps[1] as number;
          }
          this.reps[1] = this.reps[0] as number;
          this.reps[0] = distance;
        }
        length = this.length(range, repLengthCoder, posState);
        this.state = this.state < 7 ? 8 : 11;
      }
      const distance = this.reps[0] as number;
      if (distance >= position || distance >= this.dictionarySize) {
        throw new FormatError(
          input.position,
          `LZMA match distance ${distance + 1} reaches before the dictionary`,
        );
      }
      length += matchMinLength;
      if (length > target - output.length) {
        throw new FormatError(input.position, 'LZMA match runs past the declared uncompressed size');
      }
      output.copyMatch(distance, length);
    }
    return 'size';
  }

  private length(range: RangeDecoder, base: number, posState: number): number {
    const { probabilities } = this;
    if (range.bit(probabilities, base) === 0) return range.tree(probabilities, base + 2 + posState * 8, 3);
    if (range.bit(probabilities, base + 1) === 0) {
      return 8 + range.tree(probabilities, base + 2 + posStatesMax * 8 + posState * 8, 3);
    }
    return 16 + range.tree(probabilities, base + 2 + posStatesMax * 8 * 2, 8);
  }

  private distance(range: RangeDecoder, length: number): number {
    const { probabilities } = this;
    const lengthState = Math.min(length, 3);
    const slot = range.tree(probabilities, posSlot + lengthState * 64, 6);
    if (slot < 4) return slot;
    const directBits = (slot >>> 1) - 1;
    let distance = ((2 | (slot & 1)) << directBits) >>> 0;
    if (slot < endPosModelIndex) {
      return distance + range.reverseTree(probabilities, posSpecial + distance - slot, directBits);
    }
    distance = (distance + ((range.directBits(directBits - alignBits) << alignBits) >>> 0)) >>> 0;
    return (distance + range.reverseTree(probabilities, align, alignBits)) >>> 0;
  }
}
