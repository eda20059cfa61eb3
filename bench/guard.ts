import { loadavg } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderTable } from '../src/core/index.ts';
import {
  classMetrics,
  createGuard,
  percentile,
  predictedLabel,
  readDataset,
  resolveGuardConfig,
} from '../src/guard/index.ts';
import { benchArgs, numberFlag } from './support/bench-args.ts';

const usage = `
\`npm run bench:guard [-- --dataset ../shared/data/prompt-injection/dev.jsonl]\`

1. Quality and latency on a labelled dev set: Rampart's guard (rules + classifier, what
   \`rampart guard eval\` runs) side by side with the offline npm prompt-injection detectors a user
   might pick instead: @andersmyrmel/vard (moderate preset), llm_guardrail (injection + jailbreak
   models), @presidio-dev/hai-guardrails injection guard in \`pattern\` mode (its \`heuristic\` mode
   needs a worker file that the published package points to a path on its CI machine).
2. Full input pipeline latency (every default input scanner) for a 1 KB prompt on one thread.
`;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const values = benchArgs(usage, {
  dataset: { type: 'string', default: resolve(root, '../shared/data/prompt-injection/dev.jsonl') },
  iterations: { type: 'string', default: '5000' },
  rounds: { type: 'string', default: '5' },
  'skip-peers': { type: 'boolean', default: false },
});
const records = readDataset(values.dataset);
const gold = records.map((record) => (record.label === 'benign' ? 'benign' : 'attack'));

type Detector = { name: string; detect: (text: string) => boolean | Promise<boolean> };

const guard = createGuard();
// The peers load after the flags are read, so --help and a bad flag answer at once.
const { default: vard } = await import('@andersmyrmel/vard');
const { injectionGuard } = await import('@presidio-dev/hai-guardrails');
const { checkInjection, checkJailbreak } = await import('llm_guardrail');
const vardModerate = vard.moderate();
const haiPattern = injectionGuard({ roles: ['user'] }, { mode: 'pattern', threshold: 0.7 }) as unknown as (
  messages: Array<{ role: string; content: string }>,
) => Promise<Array<{ passed: boolean }>>;

const detectors: Detector[] = [
  {
    name: 'rampart guard (rules + classifier)',
    detect: (text) => predictedLabel(guard.scanText(text, 'user')) !== 'benign',
  },
  { name: '@andersmyrmel/vard (moderate)', detect: (text) => !vardModerate.safeParse(text).safe },
  {
    name: 'llm_guardrail (injection + jailbreak)',
    detect: async (text) => (await checkInjection(text)).detected || (await checkJailbreak(text)).detected,
  },
  {
    name: '@presidio-dev/hai-guardrails (pattern)',
    detect: async (text) =>
      (await haiPattern([{ role: 'user', content: text }])).some((result) => !result.passed),
  },
];

const rows: unknown[][] = [];
let ourP50 = 0;
// --skip-peers keeps Rampart's own row (the first detector).
for (const detector of values['skip-peers'] ? detectors.slice(0, 1) : detectors) {
  // Warm up on the first 50 rows so JIT compilation is not measured.
  for (const record of records.slice(0, 50)) await detector.detect(record.text);
  const predicted: string[] = [];
  const latencies: number[] = [];
  for (const record of records) {
    const started = performance.now();
    const attack = await detector.detect(record.text);
    latencies.push(performance.now() - started);
    predicted.push(attack ? 'attack' : 'benign');
  }
  const metrics = classMetrics('attack', gold, predicted);
  const p50 = percentile(latencies, 50);
  if (rows.length === 0) ourP50 = p50;
  rows.push([
    detector.name,
    metrics.precision.toFixed(4),
    metrics.recall.toFixed(4),
    metrics.f1.toFixed(4),
    `${(metrics.falsePositiveRate * 100).toFixed(2)}%`,
    p50.toFixed(3),
    percentile(latencies, 99).toFixed(3),
    rows.length === 0 ? '1.00x' : `${(p50 / ourP50).toFixed(2)}x`,
  ]);
}

