import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  keysFromJwks,
  loadResponseSigningKey,
  publicJwk,
  seededRandom,
  signRequest,
  verifyEventStream,
  verifyResponse,
} from '../../src/core/index.ts';
import { startDemoUpstream } from '../../src/gateway/index.ts';
import { type GatewayProcess, startGatewayProcess } from '../support/gateway-process.ts';
import { runRampart } from '../support/rampart-cli.ts';

/**
 * Model protection through a real gateway process: the extraction monitor reports an attack with
 * its evidence, predict answers are rounded (and label-only once the principal is degraded through
 * the admin API), and an LLM route drops logprobs from answers and stream chunks.
 */
const adminToken = 'process-harness-admin-token-0123456789';
let gateway: GatewayProcess;
let demo: Awaited<ReturnType<typeof startDemoUpstream>>;
let logprobsUpstream: Server;
const keyDirectory = mkdtempSync(join(tmpdir(), 'rampart-client-keys-'));
const clientKey = loadResponseSigningKey(
  generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  'client-1',
);

const logprobs = {
  content: [{ token: 'Hi', logprob: -0.1, top_logprobs: [{ token: 'Hi', logprob: -0.1 }] }],
};

/** A model server whose chat answers carry logprobs (a stand-in for vLLM with logprobs on). */
function startLogprobsUpstream(): Promise<string> {
  logprobsUpstream = createServer((incoming, response) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { stream?: boolean };
      if (body.stream) {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        const chunk = (content: string) =>
          `data: ${JSON.stringify({ object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content }, logprobs, finish_reason: null }] })}\n\n`;
        response.write(chunk('Hi'));
        response.write(chunk(' there'));
        response.end('data: [DONE]\n\n');
        return;
      }
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({
          object: 'chat.completion',
          choices: [
            { index: 0, message: { role: 'assistant', content: 'Hi' }, logprobs, finish_reason: 'stop' },
          ],
          usage: { prompt_tokens: 3, completion_tokens: 1, total_tokens: 4 },
        }),
      );
    });
  });
  return new Promise((resolve) =>
    logprobsUpstream.listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(logprobsUpstream.address() as AddressInfo).port}`),
    ),
  );
}

beforeAll(async () => {
  demo = await startDemoUpstream(0, '127.0.0.1');
  const logprobsUrl = await startLogprobsUpstream();
  const { privateKey } = generateKeyPairSync('ed25519');
  const clientKeys = join(keyDirectory, 'clients.jwks.json');
  writeFileSync(clientKeys, JSON.stringify({ keys: [publicJwk(clientKey)] }));
  gateway = await startGatewayProcess({
    signing: {
      privateKey: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      keyId: 'gw-test-1',
    },
    upstreams: { demo: { url: demo.url }, lp: { url: logprobsUrl } },
    models: [
      { name: 'iris', upstream: 'demo' },
      { name: 'lp-chat', upstream: 'lp' },
    ],
    routes: [
      {
        id: 'iris',
        path: '/predict/iris',
        kind: 'predict',
        models: ['iris'],
        upstream: 'demo',
        upstreamPath: '/v2/models/iris/infer',
        output: { round: 1 },
        sign: { enabled: true },
        extraction: { minQueries: 60, reportEvery: 50 },
      },
      {
        id: 'chat',
        path: '/v1/chat/completions',
        kind: 'chat',
        models: ['lp-chat'],
        output: { stripLogprobs: true },
        sign: { enabled: true },
      },
      {
        id: 'iris-signed-requests',
        path: '/signed/predict/iris',
        kind: 'predict',
        models: ['iris'],
        upstream: 'demo',
        upstreamPath: '/v2/models/iris/infer',
        sign: { clientKeys },
      },
      {
        id: 'chat-unscanned',
        path: '/unscanned/v1/chat/completions',
        kind: 'chat',
        models: ['lp-chat'],
        guard: false,
        output: { stripLogprobs: true },
      },
    ],
    roles: { user: [{ routes: ['iris', 'chat', 'chat-unscanned', 'iris-signed-requests'], models: ['*'] }] },
    limits: { rate: { burst: 10_000, requestsPerMinute: 1_000_000 } },
  });
}, 30_000);

afterAll(async () => {
  await gateway?.close();
  await demo?.close();
  rmSync(keyDirectory, { recursive: true, force: true });
  await new Promise<void>((resolve) =>
    logprobsUpstream ? logprobsUpstream.close(() => resolve()) : resolve(),
  );
});

async function predict(key: string, row: number[]) {
  const response = await request(`${gateway.url}/predict/iris`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ inputs: [{ name: 'x', shape: [1, 4], datatype: 'FP32', data: [row] }] }),
  });
  const json = (await response.body.json()) as { outputs: Array<{ name: string; data: number[] }> };
  expect(response.statusCode).toBe(200);
  return json.outputs.find((output) => output.name === 'probabilities')!.data;
}

describe('model protection through the gateway process', () => {
  it('reports an extraction attack with its evidence, and rounds every answer', async () => {
    const key = await gateway.key(['user'], 'mallory');
    const random = seededRandom(5);
    const known = [[5.1, 3.5, 1.4, 0.2]];
    for (let index = 0; index < 150; index++) {
      const base = known[Math.floor(random() * known.length)]!;
      const row = base.map((value) => Math.round((value + 0.1 * (random() < 0.5 ? -1 : 1)) * 100) / 100);
      known.push(row);
      const scores = await predict(key, row);
      for (const score of scores) expect(Math.round(score * 10) / 10).toBe(score);
    }
    const events = await gateway.events();
    const suspected = events
      .filter((event) => event.kind === 'extraction.suspected')
      .sort((left, right) => left.id.localeCompare(right.id));
    expect(suspected.length).toBeGreaterThanOrEqual(1);
    expect(suspected[0]).toMatchObject({
      principal: 'mallory',
      route: 'iris',
      attrs: { signals: expect.arrayContaining(['distance-distribution']), report: 1 },
    });
    expect((suspected[0]!.attrs.evidence as { shapiro_w: number }).shapiro_w).toBeLessThan(0.85);
  });

  it('answers a degraded principal with the label only, and others as before', async () => {
    const key = await gateway.key(['user'], 'eve');
    const bystander = await gateway.key(['user'], 'bob');
    const row = [6.0, 2.9, 4.5, 1.5];
    expect((await predict(key, row)).some((score) => score > 0 && score < 1)).toBe(true);
    const degraded = await request(`${gateway.adminUrl}/admin/degrades`, {
      method: 'POST',
      headers: { authorization: `Bearer ${adminToken}`, 'content-type': 'application/json' },
      body: JSON.stringify({ principal: 'eve', ttlSeconds: 60, reason: 'test' }),
    });
    expect(degraded.statusCode).toBe(201);
    const grant = (await degraded.body.json()) as { id: string };
    const scores = await predict(key, row);
    expect([...scores].sort()).toEqual([0, 0, 1]);
    expect((await predict(bystander, row)).some((score) => score > 0 && score < 1)).toBe(true);
    const removed = await request(`${gateway.adminUrl}/admin/degrades/${grant.id}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${adminToken}` },
    });
    expect(removed.statusCode).toBe(204);
    await removed.body.dump();
    expect((await predict(key, row)).some((score) => score > 0 && score < 1)).toBe(true);
  });

  it('drops logprobs from LLM answers and from every stream chunk', async () => {
    const key = await gateway.key(['user'], 'carol');
    for (const path of ['/v1/chat/completions', '/unscanned/v1/chat/completions']) {
      const send = (stream: boolean) =>
        request(`${gateway.url}${path}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({
            model: 'lp-chat',
            stream,
            logprobs: true,
            top_logprobs: 5,
            messages: [{ role: 'user', content: 'hello' }],
          }),
        });
      const whole = await send(false);
      const answer = (await whole.body.json()) as { choices: Array<{ logprobs: unknown; message: unknown }> };
      expect(whole.statusCode).toBe(200);
      expect(answer.choices[0]).toMatchObject({ logprobs: null, message: { content: 'Hi' } });
      const streamed = await send(true);
      const text = await streamed.body.text();
      expect(streamed.statusCode).toBe(200);
      expect(text).toContain('there');
      expect(text).toContain('data: [DONE]');
      expect(text).not.toContain('top_logprobs');
      expect(text).not.toContain('"logprob"');
    }
  });

  it('signs answers (RFC 9421 + Content-Digest) with the key published at /.well-known/jwks.json', async () => {
    const key = await gateway.key(['user'], 'dana');
    const jwks = await request(`${gateway.url}/.well-known/jwks.json`);
    expect(jwks.statusCode).toBe(200);
    const keys = keysFromJwks(await jwks.body.json());
    const answer = await request(`${gateway.url}/predict/iris`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        inputs: [{ name: 'x', shape: [1, 4], datatype: 'FP32', data: [[5.1, 3.5, 1.4, 0.2]] }],
      }),
    });
    const body = Buffer.from(await answer.body.arrayBuffer());
    const headers = answer.headers as Record<string, string>;
    expect(verifyResponse({ status: answer.statusCode, headers, body }, keys)).toMatchObject({
      keyId: 'gw-test-1',
      algorithm: 'ed25519',
      covered: ['@status', 'content-type', 'x-request-id', 'content-digest'],
    });
    const tampered = Buffer.from(body.toString('utf8').replace('"data":[1', '"data":[0'));
    expect(() => verifyResponse({ status: 200, headers, body: tampered }, keys)).toThrow(
      expect.objectContaining({ code: 'RAMPART_RESPONSE_SIGNATURE_INVALID' }),
    );
  });

  it('signs a stream with chained events and a final signature event; a cut stream fails', async () => {
    const key = await gateway.key(['user'], 'dana');
    const keys = keysFromJwks(await (await request(`${gateway.url}/.well-known/jwks.json`)).body.json());
    const streamed = await request(`${gateway.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({
        model: 'lp-chat',
        stream: true,
        messages: [{ role: 'user', content: 'hello' }],
      }),
    });
    const text = await streamed.body.text();
    const contentType = String(streamed.headers['content-type']);
    expect(text).toContain('event: rampart-signature');
    expect(verifyEventStream({ status: 200, contentType, body: text }, keys).events).toBeGreaterThan(1);
    const cut = text.slice(0, text.indexOf('data: [DONE]'));
    expect(() => verifyEventStream({ status: 200, contentType, body: cut }, keys)).toThrow(
      expect.objectContaining({ code: 'RAMPART_RESPONSE_SIGNATURE_INVALID' }),
    );
  });

  it('rampart verify-response verifies a signed answer from the gateway', async () => {
    const key = await gateway.key(['user'], 'dana');
    const result = await runRampart([
      'verify-response',
      '--url',
      `${gateway.url}/predict/iris`,
      '--jwks',
      `${gateway.url}/.well-known/jwks.json`,
      '--data',
      JSON.stringify({
        inputs: [{ name: 'x', shape: [1, 4], datatype: 'FP32', data: [[6.1, 2.8, 4.7, 1.2]] }],
      }),
      '--header',
      `Authorization: Bearer ${key}`,
    ]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('verified: status 200, key gw-test-1 (ed25519)');
  });

  it('a route that requires signed requests refuses unsigned, stale-keyed and altered ones', async () => {
    const key = await gateway.key(['user'], 'erin');
    const path = '/signed/predict/iris';
    const body = JSON.stringify({
      inputs: [{ name: 'x', shape: [1, 4], datatype: 'FP32', data: [[5.1, 3.5, 1.4, 0.2]] }],
    });
    const headers = { authorization: `Bearer ${key}`, 'content-type': 'application/json' };
    const send = async (extra: Record<string, string>, sent = body) => {
      const response = await request(`${gateway.url}${path}`, {
        method: 'POST',
        headers: { ...headers, ...extra },
        body: sent,
      });
      const json = (await response.body.json()) as { error?: { code: string } };
      return [response.statusCode, json.error?.code];
    };
    expect(await send({})).toEqual([401, 'RAMPART_REQUEST_SIGNATURE_INVALID']);
    const signed = signRequest(clientKey, { method: 'POST', path, headers, body });
    expect(await send(signed)).toEqual([200, undefined]);
    expect(await send(signed, body.replace('5.1', '7.9'))).toEqual([
      401,
      'RAMPART_REQUEST_SIGNATURE_INVALID',
    ]);
    const old = signRequest(
      clientKey,
      { method: 'POST', path, headers, body },
      ['content-type'],
      Date.now() - 3_600_000,
    );
    expect(await send(old)).toEqual([401, 'RAMPART_REQUEST_SIGNATURE_INVALID']);
    const stranger = loadResponseSigningKey(
      generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
      'client-1',
    );
    expect(await send(signRequest(stranger, { method: 'POST', path, headers, body }))).toEqual([
      401,
      'RAMPART_REQUEST_SIGNATURE_INVALID',
    ]);
  });
});
