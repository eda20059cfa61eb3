import { readFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { RampartError, renderTable } from '../../core/index.ts';
import {
  type Channel,
  channels,
  createGuard,
  type EvaluationReport,
  evaluateGuard,
  type GuardConfig,
  readDataset,
  type ScanResult,
} from '../../guard/index.ts';
import { exitCodes } from '../render-error.ts';

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_IO', `cannot read ${path}`, { cause: error });
  }
}

function loadGuardConfig(path: string | undefined): GuardConfig {
  if (!path) return {};
  const text = readText(path);
  try {
    return JSON.parse(text) as GuardConfig;
  } catch (error) {
    throw new RampartError('RAMPART_GUARD_CONFIG_INVALID', `${path} is not valid JSON`, { cause: error });
  }
}

function checkFormat(format: string): 'table' | 'json' {
  if (format !== 'table' && format !== 'json') {
    throw new RampartError('RAMPART_USAGE', `--format must be table or json, got '${format}'`);
  }
  return format;
}

/** The scan result for people: verdict, one row per finding, and the redacted text when any. */
export function renderScanResult(result: ScanResult): string {
  const lines = [`verdict: ${result.verdict}`];
  if (result.error)
    lines.push(`error ${result.error.code}: ${result.error.message}`, `  hint: ${result.error.hint}`);
  if (result.findings.length > 0) {
    lines.push(
      '',
      renderTable(
        ['ACTION', 'SCANNER', 'RULE', 'SCORE', 'SPAN', 'FRAMEWORKS'],
        result.findings.map((finding) => [
          finding.action,
          finding.scanner,
          finding.ruleId,
          finding.score === undefined ? '' : finding.score.toFixed(3),
          `${finding.span.start}-${finding.span.end}`,
          (finding.frameworks ?? []).join(' '),
        ]),
      ),
    );
  }
  if (result.redactedText !== undefined) lines.push('', 'redacted:', result.redactedText);
  return lines.join('\n');
}

const percent = (value: number) => `${(value * 100).toFixed(2)}%`;

/**
 * The evaluation for people: precision, recall, F1 and FPR per label, latency percentiles, then per
 * language and style, ROC AUC, recall at FPR budgets and a calibration table.
 */
export function renderEvaluation(report: EvaluationReport): string {
  const table = renderTable(
    ['LABEL', 'SUPPORT', 'PRECISION', 'RECALL', 'F1', 'FPR (benign)'],
    report.metrics.map((metric) => [
      metric.label,
      metric.support,
      metric.precision.toFixed(4),
      metric.recall.toFixed(4),
      metric.f1.toFixed(4),
      percent(metric.falsePositiveRate),
    ]),
  );
  const latency = report.latencyMs;
  const languages = Object.entries(report.byLanguage);
  const lines = [
    `${report.rows} rows`,
    '',
    table,
    '',
    `latency per text: p50 ${latency.p50.toFixed(3)} ms, p95 ${latency.p95.toFixed(3)} ms, p99 ${latency.p99.toFixed(3)} ms, mean ${latency.mean.toFixed(3)} ms`,
  ];
  if (languages.length > 1) {
    lines.push(
      '',
      renderTable(
        ['LANG', 'ATTACKS', 'RECALL', 'FPR'],
        languages.map(([language, metric]) => [
          language,
          metric.support,
          metric.recall.toFixed(4),
          percent(metric.falsePositiveRate),
        ]),
      ),
    );
  }
  const styles = Object.entries(report.byStyle);
  if (styles.length > 0) {
    lines.push(
      '',
      renderTable(
        ['STYLE', 'ATTACKS', 'BLOCKED', 'RECALL', 'BENIGN', 'FLAGGED', 'FPR'],
        styles
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([style, result]) => [
            style,
            result.attacks,
            result.attacksBlocked,
            result.attacks ? (result.attacksBlocked / result.attacks).toFixed(4) : '-',
            result.benign,
            result.benignBlocked,
            result.benign ? percent(result.benignBlocked / result.benign) : '-',
          ]),
      ),
    );
  }
  lines.push(
    '',
    `ROC AUC ${Number.isNaN(report.rocAuc) ? '- (needs attacks and benign texts)' : report.rocAuc.toFixed(4)}`,
    '',
    renderTable(
      ['FPR BUDGET', 'THRESHOLD', 'RECALL', 'FPR'],
      report.operatingPoints.map((point) => [
        percent(point.targetFpr),
        Number.isFinite(point.threshold)
          ? point.threshold.toFixed(4)
          : point.falsePositiveRate > point.targetFpr
            ? 'none (rule blocks alone exceed it)'
            : 'rule blocks only',
        point.recall.toFixed(4),
        percent(point.falsePositiveRate),
      ]),
    ),
    '',
    renderTable(
      ['SCORE', 'ROWS', 'MEAN SCORE', 'ATTACK SHARE'],
      report.calibration.map((bin) => [
        `${bin.from.toFixed(1)}-${bin.to.toFixed(1)}`,
        bin.rows,
        bin.rows ? bin.meanScore.toFixed(3) : '-',
        bin.rows ? bin.attackShare.toFixed(3) : '-',
      ]),
    ),
  );
  return lines.join('\n');
}

