import { createPublicKey, type KeyObject } from 'node:crypto';
import { lstatSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { defineCommand } from 'citty';
import {
  loadPrivateKey,
  loadPublicKey,
  RampartError,
  type Severity,
  severities,
  sha256File,
} from '../../core/index.ts';
import {
  appendLogEntry,
  attestGate,
  buildBaseline,
  buildManifest,
  type DataPolicy,
  Dataset,
  defaultPolicy,
  drawProfileSample,
  type GateReport,
  gateEvent,
  loadPolicy,
  parseProfile,
  readManifest,
  renderGateHtml,
  renderGateJson,
  renderGateJUnit,
  renderGateSarif,
  renderGateText,
  renderProfileText,
  runGate,
  signManifest,
  verifyLogFile,
  verifyManifest,
} from '../../data/index.ts';
import { checkEventOutput, eventOutputArgs, outputEvents } from '../event-output.ts';
import { exitCodes, renderCliError } from '../render-error.ts';

function readText(path: string, what: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_IO', `could not read the ${what} ${path}`, { cause: error });
  }
}

function writeText(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new RampartError('RAMPART_IO', `could not write ${path}`, { cause: error });
  }
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
}

function severityFlag(value: string | undefined): Severity | undefined {
  if (value === undefined) return undefined;
  if (!(severities as readonly string[]).includes(value)) {
    throw new RampartError(
      'RAMPART_USAGE',
      `--fail-on must be one of ${severities.join(', ')} (got "${value}")`,
    );
  }
  return value as Severity;
}

/** Policy from --policy (if any), with --label/--text/--ignore flags taking precedence. */
function policyFrom(args: { policy?: string; label?: string; text?: string; ignore?: string }): DataPolicy {
  const base = args.policy ? loadPolicy(args.policy) : defaultPolicy();
  return {
    ...base,
    ...(args.label ? { label: args.label } : {}),
    ...(args.text ? { text: args.text } : {}),
    ...(args.ignore ? { ignore: list(args.ignore) } : {}),
  };
}

function positionals(args: { _: string[] }, first: string | undefined): string[] {
  const rest = args._.filter((item) => item !== first);
  return [...(first ? [first] : []), ...rest];
}

/** The dataset files a command was given, resolved; a directory or a missing file is an error (exit 2). */
function datasetFiles(args: { _: string[]; file: string }, command: 'profile' | 'check'): string[] {
  const files = positionals(args, args.file).map((file) => resolve(file));
  for (const file of files) {
    const stat = statSync(file, { throwIfNoEntry: false });
    if (stat?.isDirectory())
      throw new RampartError(
        'RAMPART_USAGE',
        `${file} is a directory: \`rampart data ${command}\` takes dataset files; for a directory use \`rampart data gate DIR\``,
      );
    // A file that is not there is an I/O error (exit 2), not a failed check (exit 1); a broken
    // symbolic link, a FIFO, socket or device is a path the gate refuses too, with its code.
    if (!stat?.isFile()) {
      const own = lstatSync(file, { throwIfNoEntry: false });
      if (own?.isSymbolicLink())
        throw new RampartError(
          'RAMPART_DATA_PATH_INVALID',
          `${file} is a broken symbolic link: it leads nowhere`,
        );
      if (own)
        throw new RampartError(
          'RAMPART_DATA_PATH_INVALID',
          `${file} is not a regular file (a FIFO, socket or device): there is no data to check`,
        );
      throw new RampartError('RAMPART_IO', `cannot read ${file}: no such file`);
    }
  }
  return files;
}

/** The directory `data manifest` and `data gate` read; a file there is a usage error (exit 2). */
function datasetDirectory(path: string, command: 'manifest' | 'gate'): string {
  const directory = resolve(path);
  if (statSync(directory, { throwIfNoEntry: false })?.isFile())
    throw new RampartError(
      'RAMPART_USAGE',
      `${directory} is a file: \`rampart data ${command}\` takes a dataset directory${command === 'gate' ? '; for one file use `rampart data check FILE`' : ''}`,
    );
  return directory;
}

