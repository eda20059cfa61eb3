// A fast OpenAI-style mock upstream for benchmarks: pre-serialised JSON answers, or SSE when the
// request asks for a stream. Run: node bench/support/mock-upstream.mjs PORT
// DELAY_MS=100 makes every JSON answer take that long (a model with a fixed service time).
import { createServer } from 'node:http';

const port = Number(process.argv[2] ?? 18081);
const chunks = Number(process.env.STREAM_CHUNKS ?? 20);
const delayMs = Number(process.env.DELAY_MS ?? 0);
const json = JSON.stringify({
  id: 'chatcmpl-bench',
  object: 'chat.completion',
  created: 1_700_000_000,
  model: 'bench',
  choices: [
    {
      index: 0,
      message: { role: 'assistant', content: 'benchmark answer '.repeat(12) },
      finish_reason: 'stop',
    },
  ],
  usage: { prompt_tokens: 250, completion_tokens: 40, total_tokens: 290 },
});
const sseChunk = `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: { content: 'token ' } }] })}\n\n`;
const sseEnd = `data: ${JSON.stringify({ id: 'c', object: 'chat.completion.chunk', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }], usage: { prompt_tokens: 250, completion_tokens: chunks, total_tokens: 250 + chunks } })}\n\ndata: [DONE]\n\n`;

createServer((request, response) => {
  let body = '';
  request.on('data', (chunk) => {
    body += chunk;
  });
  request.on('end', () => {
    if (body.includes('"stream":true')) {
      response.writeHead(200, { 'content-type': 'text/event-stream' });
      for (let index = 0; index < chunks; index++) response.write(sseChunk);
      response.end(sseEnd);
      return;
    }
    const answer = () => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': Buffer.byteLength(json),
      });
      response.end(json);
    };
    if (delayMs > 0) setTimeout(answer, delayMs);
    else answer();
  });
}).listen(port, '127.0.0.1');