const scan = defineCommand({
  meta: {
    name: 'scan',
    description: 'Scan a text (prompt by default, or a model output) and print the verdict.',
  },
  args: {
    text: { type: 'positional', required: false, description: 'Text to scan (or use --file)' },
    file: { type: 'string', description: 'Read the text from this file' },
    'output-scan': {
      type: 'boolean',
      default: false,
      description: 'Scan as a model output (leak/exfiltration scanners)',
    },
    channel: {
      type: 'string',
      description: `Channel: ${channels.join(', ')} (default user, or output with --output-scan)`,
    },
    canary: { type: 'string', description: 'Canary token to look for in an output' },
    'system-prompt': { type: 'string', description: 'System prompt to compare an output against' },
    config: { type: 'string', description: 'Guard config as a JSON file' },
    format: { type: 'string', default: 'table', description: 'table | json' },
  },
  run({ args }) {
    const format = checkFormat(args.format);
    if ((args.text === undefined) === (args.file === undefined)) {
      throw new RampartError('RAMPART_USAGE', 'pass exactly one of: a text argument, --file');
    }
    const text = args.file ? readText(args.file) : String(args.text);
    const channel = (args.channel ?? (args['output-scan'] ? 'output' : 'user')) as Channel;
    if (!channels.includes(channel))
      throw new RampartError('RAMPART_USAGE', `--channel must be one of ${channels.join(', ')}`);
    const guard = createGuard(loadGuardConfig(args.config));
    const context = {
      ...(args.canary ? { canary: args.canary } : {}),
      ...(args['system-prompt'] ? { systemPrompt: args['system-prompt'] } : {}),
    };
    const result = guard.scanText(text, channel, context);
    if (format === 'json') process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(`${renderScanResult(result)}\n`);
    process.exitCode = result.verdict === 'block' ? exitCodes.failed : exitCodes.ok;
  },
});

const evaluate = defineCommand({
  meta: { name: 'eval', description: 'Measure injection/jailbreak detection on a labelled JSONL dataset.' },
  args: {
    dataset: {
      type: 'string',
      required: true,
      description: 'JSONL file: {"text": ..., "label": "benign|injection|jailbreak"} per line',
    },
    channel: { type: 'string', default: 'user', description: 'Channel to scan the texts on' },
    config: { type: 'string', description: 'Guard config as a JSON file' },
    format: { type: 'string', default: 'table', description: 'table | json' },
  },
  run({ args }) {
    const format = checkFormat(args.format);
    const channel = args.channel as Channel;
    if (!channels.includes(channel))
      throw new RampartError('RAMPART_USAGE', `--channel must be one of ${channels.join(', ')}`);
    const records = readDataset(args.dataset);
    // Precision and recall over nothing are zeros that look like results: refuse instead.
    if (records.length === 0)
      throw new RampartError('RAMPART_GUARD_DATASET_INVALID', `${args.dataset} has no rows to evaluate`);
    const guard = createGuard(loadGuardConfig(args.config));
    const report = evaluateGuard(guard, records, channel);
    if (format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    else process.stdout.write(`${renderEvaluation(report)}\n`);
    process.exitCode = exitCodes.ok;
  },
});

/** `rampart guard scan | eval`. */
export default defineCommand({
  meta: {
    name: 'guard',
    description: 'Scan texts for prompt injection, jailbreaks, PII, secrets and leaks.',
  },
  subCommands: { scan, eval: evaluate },
});
