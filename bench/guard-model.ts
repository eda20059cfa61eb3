import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { renderTable } from '../src/core/index.ts';
import { createGuard, percentile } from '../src/guard/index.ts';
import { startMockJudge } from '../test/support/mock-judge.ts';
import { writeTinyModel } from '../test/support/tiny-onnx-model.ts';
import { benchArgs, numberFlag } from './support/bench-args.ts';

const usage = `
\`npm run bench:guard-model [-- --iterations 200 --model-dir DIR]\`

What the guard's model stage costs per KB of text on CPU, one worker, one intra-op thread:
1. kind: onnx with the tiny test model (or --model-dir, a real exported model): time per 1 KB text.
   The tiny model is four operators: a real model (deberta-v3-base, Prompt Guard 86M) costs far more;
   run this with --model-dir to measure yours.
2. kind: llm-judge overhead: a judge call through the stage minus a direct request to the same
   instant mock judge (the upstream's own time is excluded).
`;

const values = benchArgs(usage, {
  iterations: { type: 'string', default: '200' },
  'model-dir': { type: 'string' },
});
const iterations = numberFlag('iterations', values.iterations, 1);
const kilobyte = 'please summarise this report for all '.repeat(28).slice(0, 1024);
const directory = mkdtempSync(join(tmpdir(), 'rampart-bench-model-'));
const modelDir = values['model-dir'] ?? writeTinyModel(join(directory, 'tiny'));

async function timeIt(run: () => Promise<unknown>): Promise<number[]> {
  for (let index = 0; index < Math.min(20, iterations); index++) await run();
  const samples: number[] = [];
  for (let index = 0; index < iterations; index++) {
    const started = performance.now();
    await run();
    samples.push(performance.now() - started);
  }
  return samples.sort((a, b) => a - b);
}

const rows: string[][] = [];
const row = (name: string, samples: number[]) =>
  rows.push([name, percentile(samples, 50).toFixed(3), percentile(samples, 95).toFixed(3)]);

const messages = [{ role: 'user' as const, content: kilobyte }];
const onnx = createGuard({
  modelStage: { kind: 'onnx', path: modelDir, band: [0, 1], workers: 1, budgetMs: 60_000 },
});
await onnx.ready();
const fast = createGuard();
row('fast path only, 1 KB (ms)', await timeIt(async () => fast.scanInput(messages)));
row(
  `fast path + onnx${values['model-dir'] ? '' : ' (tiny model)'}, 1 KB (ms)`,
  await timeIt(() => onnx.scanInputAsync(messages)),
);
await onnx.close();

const judge = await startMockJudge();
const judged = createGuard({
  modelStage: { kind: 'llm-judge', url: judge.url, model: 'judge-benign', band: [0, 1], budgetMs: 60_000 },
});
const direct = JSON.stringify({ model: 'judge-benign', messages: [{ role: 'user', content: kilobyte }] });
row(
  'direct request to the instant judge (ms)',
  await timeIt(async () => {
    const response = await request(`${judge.url}/v1/chat/completions`, { method: 'POST', body: direct });
    await response.body.text();
  }),
);
row('fast path + llm-judge, 1 KB (ms)', await timeIt(() => judged.scanInputAsync(messages)));
await judged.close();
await judge.close();
rmSync(directory, { recursive: true, force: true });

console.log(renderTable(['measure', 'p50', 'p95'], rows));
console.log(
  `\n${iterations} iterations each, Node ${process.version}; subtract the fast path (and the direct judge request) to get the stage's own cost per KB.`,
);
