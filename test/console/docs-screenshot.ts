/**
 * Regenerate the README's console screenshots (docs/img/console-*.png) from a real stack with an
 * hour of backfilled traffic: `npm run screenshot:console`. Needs /usr/bin/chromium.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { buildConsole } from '../../src/console/build-console.ts';
import { consoleOutDir } from '../../src/console/vite.config.ts';
import { consoleAdminToken, startConsoleStack } from './console-stack.ts';

const root = resolve(import.meta.dirname, '..', '..');
// SCREENSHOT_DIR and SCREENSHOT_SIZE (e.g. 1280x720) check other screen sizes without touching docs/img.
const outDir = process.env.SCREENSHOT_DIR ?? join(root, 'docs', 'img');
const [width = 1440, height = 900] = (process.env.SCREENSHOT_SIZE ?? '1440x900').split('x').map(Number);

function backfill(now: number) {
  const events: Array<Record<string, unknown>> = [];
  const principals = ['alice', 'bob', 'ci-bot', 'support-app'];
  for (let minute = 59; minute >= 1; minute--) {
    const base = now - minute * 60_000;
    const wave = Math.max(3, 8 + Math.round(5 * Math.sin(minute / 7) + 3 * Math.cos(minute / 3)));
    for (let index = 0; index < wave; index++) {
      const principal = principals[(minute + index) % principals.length]!;
      const blocked = (minute * 7 + index) % 23 === 0;
      events.push({
        source: 'gateway',
        kind: 'inference.request',
        time: new Date(base + index * 1500).toISOString(),
        principal,
        model: index % 3 === 0 ? 'demo-embed' : 'demo-chat',
        route: 'chat',
        client_ip: `10.0.0.${(index % 4) + 10}`,
        decision: blocked ? 'block' : 'allow',
        severity: blocked ? 'low' : 'info',
        attrs: { 'http.response.status_code': blocked ? 429 : 200, 'gen_ai.usage.input_tokens': 40 + index },
      });
    }
    // Scattered detections through the hour, then a burst from one key in the last minutes.
    const burst = minute <= 4;
    if (minute % 7 === 0 || burst) {
      for (let repeat = 0; repeat < (burst ? 2 : 1); repeat++) {
        events.push({
          source: 'guard',
          kind: 'guard.detection',
          time: new Date(base + 20_000 + repeat * 15_000).toISOString(),
          principal: burst ? 'mallory' : principals[minute % principals.length],
          model: 'demo-chat',
          route: 'chat',
          client_ip: burst ? '203.0.113.9' : '10.0.0.12',
          decision: 'block',
          severity: 'high',
          attrs: {
            scanner: 'prompt-injection',
            channel: 'user',
            score: 0.97,
            key_id: burst ? 'rk_7c1e9a' : 'rk_51d0b2',
          },
          frameworks: ['LLM01:2025', 'AML.T0051'],
        });
      }
    }
  }
  return events;
}

async function main() {
  await buildConsole(true);
  const stack = await startConsoleStack(consoleOutDir);
  const profile = mkdtempSync(join(tmpdir(), 'rampart-chromium-'));
  let context: Awaited<ReturnType<typeof chromium.launchPersistentContext>> | undefined;
  try {
    const events = backfill(Date.now());
    for (let start = 0; start < events.length; start += 500) {
      const response = await fetch(`${stack.socUrl}/events`, {
        method: 'POST',
        headers: { authorization: `Bearer ${consoleAdminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ events: events.slice(start, start + 500) }),
      });
      if (!response.ok) throw new Error(`ingest failed: ${response.status} ${await response.text()}`);
    }
    await stack.soc.idle();
    context = await chromium.launchPersistentContext(profile, {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run'],
      viewport: { width, height },
    });
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(stack.socUrl);
    await page.getByLabel('Admin token').fill(consoleAdminToken);
    await page.getByLabel(/Your name/).fill('dana');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.locator('figure.chart').first().waitFor();
    await page.waitForTimeout(500);
    mkdirSync(outDir, { recursive: true });
    await page.screenshot({ path: join(outDir, 'console-overview.png') });
    await page.locator('a[data-screen="alerts"]').click();
    await page.locator('a.alert-row').first().click();
    await page.locator('.detail-header h2').waitFor();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(outDir, 'console-alerts.png') });
    process.stdout.write(`wrote ${outDir}/console-overview.png and console-alerts.png\n`);
  } finally {
    await context?.close();
    await stack.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exitCode = 1;
});
