import { FormatError } from '../sequential-reader.ts';
import type { BoundedOutput } from './bounded-output.ts';
import type { InputReader } from './input-reader.ts';
import { LzmaDecoder, lzmaProperties } from './lzma-decoder.ts';
import { RangeDecoder } from './range-decoder.ts';
import { UnsupportedCompression } from './unsupported-compression.ts';
import { maxDictionaryBytes } from './xz-container.ts';

/**
 * True when `head` starts like a `.lzma` ("alone") header that liblzma's format detection accepts:
 * a valid properties byte, a dictionary size of 2^n or 2^n + 2^(n-1), and an unknown or < 2^38
 * uncompressed size.
 */
export function looksLikeLzmaAlone(head: Uint8Array): boolean {
  if (head.length < 13 || (head[0] as number) >= 225) return false;
  const view = new DataView(head.buffer, head.byteOffset, head.byteLength);
  const dictionary = view.getUint32(1, true);
  const high = view.getUint32(9, true);
  const unknown = view.getUint32(5, true) === 0xffffffff && high === 0xffffffff;
  if (!unknown && high >= 1 << 6) return false;
  if (dictionary === 0xffffffff) return true;
  const top = 2 ** Math.floor(Math.log2(Math.max(dictionary, 1)));
  return dictionary === top || dictionary === top + top / 2;
}

/**
 * One `.lzma` stream (FORMAT_ALONE, what joblib's 'lzma' compressor writes): a 13-byte header
 * (properties, dictionary size, uncompressed size or all-ones for unknown), then LZMA data that
 * ends at the declared size or, when the size is unknown, at the end marker.
 */
export function decodeLzmaAlone(input: InputReader, output: BoundedOutput, start: number): void {
  const headerStart = input.position;
  const header = input.bytes(13);
  const view = new DataView(header.buffer);
  const properties = lzmaProperties(header[0] as number, headerStart);
  const dictionarySize = Math.max(4096, view.getUint32(1, true));
  if (dictionarySize > maxDictionaryBytes) {
    throw new UnsupportedCompression(
      headerStart + 1,
      `LZMA dictionary of ${dictionarySize} bytes is larger than 1.5 GiB`,
    );
  }
  const low = view.getUint32(5, true);
  const high = view.getUint32(9, true);
  const unknown = low === 0xffffffff && high === 0xffffffff;
  const size = high * 2 ** 32 + low;
  if (!unknown && size > Number.MAX_SAFE_INTEGER) {
    throw new FormatError(headerStart + 5, 'LZMA uncompressed size is out of range');
  }
  const lzma = new LzmaDecoder(output, dictionarySize);
  lzma.setProperties(properties);
  lzma.resetState();
  const range = new RangeDecoder(input);
  const end = lzma.decode(
    range,
    input,
    start,
    unknown ? Number.POSITIVE_INFINITY : output.length + size,
    unknown,
  );
  if (end === 'end-marker' && !range.finishedCleanly) {
    throw new FormatError(input.position, 'LZMA data after the end marker is corrupt');
  }
}
