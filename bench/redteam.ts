/**
 * bench:redteam — what `rampart redteam` measures on the built-in demo models, and how long the full
 * LLM pack takes.
 *
 *   1. The full LLM probe pack against the vulnerable demo chat model, raw and behind a Rampart
 *      gateway with the default guard: attack success per category side by side, and the wall time
 *      of the raw run (issue 15 asks for ≤ 60 s on the 2-core VM).
 *   2. The penguins classifier (softmax regression on the shipped penguins dataset), raw: evasion
 *      success per perturbation budget and the median queries needed (decision- and score-based),
 *      extraction agreement on held-out rows at 1k and 10k queries, membership inference.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { redteamDemoConfig } from '../src/cli/commands/redteam-demo.ts';
import { createLogger, startGatewayProcess } from '../src/cli/gateway-process.ts';
import { renderTable, seededRandom } from '../src/core/index.ts';
import { createDemoUpstream, penguinData } from '../src/gateway/index.ts';
import {
  createChatTarget,
  createPredictTarget,
  decisionEvasion,
  type EvasionBudgetRow,
  evasionByBudget,
  extractModel,
  featureSpaceOf,
  loadProbePack,
  membershipInference,
  percent,
  runProbes,
  scoreEvasion,
  summariseRun,
} from '../src/redteam/index.ts';
import { benchArgs, numberFlag } from './support/bench-args.ts';

const usage = `
npm run bench:redteam -- [--attacks N] [--queries N] [--concurrency N]

  --attacks N      penguin rows attacked by each evasion attack (default 30)
  --queries N      query budget per attacked row (default 500)
  --concurrency N  probes in flight against the chat model (default 8)
`;
const flags = benchArgs(usage, {
  attacks: { type: 'string', default: '30' },
  queries: { type: 'string', default: '500' },
  concurrency: { type: 'string', default: '8' },
});
const attacks = numberFlag('attacks', flags.attacks, 1);
const queryBudget = numberFlag('queries', flags.queries, 10);
const concurrency = numberFlag('concurrency', flags.concurrency, 1);

const upstream = createDemoUpstream({ chunkDelayMs: 0 });
await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
const dataDir = mkdtempSync(join(tmpdir(), 'rampart-bench-redteam-'));
const gateway = await startGatewayProcess({
  config: redteamDemoConfig(dataDir, upstreamUrl),
  logger: createLogger('error'),
});
const key = (await gateway.keys.create({ name: 'bench', principal: 'bench', roles: ['redteam'] })).key;

try {
  const pack = loadProbePack();
  process.stdout.write(
    `LLM pack ${pack.name} ${pack.version}: ${pack.probes.length} probes, concurrency ${concurrency}\n`,
  );
  const raw = await runProbes({
    target: createChatTarget({ url: upstreamUrl, model: 'demo-vulnerable' }),
    probes: pack.probes,
    concurrency,
  });
  const guarded = await runProbes({
    target: createChatTarget({ url: gateway.url, model: 'demo-vulnerable', apiKey: key }),
    probes: pack.probes,
    concurrency,
  });
  const rawSummary = summariseRun(raw.results, raw.notRun);
  const guardedSummary = summariseRun(guarded.results, guarded.notRun);
  const rate = (summary: typeof rawSummary, name: string) => {
    const category = summary.categories.find((entry) => entry.category === name);
    if (!category) return '—';
    return category.falsePositiveRate === undefined
      ? percent(category.successRate)
      : `FP ${percent(category.falsePositiveRate)}`;
  };
  const rows = rawSummary.categories.map((category) => [
    category.category,
    category.probes,
    rate(rawSummary, category.category),
    rate(guardedSummary, category.category),
    guardedSummary.categories.find((entry) => entry.category === category.category)?.blocked ?? 0,
  ]);
  rows.push([
    'all attacks',
    rawSummary.overall.probes,
    percent(rawSummary.overall.successRate),
    percent(guardedSummary.overall.successRate),
    guardedSummary.overall.blocked,
  ]);
  process.stdout.write(
    `${renderTable(['category', 'probes', 'raw success', 'gateway success', 'gateway blocked'], rows)}\n`,
  );
  const errors = [...raw.results, ...guarded.results].filter((result) => result.outcome === 'error').length;
  process.stdout.write(
    `full pack, raw: ${(raw.durationMs / 1000).toFixed(1)} s (limit 60 s: ${raw.durationMs <= 60_000 ? 'met' : 'NOT met'}); behind gateway: ${(guarded.durationMs / 1000).toFixed(1)} s; errors ${errors}\n\n`,
  );

  const data = penguinData();
  const space = featureSpaceOf(data.rows);
  const heldOut = data.rows.filter((_, index) => !data.trained[index]);
  const random = seededRandom(15);
  const order = heldOut.map((_, index) => index).sort(() => random() - 0.5);
  const attacked = order.slice(0, Math.min(attacks, heldOut.length)).map((index) => heldOut[index]!);
  const starts = data.rows.filter((_, index) => data.trained[index]).filter((_, index) => index % 5 === 0);
  const budgets = [0.02, 0.05, 0.1, 0.2, 0.3];
  const target = createPredictTarget({ url: `${upstreamUrl}/v2/models/penguins/infer` });
  const decisionAttempts = [];
  for (const row of attacked)
    decisionAttempts.push(
      await decisionEvasion(target, row, { space, queryBudget, budgets, random, starts }),
    );
  const decision = evasionByBudget(decisionAttempts, budgets);
  const score: EvasionBudgetRow[] = [];
  for (const budget of budgets) {
    const attempts = [];
    for (const row of attacked)
      attempts.push(
        await scoreEvasion(target, row, { space, queryBudget, epsilon: budget, budgets: [budget], random }),
      );
    score.push(evasionByBudget(attempts, [budget])[0]!);
  }
  const evasionRows = budgets.map((budget, index) => [
    budget,
    percent(decision[index]!.successRate),
    decision[index]!.medianQueries ?? '—',
    percent(score[index]!.successRate),
    score[index]!.medianQueries ?? '—',
  ]);
  process.stdout.write(
    `Penguins classifier: ${attacked.length} held-out rows attacked, ${queryBudget} queries each (budget = L-inf share of each feature's range)\n`,
  );
  process.stdout.write(
    `${renderTable(['budget', 'decision success', 'decision median queries', 'score success', 'score median queries'], evasionRows)}\n\n`,
  );
  const extractionRows = [];
  for (const queries of [1000, 10_000]) {
    const uniform = await extractModel(target, { space, queries, random, heldOut });
    const seeded = await extractModel(target, { space, queries, random, heldOut, seeds: starts });
    extractionRows.push([queries, percent(uniform.agreement), percent(seeded.agreement)]);
  }
  process.stdout.write(
    `Extraction (decision-tree surrogate; agreement with the target on ${heldOut.length} held-out rows)\n${renderTable(['queries', 'uniform queries', 'queries around public rows'], extractionRows)}\n\n`,
  );
  const labelled = data.rows.map((row, index) => ({ row, label: data.labels[index]! }));
  const membership = await membershipInference(
    target,
    labelled.filter((_, index) => data.trained[index]),
    labelled.filter((_, index) => !data.trained[index]),
    [...data.species],
  );
  process.stdout.write(
    `Membership inference (threshold on confidence): AUC ${membership.auc}, advantage ${membership.advantage}, balanced accuracy ${membership.balancedAccuracy}\n`,
  );
  process.stdout.write(`rows sent to the penguins model: ${target.queries}\n`);
} finally {
  await gateway.stop();
  await new Promise<void>((resolve) => upstream.close(() => resolve()));
  rmSync(dataDir, { recursive: true, force: true });
}
