import { ruleFinding } from '../../scan-rules.ts';
import type { FormatResult } from '../../scan-types.ts';
import { BufferSource, type ByteSource } from '../byte-source.ts';
import { type Decompressed, decompressBounded } from '../compression/decompress.ts';
import { UnsupportedCompression } from '../compression/unsupported-compression.ts';
import { FormatError } from '../sequential-reader.ts';
import { inflateBounded } from './inflate.ts';
import { inflateBounds, limitFinding, maxArchiveDepth, type NestedContext } from './nested.ts';

export type CompressionKind = 'gzip' | 'zlib' | 'bzip2' | 'xz' | 'lzma' | 'lz4' | 'zstd';

/** Recognise a compressed stream (joblib's compressors, .tar.gz, ...) by its magic bytes. */
export function compressionOf(head: Uint8Array): CompressionKind | undefined {
  const [a = -1, b = -1, c = -1, d = -1] = head;
  if (a === 0x1f && b === 0x8b && c === 8) return 'gzip';
  if (a === 0x78 && (b === 0x01 || b === 0x5e || b === 0x9c || b === 0xda) && ((a << 8) | b) % 31 === 0)
    return 'zlib';
  if (a === 0x42 && b === 0x5a && c === 0x68 && d >= 0x31 && d <= 0x39) return 'bzip2';
  if (a === 0xfd && b === 0x37 && c === 0x7a && d === 0x58 && head[4] === 0x5a && head[5] === 0) return 'xz';
  // LZMA "alone" (.lzma, joblib's 'lzma' compressor): joblib.load recognises it by these two bytes.
  if (a === 0x5d && b === 0x00) return 'lzma';
  if (a === 0x04 && b === 0x22 && c === 0x4d && d === 0x18) return 'lz4';
  if (a === 0x28 && b === 0xb5 && c === 0x2f && d === 0xfd) return 'zstd';
  return undefined;
}

/** `model.pkl.gz` holds `model.pkl`; joblib's own names (`model.joblib`) hold themselves. */
function innerName(name: string | undefined): string | undefined {
  return name?.replace(/\.(gz|z|zlib|bz2|xz|lzma|lz4|zst)$/i, '');
}

/**
 * Decompress a gzip, zlib, bzip2, xz or .lzma stream (bounded) and analyse what it holds; other
 * codecs are reported. Data that breaks part-way is still analysed up to the break, and reported.
 */
export async function scanCompressed(
  source: ByteSource,
  kind: CompressionKind,
  context: NestedContext,
): Promise<FormatResult> {
  const detail = context.detail ? `${context.detail}!(${kind})` : `(${kind})`;
  if (kind === 'lz4' || kind === 'zstd') {
    return {
      findings: [
        ruleFinding(
          'archive.unsupported-compression',
          `${kind}-compressed data cannot be analysed by this scanner, so it is not known to be safe`,
          { offset: 0, detail },
        ),
      ],
      format: 'compressed',
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
    const bounds = inflateBounds(context);
    const inflated: Decompressed =
      kind === 'gzip' || kind === 'zlib'
        ? await inflateBounded(source, 0, source.size, bounds, kind)
        : await decompressBounded(source, kind, bounds);
    const { failure } = inflated;
    if (failure instanceof UnsupportedCompression && inflated.bytes.length === 0) {
      return {
        findings: [
          ruleFinding(
            'archive.unsupported-compression',
            `${failure.message}: the data cannot be analysed by this scanner, so it is not known to be safe`,
            { offset: failure.offset, detail },
          ),
        ],
        format: 'compressed',
      };
    }
    context.budget.inflatedBytes += inflated.bytes.length;
    const result = await context.scanMember(
      new BufferSource(inflated.bytes),
      detail,
      context.depth + 1,
      innerName(context.name),
    );
    if (failure) {
      result.findings.push(
        ruleFinding(
          failure instanceof UnsupportedCompression ? 'archive.unsupported-compression' : 'archive.malformed',
          `${kind} data breaks after ${inflated.bytes.length} decompressed bytes: ${failure.message}`,
          { offset: failure.offset, detail },
        ),
      );
    } else if (inflated.truncated === 'ratio') {
      result.findings.push(
        ruleFinding(
          'archive.compression-ratio',
          `${kind} data expands more than ${bounds.maxRatio}x (a decompression bomb); inflation stopped at ${inflated.bytes.length} bytes`,
          { offset: 0, detail },
        ),
      );
    } else if (inflated.truncated) {
      result.findings.push(
        limitFinding(`decompressed data exceeds the ${bounds.limit}-byte analysis limit`, 0, detail),
      );
    }
    return { findings: result.findings, globals: result.globals ?? [], format: 'compressed' };
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    return { findings: [ruleFinding('archive.malformed', error.message, { offset: error.offset, detail })] };
  }
}
