import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatBody, type Harness, startHarness } from '../support/gateway-harness.ts';
import { leakedToken } from '../support/mock-upstream.ts';

let harness: Harness;
let key: string;

beforeAll(async () => {
  harness = await startHarness();
  key = harness.key();
});
afterAll(async () => {
  await harness.close();
});

async function post(path: string, body: string | Buffer, headers: Record<string, string> = {}) {
  const response = await request(`${harness.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}`, ...headers },
    body,
  });
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, text, json: () => JSON.parse(text) };
}

async function eventsFor(requestId: string) {
  const page = await harness.store.query({ limit: 1000 });
  return page.events.filter((event) => event.attrs.request_id === requestId);
}

describe('gateway: proxying', () => {
  it('forwards a chat completion to the demo model and audits it with gen_ai attributes', async () => {
    const response = await post('/v1/chat/completions', chatBody('demo-chat', 'what is rampart?'));
    expect(response.status).toBe(200);
    expect(response.json().choices[0].message.content).toContain('Rampart demo model');
    const requestId = String(response.headers['x-request-id']);
    const events = await eventsFor(requestId);
    const audit = events.filter((event) => event.kind === 'inference.request');
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      principal: 'alice',
      route: 'chat',
      model: 'demo-chat',
      decision: 'allow',
      source: 'gateway',
    });
    expect(audit[0]!.attrs).toMatchObject({
      'http.response.status_code': 200,
      'gen_ai.request.model': 'demo-chat',
      usage_estimated: false,
    });
    expect(audit[0]!.attrs['gen_ai.usage.input_tokens']).toBeGreaterThan(0);
    expect(audit[0]!.attrs.request_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(audit[0]!.attrs.response_sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(audit[0])).not.toContain('what is rampart');
  });

  it('serves completions, embeddings, models and a KServe v2 predict route', async () => {
    const completion = await post('/v1/completions', JSON.stringify({ model: 'demo-chat', prompt: 'hi' }));
    expect(completion.status).toBe(200);
    expect(completion.json().choices[0].text).toContain('demo model');
    const embedding = await post(
      '/v1/embeddings',
      JSON.stringify({ model: 'demo-embed', input: ['a', 'b'] }),
    );
    expect(embedding.status).toBe(200);
    expect(embedding.json().data).toHaveLength(2);
    const models = await request(`${harness.url}/v1/models`, { headers: { authorization: `Bearer ${key}` } });
    expect(models.statusCode).toBe(200);
    const ids = ((await models.body.json()) as { data: Array<{ id: string }> }).data.map((model) => model.id);
    expect(ids).toContain('demo-chat');
    const predict = await post(
      '/predict/iris',
      JSON.stringify({
        inputs: [{ name: 'x', shape: [1, 4], datatype: 'FP32', data: [[6.7, 3.0, 5.8, 2.2]] }],
      }),
    );
    expect(predict.status).toBe(200);
    expect(predict.json().outputs[0].data).toEqual(['virginica']);
  });

  it('injects upstream credentials and never shows them (or upstream internals) to clients', async () => {
    const response = await post('/v1/chat/completions', chatBody('mock'));
    expect(response.status).toBe(200);
    const seen = harness.mock.requests.at(-1)!;
    expect(seen.headers.authorization).toBe('Bearer sk-upstream-secret');
    expect(response.headers.server).toBeUndefined();
    expect(JSON.stringify(response.headers)).not.toContain('10.1.2.3');
    const failed = await post('/v1/chat/completions', chatBody('mock:fail'));
    expect(failed.status).toBe(502);
    expect(failed.json().error.code).toBe('RAMPART_UPSTREAM_FAILED');
    expect(failed.text).not.toContain('10.1.2.3');
    expect(failed.text).not.toContain('sk-upstream-secret');
  });

  it('renames the model upstream when configured', async () => {
    const response = await post('/v1/chat/completions', chatBody('renamed'));
    expect(response.status).toBe(200);
    expect(JSON.parse(harness.mock.requests.at(-1)!.body).model).toBe('mock-internal-name');
  });

  it('streams SSE chunk by chunk: chunks arrive before the upstream finishes', async () => {
    const started = Date.now();
    const response = await request(`${harness.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: chatBody('mock:stream-slow', 'hi', { stream: true }),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/event-stream');
    const arrivals: number[] = [];
    let text = '';
    for await (const chunk of response.body) {
      arrivals.push(Date.now() - started);
      text += chunk.toString();
    }
    // The upstream spends ~1.2 s on eight chunks; the first must arrive long before the end.
    expect(arrivals.length).toBeGreaterThan(2);
    expect(arrivals[0]!).toBeLessThan(arrivals.at(-1)! - 400);
    expect(text).toContain('data: [DONE]');
    const events = await eventsFor(String(response.headers['x-request-id']));
    const audit = events.find((event) => event.kind === 'inference.request')!;
    expect(audit.attrs).toMatchObject({
      stream: true,
      'gen_ai.usage.input_tokens': 11,
      'gen_ai.usage.output_tokens': 8,
    });
    // Re-assembled content equals what the upstream sent (scanned, nothing to redact).
    const content = [...text.matchAll(/^data: (\{.*\})$/gm)]
      .map((match) => JSON.parse(match[1]!).choices[0]?.delta?.content ?? '')
      .join('');
    expect(content).toBe(
      Array.from(
        { length: 8 },
        (_, index) => `part${index} of a streamed answer, long enough to pass. `,
      ).join(''),
    );
  });

  it('streams from the demo model and estimates usage when the upstream sends none', async () => {
    const response = await post(
      '/v1/chat/completions',
      chatBody('demo-chat', 'stream please', { stream: true }),
    );
    expect(response.status).toBe(200);
    const content = [...response.text.matchAll(/^data: (\{.*\})$/gm)]
      .map((match) => JSON.parse(match[1]!).choices[0]?.delta?.content ?? '')
      .join('');
    expect(content).toContain('This is the Rampart demo model.');
    expect(response.text).toContain('data: [DONE]');
    const audit = (await eventsFor(String(response.headers['x-request-id']))).find(
      (event) => event.kind === 'inference.request',
    )!;
    expect(audit.attrs.usage_estimated).toBe(true);
    expect(audit.attrs['gen_ai.usage.output_tokens']).toBeGreaterThan(0);
  });

  it('ends a stream whose upstream dies with a well-formed SSE error event', async () => {
    const response = await post('/v1/chat/completions', chatBody('mock:stream-die', 'hi', { stream: true }));
    expect(response.status).toBe(200);
    expect(response.text).toContain('part0');
    expect(response.text).toMatch(/event: error\ndata: \{"error":\{"code":"RAMPART_UPSTREAM_FAILED"/);
    expect(response.text.endsWith('\n\n')).toBe(true);
  });

  it('stops the upstream request when the client goes away mid-stream', async () => {
    const upstream = new Promise<{ finished: boolean; afterMs: number }>((resolve) => {
      const started = Date.now();
      harness.mock.server.once('request', (_request, upstreamResponse) => {
        upstreamResponse.once('close', () =>
          resolve({ finished: upstreamResponse.writableFinished, afterMs: Date.now() - started }),
        );
      });
    });
    const response = await request(`${harness.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body: chatBody('mock:stream-slow', 'hi', { stream: true }),
    });
    expect(response.statusCode).toBe(200);
    for await (const chunk of response.body) {
      expect(chunk.toString()).toContain('part0');
      break; // the client hangs up after the first chunk
    }
    // The mock would stream for 1.2 s; the gateway cuts its upstream request as soon as the client is gone.
    const closed = await upstream;
    expect(closed.finished).toBe(false);
    expect(closed.afterMs).toBeLessThan(1_000);
  });

  it('withholds an answer too large to scan (fail closed) instead of relaying it unscanned', async () => {
    const response = await post('/v1/chat/completions', chatBody('mock:huge'));
    expect(response.status).toBe(502);
    expect(response.json().error.code).toBe('RAMPART_GUARD_OUTPUT_UNSCANNABLE');
  });

  it('scans a large embeddings answer (300 vectors, ~9 MB) instead of withholding it', async () => {
    const response = await post('/v1/embeddings', JSON.stringify({ model: 'mock:huge-embed', input: 'a' }));
    expect(response.status).toBe(200);
    const answer = response.json();
    expect(answer.data).toHaveLength(300);
    expect(answer.data[0].embedding).toHaveLength(1536);
    expect(response.text).not.toContain(leakedToken);
  });

  it('answers 504 when the upstream is too slow and 502 when it is unreachable or drops', async () => {
    const slow = await post('/v1/chat/completions', chatBody('mock:slow'));
    expect(slow.status).toBe(504);
    expect(slow.json().error.code).toBe('RAMPART_UPSTREAM_TIMEOUT');
    const dead = await post('/v1/chat/completions', chatBody('dead'));
    expect(dead.status).toBe(502);
    expect(dead.text).not.toContain('127.0.0.1:9');
    const dropped = await post('/v1/chat/completions', chatBody('mock:drop'));
    expect(dropped.status).toBe(502);
  });
});

