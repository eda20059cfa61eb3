import type { Dataset, DatasetColumn } from './dataset.ts';
import type { DataPolicy } from './policy.ts';

/** Column names that say "this is the label" (compared case-insensitively). */
export const labelColumnNames: readonly string[] = ['label', 'labels', 'target', 'class', 'y'];

/** Which column is the label, and whether it was inferred from its name. */
export interface LabelChoice {
  column?: string;
  inferred: boolean;
  /** Columns named like a label (more than one: ambiguous, none is chosen). */
  candidates: string[];
}

/** Columns whose name says they are the label. */
export function labelCandidates(columns: readonly DatasetColumn[]): string[] {
  return columns.map((column) => column.name).filter((name) => labelColumnNames.includes(name.toLowerCase()));
}

/**
 * The label column for a run: the policy's (which must exist), else the one column named like a
 * label (label, target, class, y). None is chosen when no column, or more than one, is named so.
 */
export function chooseLabel(dataset: Dataset, policy: DataPolicy): LabelChoice {
  if (policy.label) {
    dataset.requireColumn(policy.label, 'label');
    return { column: policy.label, inferred: false, candidates: [policy.label] };
  }
  const candidates = labelCandidates(dataset.columns);
  return candidates.length === 1
    ? { column: candidates[0]!, inferred: true, candidates }
    : { inferred: false, candidates };
}
