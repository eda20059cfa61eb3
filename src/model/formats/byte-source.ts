import { readSync } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/** Random access to the bytes of a file or of an entry held in memory. */
export interface ByteSource {
  readonly size: number;
  /** Up to `length` bytes from `offset` (fewer at the end). */
  read(offset: number, length: number): Promise<Uint8Array>;
}

export class BufferSource implements ByteSource {
  constructor(readonly bytes: Uint8Array) {}
  get size(): number {
    return this.bytes.length;
  }
  async read(offset: number, length: number): Promise<Uint8Array> {
    if (offset >= this.bytes.length || length <= 0) return new Uint8Array(0);
    return this.bytes.subarray(offset, Math.min(this.bytes.length, offset + length));
  }
}

export class FileSource implements ByteSource {
  constructor(
    private readonly handle: FileHandle,
    readonly size: number,
  ) {}
  /** Synchronous read (the pickle machine pulls windows from inside its opcode loop). */
  readSync(offset: number, length: number): Uint8Array {
    const wanted = Math.max(0, Math.min(length, this.size - offset));
    const buffer = Buffer.allocUnsafe(wanted);
    let filled = 0;
    while (filled < wanted) {
      const bytesRead = readSync(this.handle.fd, buffer, filled, wanted - filled, offset + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  }

  async read(offset: number, length: number): Promise<Uint8Array> {
    const wanted = Math.max(0, Math.min(length, this.size - offset));
    if (wanted === 0) return new Uint8Array(0);
    const buffer = Buffer.allocUnsafe(wanted);
    let filled = 0;
    while (filled < wanted) {
      const { bytesRead } = await this.handle.read(buffer, filled, wanted - filled, offset + filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
    }
    return buffer.subarray(0, filled);
  }
}

/** The whole source as one buffer; only for sizes the caller has bounded. */
export async function readAll(source: ByteSource, limit = source.size): Promise<Uint8Array> {
  if (source instanceof BufferSource) return source.bytes.subarray(0, limit);
  return source.read(0, Math.min(limit, source.size));
}

/** A window of another source (a stored zip member or a tar entry), read without copying. */
export class SliceSource implements ByteSource {
  constructor(
    private readonly parent: ByteSource,
    private readonly start: number,
    readonly size: number,
  ) {}
  async read(offset: number, length: number): Promise<Uint8Array> {
    const wanted = Math.max(0, Math.min(length, this.size - offset));
    if (wanted === 0) return new Uint8Array(0);
    return this.parent.read(this.start + offset, wanted);
  }
  /** Synchronous read, when the parent has one. */
  get readSync(): ((offset: number, length: number) => Uint8Array) | undefined {
    const parent = syncRead(this.parent);
    if (!parent) return undefined;
    return (offset, length) => {
      const wanted = Math.max(0, Math.min(length, this.size - offset));
      return wanted === 0 ? new Uint8Array(0) : parent(this.start + offset, wanted);
    };
  }
}

/** A synchronous reader of `source` (for decoders that pull bytes as they go), when it has one. */
export function syncRead(source: ByteSource): ((offset: number, length: number) => Uint8Array) | undefined {
  if (source instanceof BufferSource) {
    return (offset, length) => source.bytes.subarray(offset, Math.min(source.bytes.length, offset + length));
  }
  if (source instanceof FileSource) return (offset, length) => source.readSync(offset, length);
  if (source instanceof SliceSource) return source.readSync;
  return undefined;
}
