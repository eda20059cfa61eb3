import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * An OpenAI-compatible judge for the guard's llm-judge stage. The request's model picks the answer:
 * "judge-attack" / "judge-benign" (a verdict JSON), "judge-garbage" (prose), "judge-slow" (answers
 * after 2 s), "judge-error" (HTTP 500); "judge-keyword" says attack when the fenced text holds "grandmother".
 */
export async function startMockJudge(): Promise<{
  url: string;
  requests: Array<{ url: string; headers: Record<string, unknown>; body: Record<string, unknown> }>;
  close: () => Promise<void>;
}> {
  const requests: Array<{ url: string; headers: Record<string, unknown>; body: Record<string, unknown> }> =
    [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
        model: string;
        messages: Array<{ content: string }>;
      };
      requests.push({ url: request.url ?? '', headers: { ...request.headers }, body });
      const answer = (content: string) =>
        response
          .writeHead(200, { 'content-type': 'application/json' })
          .end(JSON.stringify({ choices: [{ index: 0, message: { role: 'assistant', content } }] }));
      const text = body.messages[1]?.content ?? '';
      switch (body.model) {
        case 'judge-attack':
          return answer('{"verdict": "attack", "confidence": 0.9}');
        case 'judge-benign':
          return answer(' {"verdict":"benign","confidence":0.8}\n');
        case 'judge-keyword':
          return answer(
            text.includes('grandmother')
              ? '{"verdict": "attack", "confidence": 0.95}'
              : '{"verdict": "benign", "confidence": 0.99}',
          );
        case 'judge-garbage':
          return answer('I think this text is probably fine.');
        case 'judge-slow':
          setTimeout(() => answer('{"verdict": "benign", "confidence": 1}'), 2_000).unref();
          return;
        default:
          response.writeHead(500).end('internal error');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
