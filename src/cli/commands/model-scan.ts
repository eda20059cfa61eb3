import type { KeyObject } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { defineCommand } from 'citty';
import { RampartError, renderTable } from '../../core/index.ts';
import {
  readPrivateKey,
  type ScanReport,
  scanPaths,
  scanReportToEvents,
  scanReportToSarif,
  signScanAttestation,
  type Verdict,
} from '../../model/index.ts';
import { checkEventOutput, eventOutputArgs, outputEvents } from '../event-output.ts';
import { exitCodes, wantsColour } from '../render-error.ts';

const failLevels = ['clean', 'unsafe', 'malicious', 'never'] as const;
type FailLevel = (typeof failLevels)[number];

/** Exit 1 when a file reaches the --fail-on level; `clean` fails on any finding, even informational. */
export function gateFails(report: ScanReport, failOn: FailLevel): boolean {
  if (failOn === 'never') return false;
  return report.files.some((file) => {
    if (file.verdict === 'malicious') return true;
    if (file.verdict === 'unsafe') return failOn !== 'malicious';
    return failOn === 'clean' && file.findings.length > 0;
  });
}

const colour: Record<Verdict, string> = {
  skipped: '90',
  clean: '32',
  unsafe: '33',
  malicious: '31',
  error: '35',
};

