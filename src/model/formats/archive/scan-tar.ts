import type { Finding } from '../../../core/index.ts';
import { pastDeadline } from '../../scan-limits.ts';
import { ruleFinding } from '../../scan-rules.ts';
import type { FormatResult } from '../../scan-types.ts';
import { type ByteSource, SliceSource } from '../byte-source.ts';
import { FormatError } from '../sequential-reader.ts';
import { entryFindings } from './entry-checks.ts';
import {
  limitFinding,
  malformedArchive,
  maxArchiveDepth,
  memberDetail,
  type NestedContext,
} from './nested.ts';
import { readTarDirectory, type TarEntry } from './tar-reader.ts';

function kindOf(entry: TarEntry): 'file' | 'directory' | 'symlink' | 'hardlink' | 'special' | 'other' {
  if (entry.type === '0' || entry.type === '7') return 'file';
  if (entry.type === '5') return 'directory';
  if (entry.type === '2') return 'symlink';
  if (entry.type === '1') return 'hardlink';
  if (entry.type === '3' || entry.type === '4' || entry.type === '6') return 'special';
  return 'other';
}

/** Check a tar's entries (names, links) and analyse each regular file by content. */
export async function scanTar(source: ByteSource, context: NestedContext): Promise<FormatResult> {
  const findings: Finding[] = [];
  const globals: string[] = [];
  let entries: TarEntry[];
  try {
    entries = await readTarDirectory(source);
  } catch (error) {
    if (!(error instanceof FormatError)) throw error;
    return { findings: [malformedArchive(error, context)] };
  }
  // Legacy torch tar checkpoints hold 'sys_info', 'pickle', 'storages' and 'tensors'.
  const names = new Set(entries.map((entry) => entry.name.replace(/^\.\//, '')));
  const legacyTorch = names.has('pickle') && names.has('storages') && names.has('sys_info');
  for (const entry of entries) {
    const kind = kindOf(entry);
    findings.push(
      ...entryFindings(entry.name, kind, context.detail, entry.dataOffset - 512, entry.linkName || undefined),
    );
    if (kind !== 'file' || entry.size === 0) continue;
    if (pastDeadline(context.budget)) {
      findings.push(
        limitFinding(
          'the analysis ran past its time limit (maxSeconds)',
          entry.dataOffset,
          memberDetail(context, entry.name),
        ),
      );
      break;
    }
    if (context.depth >= maxArchiveDepth) {
      findings.push(
        ruleFinding(
          'archive.malformed',
          `archives nested deeper than ${maxArchiveDepth} levels are not analysed`,
          { offset: entry.dataOffset, detail: memberDetail(context, entry.name) },
        ),
      );
      break;
    }
    const result = await context.scanMember(
      new SliceSource(source, entry.dataOffset, entry.size),
      memberDetail(context, entry.name),
      context.depth + 1,
      entry.name,
    );
    findings.push(...result.findings);
    globals.push(...(result.globals ?? []));
  }
  return { findings, globals, ...(legacyTorch ? { format: 'pytorch-legacy' as const } : {}) };
}
