import type { Finding } from '../../../core/index.ts';
import { type AnalysisBudget, ratioFloorBytes } from '../../scan-limits.ts';
import { ruleFinding } from '../../scan-rules.ts';
import type { FormatResult, ModelFormat } from '../../scan-types.ts';
import type { ByteSource } from '../byte-source.ts';
import type { InflateBounds } from './inflate.ts';

/** What a container scanner needs to analyse the files it holds. */
export interface NestedContext {
  /** Where the container sits ('outer.zip!inner.tar'), undefined at the top level. */
  detail: string | undefined;
  depth: number;
  /** The container's own file or member name (its extension says what it claims to be). */
  name: string | undefined;
  /** The file's limits and what it has used so far (shared by everything nested in it). */
  budget: AnalysisBudget;
  /** Analyse one member by content, as a top-level file would be. */
  scanMember(
    source: ByteSource,
    detail: string,
    depth: number,
    name: string | undefined,
  ): Promise<FormatResult & { format: ModelFormat }>;
}

/** Deepest nesting of archives followed. */
export const maxArchiveDepth = 4;

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

/** A finding for analysis that stopped at a limit: the rest is not known to be safe. */
export function limitFinding(message: string, offset: number, detail: string | undefined): Finding {
  return ruleFinding('scan.analysis-limit', `${message}; the rest was not analysed`, {
    offset,
    ...(detail ? { detail } : {}),
  });
}

/**
 * How much one member or stream may inflate: the per-member limit, what is left of the file's
 * total, `cap` (e.g. the declared size + 1), and the compression ratio.
 */
export function inflateBounds(context: NestedContext, cap = Number.POSITIVE_INFINITY): InflateBounds {
  const { limits, inflatedBytes } = context.budget;
  return {
    limit: Math.max(0, Math.min(limits.maxMemberBytes, limits.maxInflatedBytes - inflatedBytes, cap)),
    maxRatio: limits.maxCompressionRatio,
    ratioFloor: ratioFloorBytes,
  };
}
