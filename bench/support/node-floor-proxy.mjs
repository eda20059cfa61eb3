// The floor a Node proxy costs, for bench:gateway's `node-floor` variant: node:http in, an undici
// Pool out, the request body buffered and JSON-parsed (model and messages checked) and serialised
// again, a JSON answer parsed and serialised again, SSE split into events with each data line
// parsed, and an API key compared in constant time. No limits, no audit, no scanning: what any
// gateway written in Node pays before its first feature.
// Run: PORT=… UPSTREAM_URL=… AUTH_KEY=… node bench/support/node-floor-proxy.mjs
import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import { Pool } from 'undici';

const port = Number(process.env.PORT ?? 18090);
const upstream = new URL(process.env.UPSTREAM_URL ?? 'http://127.0.0.1:18081');
const expected = createHash('sha256')
  .update(`Bearer ${process.env.AUTH_KEY ?? ''}`)
  .digest();
const pool = new Pool(upstream.origin, { connections: 128, pipelining: 1, keepAliveTimeout: 60_000 });
const hopByHop = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'te',
  'trailer',
  'upgrade',
  'host',
  'content-length',
]);

function forwardable(headers) {
  const kept = {};
  for (const name in headers) if (!hopByHop.has(name)) kept[name] = headers[name];
  return kept;
}

function readAll(stream) {
  return new Promise((resolve, reject) => {
    const parts = [];
    stream.on('data', (chunk) => parts.push(chunk));
    stream.on('end', () => resolve(parts.length === 1 ? parts[0] : Buffer.concat(parts)));
    stream.on('error', reject);
  });
}

async function handle(request, response) {
  const presented = createHash('sha256')
    .update(request.headers.authorization ?? '')
    .digest();
  if (!timingSafeEqual(presented, expected)) {
    response.writeHead(401, { 'content-type': 'application/json' });
    response.end('{"error":"unauthorized"}');
    return;
  }
  const parsed = JSON.parse(await readAll(request));
  if (typeof parsed.model !== 'string' || !Array.isArray(parsed.messages)) {
    response.writeHead(400);
    response.end();
    return;
  }
  const body = Buffer.from(JSON.stringify(parsed));
  const headers = forwardable(request.headers);
  headers['content-length'] = String(body.length);
  const answer = await pool.request({ path: request.url, method: request.method, headers, body });
  const out = forwardable(answer.headers);
  const type = String(answer.headers['content-type'] ?? '');
  if (type.startsWith('application/json')) {
    const json = Buffer.from(JSON.stringify(JSON.parse(await readAll(answer.body))));
    out['content-length'] = String(json.length);
    response.writeHead(answer.statusCode, out);
    response.end(json);
    return;
  }
  response.writeHead(answer.statusCode, out);
  let buffered = '';
  answer.body.on('data', (chunk) => {
    buffered += chunk.toString('utf8');
    let end = buffered.indexOf('\n\n');
    while (end !== -1) {
      for (const line of buffered.slice(0, end).split('\n'))
        if (line.startsWith('data: ') && line !== 'data: [DONE]') JSON.parse(line.slice(6));
      buffered = buffered.slice(end + 2);
      end = buffered.indexOf('\n\n');
    }
    response.write(chunk);
  });
  answer.body.on('end', () => response.end());
}

const server = createServer((request, response) => {
  handle(request, response).catch(() => {
    if (!response.headersSent) response.writeHead(502);
    response.end();
  });
});
server.keepAliveTimeout = 65_000;
server.listen(port, '127.0.0.1');
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, () => process.exit(0));
