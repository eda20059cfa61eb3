import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { startDemoUpstream } from '../../src/gateway/index.ts';
import { openSqliteEventStore } from '../../src/soc/index.ts';
import { chatBody } from '../support/gateway-harness.ts';
import { freePort } from '../support/ports.ts';

const token = 'process-test-admin-token-0123456789';

let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
let dir: string;
beforeAll(async () => {
  demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 0 });
  dir = mkdtempSync(join(tmpdir(), 'rampart-process-'));
});
afterAll(async () => {
  await demo.close();
  rmSync(dir, { recursive: true, force: true });
});

function configFor(port: number, adminPort: number, dataDir: string, models = ['demo-chat']) {
  return {
    server: { port },
    admin: { port: adminPort, token: '${TEST_ADMIN_TOKEN}' },
    dataDir,
    upstreams: { demo: { url: demo.url } },
    models: models.map((name) => ({ name, upstream: 'demo' })),
    routes: [{ id: 'chat', path: '/v1/chat/completions', kind: 'chat', models: ['*'] }],
    roles: { user: [{ routes: ['*'], models: ['*'] }] },
    limits: { rate: { burst: 10_000, requestsPerMinute: 100_000 } },
    logging: { level: 'warn' },
  };
}

async function startProcess(configPath: string, port: number): Promise<ChildProcess> {
  const child = spawn('node', ['bin/rampart.js', 'gateway', '--config', configPath], {
    env: { ...process.env, TEST_ADMIN_TOKEN: token },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr!.on('data', (chunk) => {
    output += chunk;
  });
  const deadline = Date.now() + 15_000;
  while (!output.includes('listening')) {
    if (Date.now() > deadline || child.exitCode !== null) throw new Error(`gateway did not start: ${output}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  expect(output).toContain(`:${port}`);
  return child;
}

async function createKey(adminPort: number): Promise<string> {
  const response = await request(`http://127.0.0.1:${adminPort}/admin/keys`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 't', principal: 'p', roles: ['user'] }),
  });
  expect(response.statusCode).toBe(201);
  return ((await response.body.json()) as { key: string }).key;
}

async function chat(port: number, key: string, model = 'demo-chat') {
  const response = await request(`http://127.0.0.1:${port}/v1/chat/completions`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: chatBody(model),
  });
  await response.body.text();
  return { status: response.statusCode, requestId: String(response.headers['x-request-id']) };
}

describe('gateway process', () => {
  it('kill -9 loses no audit event of a completed request', async () => {
    const [port, adminPort] = [await freePort(), await freePort()];
    const dataDir = join(dir, 'kill');
    const configPath = join(dir, 'kill.yaml');
    writeFileSync(configPath, stringify(configFor(port, adminPort, dataDir)));
    const child = await startProcess(configPath, port);
    const key = await createKey(adminPort);
    const completed: string[] = [];
    // Keep traffic flowing, in parallel, and kill the process in the middle of it.
    let stop = false;
    const workers = Array.from({ length: 4 }, async () => {
      while (!stop) {
        try {
          const result = await chat(port, key);
          if (result.status === 200) completed.push(result.requestId);
        } catch {
          return; // the connection died with the process
        }
      }
    });
    // Kill once enough requests have completed (a fixed wait saw only 4 on a loaded machine).
    const waitStarted = Date.now();
    while ((completed.length <= 20 || Date.now() - waitStarted < 1_000) && Date.now() - waitStarted < 30_000)
      await new Promise((resolve) => setTimeout(resolve, 50));
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGKILL');
    stop = true;
    await Promise.all(workers);
    await exited;
    expect(completed.length).toBeGreaterThan(10);
    const store = openSqliteEventStore({ path: join(dataDir, 'events.db') });
    try {
      const recorded = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await store.query({
          kind: 'inference.request',
          limit: 1000,
          ...(cursor ? { cursor } : {}),
        });
        for (const event of page.events) recorded.add(String(event.attrs.request_id));
        cursor = page.nextCursor;
      } while (cursor);
      const missing = completed.filter((id) => !recorded.has(id));
      expect(missing).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('reloads its config on SIGHUP and keeps the old one when the new one is invalid', async () => {
    const [port, adminPort] = [await freePort(), await freePort()];
    const dataDir = join(dir, 'reload');
    const configPath = join(dir, 'reload.yaml');
    writeFileSync(configPath, stringify(configFor(port, adminPort, dataDir)));
    const child = await startProcess(configPath, port);
    try {
      const key = await createKey(adminPort);
      expect((await chat(port, key, 'demo-embed')).status).toBe(404);
      writeFileSync(configPath, stringify(configFor(port, adminPort, dataDir, ['demo-chat', 'demo-embed'])));
      child.kill('SIGHUP');
      const deadline = Date.now() + 5_000;
      while ((await chat(port, key, 'demo-embed')).status !== 200) {
        if (Date.now() > deadline) throw new Error('reload did not take effect');
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      writeFileSync(configPath, 'routes: [this is not valid');
      child.kill('SIGHUP');
      const reload = await request(`http://127.0.0.1:${adminPort}/admin/reload`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}` },
      });
      expect(reload.statusCode).toBe(400);
      expect(((await reload.body.json()) as { error: { code: string } }).error.code).toBe(
        'RAMPART_CONFIG_PARSE',
      );
      expect((await chat(port, key, 'demo-embed')).status).toBe(200);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });

  it('a block set through the admin API still holds after a restart (kill -9)', async () => {
    const [port, adminPort] = [await freePort(), await freePort()];
    const dataDir = join(dir, 'blocks');
    const configPath = join(dir, 'blocks.yaml');
    writeFileSync(configPath, stringify(configFor(port, adminPort, dataDir)));
    const admin = (method: 'POST' | 'DELETE', path: string, body?: unknown) =>
      request(`http://127.0.0.1:${adminPort}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
    let child = await startProcess(configPath, port);
    let blockId: string;
    let key: string;
    try {
      key = await createKey(adminPort);
      const blocked = await admin('POST', '/admin/blocks', {
        type: 'principal',
        value: 'p',
        ttlSeconds: 3600,
        reason: 'test',
      });
      expect(blocked.statusCode).toBe(201);
      blockId = ((await blocked.body.json()) as { id: string }).id;
      expect((await chat(port, key)).status).toBe(403);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    }
    child = await startProcess(configPath, port);
    try {
      expect((await chat(port, key)).status).toBe(403);
      const removed = await admin('DELETE', `/admin/blocks/${blockId}`);
      await removed.body.text();
      expect(removed.statusCode).toBe(204);
      expect((await chat(port, key)).status).toBe(200);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  }, 60_000);
});
