import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildConsole } from '../../src/console/build-console.ts';
import { consoleOutDir } from '../../src/console/vite.config.ts';
import { appendLogEntry, verifyLogFile } from '../../src/core/index.ts';
import {
  type ConsoleStack,
  consoleAdminToken,
  hasChromium,
  launchConsoleBrowser,
  reportEvents,
  signIn,
  startConsoleStack,
} from './console-stack.ts';

const rootDigest = 'a'.repeat(64);

/** Report events to the SOC the way `rampart soc ingest --report-to` does (POST /events). */
async function report(socUrl: string, events: Array<Record<string, unknown>>) {
  expect(await reportEvents(socUrl, events)).toBe(200);
}

/** An object-store write as `rampart soc ingest` turns an S3 access-log line into a data.access event. */
const write = (principal: string, object: string) => ({
  source: 'data',
  kind: 'data.access',
  principal,
  client_ip: '198.51.100.23',
  decision: 'allow',
  attrs: {
    operation: 'write',
    action: 'REST.PUT.OBJECT',
    store: 's3',
    bucket: 'ml-datasets',
    object,
    bytes: 10,
  },
});

/**
 * The Degrade and Revoke dataset approval responses of the alert screen, against the real stack with
 * an approved dataset (reviews/v3/ of bucket ml-datasets, its provenance log with one approval) and
 * the rules' automatic responses off, so every response on the alert is the one clicked here.
 */
