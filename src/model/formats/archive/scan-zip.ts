import type { Finding } from '../../../core/index.ts';
import { pastDeadline, ratioFloorBytes } from '../../scan-limits.ts';
import { ruleFinding } from '../../scan-rules.ts';
import type { FormatResult, ModelFormat } from '../../scan-types.ts';
import { BufferSource, type ByteSource, SliceSource } from '../byte-source.ts';
import { scanKerasConfig } from '../keras.ts';
import { FormatError } from '../sequential-reader.ts';
import { entryFindings } from './entry-checks.ts';
import {
  inflateBounds,
  limitFinding,
  malformedArchive,
  maxArchiveDepth,
  memberDetail,
  type NestedContext,
} from './nested.ts';
import { entryDataOffset, readZipDirectory, readZipEntry, type ZipEntry } from './zip-reader.ts';

/** Total declared uncompressed bytes above which the archive is a bomb suspect. */
const maxTotalBytes = 1024 ** 4;

function kindOf(entry: ZipEntry): 'file' | 'directory' | 'symlink' | 'special' | 'other' {
  if (entry.unixMode !== undefined) {
    const type = entry.unixMode & 0o170000;
    if (type === 0o120000) return 'symlink';
    if (type === 0o040000) return 'directory';
    if (type === 0o020000 || type === 0o060000 || type === 0o010000) return 'special';
    if (type !== 0 && type !== 0o100000) return 'other';
  }
  return entry.directory ? 'directory' : 'file';
}

/** Refine a zip by what it holds: PyTorch checkpoint, NumPy .npz, Keras v3. */
function zipFlavour(entries: ZipEntry[]): ModelFormat {
  const names = entries.map((entry) => entry.name);
  if (
    names.some((name) => /(^|\/)data\.pkl$/.test(name)) &&
    names.some((name) => /(^|\/)(version|\.data\/version)$/.test(name))
  ) {
    return 'pytorch-zip';
  }
  if (
    names.includes('config.json') &&
    (names.includes('metadata.json') || names.includes('model.weights.h5'))
  )
    return 'keras-v3';
  if (names.length > 0 && names.every((name) => name.endsWith('.npy'))) return 'numpy-npz';
  return 'zip';
}

/** Raw tensor storage inside a PyTorch zip: torch reads these as bytes, never unpickles them. */
function isTorchStorage(name: string): boolean {
  return (
    /(^|\/)data\/\d+$/.test(name) ||
    /(^|\/)(byteorder|version|\.data\/version|\.data\/serialization_id)$/.test(name)
  );
}

