import { Gunzip, Inflate, Unzlib } from 'fflate';
import type { ByteSource } from '../byte-source.ts';
import {
  BoundedOutput,
  type InflateBounds,
  type Inflated,
  OutputLimit,
} from '../compression/bounded-output.ts';
import { FormatError } from '../sequential-reader.ts';

export type { InflateBounds, Inflated };

export type Compression = 'deflate' | 'gzip' | 'zlib';

/**
 * Decompress `length` bytes of `source` from `start`, keeping at most `limit` bytes of output and
 * stopping once output passes `ratioFloor` bytes and `maxRatio` times the input pushed so far.
 * Output is bounded while it is produced (`BoundedOutput`), so a decompression bomb never
 * allocates: input goes in 16 KiB at a time and deflate expands at most ~1032x, so one push
 * yields at most ~16 MiB before the bounds are checked again.
 */
export async function inflateBounded(
  source: ByteSource,
  start: number,
  length: number,
  bounds: InflateBounds,
  compression: Compression,
): Promise<Inflated> {
  const output = new BoundedOutput(bounds);
  const onData = (chunk: Uint8Array) => output.write(chunk);
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
        output.inputUsed += piece.length;
        stream.push(piece, last);
      }
    }
  } catch (error) {
    if (!(error instanceof OutputLimit)) {
      throw new FormatError(start, `${compression} data does not decompress: ${(error as Error).message}`);
    }
  }
  return output.result();
}
