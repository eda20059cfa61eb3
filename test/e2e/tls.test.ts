import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import {
  createServer as createHttpsServer,
  Agent as HttpsAgent,
  type Server as HttpsServer,
  request as httpsRequest,
} from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { connect, type TLSSocket } from 'node:tls';
import { Agent, request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { SecurityEvent } from '../../src/core/index.ts';
import { startDemoUpstream } from '../../src/gateway/index.ts';
import { GatewayAdminClient } from '../../src/soc/index.ts';
import { chatBody } from '../support/gateway-harness.ts';
import { type GatewayProcess, harnessAdminToken, startGatewayProcess } from '../support/gateway-process.ts';
import { runRampart } from '../support/rampart-cli.ts';
import {
  createTestCa,
  hasOpenssl,
  type IssuedCertificate,
  type TestCa,
} from '../support/test-certificates.ts';

/**
 * TLS and mTLS against real gateway processes, with certificates issued in the test by the openssl
 * CLI: client certificates map to principals, bad ones get 401 with a code, SIGHUP swaps the served
 * certificate on the same listener, and plain-HTTP upstreams are refused when TLS is required.
 */

const opensslPresent = hasOpenssl();
const skipReason = 'the openssl CLI is not on PATH: it issues the test certificates';

it.runIf(!opensslPresent)('TLS end-to-end tests', (context) => context.skip(skipReason));

let directory: string;
let ca: TestCa;
let rogueCa: TestCa;
let serverCertificate: IssuedCertificate;
let alice: IssuedCertificate;
let carol: IssuedCertificate;
let unmapped: IssuedCertificate;
let rogueAlice: IssuedCertificate;
let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
let gateway: GatewayProcess;
const agents: Agent[] = [];

function agentWith(client?: IssuedCertificate): Agent {
  const agent = new Agent({
    connect: {
      ca: readPem(ca.cert),
      ...(client ? { cert: readPem(client.cert), key: readPem(client.key) } : {}),
      servername: 'localhost',
    },
  });
  agents.push(agent);
  return agent;
}

/** Read at call time: the server certificate is reissued at the same path in one test. */
function readPem(path: string): string {
  return readFileSync(path, 'utf8');
}

async function chat(agent: Agent, headers: Record<string, string> = {}) {
  const response = await request(`${gateway.url}/v1/chat/completions`, {
    method: 'POST',
    dispatcher: agent,
    headers: { 'content-type': 'application/json', ...headers },
    body: chatBody('demo-chat'),
  });
  const text = await response.body.text();
  const body = JSON.parse(text) as { error?: { code?: string } };
  return { status: response.statusCode, code: body.error?.code };
}

/** The SHA-256 fingerprint of the certificate a fresh TLS connection is served. */
function servedFingerprint(port: number, client?: IssuedCertificate): Promise<string> {
  return new Promise((resolve, reject) => {
    const options = {
      host: '127.0.0.1',
      port,
      servername: 'localhost',
      ca: readPem(ca.cert),
      ...(client ? { cert: readPem(client.cert), key: readPem(client.key) } : {}),
    };
    const socket = connect(options, () => {
      const fingerprint = socket.getPeerCertificate().fingerprint256;
      socket.end();
      resolve(fingerprint);
    });
    socket.once('error', reject);
    socket.setTimeout(5_000, () => socket.destroy(new Error('TLS handshake timed out')));
  });
}

beforeAll(async () => {
  if (!opensslPresent) return;
  directory = mkdtempSync(join(tmpdir(), 'rampart-tls-'));
  ca = createTestCa(directory, 'good');
  rogueCa = createTestCa(directory, 'rogue');
  serverCertificate = ca.issue('server', 'localhost', 'DNS:localhost,IP:127.0.0.1');
  alice = ca.issue('alice', 'alice', 'URI:spiffe://rampart.test/alice');
  carol = ca.issue('carol', 'carol', 'DNS:carol.clients.test');
  unmapped = ca.issue('bob', 'bob', 'DNS:bob.clients.test');
  rogueAlice = rogueCa.issue('rogue-alice', 'alice', 'URI:spiffe://rampart.test/alice');
  demo = await startDemoUpstream(0, '127.0.0.1', { chunkDelayMs: 0 });
  gateway = await startGatewayProcess({
    server: { port: 0, tls: { cert: serverCertificate.cert, key: serverCertificate.key, ca: ca.cert } },
    upstreams: { demo: { url: demo.url } },
    models: [{ name: 'demo-chat', upstream: 'demo' }],
    routes: [{ id: 'chat', path: '/v1/chat/completions', kind: 'chat', guard: false }],
    roles: { user: [{ routes: ['*'], models: ['*'] }] },
    auth: {
      mtls: {
        principals: [
          {
            subjectCn: 'alice',
            san: 'URI:spiffe://rampart.test/alice',
            principal: 'alice-service',
            roles: ['user'],
          },
          { fingerprint256: carol.fingerprint256, principal: 'carol-batch', roles: ['user'] },
        ],
      },
    },
  });
}, 60_000);

afterAll(async () => {
  await Promise.all(agents.map((agent) => agent.close()));
  await gateway?.close();
  await demo?.close();
  if (directory) rmSync(directory, { recursive: true, force: true });
});

describe.skipIf(!opensslPresent)('gateway TLS and mTLS (real process)', () => {
  it('serves HTTPS and says so in its listening line', () => {
    if (!opensslPresent) return;
    expect(gateway.url).toMatch(/^https:\/\/127\.0\.0\.1:\d+$/);
  });

  it('a client certificate mapped by subject CN and SAN authenticates as its principal', async () => {
    const response = await chat(agentWith(alice));
    expect(response.status).toBe(200);
    const events = await gateway.events();
    const audit = events.find(
      (event: SecurityEvent) => event.kind === 'inference.request' && event.principal === 'alice-service',
    );
    expect(audit?.attrs.auth_via).toBe('mtls');
  });

  it('a client certificate mapped by its SHA-256 fingerprint authenticates as its principal', async () => {
    expect((await chat(agentWith(carol))).status).toBe(200);
    const events = await gateway.events();
    expect(
      events.some((event) => event.kind === 'inference.request' && event.principal === 'carol-batch'),
    ).toBe(true);
  });

  it('a client that resumes its TLS session keeps its certificate identity', async () => {
    // A new connection per request, with the session cached: the second handshake is a resumption.
    const agent = new HttpsAgent({
      keepAlive: false,
      maxCachedSessions: 10,
      ca: readPem(ca.cert),
      cert: readPem(alice.cert),
      key: readPem(alice.key),
      servername: 'localhost',
    });
    const once = () =>
      new Promise<{ status: number; reused: boolean }>((resolve, reject) => {
        const outgoing = httpsRequest(
          `${gateway.url}/v1/chat/completions`,
          { method: 'POST', agent, headers: { 'content-type': 'application/json' } },
          (incoming) => {
            const reused = (incoming.socket as TLSSocket).isSessionReused();
            incoming.resume();
            incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, reused }));
          },
        );
        outgoing.on('error', reject);
        outgoing.end(chatBody('demo-chat'));
      });
    try {
      expect(await once()).toEqual({ status: 200, reused: false });
      const second = await once();
      expect(second.status).toBe(200);
      expect(second.reused).toBe(true);
    } finally {
      agent.destroy();
    }
  });

  it('no certificate and no bearer is 401 RAMPART_AUTH_MISSING', async () => {
    const response = await chat(agentWith());
    expect(response.status).toBe(401);
    expect(response.code).toBe('RAMPART_AUTH_MISSING');
  });

  it('no certificate but a valid API key still authenticates (mTLS is not required)', async () => {
    const key = await gateway.key(['user'], 'key-holder');
    const response = await chat(agentWith(), { authorization: `Bearer ${key}` });
    expect(response.status).toBe(200);
  });

  it('a certificate from an unknown CA is 401 RAMPART_AUTH_INVALID_CERT, even with a valid API key', async () => {
    const key = await gateway.key(['user'], 'key-holder');
    const response = await chat(agentWith(rogueAlice), { authorization: `Bearer ${key}` });
    expect(response.status).toBe(401);
    expect(response.code).toBe('RAMPART_AUTH_INVALID_CERT');
    const events = await gateway.events();
    expect(
      events.some((event) => event.kind === 'auth.failure' && event.attrs.reason === 'certificate_untrusted'),
    ).toBe(true);
  });

  it('a trusted certificate that no entry maps is 401 RAMPART_AUTH_INVALID_CERT', async () => {
    const response = await chat(agentWith(unmapped));
    expect(response.status).toBe(401);
    expect(response.code).toBe('RAMPART_AUTH_INVALID_CERT');
    const events = await gateway.events();
    expect(
      events.some((event) => event.kind === 'auth.failure' && event.attrs.reason === 'certificate_unmapped'),
    ).toBe(true);
  });

  it('SIGHUP serves a reissued certificate on the same listener', async () => {
    const port = Number(new URL(gateway.url).port);
    const before = await servedFingerprint(port);
    expect(before).toBe(serverCertificate.fingerprint256);
    const reissued = ca.issue('server', 'localhost', 'DNS:localhost,IP:127.0.0.1');
    expect(reissued.fingerprint256).not.toBe(before);
    gateway.signal('SIGHUP');
    const deadline = Date.now() + 5_000;
    let served = before;
    while (served === before && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      served = await servedFingerprint(port);
    }
    expect(served).toBe(reissued.fingerprint256);
    // Same listener, still authenticating.
    expect((await chat(agentWith(alice))).status).toBe(200);
  }, 20_000);

  it('a SIGHUP with an unusable key keeps the previous certificate and logs the code', async () => {
    const port = Number(new URL(gateway.url).port);
    const before = await servedFingerprint(port);
    const goodKey = readFileSync(join(directory, 'server.key'));
    writeFileSync(join(directory, 'server.key'), 'not a key\n');
    try {
      gateway.signal('SIGHUP');
      const deadline = Date.now() + 5_000;
      while (!gateway.output().includes('RAMPART_TLS_FILES_INVALID') && Date.now() < deadline)
        await new Promise((resolve) => setTimeout(resolve, 50));
      expect(gateway.output()).toContain('RAMPART_TLS_FILES_INVALID');
      expect(await servedFingerprint(port)).toBe(before);
    } finally {
      writeFileSync(join(directory, 'server.key'), goodKey);
    }
  }, 20_000);
});