/** Check a zip's directory and analyse every member by content. */
export async function scanZip(source: ByteSource, context: NestedContext): Promise<FormatResult> {
  const findings: Finding[] = [];
  const globals: string[] = [];
  let entries: ZipEntry[];
  try {
    entries = await readZipDirectory(source);
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    return { findings: [malformedArchive(error, context)] };
  }
  const format = zipFlavour(entries);
  let total = 0;
  const ranges = entries
    .map((entry) => [entry.localHeaderOffset, entry.localHeaderOffset + 30 + entry.compressedSize] as const)
    .sort((left, right) => left[0] - right[0]);
  for (let index = 1; index < ranges.length; index++) {
    if (ranges[index]![0] < ranges[index - 1]![1]) {
      findings.push(
        ruleFinding(
          'archive.malformed',
          'entries overlap in the file (a non-recursive zip bomb shares one compressed block between entries)',
          { offset: ranges[index]![0], ...(context.detail ? { detail: context.detail } : {}) },
        ),
      );
      break;
    }
  }
  const { limits } = context.budget;
  for (const entry of entries) {
    const kind = kindOf(entry);
    const detail = memberDetail(context, entry.name);
    let target: string | undefined;
    if (kind === 'symlink' && entry.size <= 4096) {
      try {
        target = new TextDecoder().decode((await readZipEntry(source, entry, 4096)).bytes);
      } catch {
        target = undefined;
      }
    }
    findings.push(...entryFindings(entry.name, kind, context.detail, entry.localHeaderOffset, target));
    total += entry.size;
    const ratio = entry.size / Math.max(entry.compressedSize, 1);
    if (entry.method !== 0 && entry.size > ratioFloorBytes && ratio > limits.maxCompressionRatio) {
      // Declared sizes are checked before anything is inflated; inflation re-checks the real ratio.
      findings.push(
        ruleFinding(
          'archive.compression-ratio',
          `entry ${JSON.stringify(entry.name)} expands ${Math.round(ratio)}x (${entry.compressedSize} -> ${entry.size} bytes), over the ${limits.maxCompressionRatio}x limit`,
          { offset: entry.localHeaderOffset, detail },
        ),
      );
      continue;
    }
    // Overlapping entries (a non-recursive bomb) are still analysed, within the inflation budget.
    if (kind !== 'file' || entry.size === 0) continue;
    if (format === 'pytorch-zip' && isTorchStorage(entry.name)) continue;
    if (pastDeadline(context.budget)) {
      findings.push(
        limitFinding('the analysis ran past its time limit (maxSeconds)', entry.localHeaderOffset, detail),
      );
      break;
    }
    if (
      entry.method !== 0 &&
      context.budget.inflatedBytes + Math.min(entry.size, limits.maxMemberBytes) > limits.maxInflatedBytes
    ) {
      findings.push(
        limitFinding(
          `members inflate to more than ${limits.maxInflatedBytes} bytes in total (maxInflatedBytes)`,
          entry.localHeaderOffset,
          detail,
        ),
      );
      break;
    }
    if (context.depth >= maxArchiveDepth) {
      findings.push(
        ruleFinding(
          'archive.malformed',
          `archives nested deeper than ${maxArchiveDepth} levels are not analysed`,
          { offset: entry.localHeaderOffset, detail },
        ),
      );
      break;
    }
    try {
      findings.push(...(await scanZipMember(source, entry, detail, context, globals)));
    } catch (error) {
      if (!(error instanceof FormatError)) throw error;
      findings.push(ruleFinding('archive.malformed', error.message, { offset: error.offset, detail }));
    }
  }
  if (format === 'keras-v3') {
    const config = entries.find((entry) => entry.name === 'config.json');
    if (config) {
      try {
        const read = await readZipEntry(source, config, 64 * 1024 * 1024);
        findings.push(
          ...scanKerasConfig(new TextDecoder().decode(read.bytes), memberDetail(context, 'config.json')),
        );
      } catch (error) {
        if (!(error instanceof FormatError)) throw error;
        findings.push(
          ruleFinding('archive.malformed', error.message, {
            offset: error.offset,
            detail: memberDetail(context, 'config.json'),
          }),
        );
      }
    }
  }
  if (total > maxTotalBytes) {
    findings.push(
      ruleFinding(
        'archive.compression-ratio',
        `entries declare ${total} uncompressed bytes in a ${source.size}-byte archive`,
        { offset: 0, ...(context.detail ? { detail: context.detail } : {}) },
      ),
    );
  }
  return { findings, globals, format };
}

/** Inflate (bounded) and analyse one member; findings for lying sizes and limits reached. */
async function scanZipMember(
  source: ByteSource,
  entry: ZipEntry,
  detail: string,
  context: NestedContext,
  globals: string[],
): Promise<Finding[]> {
  const findings: Finding[] = [];
  let member: ByteSource;
  if (entry.method === 0) {
    // Stored: read in place, nothing is inflated.
    const start = await entryDataOffset(source, entry);
    if (start + entry.compressedSize > source.size) {
      throw new FormatError(start, `data of ${entry.name} runs past the end of the file`);
    }
    member = new SliceSource(source, start, entry.compressedSize);
  } else {
    // One byte past the declared size is enough to catch a lying header.
    const bounds = inflateBounds(context, entry.size + 1);
    const read = await readZipEntry(source, entry, bounds);
    context.budget.inflatedBytes += read.bytes.length;
    if (read.truncated === 'ratio') {
      findings.push(
        ruleFinding(
          'archive.compression-ratio',
          `entry ${JSON.stringify(entry.name)} expands more than ${bounds.maxRatio}x while inflating (a decompression bomb)`,
          { offset: entry.localHeaderOffset, detail },
        ),
      );
      return findings;
    }
    if (read.bytes.length > entry.size) {
      findings.push(
        ruleFinding(
          'archive.malformed',
          `entry ${JSON.stringify(entry.name)} inflates to more than the ${entry.size} bytes declared`,
          { offset: entry.localHeaderOffset, detail },
        ),
      );
    } else if (read.truncated) {
      findings.push(
        limitFinding(
          `entry of ${entry.size} bytes exceeds the ${bounds.limit}-byte decompression limit`,
          entry.localHeaderOffset,
          detail,
        ),
      );
    } else if (read.bytes.length !== entry.size) {
      findings.push(
        ruleFinding(
          'archive.malformed',
          `entry ${JSON.stringify(entry.name)} inflates to ${read.bytes.length} bytes, not the ${entry.size} declared`,
          { offset: entry.localHeaderOffset, detail },
        ),
      );
    }
    // zipfile stops at the declared size, so that is what a loader sees.
    member = new BufferSource(read.bytes.subarray(0, entry.size));
  }
  const result = await context.scanMember(member, detail, context.depth + 1, entry.name);
  findings.push(...result.findings);
  globals.push(...(result.globals ?? []));
  return findings;
}