const manifest = defineCommand({
  meta: {
    name: 'manifest',
    description: 'Hash every file of a dataset directory into a signed manifest (DSSE, in-toto).',
  },
  args: {
    dir: { type: 'positional', required: true, description: 'Dataset directory' },
    key: {
      type: 'string',
      required: true,
      description: 'PEM private key (ECDSA P-256/384/521; same keys as model signing)',
    },
    out: { type: 'string', description: 'Manifest file (default DIR/manifest.json)' },
    by: { type: 'string', description: 'Who approves this version (default: git user.email or $USER)' },
    source: { type: 'string', description: 'Where the data came from (default: git remote origin)' },
    version: { type: 'string', description: 'Version label recorded in the provenance log' },
    log: {
      type: 'string',
      description: 'Append an approval to this provenance log (e.g. DIR/provenance.jsonl)',
    },
    rows: {
      type: 'boolean',
      default: true,
      description: 'Count rows of each dataset file (--no-rows to skip)',
    },
  },
  async run({ args }) {
    const directory = datasetDirectory(args.dir, 'manifest');
    const out = resolve(args.out ?? `${directory}/manifest.json`);
    const privateKey = loadPrivateKey(readText(args.key, 'private key'));
    const exclude = [relative(directory, out), ...(args.log ? [relative(directory, resolve(args.log))] : [])];
    const built = await buildManifest(directory, {
      exclude,
      countRows: args.rows,
      ...(args.by ? { createdBy: args.by } : {}),
      ...(args.source ? { source: args.source } : {}),
    });
    if (built.files.length === 0)
      throw new RampartError('RAMPART_DATA_EMPTY', `${directory}: no files to approve`, {
        hint: 'Point `rampart data manifest` at the directory that holds the dataset files (a `.git` folder is left out; every other file is data).',
      });
    writeText(out, `${JSON.stringify(signManifest(built, privateKey), null, 2)}\n`);
    process.stdout.write(`manifest ${out}: ${built.files.length} file(s), root ${built.rootDigest}\n`);
    for (const file of built.files) {
      process.stdout.write(
        `  ${file.sha256.slice(0, 16)}  ${String(file.size).padStart(12)}  ${file.path}${file.rows === undefined ? '' : `  (${file.rows} rows)`}\n`,
      );
    }
    for (const link of built.links ?? [])
      process.stdout.write(
        `  link ${link.path} -> ${link.target}${link.outside ? '  (outside the dataset directory: followed and hashed)' : ''}\n`,
      );
    if (args.log) {
      const entry = appendLogEntry(resolve(args.log), {
        action: 'approve',
        rootDigest: built.rootDigest,
        manifestDigest: await sha256File(out),
        approvedBy: built.createdBy,
        ...(args.version ? { version: args.version } : {}),
      });
      process.stdout.write(
        `provenance ${args.log}: entry ${entry.sequence} approved by ${entry.approvedBy}, head ${entry.hash}\n`,
      );
    }
  },
});

const verify = defineCommand({
  meta: {
    name: 'verify',
    description:
      'Check a dataset directory against its manifest; names every added, removed or changed file.',
  },
  args: {
    dir: { type: 'positional', required: true, description: 'Dataset directory' },
    manifest: {
      type: 'string',
      required: true,
      description: 'Manifest (DSSE envelope) written by `rampart data manifest`',
    },
    key: { type: 'string', description: 'PEM public key; without it the signature is not checked' },
    log: { type: 'string', description: 'Provenance log left out of the comparison' },
  },
  async run({ args }) {
    const publicKey = args.key ? loadPublicKey(readText(args.key, 'public key')) : undefined;
    try {
      const result = await verifyManifest(
        resolve(args.dir),
        resolve(args.manifest),
        publicKey,
        args.log ? [resolve(args.log)].map((path) => relative(resolve(args.dir), path)) : [],
      );
      for (const path of result.added) process.stdout.write(`added    ${path}\n`);
      for (const path of result.removed) process.stdout.write(`removed  ${path}\n`);
      for (const change of result.changed)
        process.stdout.write(`changed  ${change.path}: ${change.reason}\n`);
      const signature = result.signatureChecked ? 'signature verified' : 'signature not checked (pass --key)';
      if (result.ok)
        process.stdout.write(
          `OK: ${result.manifest.files.length} file(s) match, root ${result.manifest.rootDigest}; ${signature}\n`,
        );
      else
        process.stdout.write(
          `FAILED: ${result.added.length} added, ${result.removed.length} removed, ${result.changed.length} changed; ${signature}\n`,
        );
      process.exitCode = result.ok ? exitCodes.ok : exitCodes.failed;
    } catch (error) {
      // A manifest that does not parse or verify is a failed check, not a usage error.
      if (
        RampartError.is(error) &&
        ['RAMPART_DATA_MANIFEST_INVALID', 'RAMPART_SIGNATURE_INVALID', 'RAMPART_KEY_INVALID'].includes(
          error.code,
        )
      ) {
        process.stdout.write(`FAILED: ${renderCliError(error)}\n`);
        process.exitCode = exitCodes.failed;
        return;
      }
      throw error;
    }
  },
});

