import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsole } from '../../src/console/build-console.ts';
import { consoleOutDir } from '../../src/console/vite.config.ts';
import {
  type ConsoleStack,
  chromiumPath,
  hasChromium,
  launchConsoleBrowser,
  reportEvents,
  signIn,
  startConsoleStack,
} from './console-stack.ts';

const repositoryRoot = resolve(import.meta.dirname, '..', '..');
const screenshotPath = join(repositoryRoot, 'test-results', 'console.png');

if (!hasChromium) {
  console.warn(
    `console browser tests skipped: ${chromiumPath} is missing (install it with: apt-get install -y chromium)`,
  );
}

/** 180,000 characters of harmless text ≈ 45,000 prompt tokens at the demo model's 4 characters per token. */
function hugePrompt(round: number): string {
  return `summary request ${round}: ${'the quarterly figures look steady across all regions. '.repeat(3_300)}`;
}

async function chat(gatewayUrl: string, key: string, content: string) {
  const response = await fetch(`${gatewayUrl}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'demo-chat', messages: [{ role: 'user', content }] }),
  });
  await response.arrayBuffer();
  return response.status;
}

describe.skipIf(!hasChromium)('SOC console in a real browser (Debian chromium)', () => {
  let stack: ConsoleStack;
  let context: BrowserContext;
  let page: Page;
  let profileDir: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    await buildConsole(true);
    stack = await startConsoleStack(consoleOutDir);
    profileDir = mkdtempSync(join(tmpdir(), 'rampart-chromium-'));
    ({ context, page } = await launchConsoleBrowser(profileDir, pageErrors));
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    await stack?.close();
    if (profileDir) rmSync(profileDir, { recursive: true, force: true });
  });

  it('refuses a wrong admin token with the API error code and hint', async () => {
    await page.goto(stack.socUrl);
    await page.getByLabel('Admin token').fill('not-the-admin-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect.poll(() => page.locator('.error-code').textContent()).toBe('RAMPART_SOC_UNAUTHORIZED');
    expect(await page.locator('.error-hint').count()).toBe(1);
  }, 30_000);

  it('logs in, shows an alert after a denial-of-wallet attack, revokes the key from the UI, and the gateway then refuses it', async () => {
    const principal = 'mallory';
    const key = stack.keys.create({ name: 'attacker', principal, roles: ['demo'] }).key;
    const bystander = stack.keys.create({ name: 'ok', principal: 'dana', roles: ['demo'] }).key;
    expect(await chat(stack.gatewayUrl, bystander, 'hello there')).toBe(200);

    await signIn(page, stack.socUrl);
    // The session cookie is HttpOnly: the page's script cannot read it, only the CSRF cookie.
    const cookies = await context.cookies(stack.socUrl);
    expect(cookies.find((cookie) => cookie.name === 'rampart_session')?.httpOnly).toBe(true);
    expect(await page.evaluate('document.cookie')).not.toContain('rampart_session');

    await page.locator('a[data-screen="alerts"]').click();
    await page.getByText('No open alerts').waitFor();

    // The attack: one key burns > 200,000 tokens within minutes (rule denial-of-wallet).
    for (let round = 0; round < 5; round++) {
      expect(await chat(stack.gatewayUrl, key, hugePrompt(round))).toBe(200);
    }
    await stack.soc.idle();

    // The alert appears in the queue without a reload (the live stream tells the console).
    const row = page.locator('a.alert-row[data-alert-rule="denial-of-wallet"]');
    await row.waitFor({ timeout: 10_000 });
    expect(await row.textContent()).toContain(principal);
    await row.click();
    const detail = page.locator('.detail');
    await detail.getByRole('heading', { name: 'Denial-of-wallet token consumption' }).waitFor();
    // The rule's automatic response went through the real gateway admin API.
    await detail.locator('tr[data-response="tighten_limit"]').waitFor();
    expect(await detail.locator('tr[data-response="tighten_limit"]').textContent()).toContain('executed');

    await detail.getByRole('button', { name: 'Acknowledge' }).click();
    await detail.getByRole('status').filter({ hasText: 'Acknowledged' }).waitFor();

    await detail.getByRole('button', { name: 'Revoke key' }).click();
    await detail.getByRole('button', { name: 'Confirm revoke' }).click();
    await detail.getByRole('status').filter({ hasText: 'revoked' }).waitFor();
    const revoke = detail.locator('tr[data-response="revoke_key"]');
    await revoke.waitFor();
    expect(await revoke.textContent()).toContain('executed');
    expect(await revoke.textContent()).toContain('analyst');

    // Block the principal for an hour from the UI, then revert it: both go through the admin API.
    await detail.getByRole('button', { name: 'Block principal' }).click();
    await detail.getByLabel('Duration').selectOption('1h');
    await detail.getByRole('button', { name: 'Confirm block' }).click();
    const block = detail.locator('tr[data-response="block"]');
    await block.waitFor();
    expect(await block.textContent()).toContain('executed');
    await block.getByRole('button', { name: 'Revert' }).click();
    await expect.poll(() => block.textContent()).toContain('reverted');

    // The evidence behind the alert opens as the stored events.
    await detail.locator('ul.evidence button').first().click();
    await detail.locator('pre.evidence-json').waitFor();
    expect(await detail.locator('pre.evidence-json').textContent()).toContain('"kind": "inference.request"');

    // The next request with that key is refused at authentication; other keys still work.
    expect(await chat(stack.gatewayUrl, key, 'one more')).toBe(401);
    expect(await chat(stack.gatewayUrl, bystander, 'still fine')).toBe(200);

    mkdirSync(join(repositoryRoot, 'test-results'), { recursive: true });
    await page.screenshot({ path: screenshotPath, fullPage: false });
    expect(existsSync(screenshotPath)).toBe(true);
    expect(pageErrors).toEqual([]);
  }, 60_000);

  it('shows the overview counters and charts, rules with last fired, and event search', async () => {
    await page.locator('a[data-screen="overview"]').click();
    const requests = page.locator('[data-counter="Requests"] .counter-value');
    await expect.poll(async () => Number(await requests.textContent())).toBeGreaterThanOrEqual(7);
    expect(await page.locator('figure.chart svg').count()).toBe(2);

    await page.locator('a[data-screen="rules"]').click();
    const rule = page.locator('tr[data-rule="denial-of-wallet"]');
    await rule.waitFor();
    expect(await rule.textContent()).toMatch(/ago/);
    // "last fired" opens the alerts of that rule.
    await rule.getByRole('link').click();
    await page.locator('.notice', { hasText: 'denial-of-wallet' }).waitFor();
    await page.locator('a.alert-row[data-alert-rule="denial-of-wallet"]').waitFor();
    expect(await page.locator('a.alert-row').count()).toBe(1);

    await page.locator('a[data-screen="events"]').click();
    await page.locator('input[name="principal"]').fill('mallory');
    await page.getByRole('button', { name: 'Search' }).click();
    // mallory's five accepted requests (the refused one never authenticated, so it has no principal).
    // The unfiltered list shows first; the search result replaces it, so wait for the count to settle.
    await expect
      .poll(async () => page.locator('tr[data-kind="inference.request"]').count(), { timeout: 10_000 })
      .toBe(5);
    expect(await page.locator('.events-table td', { hasText: 'dana' }).count()).toBe(0);
    expect(pageErrors).toEqual([]);
  }, 30_000);

  it('streams live events, lists reported scan results and shows the compliance report', async () => {
    await page.locator('a[data-screen="live"]').click();
    // The Live screen's own stream, not the sidebar's (which is live already): an event published
    // before this screen subscribes is not replayed to it.
    await page.locator('.screen .stream-state.live').waitFor();
    const bystander = stack.keys.create({ name: 'live', principal: 'erin', roles: ['demo'] }).key;
    expect(await chat(stack.gatewayUrl, bystander, 'hello from erin')).toBe(200);
    await page.locator('.events-table td', { hasText: 'erin' }).first().waitFor({ timeout: 10_000 });

    // A CI tool reports a failing model scan to the SOC (POST /events, as --report-to does).
    expect(
      await reportEvents(stack.socUrl, [
        {
          source: 'model',
          kind: 'model.scan.result',
          model: 'llama-3-8b.pkl',
          severity: 'critical',
          attrs: { passed: false, findings: 2 },
          frameworks: ['LLM03:2025'],
        },
      ]),
    ).toBe(200);
    await page.locator('a[data-screen="scans"]').click();
    // The live table also lists this event until the screen changes: look inside the Scans screen.
    const scans = page.locator('.screen', {
      has: page.locator('h1', { hasText: 'Model, data and red-team results' }),
    });
    const scanRow = scans.locator('tr', { hasText: 'llama-3-8b.pkl' });
    await scanRow.waitFor();
    expect(await scanRow.textContent()).toContain('fail');

    await page.locator('a[data-screen="compliance"]').click();
    const control = page.locator('tr[data-control="LLM10:2025"]');
    await control.waitFor({ timeout: 10_000 });
    // Denial of wallet (LLM10) fired in this run: its rule shows up as evidence.
    expect(await control.textContent()).toContain('denial-of-wallet');
    expect(pageErrors).toEqual([]);
  }, 30_000);

  it('signs out: the session is gone and a reload shows the sign-in form', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Admin token').waitFor();
    await page.reload();
    await page.getByLabel('Admin token').waitFor();
    const status = await page.evaluate("fetch('/api/alerts').then((response) => response.status)");
    expect(status).toBe(401);
    expect(pageErrors).toEqual([]);
  }, 20_000);
});