describe('gateway: refusals', () => {
  it('answers 400 for malformed JSON and wrong field types, without a stack trace', async () => {
    for (const body of [
      '{not json',
      '[]',
      JSON.stringify({ model: 'demo-chat' }),
      JSON.stringify({ model: 'demo-chat', messages: [{ role: 'user', content: 5 }] }),
      '{"model":"demo-chat","messages":[],"stream":"yes"}',
    ]) {
      const response = await post('/v1/chat/completions', body);
      expect(response.status).toBe(400);
      const error = response.json().error;
      expect(['RAMPART_JSON_INVALID', 'RAMPART_REQUEST_MALFORMED']).toContain(error.code);
      expect(error.hint).toBeTruthy();
      expect(response.text).not.toMatch(/at \w+ \(|node_modules|\.ts:\d+/);
    }
  });

  it('answers 400 for absurdly nested JSON instead of recursing', async () => {
    const nested = `{"model":"demo-chat","messages":[${'['.repeat(5000)}${']'.repeat(5000)}]}`;
    const response = await post('/v1/chat/completions', nested);
    expect(response.status).toBe(400);
    expect(response.json().error.code).toBe('RAMPART_JSON_TOO_DEEP');
  });

  it('answers 401 without credentials or with a bad key, and records auth.failure', async () => {
    const none = await post('/v1/chat/completions', chatBody('demo-chat'), { authorization: '' });
    expect(none.status).toBe(401);
    expect(none.json().error.code).toBe('RAMPART_AUTH_MISSING');
    const forged = `${key.slice(0, 12)}${'A'.repeat(43)}`;
    const bad = await post('/v1/chat/completions', chatBody('demo-chat'), {
      authorization: `Bearer ${forged}`,
    });
    expect(bad.status).toBe(401);
    expect(bad.json().error.code).toBe('RAMPART_AUTH_INVALID_KEY');
    const events = await eventsFor(String(bad.headers['x-request-id']));
    const failure = events.find((event) => event.kind === 'auth.failure')!;
    expect(failure.attrs.reason).toBe('mismatch');
    expect(JSON.stringify(failure)).not.toContain(forged);
  });

  it('answers 403 when no role grants the route, model or action (default deny)', async () => {
    const nobody = harness.key([], 'nobody');
    const noRole = await post('/v1/chat/completions', chatBody('demo-chat'), {
      authorization: `Bearer ${nobody}`,
    });
    expect(noRole.status).toBe(403);
    expect(noRole.json().error.code).toBe('RAMPART_AUTHZ_DENIED');
    const secret = await post('/v1/chat/completions', chatBody('secret-model'));
    expect(secret.status).toBe(403);
    const invokeOnly = harness.key(['no-stream'], 'bob');
    const streamDenied = await post('/v1/chat/completions', chatBody('demo-chat', 'x', { stream: true }), {
      authorization: `Bearer ${invokeOnly}`,
    });
    expect(streamDenied.status).toBe(403);
    const invokeAllowed = await post('/v1/chat/completions', chatBody('demo-chat'), {
      authorization: `Bearer ${invokeOnly}`,
    });
    expect(invokeAllowed.status).toBe(200);
  });

  it('answers 404 for unknown routes and models, 405 for a wrong method, 403 for export-style paths', async () => {
    expect((await post('/v1/nothing', '{}')).status).toBe(404);
    const unknownModel = await post('/v1/chat/completions', chatBody('gpt-9'));
    expect(unknownModel.status).toBe(404);
    expect(unknownModel.json().error.code).toBe('RAMPART_MODEL_NOT_FOUND');
    const notOnRoute = await post('/v1/completions', JSON.stringify({ model: 'mock', prompt: 'x' }));
    expect(notOnRoute.status).toBe(404);
    const wrongMethod = await request(`${harness.url}/v1/chat/completions`, {
      headers: { authorization: `Bearer ${key}` },
    });
    expect(wrongMethod.statusCode).toBe(405);
    const wrongMethodError = ((await wrongMethod.body.json()) as { error: { code: string; message: string } })
      .error;
    expect(wrongMethodError).toMatchObject({
      code: 'RAMPART_METHOD_NOT_ALLOWED',
      message: 'this route does not accept GET',
    });
    for (const path of [
      '/v1/models/demo-chat/download',
      '/v1/files/file-1/content',
      '/predict/iris/export',
      '/model.safetensors',
    ]) {
      const response = await post(path, '{}');
      expect(response.status, path).toBe(403);
      expect(response.json().error.code).toBe('RAMPART_PATH_FORBIDDEN');
      expect(response.json().error.message).not.toBe('no such route');
    }
  });

  it('answers 413 for a body over the limit, before reading it', async () => {
    const big = await post('/v1/chat/completions', chatBody('demo-chat', 'x'.repeat(1_100_000)));
    expect(big.status).toBe(413);
    expect(big.json().error.code).toBe('RAMPART_REQUEST_TOO_LARGE');
  });
});
