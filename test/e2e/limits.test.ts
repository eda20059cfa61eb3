import { connect } from 'node:net';
import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { chatBody, type Harness, startHarness } from '../support/gateway-harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function post(h: Harness, key: string, body: string) {
  const response = await request(`${h.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body,
  });
  const text = await response.body.text();
  return { status: response.statusCode, headers: response.headers, json: () => JSON.parse(text) };
}

describe('gateway limits', () => {
  it('holds the per-second burst under parallel requests, with Retry-After and the limit named', async () => {
    harness = await startHarness({ limits: { rate: { burst: 5, requestsPerMinute: 1000 } } });
    const key = harness.key();
    const responses = await Promise.all(
      Array.from({ length: 12 }, () => post(harness!, key, chatBody('mock'))),
    );
    const ok = responses.filter((response) => response.status === 200);
    const limited = responses.filter((response) => response.status === 429);
    expect(ok).toHaveLength(5);
    expect(limited).toHaveLength(7);
    expect(limited[0]!.headers['retry-after']).toMatch(/^\d+$/);
    expect(limited[0]!.headers['x-rampart-limit']).toBe('rate.burst');
    expect(limited[0]!.json().error.code).toBe('RAMPART_LIMIT_RATE');
    const events = (await harness.store.query({ kind: 'limit.rejected', limit: 100 })).events;
    expect(events).toHaveLength(7);
    // Another principal has its own budget.
    expect((await post(harness, harness.key(['user'], 'carol'), chatBody('mock'))).status).toBe(200);
  });

  it('enforces requests per minute', async () => {
    harness = await startHarness({ limits: { rate: { burst: 100, requestsPerMinute: 3 } } });
    const key = harness.key();
    const statuses = [];
    for (let index = 0; index < 5; index++)
      statuses.push((await post(harness, key, chatBody('mock'))).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
  });

  it('holds the token quota under parallel requests, then counts upstream usage', async () => {
    // Each request reserves its prompt estimate (1) + max_tokens (100) = 101 of the 350 a minute.
    harness = await startHarness({
      limits: { rate: { burst: 100 }, tokens: { perMinute: 350, perDay: 10_000 } },
    });
    const key = harness.key();
    const body = chatBody('mock', 'hi', { max_tokens: 100 });
    const parallel = await Promise.all(Array.from({ length: 6 }, () => post(harness!, key, body)));
    expect(parallel.map((response) => response.status).sort()).toEqual([200, 200, 200, 429, 429, 429]);
    const refused = parallel.find((response) => response.status === 429)!;
    expect(refused.json().error.code).toBe('RAMPART_LIMIT_TOKENS');
    expect(refused.headers['x-rampart-limit']).toBe('tokens.perMinute');
    // The mock reported 100 tokens each: 300 used, 50 left, so the next reservation of 101 is refused.
    expect((await post(harness, key, body)).status).toBe(429);
    // A request that fits the remaining 50 passes.
    expect((await post(harness, key, chatBody('mock', 'hi', { max_tokens: 20 }))).status).toBe(200);
    const audit = (await harness.store.query({ kind: 'inference.request', decision: 'allow', limit: 10 }))
      .events[0]!;
    expect(audit.attrs['gen_ai.usage.input_tokens']).toBe(40);
    expect(audit.attrs['gen_ai.usage.output_tokens']).toBe(60);
  });

  it('answers 413, not a retryable 429, when max_tokens alone is more than the whole quota', async () => {
    harness = await startHarness({
      limits: { rate: { burst: 100 }, tokens: { perMinute: 350, perDay: 10_000 } },
    });
    const key = harness.key();
    const response = await post(harness, key, chatBody('mock', 'hi', { max_tokens: 1_000 }));
    expect(response.status).toBe(413);
    expect(response.json().error.code).toBe('RAMPART_LIMIT_TOKENS_OVER_QUOTA');
    expect(response.headers['retry-after']).toBeUndefined();
    // Nothing was reserved: a request that fits still passes.
    expect((await post(harness, key, chatBody('mock', 'hi', { max_tokens: 300 }))).status).toBe(200);
  });

  it('caps concurrent requests per principal', async () => {
    harness = await startHarness({ limits: { rate: { burst: 100 }, concurrency: { perPrincipal: 2 } } });
    const key = harness.key();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () =>
        post(harness!, key, chatBody('mock:stream-slow', 'x', { stream: true })),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 429, 429, 429]);
    const limited = responses.find((response) => response.status === 429)!;
    expect(limited.json().error.code).toBe('RAMPART_LIMIT_CONCURRENCY');
    // Slots are released: the next request passes.
    expect((await post(harness, key, chatBody('mock'))).status).toBe(200);
  });

  it('sheds load with 503 and Retry-After when the global queue is full', async () => {
    harness = await startHarness({
      limits: {
        rate: { burst: 100 },
        concurrency: { global: 1, maxQueue: 1, queueTimeoutMs: 5_000, perPrincipal: 100 },
      },
    });
    const key = harness.key();
    const responses = await Promise.all(
      Array.from({ length: 4 }, () =>
        post(harness!, key, chatBody('mock:stream-slow', 'x', { stream: true })),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    // One in flight, one queued (served after), two shed at once.
    expect(statuses).toEqual([200, 200, 503, 503]);
    const shed = responses.find((response) => response.status === 503)!;
    expect(shed.headers['retry-after']).toBe('1');
    expect(shed.json().error.code).toBe('RAMPART_OVERLOADED');
  });

  it('cuts off a slowloris client that never finishes its headers', async () => {
    harness = await startHarness({ server: { port: 0, headersTimeoutMs: 500, requestTimeoutMs: 800 } });
    const { port } = new URL(harness.url);
    const started = Date.now();
    const answer = await new Promise<string>((resolve) => {
      const socket = connect(Number(port), '127.0.0.1', () => {
        socket.write('POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n');
        const drip = setInterval(() => socket.writable && socket.write('X-Slow: 1\r\n'), 100);
        let received = '';
        socket.on('data', (chunk) => {
          received += chunk.toString();
        });
        socket.on('close', () => {
          clearInterval(drip);
          resolve(received);
        });
      });
    });
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(answer).toMatch(/^HTTP\/1\.1 408/);
    expect(answer).toContain('RAMPART_REQUEST_TIMEOUT');
  });
});

describe('gateway size limits', () => {
  it('answers 413 for a prompt over the route limit even when the body is within bounds', async () => {
    harness = await startHarness({
      routes: [
        {
          id: 'chat',
          path: '/v1/chat/completions',
          kind: 'chat',
          models: ['mock'],
          limits: { maxPromptChars: 100 },
          guard: false,
        },
      ],
      roles: { user: [{ routes: ['chat'], models: ['*'] }] },
    });
    const key = harness.key();
    expect((await post(harness, key, chatBody('mock', 'x'.repeat(100)))).status).toBe(200);
    const response = await post(harness, key, chatBody('mock', 'x'.repeat(101)));
    expect(response.status).toBe(413);
    expect(response.json().error.code).toBe('RAMPART_PROMPT_TOO_LARGE');
    expect(response.headers['x-rampart-limit']).toBe('maxPromptChars');
  });
});
