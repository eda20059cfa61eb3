import { BufferSource, type ByteSource, readAll, syncRead } from '../byte-source.ts';
import { FormatError } from '../sequential-reader.ts';

const windowSize = 1 << 20;

/**
 * Reads compressed bytes front to back through a 1 MiB window, synchronously (decoders pull one
 * byte at a time). Running past the end is a `FormatError` (truncated data), never a silent zero.
 */
export class InputReader {
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;
  position: number;

  private constructor(
    private readonly readWindow: (offset: number, length: number) => Uint8Array,
    readonly size: number,
    start: number,
  ) {
    this.position = start;
  }

  /** A reader over `source` from `start`; sources without synchronous reads are read whole. */
  static async open(source: ByteSource, start = 0): Promise<InputReader> {
    const read = syncRead(source) ?? syncRead(new BufferSource(await readAll(source)));
    return new InputReader(read as (offset: number, length: number) => Uint8Array, source.size, start);
  }

  get remaining(): number {
    return this.size - this.position;
  }

  byte(): number {
    const at = this.position - this.windowStart;
    if (at >= 0 && at < this.window.length) {
      this.position++;
      return this.window[at] as number;
    }
    if (this.position >= this.size)
      throw new FormatError(this.position, 'truncated: the compressed data ends early');
    this.windowStart = this.position;
    this.window = this.readWindow(this.position, Math.min(windowSize, this.size - this.position));
    if (this.window.length === 0)
      throw new FormatError(this.position, 'truncated: the compressed data ends early');
    this.position++;
    return this.window[0] as number;
  }

  /** Up to `length` bytes from the current position, without consuming them. */
  peek(length: number): Uint8Array {
    return this.readWindow(this.position, Math.max(0, Math.min(length, this.remaining))).slice();
  }

  /** The next `length` bytes, copied. */
  bytes(length: number): Uint8Array {
    if (length > this.remaining) {
      throw new FormatError(this.position, `truncated: needs ${length} bytes, ${this.remaining} left`);
    }
    const out = new Uint8Array(length);
    for (let index = 0; index < length; index++) out[index] = this.byte();
    return out;
  }

  uint32(): number {
    const bytes = this.bytes(4);
    return (
      ((bytes[0] as number) |
        ((bytes[1] as number) << 8) |
        ((bytes[2] as number) << 16) |
        ((bytes[3] as number) << 24)) >>>
      0
    );
  }

  skip(length: number): void {
    if (length > this.remaining) {
      throw new FormatError(this.position, `truncated: skips ${length} bytes, ${this.remaining} left`);
    }
    this.position += length;
  }
}
