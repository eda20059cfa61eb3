import { ruleFinding } from '../../scan-rules.ts';
import type { FormatResult } from '../../scan-types.ts';
import { BufferSource, type ByteSource } from '../byte-source.ts';
import { FormatError } from '../sequential-reader.ts';
import { inflateBounded } from './inflate.ts';
import { maxArchiveDepth, maxMemberBytes, type NestedContext } from './nested.ts';

export type CompressionKind = 'gzip' | 'zlib' | 'bzip2' | 'xz' | 'lz4' | 'zstd';

/** Recognise a compressed stream (joblib's compressors, .tar.gz, ...) by its magic bytes. */
export function compressionOf(head: Uint8Array): CompressionKind | undefined {
  const [a = -1, b = -1, c = -1, d = -1] = head;
  if (a === 0x1f && b === 0x8b && c === 8) return 'gzip';
  if (a === 0x78 && (b === 0x01 || b === 0x5e || b === 0x9c || b === 0xda) && ((a << 8) | b) % 31 === 0)
    return 'zlib';
  if (a === 0x42 && b === 0x5a && c === 0x68 && d >= 0x31 && d <= 0x39) return 'bzip2';
  if (a === 0xfd && b === 0x37 && c === 0x7a && d === 0x58 && head[4] === 0x5a && head[5] === 0) return 'xz';
  if (a === 0x04 && b === 0x22 && c === 0x4d && d === 0x18) return 'lz4';
  if (a === 0x28 && b === 0xb5 && c === 0x2f && d === 0xfd) return 'zstd';
  return undefined;
}

/** Decompress a gzip/zlib stream (bounded) and analyse what it holds; other codecs are reported. */
export async function scanCompressed(
  source: ByteSource,
  kind: CompressionKind,
  context: NestedContext,
): Promise<FormatResult> {
  const detail = context.detail ? `${context.detail}!(${kind})` : `(${kind})`;
  if (kind !== 'gzip' && kind !== 'zlib') {
    return {
      findings: [
        ruleFinding(
          'archive.unsupported-compression',
          `${kind}-compressed data cannot be analysed by this scanner, so it is not known to be safe`,
          { offset: 0, detail },
        ),
      ],
    };
  }
  if (context.depth >= maxArchiveDepth) {
    return {
      findings: [
        ruleFinding(
          'archive.malformed',
          `archives nested deeper than ${maxArchiveDepth} levels are not analysed`,
          { offset: 0, detail },
        ),
      ],
    };
  }
  try {
    const limit = Math.min(maxMemberBytes, Math.max(context.maxPickleBytes, 1 << 16));
    const inflated = await inflateBounded(source, 0, source.size, limit, kind);
    const result = await context.scanMember(new BufferSource(inflated.bytes), detail, context.depth + 1);
    if (inflated.truncated) {
      result.findings.push(
        ruleFinding(
          'pickle.scan-limit',
          `decompressed data exceeds the ${limit}-byte analysis limit; the rest was not analysed`,
          { offset: 0, detail },
        ),
      );
    }
    return { findings: result.findings, globals: result.globals ?? [], format: 'compressed' };
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    return { findings: [ruleFinding('archive.malformed', error.message, { offset: error.offset, detail })] };
  }
}
