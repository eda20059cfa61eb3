import type { KeyObject } from 'node:crypto';
import { existsSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import {
  atLeast,
  createEvent,
  decidingEntry,
  type ProvenanceEntry,
  RampartError,
  type SecurityEvent,
  type Severity,
  severityRank,
  toRampartError,
  verifyLogFile,
} from '../core/index.ts';
import type { CheckResult, SuspectRow } from './check.ts';
import { Dataset, datasetExtensions } from './dataset.ts';
import { chooseLabel } from './label-column.ts';
import {
  compareSnapshot,
  type DatasetSnapshot,
  type DatasetTree,
  snapshotDataset,
  verifyManifest,
  walkDataset,
} from './manifest.ts';
import type { DataPolicy } from './policy.ts';
import type { DatasetProfile } from './profile.ts';
import { checkPolicy, checksNeedingLabel, runChecks } from './run-checks.ts';

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
  /**
   * For tests and tooling: called once the manifest check has walked and hashed the directory, before
   * the gate lists and reads the data (the window in which a writer could swap the bytes it checks).
   */
  afterVerify?: () => void | Promise<void>;
}

export interface GateReport {
  kind: 'rampart.data.gate';
  version: 1;
  createdAt: string;
  directory: string;
  /**
   * The root digest of the manifest the directory was checked against (its `manifest` check says
   * whether it matched): what `--attest` names, so the attestation is about the manifest the gate read.
   */
  manifestRootDigest?: string;
  files: string[];
  rowCount: number;
  /** The label column the checks used; `inferred` when no policy named it and its name said so. */
  label?: { column: string; inferred: boolean };
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
  hint?: string,
): CheckResult {
  return {
    ...(hint ? { hint } : {}),
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

/**
 * Data files the gate reads: the policy's list, or every dataset file in the directory, listed by the
 * walk the manifest is built and verified with (`walkDataset`: links followed, a broken link, a loop or
 * a special file is RAMPART_DATA_PATH_INVALID), as paths through the directory. With `tree` (the walk
 * the manifest verification made), that listing is used rather than a second walk, so the files read
 * are the files verified.
 */
export async function gateFiles(
  directory: string,
  policy: DataPolicy,
  files?: string[],
  exclude: readonly string[] = [],
  tree?: DatasetTree,
): Promise<string[]> {
  const chosen = files ?? policy.files;
  if (chosen && chosen.length > 0) return chosen.map((file) => resolve(directory, file));
  const root = resolve(directory);
  const skip = ['provenance.jsonl', ...exclude.map((path) => relative(root, resolve(path)))];
  const listed = tree
    ? tree.files.filter(
        (file) => !skip.some((path) => file.path === path || file.path.startsWith(`${path}/`)),
      )
    : (await walkDataset(root, skip)).files;
  return listed
    .filter((file) => (/\.[^.]+$/.exec(file.path)?.[0]?.toLowerCase() ?? '') in datasetExtensions)
    .map((file) => file.absolutePath);
}

/** The manifest beside the data that `rampart data manifest DIR` writes. */
const manifestFileName = 'manifest.json';
const logFileName = 'provenance.jsonl';

/** --manifest, else the policy's, else DIR/manifest.json when it is there. */
export function manifestPathFor(options: GateOptions): string | undefined {
  if (options.manifestPath) return options.manifestPath;
  if (options.policy.manifest) return resolve(options.directory, options.policy.manifest);
  const beside = join(options.directory, manifestFileName);
  return existsSync(beside) ? beside : undefined;
}

/** --log, else the policy's, else DIR/provenance.jsonl when it is there. */
function logPathFor(options: GateOptions): string | undefined {
  if (options.provenanceLogPath) return options.provenanceLogPath;
  if (options.policy.provenanceLog) return resolve(options.directory, options.policy.provenanceLog);
  const beside = join(options.directory, logFileName);
  return existsSync(beside) ? beside : undefined;
}

/** The manifest and provenance-log checks, and the root digest of the manifest the directory was checked against. */
async function manifestCheck(
  options: GateOptions,
  path: string | undefined,
  logPath: string | undefined,
): Promise<{ results: CheckResult[]; approvedRoot?: string; snapshot?: Verified }> {
  const { policy } = options;
  const results: CheckResult[] = [];
  const manifestSettings = checkPolicy(policy, 'manifest');
  let approvedRoot: string | undefined;
  let snapshot: Verified | undefined;
  if (manifestSettings.enabled) {
    const title = 'Manifest: the data is the approved data';
    if (!path) {
      // Provenance that could not be verified is not verified provenance: this check blocks.
      results.push(
        result(
          'manifest',
          title,
          manifestSettings.severity,
          'error',
          `not run: no manifest (${join(options.directory, manifestFileName)} not found): provenance not verified`,
          [],
          {},
          'Approve the data with `rampart data manifest DIR --key KEY` (or pass --manifest FILE); to gate without provenance, set checks.manifest.enabled: false in the policy.',
        ),
      );
    } else {
      try {
        const exclude = logPath ? [logPath] : [];
        const verification = await verifyManifest(options.directory, path, options.publicKey, exclude);
        approvedRoot = verification.manifest.rootDigest;
        snapshot = {
          snapshot: verification.snapshot,
          exclude: [relative(resolve(options.directory), resolve(path)), ...exclude],
        };
        const details = [
          ...verification.added.map((file) => `added: ${file}`),
          ...verification.removed.map((file) => `removed: ${file}`),
          ...verification.changed.map((file) => `changed: ${file.path} (${file.reason})`),
        ];
        const signature = verification.signatureChecked
          ? 'signature verified'
          : 'signature NOT checked (no --key)';
        // Followed and hashed like any file, but data kept elsewhere: said wherever the result is read.
        const outside = (verification.manifest.links ?? []).filter((link) => link.outside);
        const outsideNote =
          outside.length > 0
            ? `; ${outside.length} symbolic link(s) lead outside the directory: ${outside
                .slice(0, 5)
                .map((link) => `${link.path} -> ${link.target}`)
                .join(', ')}`
            : '';
        // A signed manifest read without its key proves only that the files match a file anyone
        // who could change them could also rewrite: the part of the check that matters did not run.
        const unverifiedSignature = verification.ok && !verification.signatureChecked && verification.signed;
        results.push(
          result(
            'manifest',
            title,
            manifestSettings.severity,
            unverifiedSignature ? 'error' : verification.ok ? 'pass' : 'fail',
            unverifiedSignature
              ? `not run: the manifest is signed but its signature was not checked (no --key); ${verification.manifest.files.length} file(s) match its hashes`
              : verification.ok
                ? `${verification.manifest.files.length} file(s) match the manifest; ${signature}${outsideNote}`
                : `${details.length} difference(s) from the manifest: ${details.slice(0, 5).join('; ')}`,
            details,
            {
              added: verification.added.length,
              removed: verification.removed.length,
              changed: verification.changed.length,
              signatureChecked: verification.signatureChecked,
              linksOutside: outside.length,
            },
            unverifiedSignature
              ? "Pass the approver's public key with --key (or policy key:) so the signature is verified."
              : undefined,
          ),
        );
      } catch (error) {
        const wrapped = toRampartError(error);
        // A directory the walk cannot list (a broken link, a loop, a FIFO) was not verified: the
        // check could not run, which blocks whatever --fail-on says.
        const notRun = wrapped.code === 'RAMPART_DATA_PATH_INVALID' || wrapped.code === 'RAMPART_IO';
        results.push(
          result(
            'manifest',
            title,
            manifestSettings.severity,
            notRun ? 'error' : 'fail',
            `${notRun ? 'not run: ' : ''}${wrapped.code}: ${wrapped.message}`,
            [],
            {},
            notRun ? wrapped.hint : undefined,
          ),
        );
      }
    }
  }
  const logSettings = checkPolicy(policy, 'provenance-log');
  if (logSettings.enabled && !logPath) {
    results.push(
      result(
        'provenance-log',
        'Provenance log: intact and approving this data',
        logSettings.severity,
        'skip',
        `no provenance log (${join(options.directory, logFileName)} not found): approvals not checked`,
        [],
        {},
        'Record approvals with `rampart data manifest DIR --key KEY --log DIR/provenance.jsonl` (or pass --log FILE).',
      ),
    );
  }
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
        const deciding = approvedRoot ? decidingEntry(verification.entries, approvedRoot) : undefined;
        const approved = !approvedRoot || deciding?.action === 'approve';
        results.push(
          result(
            'provenance-log',
            title,
            logSettings.severity,
            approved ? 'pass' : 'fail',
            approved
              ? `${verification.entries.length} entr(ies), chain intact${approvedRoot ? '; this data version is approved' : ''}`
              : `chain intact, but the manifest's root digest ${approvedRoot!.slice(0, 12)}… has no standing approval${deciding ? `: ${describeRevocation(deciding)}` : ''}`,
            [],
            {},
            deciding
              ? 'Investigate the revocation (the SOC alert it names); re-approve with `rampart data log append --action approve` only once the data is checked again.'
              : undefined,
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
  return { results, ...(approvedRoot ? { approvedRoot } : {}), ...(snapshot ? { snapshot } : {}) };
}

/** The directory as the manifest check walked and hashed it, and what that walk left out. */
interface Verified {
  snapshot: DatasetSnapshot;
  exclude: string[];
}

/**
 * After the checks have read the data: walk and hash the directory again and compare it with what the
 * manifest check verified. Any difference (a file changed, added, removed, a link re-pointed) means the
 * checks may have read other bytes than the ones verified: the `manifest` check becomes an error naming
 * the files (RAMPART_DATA_CHANGED_DURING_READ), which blocks whatever --fail-on says.
 */
async function confirmUnchanged(directory: string, verified: Verified, checks: CheckResult[]): Promise<void> {
  let details: string[];
  try {
    const after = await snapshotDataset(resolve(directory), verified.exclude);
    const difference = compareSnapshot(verified.snapshot, after, 'verified');
    details = [
      ...difference.added.map((file) => `added while read: ${file}`),
      ...difference.removed.map((file) => `removed while read: ${file}`),
      ...difference.changed.map((file) => `changed while read: ${file.path} (${file.reason})`),
    ];
  } catch (error) {
    const wrapped = toRampartError(error);
    details = [`the directory could not be walked again: ${wrapped.code}: ${wrapped.message}`];
  }
  if (details.length === 0) return;
  const index = checks.findIndex((check) => check.id === 'manifest');
  const before = index >= 0 ? checks[index] : undefined;
  const earlier =
    before && before.status !== 'pass'
      ? before.findings.map((finding) => `at verification: ${finding.message}`)
      : [];
  const error = new RampartError(
    'RAMPART_DATA_CHANGED_DURING_READ',
    `the data changed while the gate read it (${details.length} difference(s) from what was verified: ${details
      .slice(0, 5)
      .join('; ')}); the checks may have run on other bytes than the approved ones`,
  );
  const replaced = result(
    'manifest',
    before?.title ?? 'Manifest: the data is the approved data',
    before?.severity ?? 'critical',
    'error',
    `${error.code}: ${error.message}`,
    [...details, ...earlier],
    { ...(before?.metrics ?? {}), changedDuringRead: details.length },
    error.hint,
  );
  if (index >= 0) checks[index] = replaced;
  else checks.unshift(replaced);
}

/** `revoked in entry 3 by soc@example.org at <time> (SOC alert <id>: <principal> write <bucket>/<object>)`. */
function describeRevocation(entry: ProvenanceEntry): string {
  const evidence = entry.evidence;
  const because = evidence
    ? ` (SOC alert ${evidence.alertId}, rule ${evidence.ruleId}: ${evidence.principal ?? 'unknown principal'} ${evidence.operation ?? 'access'} ${evidence.bucket ?? '?'}/${evidence.object ?? '?'})`
    : entry.note
      ? ` (${entry.note})`
      : '';
  return `revoked in entry ${entry.sequence} by ${entry.approvedBy} at ${entry.time}${because}`;
}

/** A `read` check that failed: the dataset could not be read or profiled. */
function readFailure(error: unknown): CheckResult {
  const wrapped = toRampartError(error);
  return result(
    'read',
    'Read the dataset',
    'critical',
    'error',
    `${wrapped.code}: ${wrapped.message}`,
    [],
    {},
    wrapped.hint,
  );
}

/**
 * The label the checks will use. Throws RAMPART_DATA_LABEL_REQUIRED (a usage error, not a verdict)
 * when an enabled check needs one and neither the policy nor a column's name says which it is:
 * skipping every label check would let flipped labels through under a PASSED.
 */
function labelFor(dataset: Dataset, policy: DataPolicy): GateReport['label'] {
  const choice = chooseLabel(dataset, policy);
  if (choice.column) return { column: choice.column, inferred: choice.inferred };
  const needing = checksNeedingLabel(policy);
  if (needing.length === 0) return undefined;
  const files = dataset.parts.map((part) => part.path).join(', ');
  const why =
    choice.candidates.length > 1
      ? `${choice.candidates.length} columns could be it (${choice.candidates.join(', ')})`
      : `no column is named label, target, class or y (columns: ${dataset.columns.map((column) => column.name).join(', ')})`;
  throw new RampartError(
    'RAMPART_DATA_LABEL_REQUIRED',
    `${files}: ${needing.join(', ')} need the label column, and the policy names none: ${why}`,
  );
}

interface DatasetRun {
  rowCount: number;
  label?: GateReport['label'];
  profile?: DatasetProfile;
  results: CheckResult[];
}

/** Read, profile and check the data files. A file that cannot be read is a failed `read` check. */
async function checkDataset(
  files: string[],
  options: GateOptions,
  timings: Record<string, number>,
): Promise<DatasetRun> {
  const { policy } = options;
  let dataset: Dataset;
  try {
    const readStarted = performance.now();
    dataset = await Dataset.open(files, { memoryLimit: policy.memoryLimit });
    timings.read = Math.round(performance.now() - readStarted);
  } catch (error) {
    return { rowCount: 0, results: [readFailure(error)] };
  }
  try {
    const label = labelFor(dataset, policy);
    const labelled = label ? { ...policy, label: label.column } : policy;
    try {
      const run = await runChecks(dataset, labelled, options.baseline);
      timings.profile = run.profileMs;
      for (const result of run.results) timings[result.id] = Number(result.metrics.ms ?? 0);
      return { rowCount: dataset.rowCount, label, profile: run.current, results: run.results };
    } catch (error) {
      return { rowCount: dataset.rowCount, label, results: [readFailure(error)] };
    }
  } finally {
    dataset.close();
  }
}

/** Verify, read, profile and check the dataset in a directory; decide pass or block. */
export async function runGate(options: GateOptions): Promise<GateReport> {
  const started = performance.now();
  const { policy } = options;
  const failOn = options.failOn ?? policy.failOn;
  const logPath = logPathFor(options);
  const manifestPath = manifestPathFor(options);
  const { results: checks, approvedRoot, snapshot } = await manifestCheck(options, manifestPath, logPath);
  await options.afterVerify?.();
  let files: string[] = [];
  let listFailure: CheckResult | undefined;
  try {
    files = await gateFiles(
      options.directory,
      policy,
      options.files,
      [...(logPath ? [logPath] : []), ...(manifestPath ? [manifestPath] : [])],
      snapshot?.snapshot.tree,
    );
  } catch (error) {
    // A broken link, a loop or a FIFO: the gate cannot say which data a training run would read.
    listFailure = readFailure(error);
  }
  const timings: Record<string, number> = {};
  let run: DatasetRun = { rowCount: 0, results: [] };
  if (listFailure) checks.push(listFailure);
  else if (files.length === 0) {
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
    run = await checkDataset(files, options, timings);
    checks.push(...run.results);
  }
  // Fail closed on a directory that changed between the manifest check and the read: the checks'
  // verdict is only about the approved data if the bytes read were the bytes hashed.
  if (snapshot) await confirmUnchanged(options.directory, snapshot, checks);
  const { rowCount, profile } = run;
  // A check that could not run blocks whatever --fail-on says: the gate never says PASSED over a
  // check it needed and did not do. --fail-on only sets how severe a real failure must be to block.
  const blocking = checks
    .filter(
      (check) => check.status === 'error' || (check.status === 'fail' && atLeast(check.severity, failOn)),
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
    ...(approvedRoot ? { manifestRootDigest: approvedRoot } : {}),
    files,
    rowCount,
    ...(run.label ? { label: run.label } : {}),
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
