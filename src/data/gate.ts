import type { KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import {
  atLeast,
  createEvent,
  RampartError,
  type SecurityEvent,
  type Severity,
  severityRank,
  toRampartError,
} from '../core/index.ts';
import type { CheckResult, SuspectRow } from './check.ts';
import { Dataset, datasetExtensions } from './dataset.ts';
import { listFiles, verifyManifest } from './manifest.ts';
import type { DataPolicy } from './policy.ts';
import type { DatasetProfile } from './profile.ts';
import { verifyLogFile } from './provenance-log.ts';
import { checkPolicy, runChecks } from './run-checks.ts';

export interface GateOptions {
  directory: string;
  policy: DataPolicy;
  baseline?: DatasetProfile;
  manifestPath?: string;
  publicKey?: KeyObject;
  provenanceLogPath?: string;
  /** Overrides policy.failOn. */
  failOn?: Severity;
  /** Overrides policy.files (paths relative to the directory). */
  files?: string[];
}

export interface GateReport {
  kind: 'rampart.data.gate';
  version: 1;
  createdAt: string;
  directory: string;
  files: string[];
  rowCount: number;
  failOn: Severity;
  passed: boolean;
  /** Ids of failed (or errored) checks at or above failOn. */
  blocking: string[];
  checks: CheckResult[];
  /** Every check's listed suspects, most suspect first. */
  suspects: SuspectRow[];
  profile?: DatasetProfile;
  durationMs: number;
  /** Where the time went: read (validate + load), profile, and each check. */
  timings: Record<string, number>;
}

function result(
  id: string,
  title: string,
  severity: Severity,
  status: CheckResult['status'],
  summary: string,
  details: string[] = [],
  metrics: CheckResult['metrics'] = {},
): CheckResult {
  return {
    id,
    title,
    severity,
    status,
    summary,
    metrics,
    findings:
      status === 'fail' || status === 'error'
        ? (details.length > 0 ? details : [summary]).map((message) => ({
            ruleId: `data.${id}`,
            severity,
            message,
            frameworks: ['LLM04:2025', 'AML.T0020'],
          }))
        : [],
    suspects: [],
    suspectCount: 0,
    charts: [],
  };
}

/** Data files the gate reads: the policy's list, or every dataset file in the directory. */
export function gateFiles(
  directory: string,
  policy: DataPolicy,
  files?: string[],
  exclude: readonly string[] = [],
): string[] {
  const chosen = files ?? policy.files;
  if (chosen && chosen.length > 0) return chosen.map((file) => resolve(directory, file));
  const root = resolve(directory);
  const skip = ['provenance.jsonl', ...exclude.map((path) => relative(root, resolve(path)))];
  return listFiles(directory, skip)
    .filter((path) => (/\.[^.]+$/.exec(path)?.[0]?.toLowerCase() ?? '') in datasetExtensions)
    .map((path) => join(resolve(directory), path));
}

async function manifestCheck(options: GateOptions, logPath: string | undefined): Promise<CheckResult[]> {
  const { policy } = options;
  const results: CheckResult[] = [];
  const manifestSettings = checkPolicy(policy, 'manifest');
  let approvedRoot: string | undefined;
  if (manifestSettings.enabled) {
    const title = 'Manifest: the data is the approved data';
    const path =
      options.manifestPath ?? (policy.manifest ? resolve(options.directory, policy.manifest) : undefined);
    if (!path) {
      results.push(
        result(
          'manifest',
          title,
          manifestSettings.severity,
          'skip',
          'no manifest given: provenance not verified',
        ),
      );
    } else {
      try {
        const exclude = logPath ? [logPath] : [];
        const verification = await verifyManifest(options.directory, path, options.publicKey, exclude);
        approvedRoot = verification.manifest.rootDigest;
        const details = [
          ...verification.added.map((file) => `added: ${file}`),
          ...verification.removed.map((file) => `removed: ${file}`),
          ...verification.changed.map((file) => `changed: ${file.path} (${file.reason})`),
        ];
        const signature = verification.signatureChecked
          ? 'signature verified'
          : 'signature NOT checked (no --key)';
        results.push(
          result(
            'manifest',
            title,
            manifestSettings.severity,
            verification.ok ? 'pass' : 'fail',
            verification.ok
              ? `${verification.manifest.files.length} file(s) match the manifest; ${signature}`
              : `${details.length} difference(s) from the manifest: ${details.slice(0, 5).join('; ')}`,
            details,
            {
              added: verification.added.length,
              removed: verification.removed.length,
              changed: verification.changed.length,
              signatureChecked: verification.signatureChecked,
            },
          ),
        );
      } catch (error) {
        const wrapped = toRampartError(error);
        results.push(
          result('manifest', title, manifestSettings.severity, 'fail', `${wrapped.code}: ${wrapped.message}`),
        );
      }
    }
  }
  const logSettings = checkPolicy(policy, 'provenance-log');
  if (logSettings.enabled && logPath) {
    const title = 'Provenance log: intact and approving this data';
    try {
      const verification = verifyLogFile(logPath);
      if (!verification.ok) {
        const problem = verification.problem!;
        results.push(
          result(
            'provenance-log',
            title,
            logSettings.severity,
            'fail',
            `${logPath}: line ${problem.line}: ${problem.message}`,
          ),
        );
      } else {
        let approved = true;
        if (approvedRoot) {
          const last = [...verification.entries]
            .reverse()
            .find((entry) => entry.rootDigest === approvedRoot && entry.action !== 'note');
          approved = last?.action === 'approve';
        }
        results.push(
          result(
            'provenance-log',
            title,
            logSettings.severity,
            approved ? 'pass' : 'fail',
            approved
              ? `${verification.entries.length} entr(ies), chain intact${approvedRoot ? '; this data version is approved' : ''}`
              : `chain intact, but the manifest's root digest ${approvedRoot!.slice(0, 12)}… has no standing approval`,
          ),
        );
      }
    } catch (error) {
      const wrapped = toRampartError(error);
      results.push(
        result('provenance-log', title, logSettings.severity, 'fail', `${wrapped.code}: ${wrapped.message}`),
      );
    }
  }
  return results;
}

/** Verify, read, profile and check the dataset in a directory; decide pass or block. */
export async function runGate(options: GateOptions): Promise<GateReport> {
  const started = performance.now();
  const { policy } = options;
  const failOn = options.failOn ?? policy.failOn;
  const logPath =
    options.provenanceLogPath ??
    (policy.provenanceLog
      ? resolve(options.directory, policy.provenanceLog)
      : existsSync(join(options.directory, 'provenance.jsonl'))
        ? join(options.directory, 'provenance.jsonl')
        : undefined);
  const checks = await manifestCheck(options, logPath);
  const manifestPath =
    options.manifestPath ?? (policy.manifest ? resolve(options.directory, policy.manifest) : undefined);
  const files = gateFiles(options.directory, policy, options.files, [
    ...(logPath ? [logPath] : []),
    ...(manifestPath ? [manifestPath] : []),
  ]);
  let rowCount = 0;
  let profile: DatasetProfile | undefined;
  const timings: Record<string, number> = {};
  if (files.length === 0) {
    checks.push(
      result(
        'read',
        'Read the dataset',
        'critical',
        'error',
        `no dataset files (.csv, .tsv, .parquet, .jsonl) in ${options.directory}`,
      ),
    );
  } else {
    let dataset: Dataset | undefined;
    try {
      const readStarted = performance.now();
      dataset = await Dataset.open(files, { memoryLimit: policy.memoryLimit });
      timings.read = Math.round(performance.now() - readStarted);
      if (policy.label) dataset.requireColumn(policy.label, 'label');
      rowCount = dataset.rowCount;
      const run = await runChecks(dataset, policy, options.baseline);
      profile = run.current;
      timings.profile = run.profileMs;
      for (const result of run.results) timings[result.id] = Number(result.metrics.ms ?? 0);
      checks.push(...run.results);
    } catch (error) {
      const wrapped = toRampartError(error);
      checks.push(
        result('read', 'Read the dataset', 'critical', 'error', `${wrapped.code}: ${wrapped.message}`),
      );
    } finally {
      dataset?.close();
    }
  }
  const blocking = checks
    .filter(
      (check) => (check.status === 'fail' || check.status === 'error') && atLeast(check.severity, failOn),
    )
    .map((check) => check.id);
  const suspects = checks
    .flatMap((check) => check.suspects)
    .sort((a, b) => b.score - a.score || a.row - b.row);
  return {
    kind: 'rampart.data.gate',
    version: 1,
    createdAt: new Date().toISOString(),
    directory: options.directory,
    files,
    rowCount,
    failOn,
    passed: blocking.length === 0,
    blocking,
    checks,
    suspects,
    ...(profile ? { profile } : {}),
    durationMs: Math.round(performance.now() - started),
    timings,
  };
}

/**
 * The `data.gate.result` event for a gate run. `attrs.dataset` (default: the directory's name) is
 * the key the SOC joins on: a training pipeline that reports `training.run.started` with the same
 * `dataset` after a failed gate raises the poisoned-data-then-training alert.
 */
export function gateEvent(report: GateReport, options: { dataset?: string } = {}): SecurityEvent {
  const failed = report.checks.filter((check) => check.status === 'fail' || check.status === 'error');
  let severity: Severity = 'info';
  for (const check of failed)
    if (severityRank(check.severity) > severityRank(severity)) severity = check.severity;
  return createEvent({
    source: 'data',
    kind: 'data.gate.result',
    severity,
    decision: report.passed ? 'allow' : 'block',
    attrs: {
      // `passed` and `dataset` are the shared names every SOC view and rule reads on a result event.
      passed: report.passed,
      dataset: options.dataset ?? (basename(resolve(report.directory)) || report.directory),
      'rampart.data.directory': report.directory,
      'rampart.data.files': report.files,
      'rampart.data.rows': report.rowCount,
      'rampart.data.fail_on': report.failOn,
      'rampart.data.blocking_checks': report.blocking,
      'rampart.data.failed_checks': failed.map((check) => check.id),
      'rampart.data.suspect_rows': report.suspects.length,
      'rampart.data.checks': Object.fromEntries(report.checks.map((check) => [check.id, check.status])),
    },
    frameworks: failed.length > 0 ? ['LLM04:2025', 'AML.T0020'] : [],
  });
}

/** Throw RAMPART_DATA_GATE_FAILED when a gate report blocks (for library callers who want an exception). */
export function assertGatePassed(report: GateReport): void {
  if (report.passed) return;
  throw new RampartError('RAMPART_DATA_GATE_FAILED', `data gate failed: ${report.blocking.join(', ')}`);
}
