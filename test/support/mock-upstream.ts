import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A model upstream that misbehaves on request, for end-to-end tests (outside the product, so a
 * mock is right here). Paths: /v1/chat/completions answers by the `mode` in the request's model:
 * "slow" (headers after 2 s), "fail" (500 with an internal address in the body), "stream-slow"
 * (SSE, 8 chunks of ~50 characters, 150 ms apart), "huge" (6 MB JSON), "huge-embed" (an 8 MB embeddings
 * answer whose `note` field carries the leaked token), "drop" (socket destroyed), "stream-die"
 * (SSE then the connection dies), else an OpenAI-style answer with usage.
 */
/** The GitHub-style token the `leak` mode puts in its answers. */
export const leakedToken = `ghp_${'a1B2c3D4e5'.repeat(3)}123456`;

export async function startMockUpstream(): Promise<{
  url: string;
  server: Server;
  requests: Array<{ headers: Record<string, unknown>; body: string; url: string }>;
  close: () => Promise<void>;
}> {
  const requests: Array<{ headers: Record<string, unknown>; body: string; url: string }> = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      requests.push({ headers: { ...request.headers }, body, url: request.url ?? '' });
      let model = '';
      try {
        model = (JSON.parse(body) as { model?: string }).model ?? '';
      } catch {}
      const mode = model.split(':')[1] ?? '';
      if (mode === 'slow') {
        await new Promise((resolve) => setTimeout(resolve, 2_000));
      }
      if (mode === 'echo' || mode === 'echo-system' || mode === 'leak') {
        // Answers with the last user message, the system prompt, or (leak) a text with credentials.
        const parsed = JSON.parse(body) as {
          messages: Array<{ role: string; content: string }>;
          stream?: boolean;
        };
        const wanted = mode === 'echo-system' ? 'system' : 'user';
        const text =
          mode === 'leak'
            ? `Sure. The deploy token is ${leakedToken} and the AWS key is AKIAIOSFODNN7EXAMPLE. Anything else?`
            : ([...parsed.messages].reverse().find((message) => message.role === wanted)?.content ?? '');
        if (parsed.stream) {
          response.writeHead(200, { 'content-type': 'text/event-stream' });
          for (let index = 0; index < text.length; index += 20) {
            response.write(
              `data: ${JSON.stringify({ id: 'e', choices: [{ index: 0, delta: { content: text.slice(index, index + 20) } }] })}\n\n`,
            );
            await new Promise((resolve) => setTimeout(resolve, 5));
          }
          response.end(
            `data: ${JSON.stringify({ id: 'e', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\ndata: [DONE]\n\n`,
          );
          return;
        }
        const payload = JSON.stringify({
          id: 'e',
          choices: [{ index: 0, message: { role: 'assistant', content: text }, finish_reason: 'stop' }],
        });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(payload);
        return;
      }
      if (mode === 'fail') {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify({ error: 'db at 10.1.2.3:5432 exploded', secret: 'sk-upstream-secret' }));
        return;
      }
      if (mode === 'drop') {
        request.socket.destroy();
        return;
      }
      if (mode === 'huge') {
        const text = 'x'.repeat(6 * 1024 * 1024);
        const payload = JSON.stringify({
          id: 'huge',
          choices: [{ message: { role: 'assistant', content: text } }],
        });
        response.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(payload),
        });
        response.end(payload);
        return;
      }
      if (mode === 'huge-embed') {
        const vector = Array.from({ length: 1536 }, (_, index) => Math.sin(index) / 3);
        const payload = JSON.stringify({
          object: 'list',
          data: Array.from({ length: 300 }, (_, index) => ({
            object: 'embedding',
            index,
            embedding: vector,
          })),
          model: 'mock-embed',
          note: `cached with ${leakedToken}`,
          usage: { prompt_tokens: 300, total_tokens: 300 },
        });
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(payload);
        return;
      }
      if (mode === 'stream-slow' || mode === 'stream-die') {
        response.writeHead(200, { 'content-type': 'text/event-stream' });
        for (let index = 0; index < 8; index++) {
          const content = `part${index} of a streamed answer, long enough to pass. `;
          response.write(`data: ${JSON.stringify({ choices: [{ index: 0, delta: { content } }] })}\n\n`);
          await new Promise((resolve) => setTimeout(resolve, 150));
          if (mode === 'stream-die' && index === 2) {
            request.socket.destroy();
            return;
          }
        }
        response.write(
          `data: ${JSON.stringify({ choices: [{ index: 0, delta: {} }], usage: { prompt_tokens: 11, completion_tokens: 8 } })}\n\n`,
        );
        response.end('data: [DONE]\n\n');
        return;
      }
      const payload = JSON.stringify({
        id: 'ok',
        object: 'chat.completion',
        choices: [{ index: 0, message: { role: 'assistant', content: 'hello' }, finish_reason: 'stop' }],
        usage: { prompt_tokens: 40, completion_tokens: 60, total_tokens: 100 },
      });
      response.writeHead(200, { 'content-type': 'application/json', server: 'internal-llm/1.2 10.1.2.3' });
      response.end(payload);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
