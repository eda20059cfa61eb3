import { readFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { durationMilliseconds, RampartError } from '../../core/index.ts';
import {
  createPredictTarget,
  gateRun,
  type PredictTarget,
  type RedteamReport,
  runTabularAttacks,
} from '../../redteam/index.ts';
import {
  countFlag,
  finishRun,
  gateOptions,
  progressBar,
  type ReportFlags,
  rateFlag,
  reportArgs,
} from './redteam-output.ts';

export interface NumericTable {
  features: string[];
  rows: number[][];
  labels?: string[];
}

/** Split one CSV line (double-quoted fields may hold commas). */
function cells(line: string): string[] {
  const out: string[] = [];
  let current = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (char === '"') {
      if (quoted && line[index + 1] === '"') {
        current += '"';
        index++;
      } else quoted = !quoted;
    } else if (char === ',' && !quoted) {
      out.push(current);
      current = '';
    } else current += char;
  }
  out.push(current);
  return out.map((cell) => cell.trim());
}

/**
 * Numeric feature rows from a CSV: `features` (default every column but the label that holds
 * numbers), rows with a missing or non-numeric feature skipped.
 */
export function readNumericCsv(path: string, options: { features?: string[]; label?: string }): NumericTable {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_IO', `could not read ${path}`, { cause: error });
  }
  const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
  const header = cells(lines[0] ?? '');
  const records = lines.slice(1).map(cells);
  if (options.label && !header.includes(options.label))
    throw new RampartError(
      'RAMPART_USAGE',
      `--label ${options.label} is not a column of ${path} (columns: ${header.join(', ')})`,
    );
  const features =
    options.features ??
    header.filter(
      (name, column) =>
        name !== options.label &&
        records
          .slice(0, 50)
          .some((record) => record[column] !== '' && Number.isFinite(Number(record[column]))),
    );
  const missing = features.filter((name) => !header.includes(name));
  if (missing.length)
    throw new RampartError(
      'RAMPART_USAGE',
      `no column ${missing.join(', ')} in ${path} (columns: ${header.join(', ')})`,
    );
  if (features.length === 0)
    throw new RampartError('RAMPART_USAGE', `${path} has no numeric columns to attack`);
  const columns = features.map((name) => header.indexOf(name));
  const labelColumn = options.label ? header.indexOf(options.label) : -1;
  const rows: number[][] = [];
  const labels: string[] = [];
  for (const record of records) {
    const row = columns.map((column) => (record[column] === '' ? Number.NaN : Number(record[column])));
    if (!row.every(Number.isFinite)) continue;
    rows.push(row);
    if (labelColumn >= 0) labels.push(record[labelColumn] ?? '');
  }
  if (rows.length < 2) throw new RampartError('RAMPART_USAGE', `${path} has fewer than 2 complete rows`);
  return { features, rows, ...(labelColumn >= 0 ? { labels } : {}) };
}

export interface PredictFlags extends ReportFlags {
  data: string;
  members?: string;
  features?: string;
  label?: string;
  attacks: string;
  queries: string;
  'extraction-queries': string;
  budgets: string;
  'gate-budget': string;
  seed: string;
}

/** Run the tabular attacks against `target` with rows from the flags' CSVs, then report and gate. */
export async function runPredictCommand(target: PredictTarget, flags: PredictFlags): Promise<RedteamReport> {
  const gate = gateOptions(flags);
  const features = flags.features ? flags.features.split(',').map((name) => name.trim()) : undefined;
  const data = readNumericCsv(flags.data, {
    ...(features ? { features } : {}),
    ...(flags.label ? { label: flags.label } : {}),
  });
  const members = flags.members
    ? readNumericCsv(flags.members, {
        features: data.features,
        ...(flags.label ? { label: flags.label } : {}),
      })
    : undefined;
  if (members && !flags.label)
    throw new RampartError(
      'RAMPART_USAGE',
      '--members needs --label (membership inference compares confidence in the true label)',
    );
  const budgets = flags.budgets.split(',').map((value) => rateFlag(value.trim(), 'budgets'));
  const rows = members ? [...members.rows, ...data.rows] : data.rows;
  const labels = members ? [...members.labels!, ...data.labels!] : data.labels;
  const progress = progressBar('attacking');
  const startedAt = new Date().toISOString();
  const started = performance.now();
  const { findings, summary } = await runTabularAttacks(target, {
    rows,
    ...(labels ? { labels } : {}),
    ...(members ? { members: rows.map((_, index) => index < members.rows.length) } : {}),
    budgets,
    gateBudget: rateFlag(flags['gate-budget'], 'gate-budget'),
    attacks: countFlag(flags.attacks, 'attacks', 10_000),
    queryBudget: countFlag(flags.queries, 'queries', 1_000_000),
    extractionQueries: flags['extraction-queries']
      .split(',')
      .map((value) => countFlag(value.trim(), 'extraction-queries', 1_000_000)),
    seed: countFlag(flags.seed, 'seed', 2 ** 31),
    onProgress: progress.onProgress,
  }).finally(progress.finish);
  const report: RedteamReport = {
    tool: 'rampart redteam',
    reportVersion: 1,
    kind: 'predict',
    target: flags['target-name'] ?? target.name,
    startedAt,
    durationMs: Math.round(performance.now() - started),
    summary,
    gate: {
      ...gateRun(summary, gate),
      maxSuccessRate: gate.maxSuccessRate ?? 0,
      ...(gate.baselinePath ? { baseline: gate.baselinePath } : {}),
    },
    results: [],
    tabular: findings,
  };
  return report;
}

