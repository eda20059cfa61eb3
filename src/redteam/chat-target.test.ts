import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chatCompletionsUrl, createChatTarget } from './chat-target.ts';

describe('OpenAI-compatible chat target', () => {
  let server: Server;
  let url = '';
  let calls = 0;
  const seen: Array<{ authorization?: string; model: string }> = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      let text = '';
      request.on('data', (chunk) => {
        text += chunk;
      });
      request.on('end', () => {
        const body = JSON.parse(text) as { model: string };
        seen.push({
          model: body.model,
          ...(request.headers.authorization ? { authorization: request.headers.authorization } : {}),
        });
        const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
          response
            .writeHead(status, { 'content-type': 'application/json', ...headers })
            .end(JSON.stringify(value));
        if (body.model === 'busy' && calls++ < 2)
          return json(429, { error: { code: 'RAMPART_RATE_LIMITED' } }, { 'retry-after': '0' });
        if (body.model === 'guarded')
          return json(400, { error: { code: 'RAMPART_GUARD_BLOCKED', message: 'blocked' } });
        if (body.model === 'broken') return json(500, { error: { code: 'RAMPART_INTERNAL' } });
        json(200, { choices: [{ message: { role: 'assistant', content: `hello from ${body.model}` } }] });
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((done) => server.close(() => done()));
  });

  it('finds the chat-completions route from a base URL', () => {
    expect(chatCompletionsUrl('http://h:1')).toBe('http://h:1/v1/chat/completions');
    expect(chatCompletionsUrl('http://h:1/v1/')).toBe('http://h:1/v1/chat/completions');
    expect(chatCompletionsUrl('http://h:1/openai/v1/chat/completions')).toBe(
      'http://h:1/openai/v1/chat/completions',
    );
  });

  it('sends the key as a bearer token and reads the answer', async () => {
    const target = createChatTarget({ url, model: 'm', apiKey: 'rk_test' });
    expect(await target.send([{ role: 'user', content: 'hi' }])).toEqual({
      kind: 'answer',
      text: 'hello from m',
    });
    expect(seen.at(-1)).toEqual({ model: 'm', authorization: 'Bearer rk_test' });
  });

  it('a guard refusal is "refused", a server error is "error", and 429 is retried as Retry-After says', async () => {
    expect(await createChatTarget({ url, model: 'guarded' }).send([{ role: 'user', content: 'x' }])).toEqual({
      kind: 'refused',
      status: 400,
      code: 'RAMPART_GUARD_BLOCKED',
    });
    expect(
      await createChatTarget({ url, model: 'broken' }).send([{ role: 'user', content: 'x' }]),
    ).toMatchObject({
      kind: 'error',
      code: 'RAMPART_INTERNAL',
    });
    expect(await createChatTarget({ url, model: 'busy' }).send([{ role: 'user', content: 'x' }])).toEqual({
      kind: 'answer',
      text: 'hello from busy',
    });
    expect(calls).toBe(3);
  });
});
