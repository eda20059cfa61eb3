import type { Finding } from '../../../core/index.ts';
import { ruleFinding } from '../../scan-rules.ts';
import type { FormatResult, ModelFormat } from '../../scan-types.ts';
import { BufferSource, type ByteSource, SliceSource } from '../byte-source.ts';
import { scanKerasConfig } from '../keras.ts';
import { FormatError } from '../sequential-reader.ts';
import { entryFindings } from './entry-checks.ts';
import {
  malformedArchive,
  maxArchiveDepth,
  maxMemberBytes,
  memberDetail,
  type NestedContext,
  sniffBytes,
} from './nested.ts';
import { entryDataOffset, readZipDirectory, readZipEntry, type ZipEntry } from './zip-reader.ts';

/** Ratio of declared uncompressed to compressed size above which an entry is a bomb suspect. */
const bombRatio = 200;
const bombMinimumBytes = 64 * 1024 * 1024;
/** Most bytes inflated from one archive for analysis. */
const maxInflatedBytes = 4 * 1024 ** 3;
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
  let inflated = 0;
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
    if (entry.size >= bombMinimumBytes && ratio > bombRatio) {
      findings.push(
        ruleFinding(
          'archive.compression-ratio',
          `entry ${JSON.stringify(entry.name)} expands ${Math.round(ratio)}x (${entry.compressedSize} -> ${entry.size} bytes)`,
          { offset: entry.localHeaderOffset, detail },
        ),
      );
      continue;
    }
    // Overlapping entries (a non-recursive bomb) are still analysed, within the inflation budget.
    if (kind !== 'file' || entry.size === 0) continue;
    if (format === 'pytorch-zip' && isTorchStorage(entry.name)) continue;
    if (entry.method !== 0 && inflated + Math.min(entry.size, maxMemberBytes) > maxInflatedBytes) {
      findings.push(
        ruleFinding(
          'archive.malformed',
          `members inflate to more than ${maxInflatedBytes} bytes in total; the rest was not analysed`,
          {
            offset: entry.localHeaderOffset,
            detail,
          },
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
      let member: ByteSource;
      let truncated = false;
      // One byte past the declared size is enough to catch a lying header.
      const limit = Math.min(maxMemberBytes, Math.max(context.maxPickleBytes, sniffBytes), entry.size + 1);
      if (entry.method === 0) {
        const start = await entryDataOffset(source, entry);
        if (start + entry.compressedSize > source.size) {
          throw new FormatError(start, `data of ${entry.name} runs past the end of the file`);
        }
        member = new SliceSource(source, start, entry.compressedSize);
      } else {
        const read = await readZipEntry(source, entry, limit);
        inflated += read.bytes.length;
        if (read.bytes.length !== entry.size && (!read.truncated || read.bytes.length > entry.size)) {
          findings.push(
            ruleFinding(
              'archive.malformed',
              read.bytes.length > entry.size
                ? `entry ${JSON.stringify(entry.name)} inflates to more than the ${entry.size} bytes declared`
                : `entry ${JSON.stringify(entry.name)} inflates to ${read.bytes.length} bytes, not the ${entry.size} declared`,
              { offset: entry.localHeaderOffset, detail },
            ),
          );
        }
        // zipfile stops at the declared size, so that is what a loader sees.
        member = new BufferSource(read.bytes.subarray(0, entry.size));
        truncated = read.truncated;
      }
      const result = await context.scanMember(member, detail, context.depth + 1);
      findings.push(...result.findings);
      globals.push(...(result.globals ?? []));
      if (truncated && (result.format === 'pickle' || result.format === 'joblib')) {
        findings.push(
          ruleFinding(
            'pickle.scan-limit',
            `member of ${entry.size} bytes exceeds the ${limit}-byte analysis limit`,
            { offset: entry.localHeaderOffset, detail },
          ),
        );
      }
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
