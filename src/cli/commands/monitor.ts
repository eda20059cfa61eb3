import { readFileSync } from 'node:fs';
import { defineCommand } from 'citty';
import { RampartError, safeJsonParse } from '../../core/index.ts';
import { parseProfile } from '../../data/index.ts';
import {
  explainPrediction,
  fairnessEvent,
  measureFairness,
  predictOverHttp,
  readPredictionLog,
  renderFairnessText,
} from '../../monitor/index.ts';
import { checkEventOutput, eventOutputArgs, outputEvents } from '../event-output.ts';
import { exitCodes } from '../render-error.ts';

function numberFlag(value: unknown, name: string, low: number, high: number, fallback: number): number {
  if (value === undefined) return fallback;
  const number = Number(value);
  if (!Number.isFinite(number) || number < low || number > high)
    throw new RampartError('RAMPART_USAGE', `--${name} must be a number from ${low} to ${high}`);
  return number;
}

const fairness = defineCommand({
  meta: {
    name: 'fairness',
    description:
      'Group fairness of a prediction log: parity differences, disparate impact (four-fifths rule), bootstrap intervals; exit 1 when a group fails.',
  },
  args: {
    log: {
      type: 'string',
      required: true,
      description: 'Predictions as JSON lines, one object per prediction',
    },
    protected: {
      type: 'string',
      required: true,
      description: 'Field holding the protected attribute (e.g. gender)',
    },
    label: { type: 'string', required: true, description: 'Field holding the true outcome' },
    prediction: { type: 'string', required: true, description: "Field holding the model's outcome" },
    positive: { type: 'string', description: 'Value of the favourable outcome (default: true, 1, yes)' },
    reference: { type: 'string', description: 'Group to compare with (default: the highest selection rate)' },
    'min-ratio': {
      type: 'string',
      description: 'Four-fifths threshold for the disparate-impact ratio (default 0.8)',
    },
    'max-difference': { type: 'string', description: 'Largest allowed parity difference (default 0.1)' },
    resamples: { type: 'string', description: 'Bootstrap resamples (default 1000)' },
    model: { type: 'string', description: 'Model name for the event' },
    json: { type: 'boolean', description: 'Print the report as JSON' },
    ...eventOutputArgs,
  },
  async run({ args }) {
    checkEventOutput(args);
    const records = readPredictionLog(args.log, {
      protected: args.protected,
      label: args.label,
      prediction: args.prediction,
      ...(args.positive === undefined ? {} : { positive: args.positive }),
    });
    const report = measureFairness(records, {
      ...(args.reference === undefined ? {} : { reference: args.reference }),
      minRatio: numberFlag(args['min-ratio'], 'min-ratio', 0, 1, 0.8),
      maxDifference: numberFlag(args['max-difference'], 'max-difference', 0, 1, 0.1),
      resamples: numberFlag(args.resamples, 'resamples', 10, 100_000, 1000),
    });
    process.stdout.write(
      args.json ? `${JSON.stringify(report, null, 2)}\n` : `${renderFairnessText(report, args.protected)}\n`,
    );
    await outputEvents(
      [
        fairnessEvent(report, {
          protected: args.protected,
          log: args.log,
          ...(args.model ? { model: args.model } : {}),
        }),
      ],
      args,
    );
    if (!report.passed) process.exitCode = exitCodes.failed;
  },
});

