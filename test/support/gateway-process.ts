import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { request } from 'undici';
import { stringify } from 'yaml';
import type { SecurityEvent } from '../../src/core/index.ts';
import { openSqliteEventStore } from '../../src/soc/index.ts';

const root = resolve(import.meta.dirname, '../..');
/** The admin token every harness process is started with. */
export const harnessAdminToken = 'process-harness-admin-token-0123456789';
export const adminToken = harnessAdminToken;

export interface GatewayProcess {
  url: string;
  adminUrl: string;
  dataDir: string;
  /** An API key for `principal` with `roles`, created through the admin API. */
  key: (roles?: string[], principal?: string) => Promise<string>;
  /** Events the process has committed to its SQLite store. */
  events: () => Promise<SecurityEvent[]>;
  /** Send the process a signal (SIGHUP reloads its config and certificates). */
  signal: (name: NodeJS.Signals) => void;
  /** Everything the process wrote to stdout and stderr so far. */
  output: () => string;
  close: () => Promise<void>;
}

/**
 * `rampart gateway --config FILE [args]` as a child process on ports it picks (0), with `config` written
 * as YAML into a fresh data directory: the gateway exactly as users run it.
 */
export async function startGatewayProcess(
  config: Record<string, unknown>,
  options: { args?: string[] } = {},
): Promise<GatewayProcess> {
  const dataDir =
    typeof config.dataDir === 'string'
      ? config.dataDir
      : mkdtempSync(join(tmpdir(), 'rampart-process-harness-'));
  const configPath = join(dataDir, 'rampart.yaml');
  writeFileSync(
    configPath,
    stringify({
      server: { port: 0 },
      admin: { port: 0, token: '${HARNESS_ADMIN_TOKEN}' },
      logging: { level: 'warn' },
      ...config,
      dataDir,
    }),
  );
  const child: ChildProcess = spawn(
    process.execPath,
    [join(root, 'bin/rampart.js'), 'gateway', '--config', configPath, ...(options.args ?? [])],
    {
      env: { ...process.env, HARNESS_ADMIN_TOKEN: adminToken },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  // Generous: a cold tsx start on a loaded 2-core machine has taken over 20 s.
  const deadline = Date.now() + 60_000;
  const listeningLine = /listening on (https?:\/\/\S+) \(admin (https?:\/\/\S+)\)/;
  while (!listeningLine.test(output)) {
    if (Date.now() > deadline || child.exitCode !== null) {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
      throw new Error(`gateway process did not start: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  const [, url, adminUrl] = listeningLine.exec(output) as unknown as [string, string, string];
  return {
    url,
    adminUrl,
    dataDir,
    key: async (roles = ['user'], principal = 'alice') => {
      const response = await request(`${adminUrl}/admin/keys`, {
        method: 'POST',
        headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'harness', principal, roles }),
      });
      if (response.statusCode !== 201) throw new Error(`key not created: ${await response.body.text()}`);
      return ((await response.body.json()) as { key: string }).key;
    },
    events: async () => {
      const store = openSqliteEventStore({ path: join(dataDir, 'events.db') });
      try {
        return (await store.query({ limit: 10_000 })).events;
      } finally {
        await store.close();
      }
    },
    signal: (name) => {
      child.kill(name);
    },
    output: () => output,
    close: async () => {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
