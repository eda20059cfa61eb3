import type { ByteSource } from './byte-source.ts';

/** Thrown by a reader when the data ends early or a field is out of range; carries the offset. */
export class FormatError extends Error {
  constructor(
    readonly offset: number,
    message: string,
  ) {
    super(message);
  }
}

const chunkSize = 1 << 20;

/** Reads little-endian fields front to back from a ByteSource through a 1 MiB window. */
export class SequentialReader {
  private window: Uint8Array = new Uint8Array(0);
  private windowStart = 0;
  position: number;

  constructor(
    private readonly source: ByteSource,
    start = 0,
  ) {
    this.position = start;
  }

  get remaining(): number {
    return this.source.size - this.position;
  }

  private async ensure(length: number): Promise<number> {
    if (length > this.remaining) {
      throw new FormatError(this.position, `truncated: needs ${length} bytes, ${this.remaining} left`);
    }
    const inWindow = this.position - this.windowStart;
    if (inWindow >= 0 && inWindow + length <= this.window.length) return inWindow;
    this.window = await this.source.read(this.position, Math.max(length, chunkSize));
    this.windowStart = this.position;
    return 0;
  }

  async bytes(length: number): Promise<Uint8Array> {
    const at = await this.ensure(length);
    this.position += length;
    return this.window.subarray(at, at + length);
  }

  async skip(length: number): Promise<void> {
    if (length > this.remaining) {
      throw new FormatError(this.position, `truncated: skips ${length} bytes, ${this.remaining} left`);
    }
    this.position += length;
  }

  async uint(size: 1 | 2 | 4 | 8): Promise<number> {
    const at = await this.ensure(size);
    let value = 0;
    for (let index = size - 1; index >= 0; index--) value = value * 256 + this.window[at + index]!;
    this.position += size;
    return value;
  }
}
