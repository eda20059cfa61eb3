import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import type { SecurityEvent } from '../../src/core/index.ts';
import {
  ApiKeyStore,
  createAdminServer,
  Gateway,
  listenAdmin,
  startDemoUpstream,
  validateConfig,
} from '../../src/gateway/index.ts';
import {
  createSoc,
  createSocServer,
  type DatasetLocation,
  openSqliteEventStore,
  type Soc,
  type SocServer,
  type SocServerExtensions,
} from '../../src/soc/index.ts';

export const consoleAdminToken = 'console-test-admin-token-0123456789';

/** Debian's chromium, which the browser tests drive with playwright-core (they skip, saying so, without it). */
export const chromiumPath = '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);

/** Headless chromium with its own profile folder, quiet on the network, at a desktop viewport. */
export async function launchConsoleBrowser(
  profileDir: string,
  pageErrors: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
    viewport: { width: 1440, height: 900 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  page.on('pageerror', (error) => pageErrors.push(error.message));
  return { context, page };
}

/** Sign in to the console at `socUrl` with the admin token and a name, and wait for the overview. */
export async function signIn(page: Page, socUrl: string, name = 'analyst'): Promise<void> {
  await page.goto(socUrl);
  await page.getByLabel('Admin token').fill(consoleAdminToken);
  await page.getByLabel(/Your name/).fill(name);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { name: 'Overview' }).waitFor();
}

/** Report events to the SOC the way `--report-to` and `rampart soc ingest` do (POST /events); resolves with the status. */
export async function reportEvents(socUrl: string, events: Array<Record<string, unknown>>): Promise<number> {
  const response = await fetch(`${socUrl}/events`, {
    method: 'POST',
    headers: { authorization: `Bearer ${consoleAdminToken}`, 'content-type': 'application/json' },
    body: JSON.stringify({ events }),
  });
  await response.body?.cancel();
  return response.status;
}

export interface ConsoleStackOptions {
  /** soc.yaml `datasets:` (the revoke_approval response). */
  datasets?: readonly DatasetLocation[];
  /** false: rules raise alerts without acting, so the console's own responses are the only ones. */
  automaticResponses?: boolean;
  /** The SOC server's extensions (`explain`: what `rampart soc serve` builds from soc.yaml's `explain:`). */
  extensions?: SocServerExtensions;
}

export interface ConsoleStack {
  gatewayUrl: string;
  adminUrl: string;
  socUrl: string;
  soc: Soc;
  keys: ApiKeyStore;
  close(): Promise<void>;
}

/**
 * The whole one-machine stack with real sockets and a real SQLite file: demo model, gateway (its
 * events go into the SOC), gateway admin API (automated and console responses act through it) and
 * the SOC HTTP server serving the built console.
 */
export async function startConsoleStack(
  staticDir: string,
  options: ConsoleStackOptions = {},
): Promise<ConsoleStack> {
  const dataDir = mkdtempSync(join(tmpdir(), 'rampart-console-'));
  const demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 0 });
  const config = validateConfig({
    admin: { token: consoleAdminToken, port: 0 },
    server: { port: 0 },
    dataDir,
    upstreams: { demo: { url: demo.url } },
    models: [{ name: 'demo-chat', upstream: 'demo' }],
    routes: [{ id: 'chat', path: '/v1/chat/completions', kind: 'chat', models: ['demo-chat'] }],
    roles: { demo: [{ routes: ['*'], models: ['*'] }] },
    limits: {
      rate: { burst: 1_000, requestsPerMinute: 100_000 },
      tokens: { perMinute: 100_000_000, perDay: 1_000_000_000 },
    },
  });
  const store = openSqliteEventStore({ path: join(dataDir, 'events.db') });
  const keys = new ApiKeyStore(join(dataDir, 'keys.db'));
  // The gateway needs its sink before the SOC knows the admin URL; hand events on once it exists.
  let soc: Soc | undefined;
  const gateway = new Gateway({
    config,
    keys,
    sink: { write: (events: readonly SecurityEvent[]) => soc!.sink.write(events) },
  });
  const address = await gateway.listen(0, '127.0.0.1');
  const admin = createAdminServer({ gateway, token: consoleAdminToken, events: store });
  const adminAddress = await listenAdmin(admin, 0, '127.0.0.1');
  const adminUrl = `http://127.0.0.1:${adminAddress.port}`;
  soc = createSoc({
    store,
    gateway: { baseUrl: adminUrl, token: consoleAdminToken },
    ...(options.datasets ? { datasets: options.datasets } : {}),
    ...(options.automaticResponses === undefined ? {} : { automaticResponses: options.automaticResponses }),
  });
  const server: SocServer = createSocServer({
    ...soc,
    config: { adminToken: consoleAdminToken, staticDir },
    ...(options.extensions ? { extensions: options.extensions } : {}),
  });
  const socUrl = await server.listen(0, '127.0.0.1');
  return {
    gatewayUrl: `http://127.0.0.1:${address.port}`,
    adminUrl,
    socUrl,
    soc,
    keys,
    close: async () => {
      await server.close();
      admin.closeAllConnections();
      await new Promise<void>((resolve) => admin.close(() => resolve()));
      await gateway.close(1_000);
      await demo.close();
      await soc?.close();
      keys.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