export const predictArgs = {
  data: {
    type: 'string',
    required: true,
    description: 'CSV of inputs the attacker holds (attacked, and held out for extraction)',
  },
  members: {
    type: 'string',
    description: 'CSV of rows known to be in the training set (enables membership inference; needs --label)',
  },
  features: {
    type: 'string',
    description: 'Feature columns in the order the model expects (default: the numeric columns)',
  },
  label: { type: 'string', description: 'The label column (left out of the features)' },
  attacks: { type: 'string', description: 'Inputs each evasion attack attacks', default: '20' },
  queries: { type: 'string', description: 'Query budget per attacked input (rows sent)', default: '500' },
  'extraction-queries': {
    type: 'string',
    description: 'Query counts to extract a surrogate with (comma-separated)',
    default: '1000',
  },
  budgets: {
    type: 'string',
    description: "Perturbation budgets to report (share of each feature's range, L-infinity)",
    default: '0.05,0.1,0.2',
  },
  'gate-budget': {
    type: 'string',
    description: 'The budget whose evasion success --max-success gates',
    default: '0.1',
  },
  seed: { type: 'string', description: 'Random seed', default: '1' },
  ...reportArgs,
} as const;

export default defineCommand({
  meta: {
    name: 'predict',
    description:
      'Black-box attacks on a JSON predict endpoint (KServe v2 or custom JSON paths): evasion, extraction, membership inference.',
  },
  args: {
    target: {
      type: 'string',
      required: true,
      description: 'The predict URL (e.g. http://host/v2/models/NAME/infer or a gateway predict route)',
    },
    api: {
      type: 'string',
      description: 'Request and answer shape: kserve-v2 | custom',
      default: 'kserve-v2',
    },
    'input-path': {
      type: 'string',
      description: 'custom: where the rows go in the request (e.g. instances)',
    },
    'label-path': {
      type: 'string',
      description: 'custom: where the labels are in the answer (e.g. predictions)',
    },
    'scores-path': { type: 'string', description: 'custom: where the class scores are (e.g. probabilities)' },
    timeout: { type: 'string', description: 'Per-request time limit', default: '30s' },
    ...predictArgs,
  },
  async run({ args }) {
    if (args.api !== 'kserve-v2' && args.api !== 'custom')
      throw new RampartError('RAMPART_USAGE', `--api must be kserve-v2 or custom, not "${args.api}"`);
    const timeoutMs = durationMilliseconds(args.timeout);
    if (timeoutMs === undefined)
      throw new RampartError(
        'RAMPART_USAGE',
        `--timeout must be a duration such as 30s, not "${args.timeout}"`,
      );
    const apiKey = process.env.RAMPART_REDTEAM_API_KEY;
    const target = createPredictTarget({
      url: args.target,
      format: args.api,
      timeoutMs,
      ...(args['input-path'] ? { inputPath: args['input-path'] } : {}),
      ...(args['label-path'] ? { labelPath: args['label-path'] } : {}),
      ...(args['scores-path'] ? { scoresPath: args['scores-path'] } : {}),
      ...(apiKey ? { apiKey } : {}),
    });
    const report = await runPredictCommand(target, args as PredictFlags);
    await finishRun(report, args as PredictFlags);
  },
});
