import type { FeatureSpec } from './baseline.ts';

export type ViolationRule = 'type' | 'range' | 'category' | 'missing';

export interface InputViolation {
  row: number;
  feature: string;
  rule: ViolationRule;
}

const isMissing = (value: unknown) =>
  value === null || value === undefined || (typeof value === 'number' && Number.isNaN(value));

/**
 * Check each value against its feature in the training data: a number in the training range
 * (widened by `tolerance` × the range), a known category, a missing value only where training had
 * some. Returns every violation (the caller caps what it reports).
 */
export function checkRows(
  rows: readonly (readonly unknown[])[],
  features: readonly FeatureSpec[],
  tolerance: number,
): InputViolation[] {
  const violations: InputViolation[] = [];
  rows.forEach((row, rowIndex) => {
    features.forEach((feature, index) => {
      const rule = violationOf(row[index], feature, tolerance);
      if (rule) violations.push({ row: rowIndex, feature: feature.name, rule });
    });
  });
  return violations;
}

function violationOf(value: unknown, feature: FeatureSpec, tolerance: number): ViolationRule | undefined {
  if (isMissing(value)) return feature.allowsMissing ? undefined : 'missing';
  if (feature.kind === 'numeric') {
    if (typeof value !== 'number' || !Number.isFinite(value)) return 'type';
    const slack = (feature.max - feature.min) * tolerance;
    return value < feature.min - slack || value > feature.max + slack ? 'range' : undefined;
  }
  if (typeof value !== 'string' && typeof value !== 'number' && typeof value !== 'boolean') return 'type';
  return feature.categories.has(String(value)) || feature.openCategories ? undefined : 'category';
}

/** Numbers clipped to the training range and/or rounded; other values untouched. */
export function sanitiseRows(
  rows: readonly (readonly unknown[])[],
  features: readonly FeatureSpec[],
  options: { clip: boolean; decimals?: number | undefined },
): unknown[][] {
  const factor = options.decimals === undefined ? undefined : 10 ** options.decimals;
  return rows.map((row) =>
    row.map((value, index) => {
      const feature = features[index]!;
      if (feature.kind !== 'numeric' || typeof value !== 'number' || !Number.isFinite(value)) return value;
      let next = options.clip ? Math.min(feature.max, Math.max(feature.min, value)) : value;
      if (factor !== undefined) next = Math.round(next * factor) / factor;
      return next;
    }),
  );
}