const explain = defineCommand({
  meta: {
    name: 'explain',
    description:
      'Feature attributions for one prediction of a tabular predict endpoint (Shapley sampling against the baseline sample).',
  },
  args: {
    url: {
      type: 'string',
      required: true,
      description: 'Predict URL (gateway route or model server); API key from RAMPART_API_KEY',
    },
    baseline: {
      type: 'string',
      required: true,
      description: 'Baseline JSON from `rampart data profile --sample-rows N --out`',
    },
    row: {
      type: 'string',
      required: true,
      description: 'The row as a JSON array in feature order, or an object of features',
    },
    features: {
      type: 'string',
      description: 'Comma-separated feature order (default: the baseline sample columns)',
    },
    protocol: {
      type: 'string',
      description: 'v2 (KServe v2 inputs tensor, default) or v1 (instances objects)',
    },
    samples: {
      type: 'string',
      description: 'Permutations sampled (default 100; each costs features + 1 rows)',
    },
    task: {
      type: 'string',
      description:
        'classification (default: attributes the probability of the answered class) or regression (attributes the predicted value)',
    },
    seed: { type: 'string', description: 'Random seed (default 1)' },
    json: { type: 'boolean', description: 'Print the explanation as JSON' },
  },
  async run({ args }) {
    const profile = parseProfile(readText(args.baseline), args.baseline);
    const sample = profile.sample;
    if (!sample || sample.rows.length === 0)
      throw new RampartError('RAMPART_USAGE', `${args.baseline} has no sample rows`, {
        hint: 'profile the training data again with `rampart data profile --sample-rows 500 --out ...`',
      });
    const features = args.features ? args.features.split(',').map((name) => name.trim()) : sample.columns;
    const positions = features.map((name) => sample.columns.indexOf(name));
    const missing = features.filter((_, index) => positions[index]! < 0);
    if (missing.length > 0)
      throw new RampartError(
        'RAMPART_USAGE',
        `the baseline sample has no column ${missing.map((name) => `"${name}"`).join(', ')}`,
      );
    let parsed: unknown;
    try {
      parsed = safeJsonParse(args.row, { maxDepth: 4 });
    } catch {
      parsed = undefined;
    }
    const row = Array.isArray(parsed)
      ? parsed
      : parsed !== null && typeof parsed === 'object'
        ? features.map((name) => (parsed as Record<string, unknown>)[name] ?? null)
        : undefined;
    if (!row || row.length !== features.length)
      throw new RampartError(
        'RAMPART_USAGE',
        `--row must be a JSON array of ${features.length} values or an object of features`,
      );
    const protocol = args.protocol ?? 'v2';
    if (protocol !== 'v1' && protocol !== 'v2')
      throw new RampartError('RAMPART_USAGE', '--protocol must be v1 or v2');
    const task = args.task ?? 'classification';
    if (task !== 'classification' && task !== 'regression')
      throw new RampartError('RAMPART_USAGE', '--task must be classification or regression');
    const predict = predictOverHttp({
      url: args.url,
      features,
      protocol,
      task,
      ...(process.env.RAMPART_API_KEY ? { apiKey: process.env.RAMPART_API_KEY } : {}),
    });
    const background = sample.rows.map((values) => positions.map((position) => values[position] ?? null));
    const explanation = await explainPrediction(predict, row, features, background, {
      samples: numberFlag(args.samples, 'samples', 1, 10_000, 100),
      seed: numberFlag(args.seed, 'seed', 0, 2 ** 31, 1),
    });
    if (args.json) {
      process.stdout.write(`${JSON.stringify(explanation, null, 2)}\n`);
      return;
    }
    const ranked = [...explanation.attributions].sort((a, b) => Math.abs(b.value) - Math.abs(a.value));
    const width = Math.max(7, ...features.map((name) => name.length));
    process.stdout.write(
      [
        task === 'regression'
          ? `prediction: ${explanation.output} (mean prediction over the background ${explanation.baseValue.toFixed(3)}; ${explanation.samples} permutations, ${explanation.queries} rows queried)`
          : `prediction: ${explanation.target} (background rate of this answer ${explanation.baseValue.toFixed(3)}; ${explanation.samples} permutations, ${explanation.queries} rows queried)`,
        `${'feature'.padEnd(width)}  attribution  ± s.e.`,
        ...ranked.map(
          (item) =>
            `${item.feature.padEnd(width)}  ${(item.value >= 0 ? '+' : '') + item.value.toFixed(3)}`.padEnd(
              width + 13,
            ) + `  ${item.standardError.toFixed(3)}`,
        ),
      ].join('\n') + '\n',
    );
  },
});

function readText(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_IO', `could not read ${path}`, { cause: error });
  }
}

/** `rampart monitor fairness | explain`. */
export default defineCommand({
  meta: { name: 'monitor', description: 'Fairness and explanations for classic ML models in production.' },
  subCommands: { fairness, explain },
});
