import type { Finding } from '../../../core/index.ts';
import { ruleFinding } from '../../scan-rules.ts';
import type { FormatResult, ModelFormat } from '../../scan-types.ts';
import type { ByteSource } from '../byte-source.ts';

/** What a container scanner needs to analyse the files it holds. */
export interface NestedContext {
  /** Where the container sits ('outer.zip!inner.tar'), undefined at the top level. */
  detail: string | undefined;
  depth: number;
  maxPickleBytes: number;
  /** Analyse one member by content, as a top-level file would be. */
  scanMember(
    source: ByteSource,
    detail: string,
    depth: number,
  ): Promise<FormatResult & { format: ModelFormat }>;
}

/** Deepest nesting of archives followed. */
export const maxArchiveDepth = 4;
/** Largest member decompressed for analysis. */
export const maxMemberBytes = 512 * 1024 * 1024;
/** Bytes read from a member to recognise its format. */
export const sniffBytes = 64 * 1024;

export function memberDetail(context: NestedContext, name: string): string {
  return context.detail ? `${context.detail}!${name}` : name;
}

/** The finding for an archive whose directory cannot be read. */
export function malformedArchive(
  error: { message: string; offset: number },
  context: NestedContext,
): Finding {
  return ruleFinding('archive.malformed', error.message, {
    offset: error.offset,
    ...(context.detail ? { detail: context.detail } : {}),
  });
}