function formatSize(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(2)} GB`;
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  if (bytes >= 1e3) return `${(bytes / 1e3).toFixed(1)} kB`;
  return `${bytes} B`;
}

/** The report for people: one row per file, then the findings of files that are not clean. */
export function renderScanTable(report: ScanReport, options: { colour: boolean; verbose: boolean }): string {
  const paint = (verdict: Verdict) =>
    options.colour ? `\x1b[${colour[verdict]}m${verdict}\x1b[0m` : verdict;
  const rows = report.files.map((file) => [
    paint(file.verdict),
    file.format,
    formatSize(file.sizeBytes),
    file.path,
    file.findings.filter((finding) => finding.severity !== 'info').length || '',
  ]);
  const lines = [renderTable(['VERDICT', 'FORMAT', 'SIZE', 'FILE', 'FINDINGS'], rows)];
  for (const file of report.files) {
    const shown = file.findings.filter((finding) => options.verbose || finding.severity !== 'info');
    if (shown.length === 0) continue;
    lines.push('', `${file.path} (${paint(file.verdict)})`);
    for (const finding of shown) {
      const where = [
        finding.location?.detail,
        finding.location?.offset === undefined ? undefined : `offset ${finding.location.offset}`,
      ]
        .filter(Boolean)
        .join(', ');
      lines.push(
        `  ${finding.severity.padEnd(8)} ${finding.ruleId}${where ? ` (${where})` : ''}: ${finding.message}`,
      );
    }
  }
  const { summary } = report;
  lines.push(
    '',
    `${summary.files} files, ${formatSize(summary.bytes)} in ${(summary.durationMs / 1000).toFixed(2)} s: ` +
      `${summary.malicious} malicious, ${summary.unsafe} unsafe, ${summary.error} errors, ${summary.clean} clean, ${summary.skipped} skipped (not model files)`,
  );
  return `${lines.join('\n')}\n`;
}

function progress(): { onProgress: (done: number, total: number) => void; finish: () => void } {
  if (!process.stderr.isTTY) return { onProgress: () => {}, finish: () => {} };
  let last = 0;
  let drawn = false;
  return {
    onProgress(done, total) {
      const now = Date.now();
      if (total < 2 || (now - last < 100 && done < total)) return;
      last = now;
      drawn = true;
      const width = 30;
      const filled = Math.round((done / total) * width);
      process.stderr.write(
        `\rscanning [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} files `,
      );
    },
    finish() {
      if (drawn) process.stderr.write('\r\x1b[2K');
    },
  };
}

/** The private key for --attest, read before the scan so a bad key fails fast (exit 2). */
async function attestationKey(
  args: { attest?: string; key?: string; 'key-password-env'?: string },
  paths: readonly string[],
): Promise<KeyObject | undefined> {
  if (!args.attest && !args.key) return undefined;
  if (!args.attest || !args.key)
    throw new RampartError('RAMPART_USAGE', '--attest OUT and --key PRIVATE_KEY go together');
  if (paths.length !== 1)
    throw new RampartError('RAMPART_USAGE', '--attest attests one model: pass one directory or file');
  const passphraseEnv = args['key-password-env'];
  const passphrase = passphraseEnv ? process.env[passphraseEnv] : undefined;
  if (passphraseEnv && passphrase === undefined)
    throw new RampartError('RAMPART_USAGE', `environment variable ${passphraseEnv} is not set`);
  let pem: Buffer;
  try {
    pem = await readFile(args.key);
  } catch (error) {
    throw new RampartError('RAMPART_IO', `could not read the private key ${args.key}`, { cause: error });
  }
  return readPrivateKey(pem, passphrase);
}

/** Sign the report into a scan attestation (written whatever the verdict: the verifier judges). */
async function writeScanAttestation(
  modelPath: string,
  report: ScanReport,
  key: KeyObject,
  args: { attest?: string; 'allow-unanalysable'?: boolean },
): Promise<void> {
  const out = args.attest!;
  const envelope = await signScanAttestation(modelPath, report, key, {
    allowUnanalysable: Boolean(args['allow-unanalysable']),
    exclude: out,
  });
  try {
    await writeFile(out, `${JSON.stringify(envelope, null, 2)}\n`);
  } catch (error) {
    throw new RampartError('RAMPART_MODEL_SCAN_OUTPUT', `cannot write ${out}`, { cause: error });
  }
  process.stderr.write(`scan attestation written to ${out} (verdict ${report.summary.verdict})\n`);
}

export default defineCommand({
  meta: {
    name: 'scan',
    description:
      'Scan model files for malicious or unsafe content (exit 0 clean, 1 findings at --fail-on, 2 error).',
  },
  args: {
    path: { type: 'positional', required: true, description: 'Model files or directories (several allowed)' },
    format: {
      type: 'enum',
      options: ['table', 'json', 'sarif'],
      default: 'table',
      description: 'Output format',
    },
    output: { type: 'string', description: 'Write the report to this file instead of stdout' },
    'fail-on': {
      type: 'enum',
      options: [...failLevels],
      default: 'unsafe',
      description: 'Exit 1 when a file is at least this bad (clean: any finding at all; never: always 0)',
    },
    hash: { type: 'boolean', description: 'Also compute each file’s SHA-256 (reads whole files)' },
    verbose: { type: 'boolean', description: 'Show informational findings in the table' },
    'allow-unanalysable': {
      type: 'boolean',
      description:
        'Report files with a model extension whose content no scanner recognises (and empty ones) as skipped, not unsafe',
    },
    attest: {
      type: 'string',
      description:
        'Write a signed scan attestation here (in-toto, DSSE): the files with their SHA-256, the verdict and findings. One model path; needs --key',
    },
    key: {
      type: 'string',
      description: 'PEM private key that signs the --attest attestation (the same kinds as model signing)',
    },
    'key-password-env': { type: 'string', description: 'Environment variable holding the key passphrase' },
    ...eventOutputArgs,
  },
  async run({ args }) {
    checkEventOutput(args);
    const paths = [args.path, ...(args._ ?? []).filter((value) => value !== args.path)].map(String);
    const attestKey = await attestationKey(args, paths);
    const bar = progress();
    let report: ScanReport;
    try {
      report = await scanPaths(paths, {
        hash: Boolean(args.hash) || attestKey !== undefined,
        onProgress: bar.onProgress,
        allowUnanalysable: Boolean(args['allow-unanalysable']),
      });
    } finally {
      bar.finish();
    }
    // A gate that scanned nothing must not pass: a wrong path or a model not yet downloaded looks like this.
    if (report.summary.files === 0)
      throw new RampartError('RAMPART_MODEL_SCAN_PATH_NOT_FOUND', `no files to scan in ${paths.join(', ')}`, {
        hint: 'Point `rampart model scan` at the model files (symbolic links are not followed); check that the download or checkout step ran.',
      });
    if (report.summary.skipped === report.summary.files)
      throw new RampartError(
        'RAMPART_MODEL_SCAN_PATH_NOT_FOUND',
        `none of the ${report.summary.files} files in ${paths.join(', ')} is a model file`,
        {
          hint: 'Point `rampart model scan` at the model files; files with no model format and no model extension (README.md, ...) are skipped.',
        },
      );
    const format = args.format as 'table' | 'json' | 'sarif';
    const text =
      format === 'json'
        ? `${JSON.stringify(report, null, 2)}\n`
        : format === 'sarif'
          ? `${JSON.stringify(scanReportToSarif(report, { toolVersion: '0.1.0', baseDirectory: process.cwd() }), null, 2)}\n`
          : renderScanTable(report, {
              colour: !args.output && wantsColour(process.stdout),
              verbose: Boolean(args.verbose),
            });
    if (args.output) {
      try {
        await writeFile(args.output, text);
      } catch (error) {
        throw new RampartError('RAMPART_MODEL_SCAN_OUTPUT', `cannot write ${args.output}`, { cause: error });
      }
    } else process.stdout.write(text);
    if (attestKey && args.attest) await writeScanAttestation(paths[0]!, report, attestKey, args);
    if (args.events || args['report-to']) await outputEvents(scanReportToEvents(report), args);
    if (report.summary.error > 0) process.exitCode = exitCodes.error;
    else process.exitCode = gateFails(report, args['fail-on'] as FailLevel) ? exitCodes.failed : exitCodes.ok;
  },
});
