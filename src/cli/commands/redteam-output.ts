import { readFileSync, writeFileSync } from 'node:fs';
import { RampartError } from '../../core/index.ts';
import {
  type GateOptions,
  type RedteamReport,
  readBaseline,
  renderReportHtml,
  renderReportJUnit,
  renderReportSarif,
  renderReportTable,
  reportEvent,
} from '../../redteam/index.ts';
import { checkEventOutput, eventOutputArgs, outputEvents } from '../event-output.ts';

/** Flags every `rampart redteam` run shares: the gate and where the report goes. */
export const reportArgs = {
  'target-name': {
    type: 'string',
    description: 'Name of the target in reports and events (default: its URL); the SOC compares runs by it',
  },
  'max-success': {
    type: 'string',
    description: 'Highest attack success rate allowed in any category, 0..1 (default 0: any success fails)',
    default: '0',
  },
  baseline: {
    type: 'string',
    description: "An earlier run's --json report: a category whose success rate rose fails",
  },
  tolerance: { type: 'string', description: 'How far above --baseline a rate may rise (0..1)', default: '0' },
  'max-false-positive': {
    type: 'string',
    description: 'Highest share of benign probes the target may block (0..1)',
  },
  format: { type: 'string', description: 'What stdout gets: table | json', default: 'table' },
  json: { type: 'string', description: 'Write the JSON report to this file' },
  sarif: { type: 'string', description: 'Write SARIF 2.1.0 to this file' },
  junit: { type: 'string', description: 'Write JUnit XML to this file' },
  html: { type: 'string', description: 'Write the HTML report (inline SVG charts) to this file' },
  ...eventOutputArgs,
} as const;

export interface ReportFlags {
  'target-name'?: string;
  'max-success': string;
  baseline?: string;
  tolerance: string;
  'max-false-positive'?: string;
  format: string;
  json?: string;
  sarif?: string;
  junit?: string;
  html?: string;
  events?: string;
  'report-to'?: string;
}

/** A 0..1 flag value, or RAMPART_USAGE. */
export function rateFlag(value: string, flag: string): number {
  const rate = Number(value);
  if (value.trim() === '' || !Number.isFinite(rate) || rate < 0 || rate > 1)
    throw new RampartError('RAMPART_USAGE', `--${flag} must be a number from 0 to 1, not "${value}"`);
  return rate;
}

/** A positive integer flag value, or RAMPART_USAGE. */
export function countFlag(value: string, flag: string, max = 10_000_000): number {
  const count = Number(value);
  if (!/^\d+$/.test(value) || count < 1 || count > max)
    throw new RampartError(
      'RAMPART_USAGE',
      `--${flag} must be a whole number from 1 to ${max}, not "${value}"`,
    );
  return count;
}

/** Check the report flags before the run starts (a run can take minutes); returns the gate options. */
export function gateOptions(flags: ReportFlags): GateOptions & { baselinePath?: string } {
  checkEventOutput(flags);
  if (flags.format !== 'table' && flags.format !== 'json')
    throw new RampartError('RAMPART_USAGE', `--format must be table or json, not "${flags.format}"`);
  let baseline: Record<string, number> | undefined;
  if (flags.baseline) {
    let text: string;
    try {
      text = readFileSync(flags.baseline, 'utf8');
    } catch (error) {
      throw new RampartError('RAMPART_IO', `could not read the baseline ${flags.baseline}`, { cause: error });
    }
    baseline = readBaseline(text, flags.baseline);
  }
  return {
    maxSuccessRate: rateFlag(flags['max-success'], 'max-success'),
    tolerance: rateFlag(flags.tolerance, 'tolerance'),
    ...(flags['max-false-positive'] === undefined
      ? {}
      : { maxFalsePositiveRate: rateFlag(flags['max-false-positive'], 'max-false-positive') }),
    ...(baseline ? { baseline, baselinePath: flags.baseline } : {}),
  };
}

function write(path: string, text: string): void {
  try {
    writeFileSync(path, text);
  } catch (error) {
    throw new RampartError('RAMPART_IO', `could not write ${path}`, { cause: error });
  }
}

/** Write every requested output, send the event, then fail the command when the gate failed. */
export async function finishRun(report: RedteamReport, flags: ReportFlags): Promise<void> {
  const json = `${JSON.stringify(report, null, 2)}\n`;
  if (flags.json) write(flags.json, json);
  if (flags.sarif) write(flags.sarif, `${JSON.stringify(renderReportSarif(report), null, 2)}\n`);
  if (flags.junit) write(flags.junit, renderReportJUnit(report));
  if (flags.html) write(flags.html, renderReportHtml(report));
  process.stdout.write(flags.format === 'json' ? json : `${renderReportTable(report)}\n`);
  if (flags.events || flags['report-to']) await outputEvents([reportEvent(report)], flags);
  if (!report.gate.passed)
    throw new RampartError(
      'RAMPART_REDTEAM_GATE_FAILED',
      `red-team gate failed: ${report.gate.reasons.join('; ')}`,
    );
}

/** A progress bar on stderr when it is a terminal; silent otherwise. */
export function progressBar(label: string): {
  onProgress: (done: number, total: number) => void;
  finish: () => void;
} {
  if (!process.stderr.isTTY) return { onProgress: () => {}, finish: () => {} };
  let last = 0;
  let drawn = false;
  return {
    onProgress(done, total) {
      const now = Date.now();
      if (now - last < 100 && done < total) return;
      last = now;
      drawn = true;
      const fraction = total > 0 ? done / total : 1;
      const filled = Math.round(fraction * 30);
      process.stderr.write(`\r${label} [${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${done}/${total} `);
    },
    finish() {
      if (drawn) process.stderr.write('\r\x1b[2K');
    },
  };
}
