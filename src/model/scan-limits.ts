import { defaultPickleLimits, type PickleLimits, pickleLimits } from './formats/pickle/machine.ts';

/** The resource bounds of one file's analysis. Past any of them the verdict is unsafe (`scan.analysis-limit`). */
export interface ScanLimits {
  /** Largest pickle stream analysed, in bytes. */
  maxPickleBytes: number;
  /** Most values and marks on the pickle machine's stack. */
  maxPickleStackItems: number;
  /** Most pickle memo entries. */
  maxPickleMemoEntries: number;
  /** Most pickle opcodes executed in one pickle. */
  maxPickleOpcodes: number;
  /** Wall-clock seconds per file (archives and everything in them included). */
  maxSeconds: number;
  /** Most bytes decompressed from one archive member or compressed stream. */
  maxMemberBytes: number;
  /** Most bytes decompressed from one file, nested archives included. */
  maxInflatedBytes: number;
  /** Largest expansion (uncompressed / compressed) of a member or stream over 1 MiB. */
  maxCompressionRatio: number;
}

export const defaultScanLimits: Readonly<ScanLimits> = Object.freeze({
  maxPickleBytes: 64 * 1024 ** 3,
  maxPickleStackItems: defaultPickleLimits.maxStackItems,
  maxPickleMemoEntries: defaultPickleLimits.maxMemoEntries,
  maxPickleOpcodes: defaultPickleLimits.maxOpcodes,
  maxSeconds: 600,
  maxMemberBytes: 512 * 1024 ** 2,
  maxInflatedBytes: 4 * 1024 ** 3,
  maxCompressionRatio: 200,
});

/** Below this many decompressed bytes the ratio is not checked (small, repetitive configs). */
export const ratioFloorBytes = 1024 * 1024;

/** The bounds of one file's analysis and what it has used so far, shared by its nested members. */
export interface AnalysisBudget {
  readonly limits: ScanLimits;
  /** The pickle machine's limits, with this file's deadline. */
  readonly pickle: PickleLimits;
  /** Bytes decompressed so far from this file. */
  inflatedBytes: number;
}

export function analysisBudget(overrides: Partial<ScanLimits> = {}): AnalysisBudget {
  const limits = { ...defaultScanLimits, ...overrides };
  return {
    limits,
    pickle: pickleLimits(
      {
        maxStackItems: limits.maxPickleStackItems,
        maxMemoEntries: limits.maxPickleMemoEntries,
        maxOpcodes: limits.maxPickleOpcodes,
      },
      limits.maxSeconds,
    ),
    inflatedBytes: 0,
  };
}

/** True once the file's time limit has passed. */
export function pastDeadline(budget: AnalysisBudget): boolean {
  return performance.now() > budget.pickle.deadline;
}
