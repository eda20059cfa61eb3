import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RampartError } from '../errors.ts';
import { bearerToken, tokenMatcher } from './bearer-auth.ts';
import { parseEventQuery } from './event-query.ts';
import { createHttpApp, refuseOtherMethods, sendJson } from './http-app.ts';
import { readJsonBody } from './request-body.ts';

function capturedLogger() {
  const lines: Array<Record<string, unknown>> = [];
  const logger = pino({ level: 'info' }, { write: (line: string) => lines.push(JSON.parse(line)) });
  return { logger, lines };
}

function expectCode(run: () => unknown, code: string) {
  try {
    run();
  } catch (error) {
    expect(RampartError.is(error) && error.code).toBe(code);
    return error as RampartError;
  }
  throw new Error(`expected ${code}`);
}

describe('createHttpApp', () => {
  it('answers an unexpected failure with RAMPART_INTERNAL and logs it with the request id, never the cause', async () => {
    const { logger, lines } = capturedLogger();
    const app = createHttpApp({ logger });
    app.get('/boom', () => {
      throw new Error('database password is hunter2');
    });
    const response = await app.request('/boom');
    const text = await response.text();
    expect(response.status).toBe(500);
    expect(JSON.parse(text)).toEqual({
      error: {
        code: 'RAMPART_INTERNAL',
        message: 'internal error',
        hint: expect.any(String),
        type: 'server_error',
      },
    });
    expect(text).not.toContain('hunter2');
    expect(text).not.toMatch(/\n\s+at /);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({
      level: 50,
      request_id: requestId,
      code: 'RAMPART_INTERNAL',
      path: '/boom',
    });
    expect((lines[0]!.err as { message: string }).message).toContain('hunter2');
  });

  it('renders coded errors with their status and type, logs none below 500, and 404s unknown paths', async () => {
    const { logger, lines } = capturedLogger();
    const app = createHttpApp({ logger, headers: { 'x-frame-options': 'DENY' } });
    app.get('/limited', () => {
      throw new RampartError('RAMPART_SOC_LOGIN_THROTTLED', 'slow down', { details: [{ path: 'a' }] });
    });
    const limited = await app.request('/limited');
    expect(limited.status).toBe(429);
    expect(((await limited.json()) as { error: unknown }).error).toMatchObject({
      code: 'RAMPART_SOC_LOGIN_THROTTLED',
      message: 'slow down',
      type: 'rate_limit_error',
      details: [{ path: 'a' }],
    });
    expect(limited.headers.get('x-frame-options')).toBe('DENY');
    const missing = await app.request('/nowhere', { method: 'DELETE' });
    expect([missing.status, ((await missing.json()) as { error: { code: string } }).error.code]).toEqual([
      404,
      'RAMPART_NOT_FOUND',
    ]);
    expect(lines).toEqual([]);
  });

  it('answers 405 on a known path with another method, and HEAD with GET', async () => {
    const app = createHttpApp({ logger: pino({ level: 'silent' }) });
    app.get('/thing', (context) => sendJson(context, { ok: true }));
    refuseOtherMethods(app);
    expect((await app.request('/thing', { method: 'HEAD' })).status).toBe(200);
    const refused = await app.request('/thing', { method: 'POST' });
    expect([refused.status, ((await refused.json()) as { error: { code: string } }).error.code]).toEqual([
      405,
      'RAMPART_METHOD_NOT_ALLOWED',
    ]);
  });
});

describe('readJsonBody', () => {
  const schema = z.strictObject({ name: z.string() });
  const options = {
    maxBytes: 64,
    tooLargeCode: 'RAMPART_SOC_BODY_TOO_LARGE',
    invalidCode: 'RAMPART_SOC_REQUEST_INVALID',
  } as const;
  const post = (body: string | ReadableStream, headers: Record<string, string> = {}) =>
    new Request('http://test/', {
      method: 'POST',
      body,
      headers: { 'content-type': 'application/json', ...headers },
      ...(typeof body === 'string' ? {} : { duplex: 'half' }),
    } as RequestInit);
  const codeOf = (promise: Promise<unknown>) =>
    promise.then(
      () => 'ok',
      (error: unknown) => (RampartError.is(error) ? error.code : String(error)),
    );

  it('reads, parses and validates a body', async () => {
    expect(await readJsonBody(post('{"name":"a"}'), schema, options)).toEqual({ name: 'a' });
    expect(await codeOf(readJsonBody(post('{"name":1}'), schema, options))).toBe(
      'RAMPART_SOC_REQUEST_INVALID',
    );
    expect(await codeOf(readJsonBody(post('{"name":'), schema, options))).toBe('RAMPART_JSON_INVALID');
    expect(await codeOf(readJsonBody(post('{}', { 'content-type': 'text/plain' }), schema, options))).toBe(
      'RAMPART_SOC_REQUEST_INVALID',
    );
  });

  it('refuses a body past the limit, declared or streamed without a length', async () => {
    const big = JSON.stringify({ name: 'x'.repeat(100) });
    expect(await codeOf(readJsonBody(post(big), schema, options))).toBe('RAMPART_SOC_BODY_TOO_LARGE');
    const stream = new ReadableStream({
      start(controller) {
        for (let index = 0; index < 10; index++) controller.enqueue(new TextEncoder().encode('x'.repeat(20)));
        controller.close();
      },
    });
    expect(await codeOf(readJsonBody(post(stream), schema, options))).toBe('RAMPART_SOC_BODY_TOO_LARGE');
  });

  it('reads an empty body as the given default', async () => {
    const empty = new Request('http://test/', { method: 'POST' });
    expect(
      await readJsonBody(empty, z.object({}), { ...options, requireJsonType: false, empty: {} }),
    ).toEqual({});
  });
});

describe('parseEventQuery', () => {
  const parse = (query: string) =>
    parseEventQuery(new URLSearchParams(query), 'RAMPART_ADMIN_REQUEST_INVALID');

  it('reads lists given comma-separated or repeated, and ignores empty parameters', () => {
    expect(parse('kind=a,b&kind=c&severity=high&decision=block,allow&limit=5&principal=&order=asc')).toEqual({
      kind: ['a', 'b', 'c'],
      severity: ['high'],
      decision: ['block', 'allow'],
      limit: 5,
      order: 'asc',
    });
  });

  it('refuses unknown parameters, bad times, values and limits, listing each', () => {
    const error = expectCode(
      () => parse('from=yesterday&minSeverity=urgent&limit=0&colour=red'),
      'RAMPART_ADMIN_REQUEST_INVALID',
    );
    expect((error.details as Array<{ path: string }>).map((problem) => problem.path).sort()).toEqual([
      'colour',
      'from',
      'limit',
      'minSeverity',
    ]);
    expect(parse('from=2026-01-01T00:00:00Z')).toEqual({ from: '2026-01-01T00:00:00Z' });
  });
});

describe('bearer tokens', () => {
  it('matches any of the tokens and nothing else', () => {
    const matches = tokenMatcher(['first-token-0123456789', 'second-token-0123456789']);
    expect(matches(bearerToken('Bearer second-token-0123456789'))).toBe(true);
    expect(matches(bearerToken('Bearer second-token'))).toBe(false);
    expect(matches(bearerToken('Basic second-token-0123456789'))).toBe(false);
    expect(matches(undefined)).toBe(false);
  });
});
