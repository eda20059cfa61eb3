import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { defineCommand } from 'citty';
import { createEvent, RampartError, type SecurityEvent } from '../../core/index.ts';
import {
  parseTrainingRecord,
  type TrainingRecord,
  type TrainingSignal,
  TrainingWatch,
} from '../../data/index.ts';
import { checkEventOutput, eventOutputArgs, outputEvents } from '../event-output.ts';
import { exitCodes } from '../render-error.ts';

function readBaseline(path: string): TrainingRecord[] {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new RampartError('RAMPART_IO', `could not read the baseline run ${path}`, { cause: error });
  }
  return text
    .split('\n')
    .map((line, index) => [line.trim(), index + 1] as const)
    .filter(([line]) => line.length > 0)
    .map(([line, number]) => parseTrainingRecord(line, number));
}

function toEvent(
  signal: TrainingSignal,
  context: { model?: string; dataset?: string; run?: string },
): SecurityEvent {
  return createEvent({
    source: 'data',
    kind: signal.kind,
    severity: signal.severity,
    decision: 'flag',
    ...(context.model ? { model: context.model } : {}),
    attrs: {
      ...signal.attrs,
      message: signal.message,
      ...(context.dataset ? { dataset: context.dataset } : {}),
      ...(context.run ? { run: context.run } : {}),
    },
    frameworks: ['LLM04:2025', 'AML.T0020'],
  });
}

const watch = defineCommand({
  meta: {
    name: 'watch',
    description:
      "Watch a training run's metrics (JSON lines: step, loss, per-class accuracy) for loss spikes, a collapsing class and divergence from a baseline run; exit 1 when any was seen.",
  },
  args: {
    metrics: {
      type: 'string',
      required: true,
      description: 'JSON-lines metrics file, or - for standard input (follows a live run)',
    },
    baseline: {
      type: 'string',
      description: 'Metrics of a trusted earlier run of the same recipe (JSON lines)',
    },
    model: { type: 'string', description: 'Model being trained (on the events)' },
    dataset: { type: 'string', description: 'Dataset it trains on (attrs.dataset on the events)' },
    run: { type: 'string', description: 'Training run id (attrs.run on the events)' },
    window: { type: 'string', default: '20', description: 'Records of recent history each judgement uses' },
    json: { type: 'boolean', description: 'Print each signal as a JSON line' },
    ...eventOutputArgs,
  },
  async run({ args }) {
    checkEventOutput(args);
    const window = Number(args.window);
    if (!Number.isInteger(window) || window < 5 || window > 10_000)
      throw new RampartError(
        'RAMPART_USAGE',
        `--window must be a whole number from 5 to 10000, got ${args.window}`,
      );
    const monitor = new TrainingWatch({
      window,
      ...(args.baseline ? { baseline: readBaseline(args.baseline) } : {}),
    });
    const context = {
      ...(args.model ? { model: args.model } : {}),
      ...(args.dataset ? { dataset: args.dataset } : {}),
      ...(args.run ? { run: args.run } : {}),
    };
    let input: NodeJS.ReadableStream;
    if (args.metrics === '-') input = process.stdin;
    else {
      const stream = createReadStream(args.metrics);
      await new Promise<void>((ready, fail) => {
        stream.once('open', () => ready());
        stream.once('error', (error) =>
          fail(
            new RampartError('RAMPART_IO', `could not read the metrics ${args.metrics}`, { cause: error }),
          ),
        );
      });
      input = stream;
    }
    let raised = 0;
    let line = 0;
    for await (const text of createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY })) {
      line++;
      if (text.trim().length === 0) continue;
      for (const signal of monitor.observe(parseTrainingRecord(text, line))) {
        raised++;
        process.stdout.write(
          args.json
            ? `${JSON.stringify({ kind: signal.kind, step: signal.step, severity: signal.severity, message: signal.message, attrs: signal.attrs })}\n`
            : `${signal.severity.toUpperCase()} ${signal.kind} step ${signal.step}: ${signal.message}\n`,
        );
        // Sent as it happens: a live run's SOC hears of a collapse while the run can still be stopped.
        await outputEvents([toEvent(signal, context)], args);
      }
    }
    if (!args.json)
      process.stdout.write(
        `watched ${monitor.records} record(s): ${raised === 0 ? 'no training signal' : `${raised} signal(s) raised`}\n`,
      );
    process.exitCode = raised === 0 ? exitCodes.ok : exitCodes.failed;
  },
});

/** `rampart train watch`. */
export default defineCommand({
  meta: {
    name: 'train',
    description: "Training-time signals: watch a run's metrics for signs of poisoning.",
  },
  subCommands: { watch },
});
