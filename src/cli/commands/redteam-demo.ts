import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineCommand } from 'citty';
import { renderTable } from '../../core/index.ts';
import { createDemoUpstream, penguinData, validateConfig } from '../../gateway/index.ts';
import {
  type CategorySummary,
  type ChatTarget,
  createChatTarget,
  createPredictTarget,
  loadProbePack,
  percent,
  runProbes,
  runTabularAttacks,
  summariseRun,
} from '../../redteam/index.ts';
import { createLogger, startGatewayProcess } from '../gateway-process.ts';
import { progressBar } from './redteam-output.ts';

/** The gateway config of the demo: the vulnerable chat model and the penguins classifier, default guard. */
export function redteamDemoConfig(dataDir: string, upstreamUrl: string) {
  return validateConfig({
    server: { port: 0 },
    admin: { port: 0, token: 'redteam-demo-admin-token-0123456789' },
    dataDir,
    logging: { level: 'error' },
    upstreams: { demo: { url: upstreamUrl } },
    models: [
      { name: 'demo-vulnerable', upstream: 'demo' },
      { name: 'penguins', upstream: 'demo' },
    ],
    routes: [
      { id: 'chat', path: '/v1/chat/completions', kind: 'chat', models: ['demo-vulnerable'] },
      {
        id: 'penguins',
        path: '/predict/penguins',
        kind: 'predict',
        models: ['penguins'],
        upstream: 'demo',
        upstreamPath: '/v2/models/penguins/infer',
      },
    ],
    roles: { redteam: [{ routes: ['*'], models: ['*'] }] },
    limits: {
      rate: { requestsPerMinute: 1_000_000, burst: 10_000 },
      tokens: { perMinute: 100_000_000, perDay: 1_000_000_000 },
    },
  });
}

async function llmRates(target: ChatTarget, quick: boolean): Promise<CategorySummary[]> {
  const pack = loadProbePack(undefined, quick ? { transforms: ['none'] } : {});
  const progress = progressBar(`probing ${target.name}`);
  const run = await runProbes({
    target,
    probes: pack.probes,
    concurrency: 8,
    onProgress: progress.onProgress,
  }).finally(progress.finish);
  return summariseRun(run.results, run.notRun).categories;
}

function rate(category: CategorySummary | undefined): string {
  if (!category) return '—';
  return category.falsePositiveRate === undefined
    ? percent(category.successRate)
    : `FP ${percent(category.falsePositiveRate)}`;
}

export default defineCommand({
  meta: {
    name: 'demo',
    description:
      'Attack the built-in vulnerable demo models raw, then behind a Rampart gateway with the default guard, and print both side by side.',
  },
  args: {
    quick: {
      type: 'boolean',
      description: 'Plain probes only (no transforms), fewer tabular attacks',
      default: false,
    },
  },
  async run({ args }) {
    const upstream = createDemoUpstream({ chunkDelayMs: 0 });
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    const upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
    const dataDir = mkdtempSync(join(tmpdir(), 'rampart-redteam-demo-'));
    const running = await startGatewayProcess({
      config: redteamDemoConfig(dataDir, upstreamUrl),
      logger: createLogger('error'),
    });
    try {
      const key = (
        await running.keys.create({ name: 'redteam demo', principal: 'redteam', roles: ['redteam'] })
      ).key;
      const raw = await llmRates(
        createChatTarget({ url: upstreamUrl, model: 'demo-vulnerable' }),
        args.quick,
      );
      const guarded = await llmRates(
        createChatTarget({ url: running.url, model: 'demo-vulnerable', apiKey: key }),
        args.quick,
      );
      const rows = raw.map((category) => [
        category.category,
        category.probes,
        rate(category),
        rate(guarded.find((entry) => entry.category === category.category)),
      ]);
      process.stdout.write(
        `LLM probes: demo-vulnerable chat model\n${renderTable(['category', 'probes', 'raw model', 'behind gateway'], rows)}\n\n`,
      );

      const data = penguinData();
      const tabular = async (url: string, apiKey?: string) =>
        runTabularAttacks(createPredictTarget({ url, ...(apiKey ? { apiKey } : {}) }), {
          rows: data.rows,
          labels: data.labels,
          members: data.trained,
          classLabels: [...data.species],
          attacks: args.quick ? 5 : 10,
          queryBudget: 300,
          extractionQueries: [1000],
        });
      const rawTabular = await tabular(`${upstreamUrl}/v2/models/penguins/infer`);
      const gatewayTabular = await tabular(`${running.url}/predict/penguins`, key);
      const tabularRows = rawTabular.summary.categories.map((category) => [
        category.category,
        rate(category),
        rate(gatewayTabular.summary.categories.find((entry) => entry.category === category.category)),
      ]);
      process.stdout.write(
        `Classic-ML attacks: penguins classifier (evasion at 10% of each feature's range, extraction with 1000 queries)\n${renderTable(['attack', 'raw model', 'behind gateway'], tabularRows)}\n`,
      );
    } finally {
      await running.stop();
      await new Promise<void>((resolve) => upstream.close(() => resolve()));
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
});