const profile = defineCommand({
  meta: {
    name: 'profile',
    description: 'Record a baseline: schema, per-column statistics and histograms, label distribution.',
  },
  args: {
    file: { type: 'positional', required: true, description: 'Dataset file(s): .csv .tsv .parquet .jsonl' },
    label: { type: 'string', description: 'Label column' },
    text: { type: 'string', description: 'Free-text column' },
    ignore: { type: 'string', description: 'Comma-separated columns to leave out' },
    policy: { type: 'string', description: 'Data policy YAML (for label/text/ignore and check options)' },
    out: { type: 'string', description: 'Write the baseline JSON here' },
    json: { type: 'boolean', description: 'Print the profile as JSON instead of a table' },
    'sample-rows': {
      type: 'string',
      description:
        'Keep this many feature rows in the baseline (for predict-route distance checks and explanations)',
    },
  },
  async run({ args }) {
    const policy = policyFrom(args);
    const sampleRows = args['sample-rows'] === undefined ? 0 : Number(args['sample-rows']);
    if (!Number.isInteger(sampleRows) || sampleRows < 0 || sampleRows > 100_000)
      throw new RampartError('RAMPART_USAGE', '--sample-rows must be an integer from 0 to 100000');
    const dataset = await Dataset.open(datasetFiles(args, 'profile'), { memoryLimit: policy.memoryLimit });
    try {
      if (policy.label) dataset.requireColumn(policy.label, 'label');
      const baseline = await buildBaseline(dataset, policy);
      if (sampleRows > 0)
        baseline.sample = await drawProfileSample(dataset, baseline, sampleRows, policy.seed);
      if (args.out) writeText(args.out, `${JSON.stringify(baseline, null, 2)}\n`);
      process.stdout.write(
        args.json ? `${JSON.stringify(baseline, null, 2)}\n` : `${renderProfileText(baseline)}\n`,
      );
      if (args.out) process.stdout.write(`baseline written to ${args.out}\n`);
    } finally {
      dataset.close();
    }
  },
});

const gateArgs = {
  policy: { type: 'string', description: 'Data policy YAML' },
  baseline: { type: 'string', description: 'Baseline JSON from `rampart data profile --out`' },
  label: { type: 'string', description: 'Label column (overrides the policy)' },
  text: { type: 'string', description: 'Free-text column (overrides the policy)' },
  ignore: { type: 'string', description: 'Comma-separated columns to leave out' },
  'fail-on': {
    type: 'string',
    description: `Lowest severity that blocks: ${severities.join('|')} (default: policy failOn, high)`,
  },
  json: { type: 'string', description: 'Write the JSON report here' },
  sarif: { type: 'string', description: 'Write a SARIF 2.1.0 log here' },
  junit: { type: 'string', description: 'Write a JUnit XML report here' },
  html: { type: 'string', description: 'Write a self-contained HTML report here' },
  dataset: {
    type: 'string',
    description: "Dataset name on the data.gate.result event (default: the directory's name)",
  },
  ...eventOutputArgs,
  format: { type: 'string', default: 'text', description: 'Terminal output: text or json' },
  suspects: { type: 'string', default: '20', description: 'Suspect rows shown in the terminal' },
} as const;

async function finishGate(
  report: GateReport,
  args: Record<string, unknown>,
  command: 'gate' | 'check',
): Promise<void> {
  const maxSuspects = Number(args.suspects ?? 20) || 20;
  if (typeof args.json === 'string') writeText(args.json, renderGateJson(report));
  if (typeof args.sarif === 'string')
    writeText(args.sarif, `${JSON.stringify(renderGateSarif(report), null, 2)}\n`);
  if (typeof args.junit === 'string') writeText(args.junit, renderGateJUnit(report));
  if (typeof args.html === 'string') writeText(args.html, renderGateHtml(report));
  process.stdout.write(
    args.format === 'json'
      ? renderGateJson(report)
      : `${renderGateText(report, { maxSuspects, title: `rampart data ${command}` })}\n`,
  );
  process.exitCode = report.passed ? exitCodes.ok : exitCodes.failed;
  await outputEvents(
    [gateEvent(report, typeof args.dataset === 'string' ? { dataset: args.dataset } : {})],
    args,
  );
}