describe.skipIf(!opensslPresent)('upstream TLS and the admin listener', () => {
  let upstream: HttpsServer;
  let upstreamUrl: string;
  let strict: GatewayProcess | undefined;

  beforeAll(async () => {
    if (!opensslPresent) return;
    // A TLS model upstream (a mock: the upstream is outside the product).
    const upstreamCertificate = ca.issue('upstream', 'localhost', 'DNS:localhost,IP:127.0.0.1');
    upstream = createHttpsServer(
      { cert: readPem(upstreamCertificate.cert), key: readPem(upstreamCertificate.key) },
      (incoming, response) => {
        incoming.resume();
        incoming.on('end', () => {
          response.writeHead(200, { 'content-type': 'application/json' });
          response.end(
            JSON.stringify({
              id: 'x',
              object: 'chat.completion',
              model: 'demo-chat',
              choices: [
                { index: 0, message: { role: 'assistant', content: 'over TLS' }, finish_reason: 'stop' },
              ],
              usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
            }),
          );
        });
      },
    );
    await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
    upstreamUrl = `https://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  });

  afterAll(async () => {
    await strict?.close();
    await new Promise((resolve) => upstream?.close(resolve));
  });

  it('requireTlsUpstreams refuses a config with a plain-HTTP upstream (config check and start)', async () => {
    const configPath = join(directory, 'plain-upstream.yaml');
    writeFileSync(
      configPath,
      stringify({
        admin: { token: 'tls-test-admin-token-0123456789' },
        dataDir: join(directory, 'plain-data'),
        requireTlsUpstreams: true,
        upstreams: { demo: { url: demo.url } },
        models: [{ name: 'demo-chat', upstream: 'demo' }],
        routes: [{ id: 'chat', path: '/v1/chat/completions', kind: 'chat' }],
      }),
    );
    const check = await runRampart(['config', 'check', configPath], {}, 30_000);
    expect(check.code).not.toBe(0);
    expect(check.stderr + check.stdout).toContain('RAMPART_CONFIG_INVALID');
    expect(check.stderr + check.stdout).toContain('upstreams.demo.url');
    const start = await runRampart(['gateway', '--config', configPath], {}, 30_000);
    expect(start.code).not.toBe(0);
    expect(start.stderr).toContain('RAMPART_CONFIG_INVALID');
  }, 60_000);

  it('with requireTlsUpstreams an https upstream verified against its ca serves; the admin API wants a client certificate', async () => {
    strict = await startGatewayProcess({
      server: {
        port: 0,
        tls: { cert: join(directory, 'server.crt'), key: join(directory, 'server.key'), ca: ca.cert },
      },
      admin: {
        port: 0,
        token: '${HARNESS_ADMIN_TOKEN}',
        tls: { cert: join(directory, 'server.crt'), key: join(directory, 'server.key'), ca: ca.cert },
      },
      requireTlsUpstreams: true,
      upstreams: { secure: { url: upstreamUrl, ca: ca.cert } },
      models: [{ name: 'demo-chat', upstream: 'secure' }],
      routes: [{ id: 'chat', path: '/v1/chat/completions', kind: 'chat', guard: false }],
      roles: { user: [{ routes: ['*'], models: ['*'] }] },
      auth: {
        mtls: { required: true, principals: [{ subjectCn: 'alice', principal: 'alice', roles: ['user'] }] },
      },
    });
    expect(strict.adminUrl).toMatch(/^https:/);
    // admin.tls.ca: no client certificate, no handshake; with one, the bearer token is still needed.
    await expect(request(`${strict.adminUrl}/readyz`, { dispatcher: agentWith() })).rejects.toThrow();
    const ready = await request(`${strict.adminUrl}/readyz`, { dispatcher: agentWith(carol) });
    expect(ready.statusCode).toBe(200);
    await ready.body.dump();
    const created = await request(`${strict.adminUrl}/admin/keys`, {
      method: 'POST',
      dispatcher: agentWith(carol),
      headers: { authorization: `Bearer ${harnessAdminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'strict', principal: 'key-holder', roles: ['user'] }),
    });
    expect(created.statusCode).toBe(201);
    const { key } = (await created.body.json()) as { key: string };
    // The SOC's client for automated responses reaches the same admin API with soc.yaml gateway.tls.
    const socClient = new GatewayAdminClient({
      baseUrl: strict.adminUrl,
      token: harnessAdminToken,
      tls: { ca: readPem(ca.cert), cert: readPem(carol.cert), key: readPem(carol.key) },
    });
    const listed = (await socClient.listKeys()) as Array<{ principal: string }>;
    expect(listed.map((entry) => entry.principal)).toContain('key-holder');
    const withoutCertificate = new GatewayAdminClient({
      baseUrl: strict.adminUrl,
      token: harnessAdminToken,
      tls: { ca: readPem(ca.cert) },
    });
    await expect(withoutCertificate.listKeys()).rejects.toMatchObject({
      code: 'RAMPART_SOC_RESPONSE_FAILED',
    });
    // auth.mtls.required: a valid API key without a certificate is not enough.
    const keyOnly = await request(`${strict.url}/v1/chat/completions`, {
      method: 'POST',
      dispatcher: agentWith(),
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: chatBody('demo-chat'),
    });
    expect(keyOnly.statusCode).toBe(401);
    expect(((await keyOnly.body.json()) as { error: { code: string } }).error.code).toBe(
      'RAMPART_AUTH_MISSING',
    );
    const response = await request(`${strict.url}/v1/chat/completions`, {
      method: 'POST',
      dispatcher: agentWith(alice),
      headers: { 'content-type': 'application/json' },
      body: chatBody('demo-chat'),
    });
    const text = await response.body.text();
    expect(response.statusCode).toBe(200);
    expect(text).toContain('over TLS');
  }, 60_000);

  it('SIGHUP also re-reads the admin listener certificate', async () => {
    const adminPort = Number(new URL(strict!.adminUrl).port);
    const before = await servedFingerprint(adminPort, carol);
    const reissued = ca.issue('server', 'localhost', 'DNS:localhost,IP:127.0.0.1');
    strict!.signal('SIGHUP');
    const deadline = Date.now() + 5_000;
    let served = before;
    while (served === before && Date.now() < deadline) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 100));
      served = await servedFingerprint(adminPort, carol);
    }
    expect(served).toBe(reissued.fingerprint256);
  }, 20_000);
});