describe.skipIf(!hasChromium)('SOC console: degrade and revoke a dataset approval (Debian chromium)', () => {
  let stack: ConsoleStack;
  let context: BrowserContext;
  let page: Page;
  let directory: string;
  let log: string;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    directory = mkdtempSync(join(tmpdir(), 'rampart-console-respond-'));
    log = join(directory, 'provenance.jsonl');
    appendLogEntry(log, { action: 'approve', rootDigest, approvedBy: 'alice', version: 'v3' });
    await buildConsole(true);
    stack = await startConsoleStack(consoleOutDir, {
      // With `store:` as in the documented soc.yaml: a person's response sees only the alert's group.
      datasets: [{ name: 'reviews-v3', store: 's3', bucket: 'ml-datasets', prefix: 'reviews/v3/', log }],
      automaticResponses: false,
    });
    ({ context, page } = await launchConsoleBrowser(join(directory, 'profile'), pageErrors));

    await report(stack.socUrl, [
      write('contractor-7', 'reviews/v3/train.csv'),
      write('contractor-8', 'reviews/v4/train.csv'),
      { source: 'model', kind: 'model.verify.result', model: 'llama-3-8b.pkl', attrs: { verified: false } },
    ]);
    await stack.soc.idle();

    await signIn(page, stack.socUrl);
    await page.locator('a[data-screen="alerts"]').click();
  }, 90_000);

  afterAll(async () => {
    await context?.close();
    await stack?.close();
    if (directory) rmSync(directory, { recursive: true, force: true });
  });

  const open = async (rule: string, text: string) => {
    const row = page.locator(`a.alert-row[data-alert-rule="${rule}"]`, { hasText: text });
    await row.waitFor({ timeout: 10_000 });
    await row.click();
    const detail = page.locator('.detail');
    await detail.locator('dd', { hasText: text }).first().waitFor();
    return detail;
  };

  it('degrades the principal of an alert through the gateway admin API, and reverts it', async () => {
    const detail = await open('approved-dataset-write', 'contractor-7');
    expect(await detail.locator('tr[data-response]').count()).toBe(0);
    await detail.getByRole('button', { name: 'Degrade' }).click();
    const dialog = detail.getByRole('dialog', { name: 'Confirm response' });
    expect(await dialog.textContent()).toContain('Serve hardened answers to principal contractor-7');
    await dialog.getByLabel('Duration').selectOption('6h');
    await dialog.getByRole('button', { name: 'Confirm degrade' }).click();
    await detail.getByRole('status').filter({ hasText: 'Degraded contractor-7 for 6h' }).waitFor();
    const row = detail.locator('tr[data-response="degrade"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('executed');
    expect(await row.textContent()).toContain('principal:contractor-7');
    expect(await row.textContent()).toContain('analyst');

    const degrades = async () => {
      const response = await fetch(`${stack.adminUrl}/admin/degrades`, {
        headers: { authorization: `Bearer ${consoleAdminToken}` },
      });
      return ((await response.json()) as { degrades: Array<{ principal: string }> }).degrades;
    };
    expect(await degrades()).toEqual([expect.objectContaining({ principal: 'contractor-7' })]);
    await row.getByRole('button', { name: 'Revert' }).click();
    await expect.poll(() => row.textContent()).toContain('reverted');
    expect(await degrades()).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 30_000);

  it('revokes the approval of the dataset the write falls in: the provenance log gets a revoke entry', async () => {
    const detail = await open('approved-dataset-write', 'contractor-7');
    await detail.getByRole('button', { name: 'Revoke dataset approval' }).click();
    const dialog = detail.getByRole('dialog', { name: 'Confirm response' });
    const wording = await dialog.textContent();
    expect(wording).toContain('s3://ml-datasets/reviews/v3/train.csv');
    expect(wording).toContain('rampart data gate');
    await dialog.getByRole('button', { name: 'Confirm revoke approval' }).click();
    await detail.getByRole('status').filter({ hasText: 'reviews-v3: 1 approval(s) revoked' }).waitFor();
    const row = detail.locator('tr[data-response="revoke_approval"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('executed');
    expect(await row.textContent()).toContain('reviews-v3: 1 approval(s) revoked');
    // Not reversible: re-approving is `rampart data log append --action approve` once the data is checked.
    expect(await row.getByRole('button', { name: 'Revert' }).count()).toBe(0);

    const verification = verifyLogFile(log);
    expect(verification.ok).toBe(true);
    expect(verification.entries.map((entry) => entry.action)).toEqual(['approve', 'revoke']);
    expect(verification.entries[1]).toMatchObject({
      rootDigest,
      approvedBy: 'analyst',
      evidence: {
        ruleId: 'approved-dataset-write',
        principal: 'contractor-7',
        store: 's3',
        bucket: 'ml-datasets',
        object: 'reviews/v3/train.csv',
      },
    });
    expect(pageErrors).toEqual([]);
  }, 30_000);

  it('shows the SOC refusing a write outside every configured dataset, as an error and a failed row', async () => {
    const detail = await open('approved-dataset-write', 'contractor-8');
    await detail.getByRole('button', { name: 'Revoke dataset approval' }).click();
    await detail.getByRole('button', { name: 'Confirm revoke approval' }).click();
    const banner = detail.getByRole('alert').filter({ hasText: 'no dataset in soc.yaml datasets' });
    await banner.waitFor();
    const row = detail.locator('tr[data-response="revoke_approval"]');
    await row.waitFor();
    expect(await row.textContent()).toContain('failed');
    expect(await row.textContent()).toContain('ml-datasets/reviews/v4/train.csv');
    // The log of reviews-v3 is untouched by it.
    expect(verifyLogFile(log).entries).toHaveLength(2);
    expect(pageErrors).toEqual([]);
  }, 30_000);

  it('disables both on an alert with no principal and no dataset object, saying why', async () => {
    const detail = await open('model-signature-failure', 'llama-3-8b.pkl');
    const degrade = detail.getByRole('button', { name: 'Degrade' });
    const revoke = detail.getByRole('button', { name: 'Revoke dataset approval' });
    expect(await degrade.isDisabled()).toBe(true);
    expect(await revoke.isDisabled()).toBe(true);
    expect(await revoke.getAttribute('title')).toContain('data.access');
    expect(pageErrors).toEqual([]);
  }, 30_000);
});