function loadBaseline(path: string | undefined) {
  return path ? parseProfile(readText(path, 'baseline'), path) : undefined;
}

const gate = defineCommand({
  meta: {
    name: 'gate',
    description: 'Verify, profile and check a dataset directory; exit 1 to block training.',
  },
  args: {
    dir: { type: 'positional', required: true, description: 'Dataset directory' },
    manifest: { type: 'string', description: 'Manifest to verify the directory against' },
    key: { type: 'string', description: 'PEM public key for the manifest signature' },
    log: { type: 'string', description: 'Provenance log (default DIR/provenance.jsonl when present)' },
    attest: {
      type: 'string',
      description:
        'Write a signed in-toto attestation of the result (DSSE) here, over the manifest root digest',
    },
    'attest-key': {
      type: 'string',
      description: 'PEM private key that signs --attest (default: --key, when it is a private key)',
    },
    ...gateArgs,
  },
  async run({ args }) {
    checkEventOutput(args);
    const policy = policyFrom(args);
    const directory = datasetDirectory(args.dir, 'gate');
    // --key may be the signing key of --attest: its public half then verifies the manifest.
    const keyText = args.key ? readText(args.key, 'key') : undefined;
    const keyIsPrivate = keyText !== undefined && /PRIVATE KEY-----/.test(keyText);
    let attestKey: KeyObject | undefined;
    if (args.attest) {
      const attestKeyText = args['attest-key']
        ? readText(args['attest-key'], 'attestation key')
        : keyIsPrivate
          ? keyText
          : undefined;
      if (!attestKeyText)
        throw new RampartError(
          'RAMPART_USAGE',
          '--attest needs a private key: --attest-key KEY (or --key KEY with a private key)',
        );
      attestKey = loadPrivateKey(attestKeyText);
    } else if (args['attest-key'])
      throw new RampartError('RAMPART_USAGE', '--attest-key goes with --attest OUT');
    const baselinePath =
      args.baseline ??
      (policy.baseline && args.policy ? resolve(dirname(resolve(args.policy)), policy.baseline) : undefined);
    const keyPath =
      args.key ??
      (policy.publicKey && args.policy
        ? resolve(dirname(resolve(args.policy)), policy.publicKey)
        : undefined);
    const failOn = severityFlag(args['fail-on']);
    const manifestPath = args.manifest ? resolve(args.manifest) : undefined;
    const report = await runGate({
      directory,
      policy,
      ...(baselinePath ? { baseline: loadBaseline(baselinePath) } : {}),
      ...(manifestPath ? { manifestPath } : {}),
      ...(keyPath
        ? {
            publicKey:
              keyIsPrivate && keyPath === args.key
                ? createPublicKey(loadPrivateKey(keyText!))
                : loadPublicKey(readText(keyPath, 'public key')),
          }
        : {}),
      ...(args.log ? { provenanceLogPath: resolve(args.log) } : {}),
      ...(failOn ? { failOn } : {}),
    });
    if (args.attest && attestKey) {
      const attestation = attestGate(
        report,
        { directory, policy, ...(manifestPath ? { manifestPath } : {}) },
        attestKey,
        typeof args.dataset === 'string' ? args.dataset : undefined,
      );
      writeText(args.attest, `${JSON.stringify(attestation.envelope, null, 2)}\n`);
      process.stderr.write(
        `attestation written to ${args.attest}: ${attestation.dataset} ${attestation.rootDigest.slice(0, 12)}… ${report.passed ? 'PASSED' : 'FAILED'}\n`,
      );
    }
    await finishGate(report, args, 'gate');
  },
});