describe.skipIf(!opensslPresent)('SOC console over TLS (real process)', () => {
  let soc: ChildProcess | undefined;
  let socUrl = '';
  let socCertificate: IssuedCertificate;
  let output = '';
  const adminToken = 'soc-tls-admin-token-0123456789';

  beforeAll(async () => {
    if (!opensslPresent) return;
    socCertificate = ca.issue('soc', 'localhost', 'DNS:localhost,IP:127.0.0.1');
    const configPath = join(directory, 'soc.yaml');
    writeFileSync(
      configPath,
      stringify({
        store: { backend: 'sqlite', path: join(directory, 'soc-events.db') },
        server: { port: 0, tls: { cert: socCertificate.cert, key: socCertificate.key } },
        adminToken,
      }),
    );
    soc = spawn(
      process.execPath,
      [resolve(import.meta.dirname, '../../bin/rampart.js'), 'soc', 'serve', '--config', configPath],
      {
        cwd: directory,
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    soc.stdout!.on('data', (chunk) => {
      output += chunk;
    });
    soc.stderr!.on('data', (chunk) => {
      output += chunk;
    });
    const deadline = Date.now() + 20_000;
    const runningLine = /running at (https?:\/\/\S+)/;
    while (!runningLine.test(output)) {
      if (Date.now() > deadline || soc.exitCode !== null) throw new Error(`SOC did not start: ${output}`);
      await new Promise((resolveWait) => setTimeout(resolveWait, 50));
    }
    socUrl = runningLine.exec(output)![1]!;
  }, 30_000);

  afterAll(async () => {
    if (soc && soc.exitCode === null) {
      const exited = new Promise((resolveExit) => soc!.once('exit', resolveExit));
      soc.kill('SIGTERM');
      const timer = setTimeout(() => soc!.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  });

  it('serves HTTPS and marks the console session cookies Secure', async () => {
    expect(socUrl).toMatch(/^https:/);
    const response = await request(`${socUrl}/api/login`, {
      method: 'POST',
      dispatcher: agentWith(),
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ token: adminToken, user: 'dana' }),
    });
    await response.body.dump();
    expect(response.statusCode).toBe(200);
    const cookies = ([] as string[]).concat(response.headers['set-cookie'] ?? []);
    expect(cookies.length).toBeGreaterThanOrEqual(2);
    for (const cookie of cookies) expect(cookie).toMatch(/;\s*Secure/i);
  });

  it('SIGHUP serves a reissued certificate on the same listener', async () => {
    const port = Number(new URL(socUrl).port);
    const before = await servedFingerprint(port);
    expect(before).toBe(socCertificate.fingerprint256);
    const reissued = ca.issue('soc', 'localhost', 'DNS:localhost,IP:127.0.0.1');
    soc!.kill('SIGHUP');
    const deadline = Date.now() + 5_000;
    let served = before;
    while (served === before && Date.now() < deadline) {
      await new Promise((resolveWait) => setTimeout(resolveWait, 100));
      served = await servedFingerprint(port);
    }
    expect(served).toBe(reissued.fingerprint256);
    expect(soc!.exitCode).toBeNull();
  }, 20_000);
});
