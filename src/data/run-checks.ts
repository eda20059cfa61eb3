import { RampartError, toRampartError } from '../core/index.ts';
import type { CheckResult, DataCheck } from './check.ts';
import { backdoorTriggersCheck } from './checks/backdoor-triggers.ts';
import { driftCheck } from './checks/drift.ts';
import { duplicatesCheck } from './checks/duplicates.ts';
import { labelDistributionCheck } from './checks/label-distribution.ts';
import { labelNoiseCheck } from './checks/label-noise.ts';
import { outliersCheck } from './checks/outliers.ts';
import { schemaCheck } from './checks/schema.ts';
import type { Dataset } from './dataset.ts';
import { chooseLabel } from './label-column.ts';
import type { CheckPolicies, DataPolicy } from './policy.ts';
import { type DatasetProfile, profileDataset } from './profile.ts';

/** The data checks, in the order they run (cheap, whole-table SQL first; sampled models last). */
export const dataChecks: readonly DataCheck[] = [
  schemaCheck,
  labelDistributionCheck,
  driftCheck,
  outliersCheck,
  duplicatesCheck,
  labelNoiseCheck,
  backdoorTriggersCheck,
];

const policyKeys: Record<string, keyof CheckPolicies> = {
  schema: 'schema',
  'label-distribution': 'labelDistribution',
  drift: 'drift',
  outliers: 'outliers',
  duplicates: 'duplicates',
  'label-noise': 'labelNoise',
  'backdoor-triggers': 'backdoorTriggers',
  manifest: 'manifest',
  'provenance-log': 'provenanceLog',
};

export function checkPolicy(
  policy: DataPolicy,
  id: string,
): { enabled: boolean; severity: DataPolicy['failOn'] } {
  const key = policyKeys[id];
  if (!key) throw new RampartError('RAMPART_DATA_POLICY_INVALID', `unknown check "${id}"`);
  return policy.checks[key];
}

/** Enabled checks that need a label column (see `DataCheck.needsLabel`). */
export function checksNeedingLabel(policy: DataPolicy): string[] {
  return dataChecks
    .filter((check) => check.needsLabel && checkPolicy(policy, check.id).enabled)
    .map((check) => check.id);
}

export interface CheckRun {
  current: DatasetProfile;
  results: CheckResult[];
  /** Milliseconds spent profiling (the checks carry their own `metrics.ms`). */
  profileMs: number;
}

/**
 * Profile the dataset, then run every enabled check. A check that cannot run is an `error` result
 * (which the gate treats as a failure: fail closed), never an exception.
 */
export async function runChecks(
  dataset: Dataset,
  givenPolicy: DataPolicy,
  baseline?: DatasetProfile,
  only?: readonly string[],
): Promise<CheckRun> {
  // No label named: the one column named like a label (label, target, class, y) is the label.
  const label = chooseLabel(dataset, givenPolicy).column;
  const policy = label ? { ...givenPolicy, label } : givenPolicy;
  const profileStarted = performance.now();
  const current = await profileDataset(dataset, {
    label: policy.label,
    ignore: policy.ignore,
    seed: policy.seed,
  });
  const profileMs = Math.round(performance.now() - profileStarted);
  if (policy.text) dataset.requireColumn(policy.text, 'text');
  const results: CheckResult[] = [];
  for (const check of dataChecks) {
    if (only && !only.includes(check.id)) continue;
    const settings = checkPolicy(policy, check.id);
    if (!settings.enabled) continue;
    const started = performance.now();
    try {
      const result = await check.run({ dataset, current, baseline, policy });
      results.push({
        id: check.id,
        title: check.title,
        severity: settings.severity,
        ...result,
        metrics: { ...result.metrics, ms: Math.round(performance.now() - started) },
      });
    } catch (error) {
      const wrapped = toRampartError(error, 'RAMPART_INTERNAL');
      results.push({
        id: check.id,
        title: check.title,
        severity: settings.severity,
        status: 'error',
        summary: `could not run: ${wrapped.code}: ${wrapped.message}`,
        hint: wrapped.hint,
        metrics: {},
        findings: [
          { ruleId: `data.${check.id}.error`, severity: settings.severity, message: wrapped.message },
        ],
        suspects: [],
        suspectCount: 0,
        charts: [],
      });
    }
  }
  return { current, results, profileMs };
}

/**
 * A baseline: the profile plus the rates the checks measure on this (approved) data, so later runs
 * fail only on what is new rather than on what the data always had.
 */
export async function buildBaseline(dataset: Dataset, policy: DataPolicy): Promise<DatasetProfile> {
  const { current, results } = await runChecks(dataset, policy, undefined, [
    'outliers',
    'duplicates',
    'label-noise',
  ]);
  const metric = (id: string, name: string) => {
    const value = results.find((result) => result.id === id)?.metrics[name];
    return typeof value === 'number' ? value : undefined;
  };
  const reference: Record<string, number> = {};
  const outlierRate = metric('outliers', 'rate');
  const labelNoiseRate = metric('label-noise', 'rate');
  const labelErrorRate = metric('label-noise', 'errorRate');
  const labelRowsScored = metric('label-noise', 'rowsScored');
  const conflictingGroups = metric('duplicates', 'conflictingGroups');
  if (outlierRate !== undefined) reference.outlierRate = outlierRate;
  if (labelNoiseRate !== undefined) reference.labelNoiseRate = labelNoiseRate;
  if (labelErrorRate !== undefined) reference.labelErrorRate = labelErrorRate;
  if (labelRowsScored !== undefined) reference.labelRowsScored = labelRowsScored;
  if (conflictingGroups !== undefined) reference.conflictingGroups = conflictingGroups;
  return { ...current, reference };
}