const check = defineCommand({
  meta: {
    name: 'check',
    description: 'Run the data checks on dataset file(s), against a baseline if given.',
  },
  args: {
    file: { type: 'positional', required: true, description: 'Dataset file(s)' },
    ...gateArgs,
  },
  async run({ args }) {
    checkEventOutput(args);
    const policy = policyFrom(args);
    const files = datasetFiles(args, 'check');
    const failOn = severityFlag(args['fail-on']);
    const baselinePath =
      args.baseline ??
      (policy.baseline && args.policy ? resolve(dirname(resolve(args.policy)), policy.baseline) : undefined);
    const report = await runGate({
      directory: dirname(files[0]!),
      policy: {
        ...policy,
        checks: {
          ...policy.checks,
          manifest: { ...policy.checks.manifest, enabled: false },
          provenanceLog: { ...policy.checks.provenanceLog, enabled: false },
        },
      },
      files,
      ...(baselinePath ? { baseline: loadBaseline(baselinePath) } : {}),
      ...(failOn ? { failOn } : {}),
    });
    await finishGate(report, args, 'check');
  },
});

const logVerify = defineCommand({
  meta: {
    name: 'verify',
    description: 'Check the provenance log hash chain; names the first edited, removed or reordered line.',
  },
  args: {
    log: {
      type: 'positional',
      required: false,
      default: 'provenance.jsonl',
      description: 'Provenance log (default provenance.jsonl)',
    },
    head: { type: 'string', description: 'Expected hash of the last entry (detects lines cut off the end)' },
  },
  run({ args }) {
    const result = verifyLogFile(args.log);
    if (!result.ok) {
      process.stdout.write(`FAILED ${args.log}: line ${result.problem!.line}: ${result.problem!.message}\n`);
      process.exitCode = exitCodes.failed;
      return;
    }
    if (args.head && args.head !== result.head) {
      process.stdout.write(
        `FAILED ${args.log}: the chain ends at ${result.head}, expected ${args.head} (entries were cut off the end)\n`,
      );
      process.exitCode = exitCodes.failed;
      return;
    }
    process.stdout.write(`OK ${args.log}: ${result.entries.length} entr(ies), head ${result.head}\n`);
    for (const entry of result.entries.slice(-10)) {
      process.stdout.write(
        `  ${entry.sequence}  ${entry.time}  ${entry.action.padEnd(7)}  ${entry.rootDigest.slice(0, 16)}  ${entry.approvedBy}${entry.version ? `  ${entry.version}` : ''}\n`,
      );
    }
  },
});

const logAppend = defineCommand({
  meta: {
    name: 'append',
    description: 'Append an approval (or revocation) of a manifest to the provenance log.',
  },
  args: {
    log: { type: 'positional', required: false, default: 'provenance.jsonl', description: 'Provenance log' },
    manifest: { type: 'string', required: true, description: 'Manifest being approved' },
    key: { type: 'string', description: 'Public key: verify the manifest signature first' },
    by: { type: 'string', required: true, description: 'Who approves' },
    action: { type: 'string', default: 'approve', description: 'approve | revoke | note' },
    version: { type: 'string', description: 'Version label' },
    note: { type: 'string', description: 'Free-text note' },
  },
  async run({ args }) {
    if (!['approve', 'revoke', 'note'].includes(args.action)) {
      throw new RampartError(
        'RAMPART_USAGE',
        `--action must be approve, revoke or note (got "${args.action}")`,
      );
    }
    const publicKey = args.key ? loadPublicKey(readText(args.key, 'public key')) : undefined;
    const parsed = readManifest(readText(args.manifest, 'manifest'), publicKey, args.manifest);
    const entry = appendLogEntry(args.log, {
      action: args.action as 'approve' | 'revoke' | 'note',
      rootDigest: parsed.rootDigest,
      manifestDigest: await sha256File(args.manifest),
      approvedBy: args.by,
      ...(args.version ? { version: args.version } : {}),
      ...(args.note ? { note: args.note } : {}),
    });
    process.stdout.write(
      `appended entry ${entry.sequence} (${entry.action}) to ${args.log}, head ${entry.hash}\n`,
    );
  },
});

/** `rampart data manifest | verify | profile | check | gate | log`. */
export default defineCommand({
  meta: {
    name: 'data',
    description: 'Dataset integrity: signed manifests, provenance log, profiling, checks and the CI gate.',
  },
  subCommands: {
    manifest,
    verify,
    profile,
    check,
    gate,
    log: defineCommand({
      meta: { name: 'log', description: 'Hash-chained provenance log.' },
      subCommands: { verify: logVerify, append: logAppend },
    }),
  },
});