console.log(
  `dataset: ${values.dataset} (${records.length} rows, ${gold.filter((label) => label === 'attack').length} attacks)`,
);
console.log(
  `node ${process.version}, load average ${loadavg()
    .map((value) => value.toFixed(2))
    .join(' ')}\n`,
);
console.log(
  renderTable(['DETECTOR', 'PRECISION', 'RECALL', 'F1', 'FPR', 'P50 MS', 'P99 MS', 'P50 VS RAMPART'], rows),
);

// Operating points: the same guard with the classifier threshold moved (rule blocks always count).
if (!values['skip-peers']) {
  const sweepGuard = createGuard({ collectAll: true, scanners: { promptInjection: { threshold: 0.01 } } });
  const scanned = records.map((record) => {
    const result = sweepGuard.scanText(record.text, 'user');
    return {
      rule: result.findings.some(
        (finding) => finding.scanner === 'injection-rules' && finding.action === 'block',
      ),
      score: result.scores['prompt-injection'] ?? 0,
    };
  });
  const defaultThreshold = resolveGuardConfig().scanners.promptInjection.threshold;
  const thresholds = [...new Set([0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, defaultThreshold])].sort(
    (a, b) => a - b,
  );
  const pointRows = thresholds.map((threshold) => {
    const predicted = scanned.map((row) => (row.rule || row.score >= threshold ? 'attack' : 'benign'));
    const metrics = classMetrics('attack', gold, predicted);
    return [
      threshold === defaultThreshold ? `${threshold} (default)` : threshold,
      metrics.precision.toFixed(4),
      metrics.recall.toFixed(4),
      metrics.f1.toFixed(4),
      `${(metrics.falsePositiveRate * 100).toFixed(2)}%`,
    ];
  });
  console.log('\nrampart operating points (scanners.promptInjection.threshold)\n');
  console.log(renderTable(['THRESHOLD', 'PRECISION', 'RECALL', 'F1', 'FPR'], pointRows));
}

// Full input pipeline on a 1 KB prompt: every default input scanner on the user channel.
const prompt =
  'Please summarise the following notes for the quarterly report. Revenue grew in the northern region, ' +
  'driven by the new subscription tier; churn fell slightly. Contact the finance team at finance@example.com ' +
  'for the detailed figures. The product team shipped three releases and fixed the invoice export bug. ';
const kilobyte = prompt.repeat(Math.ceil(1024 / prompt.length)).slice(0, 1024);
const messages = [
  { role: 'system' as const, content: 'You are a concise assistant for internal reports.' },
  { role: 'user' as const, content: kilobyte },
];
const iterations = numberFlag('iterations', values.iterations, 1);
for (let index = 0; index < 500; index++) guard.scanInput(messages);
const roundRows: unknown[][] = [];
for (let round = 1; round <= numberFlag('rounds', values.rounds, 1); round++) {
  const latencies: number[] = [];
  // CPU time of the process per call: unlike wall time it does not count time spent waiting for a
  // core, so it stays meaningful on a shared, loaded machine.
  const cpuTimes: number[] = [];
  for (let index = 0; index < iterations; index++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    guard.scanInput(messages);
    latencies.push(performance.now() - started);
    const cpu = process.cpuUsage(cpuBefore);
    cpuTimes.push((cpu.user + cpu.system) / 1000);
  }
  roundRows.push([
    round,
    percentile(latencies, 50).toFixed(3),
    percentile(latencies, 99).toFixed(3),
    percentile(cpuTimes, 50).toFixed(3),
    percentile(cpuTimes, 99).toFixed(3),
    loadavg()[0]!.toFixed(2),
  ]);
}
console.log(
  `\nfull input pipeline, 1 KB user prompt + system prompt, ${iterations} calls per round, scanners: ${guard.scannerIds.join(', ')}\n`,
);
console.log(
  renderTable(['ROUND', 'WALL P50 MS', 'WALL P99 MS', 'CPU P50 MS', 'CPU P99 MS', 'LOAD 1M'], roundRows),
);
process.exit(0);
