import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { predictExplainer } from '../../src/cli/predict-explainer.ts';
import { buildConsole } from '../../src/console/build-console.ts';
import { consoleOutDir } from '../../src/console/vite.config.ts';
import { socConfigSchema } from '../../src/soc/index.ts';
import { irisCsv, irisRows } from '../support/iris-data.ts';
import { startMockRegressor } from '../support/mock-regressor.ts';
import { runRampart } from '../support/rampart-cli.ts';
import {
  type ConsoleStack,
  consoleAdminToken,
  hasChromium,
  launchConsoleBrowser,
  reportEvents,
  signIn,
  startConsoleStack,
} from './console-stack.ts';

const features = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'];

/**
 * "Explain this prediction" in the events screen, for a regressor's predict-route finding: the SOC
 * explains it through soc.yaml's `explain:` entry with `task: regression`, and the console shows the
 * predicted value, the mean prediction it is compared with, and the attributions.
 */
describe.skipIf(!hasChromium)('SOC console: explain a regressor prediction (Debian chromium)', () => {
  let stack: ConsoleStack;
  let context: BrowserContext;
  let page: Page;
  let directory: string;
  let regressor: Awaited<ReturnType<typeof startMockRegressor>>;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'rampart-console-explain-'));
    writeFileSync(join(directory, 'train.csv'), irisCsv(irisRows(600, 1)));
    const baseline = join(directory, 'baseline.json');
    const profiled = await runRampart([
      'data',
      'profile',
      join(directory, 'train.csv'),
      '--label',
      'species',
      '--sample-rows',
      '200',
      '--out',
      baseline,
    ]);
    expect(profiled.code, profiled.stderr).toBe(0);
    regressor = await startMockRegressor();
    const { explain } = socConfigSchema.parse({
      adminToken: consoleAdminToken,
      explain: [{ route: 'iris-size', url: regressor.url, baseline, samples: 100, task: 'regression' }],
    });
    await buildConsole(true);
    stack = await startConsoleStack(consoleOutDir, { extensions: { explain: predictExplainer(explain)! } });
    ({ context, page } = await launchConsoleBrowser(join(directory, 'profile'), pageErrors));
    // A finding of the route, as a gateway with captureText reports it: its rows and feature names.
    expect(
      await reportEvents(stack.socUrl, [
        {
          source: 'gateway',
          kind: 'predict.input.anomaly',
          route: 'iris-size',
          principal: 'analyst-app',
          attrs: { features, input_rows: [[6.0, 2.9, 4.5, 1.4]] },
        },
      ]),
    ).toBe(200);
    await stack.soc.idle();
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    await stack?.close();
    await regressor?.close();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  it('shows the predicted value, the mean prediction and the attributions', async () => {
    await signIn(page, stack.socUrl);
    await page.locator('a[data-screen="events"]').click();
    const row = page.locator('tr[data-kind="predict.input.anomaly"]');
    await row.waitFor({ timeout: 10_000 });
    await row.getByRole('button', { name: 'show' }).click();
    await page.getByRole('button', { name: 'Explain this prediction' }).click();
    const table = page.getByRole('table', { name: 'Feature attributions' });
    await table.waitFor({ timeout: 20_000 });
    const caption = (await table.locator('caption').textContent()) ?? '';
    expect(caption).toContain('prediction 26');
    expect(caption).toContain('mean prediction over the background');
    expect(caption).not.toContain('background rate');
    // The regressor reads sepal_length and petal_width only: the other two are credited with nothing.
    const cells = async (feature: string) =>
      (await table.locator('tr', { hasText: feature }).locator('td').nth(1).textContent()) ?? '';
    expect(await cells('petal_length')).toBe('+0.000');
    expect(await cells('sepal_width')).toBe('+0.000');
    expect(Number(await cells('petal_width'))).not.toBe(0);
    expect(pageErrors).toEqual([]);
  }, 60_000);
});
