import { defineCommand } from 'citty';
import { durationMilliseconds, loadYamlFile, RampartError } from '../../core/index.ts';
import { guardConfigSchema } from '../../guard/index.ts';
import {
  type ChatTarget,
  createChatTarget,
  createGuardTarget,
  createJudge,
  gateRun,
  loadProbePack,
  type RedteamReport,
  runProbes,
  summariseRun,
  type TransformName,
  transformNames,
} from '../../redteam/index.ts';
import {
  countFlag,
  finishRun,
  gateOptions,
  progressBar,
  type ReportFlags,
  reportArgs,
} from './redteam-output.ts';

const packArgs = {
  pack: { type: 'string', description: 'Probe pack YAML (default: the built-in pack)' },
  category: { type: 'string', description: 'Only these categories (comma-separated)' },
  transform: {
    type: 'string',
    description: `Only these transforms (comma-separated: ${transformNames.join(', ')})`,
  },
  seed: { type: 'string', description: 'Seed of the planted canaries and secrets', default: 'rampart' },
  concurrency: { type: 'string', description: 'Probes in flight at once (1-32)', default: '4' },
  budget: {
    type: 'string',
    description: 'Time budget of the whole run (e.g. 60s, 10m); unfinished probes fail the gate',
  },
  state: { type: 'string', description: 'Resume file: finished probes are recorded and not sent again' },
  'judge-url': {
    type: 'string',
    description: 'OpenAI-compatible endpoint for probes with the judge detector',
  },
  'judge-model': { type: 'string', description: 'Model name at --judge-url' },
  ...reportArgs,
} as const;

interface PackFlags extends ReportFlags {
  pack?: string;
  category?: string;
  transform?: string;
  seed: string;
  concurrency: string;
  budget?: string;
  state?: string;
  'judge-url'?: string;
  'judge-model'?: string;
}

function list(value: string | undefined): string[] {
  return value
    ? value
        .split(',')
        .map((item) => item.trim())
        .filter(Boolean)
    : [];
}

/** Load the pack, run it against `target`, report, gate. */
export async function runLlmCommand(target: ChatTarget, flags: PackFlags): Promise<void> {
  const gate = gateOptions(flags);
  const transforms = list(flags.transform);
  const unknown = transforms.filter((name) => !(transformNames as readonly string[]).includes(name));
  if (unknown.length)
    throw new RampartError(
      'RAMPART_USAGE',
      `unknown transform ${unknown.join(', ')} (known: ${transformNames.join(', ')})`,
    );
  const budgetMs = flags.budget === undefined ? undefined : durationMilliseconds(flags.budget);
  if (flags.budget !== undefined && budgetMs === undefined)
    throw new RampartError(
      'RAMPART_USAGE',
      `--budget must be a duration such as 60s or 10m, not "${flags.budget}"`,
    );
  if (Boolean(flags['judge-url']) !== Boolean(flags['judge-model']))
    throw new RampartError('RAMPART_USAGE', '--judge-url and --judge-model go together');
  const pack = loadProbePack(flags.pack, {
    seed: flags.seed,
    categories: list(flags.category),
    transforms: transforms as TransformName[],
  });
  const judge = flags['judge-url']
    ? createJudge({
        url: flags['judge-url'],
        model: flags['judge-model']!,
        ...(process.env.RAMPART_JUDGE_API_KEY ? { apiKey: process.env.RAMPART_JUDGE_API_KEY } : {}),
      })
    : undefined;
  const startedAt = new Date().toISOString();
  const progress = progressBar('probing');
  const run = await runProbes({
    target,
    probes: pack.probes,
    concurrency: countFlag(flags.concurrency, 'concurrency', 32),
    ...(budgetMs === undefined ? {} : { budgetMs }),
    ...(flags.state ? { statePath: flags.state } : {}),
    identity: { pack: pack.name, version: pack.version, target: target.name, seed: flags.seed },
    ...(judge ? { judge } : {}),
    onProgress: progress.onProgress,
  }).finally(progress.finish);
  const summary = summariseRun(run.results, run.notRun);
  const report: RedteamReport = {
    tool: 'rampart redteam',
    reportVersion: 1,
    kind: 'llm',
    target: flags['target-name'] ?? target.name,
    pack: { name: pack.name, version: pack.version, seed: flags.seed },
    startedAt,
    durationMs: run.durationMs,
    summary,
    gate: {
      ...gateRun(summary, gate),
      maxSuccessRate: gate.maxSuccessRate ?? 0,
      ...(gate.baselinePath ? { baseline: gate.baselinePath } : {}),
    },
    results: run.results,
  };
  await finishRun(report, flags);
}

export const chat = defineCommand({
  meta: {
    name: 'chat',
    description:
      'Run the LLM probe pack against an OpenAI-compatible chat endpoint (direct, or a Rampart gateway with $RAMPART_REDTEAM_API_KEY).',
  },
  args: {
    target: {
      type: 'string',
      required: true,
      description: 'Base URL (http://host:port or .../v1) or the chat-completions URL',
    },
    model: { type: 'string', required: true, description: 'Model name sent in each request' },
    timeout: { type: 'string', description: 'Per-request time limit (e.g. 30s)', default: '30s' },
    ...packArgs,
  },
  async run({ args }) {
    const timeoutMs = durationMilliseconds(args.timeout);
    if (timeoutMs === undefined)
      throw new RampartError(
        'RAMPART_USAGE',
        `--timeout must be a duration such as 30s, not "${args.timeout}"`,
      );
    const apiKey = process.env.RAMPART_REDTEAM_API_KEY;
    const target = createChatTarget({
      url: args.target,
      model: args.model,
      timeoutMs,
      ...(apiKey ? { apiKey } : {}),
    });
    await runLlmCommand(target, args as PackFlags);
  },
});

export const guard = defineCommand({
  meta: {
    name: 'guard',
    description:
      'Run the probe pack against the in-process guard (default policy): what gets past it, what it blocks that is benign.',
  },
  args: {
    policy: {
      type: 'string',
      description:
        "Guard policy YAML (the fields of a route's guard: block, e.g. scanners, thresholds); default: the shipped defaults",
    },
    ...packArgs,
  },
  async run({ args }) {
    const policy = args.policy ? loadYamlFile(args.policy, guardConfigSchema) : {};
    await runLlmCommand(createGuardTarget(policy), args as PackFlags);
  },
});
