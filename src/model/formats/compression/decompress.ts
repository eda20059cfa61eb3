import type { ByteSource } from '../byte-source.ts';
import { FormatError } from '../sequential-reader.ts';
import { BoundedOutput, type InflateBounds, type Inflated, OutputLimit } from './bounded-output.ts';
import { decodeBzip2 } from './bzip2.ts';
import { InputReader } from './input-reader.ts';
import { decodeLzmaAlone, looksLikeLzmaAlone } from './lzma-alone.ts';
import { decodeXzStream, xzMagic } from './xz-container.ts';

export type DecodedCompression = 'bzip2' | 'xz' | 'lzma';

/** What was decompressed, and the error that stopped it early (the bytes before it are kept). */
export interface Decompressed extends Inflated {
  failure?: FormatError;
}

function startsWith(head: Uint8Array, magic: number[]): boolean {
  return magic.every((value, index) => head[index] === value);
}

/**
 * xz and .lzma streams one after another, as Python's LZMAFile reads them: xz streams may be
 * followed by zero padding; bytes that start neither format end the data (Python ignores them).
 */
function decodeLzmaFamily(input: InputReader, output: BoundedOutput, kind: 'xz' | 'lzma'): void {
  const start = input.position;
  if (kind === 'xz') decodeXzStream(input, output, start);
  else decodeLzmaAlone(input, output, start);
  while (input.remaining > 0) {
    const head = input.peek(13);
    if (startsWith(head, xzMagic)) decodeXzStream(input, output, start);
    else if (head[0] === 0 && head.length >= 4 && head[1] === 0 && head[2] === 0 && head[3] === 0)
      input.skip(4);
    else if (looksLikeLzmaAlone(head)) decodeLzmaAlone(input, output, start);
    else return;
  }
}

/**
 * Decompress a whole bzip2, xz or .lzma `source` into memory, bounded while it is produced: at
 * most `limit` bytes, and at most `maxRatio` times the input consumed once past `ratioFloor`
 * (`truncated` says which stopped it). Malformed data ends with `failure` set; unsupported
 * features (an xz filter other than LZMA2, an unknown check) are an `UnsupportedCompression`.
 */
export async function decompressBounded(
  source: ByteSource,
  kind: DecodedCompression,
  bounds: InflateBounds,
): Promise<Decompressed> {
  const input = await InputReader.open(source);
  const output = new BoundedOutput(bounds);
  try {
    if (kind === 'bzip2') decodeBzip2(input, output, 0);
    else decodeLzmaFamily(input, output, kind);
    return output.result();
  } catch (error) {
    if (error instanceof OutputLimit) return output.result();
    if (error instanceof FormatError) return { ...output.result(), failure: error };
    // Anything else is a decoder fault on hostile data: still not known to be safe.
    const message = error instanceof Error ? error.message : String(error);
    return {
      ...output.result(),
      failure: new FormatError(input.position, `${kind} data does not decompress: ${message}`),
    };
  }
}
