import { Gunzip, Inflate, Unzlib } from 'fflate';
import type { ByteSource } from '../byte-source.ts';
import { FormatError } from '../sequential-reader.ts';

export type Compression = 'deflate' | 'gzip' | 'zlib';

class OutputLimit extends Error {}

/** What was inflated; `truncated` says output stopped at `limit` ('size') or at the ratio ('ratio'). */
export interface Inflated {
  bytes: Uint8Array;
  truncated: false | 'size' | 'ratio';
}

/** Most output kept, and the largest expansion allowed once output passes `ratioFloor` bytes. */
export interface InflateBounds {
  limit: number;
  maxRatio?: number;
  ratioFloor?: number;
}

/**
 * Decompress `length` bytes of `source` from `start`, keeping at most `limit` bytes of output and
 * stopping once output passes `ratioFloor` bytes and `maxRatio` times the input pushed so far.
 * Output is bounded while it is produced, so a decompression bomb never allocates: input goes in
 * 16 KiB at a time and deflate expands at most ~1032x, so one push yields at most ~16 MiB before
 * the bounds are checked again.
 */
export async function inflateBounded(
  source: ByteSource,
  start: number,
  length: number,
  bounds: InflateBounds,
  compression: Compression,
): Promise<Inflated> {
  const { limit, maxRatio = Number.POSITIVE_INFINITY, ratioFloor = 0 } = bounds;
  const chunks: Uint8Array[] = [];
  let total = 0;
  let pushed = 0;
  let truncated: Inflated['truncated'] = false;
  const onData = (chunk: Uint8Array) => {
    const room = limit - total;
    if (chunk.length > room) {
      chunks.push(chunk.subarray(0, room));
      total = limit;
      truncated = 'size';
      throw new OutputLimit();
    }
    chunks.push(chunk);
    total += chunk.length;
    if (total > ratioFloor && total > maxRatio * pushed) {
      truncated = 'ratio';
      throw new OutputLimit();
    }
  };
  const stream =
    compression === 'gzip'
      ? new Gunzip(onData)
      : compression === 'zlib'
        ? new Unzlib(onData)
        : new Inflate(onData);
  const readStep = 1 << 20;
  const pushStep = 1 << 14;
  try {
    for (let offset = 0; offset < length; offset += readStep) {
      const block = await source.read(start + offset, Math.min(readStep, length - offset));
      if (block.length === 0) break;
      for (let at = 0; at < block.length; at += pushStep) {
        const last = offset + at + pushStep >= length;
        const piece = block.subarray(at, Math.min(block.length, at + pushStep));
        pushed += piece.length;
        stream.push(piece, last);
      }
    }
  } catch (error) {
    if (!(error instanceof OutputLimit)) {
      throw new FormatError(start, `${compression} data does not decompress: ${(error as Error).message}`);
    }
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return { bytes, truncated };
}
