import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { errors as undiciErrors } from 'undici';
import { RampartError } from '../../core/index.ts';
import type { GatewayContext } from '../context.ts';
import type { Exchange } from '../exchange.ts';
import { estimateTokens } from '../limiters.ts';
import { SseReader } from '../sse-reader.ts';

/** Responses up to this size are buffered (to read usage); larger ones are streamed through. */
const bufferLimit = 4 * 1024 * 1024;

const standardPaths = {
  chat: '/v1/chat/completions',
  completions: '/v1/completions',
  embeddings: '/v1/embeddings',
} as const;

/** Map an undici failure to a client-safe error: no upstream addresses or messages leak. */
export function upstreamError(error: unknown): RampartError {
  if (RampartError.is(error)) return error;
  if (
    error instanceof undiciErrors.HeadersTimeoutError ||
    error instanceof undiciErrors.BodyTimeoutError ||
    error instanceof undiciErrors.ConnectTimeoutError
  ) {
    return new RampartError('RAMPART_UPSTREAM_TIMEOUT', 'the model server did not answer in time', {
      cause: error,
    });
  }
  return new RampartError('RAMPART_UPSTREAM_FAILED', 'the model server could not be reached or failed', {
    cause: error,
  });
}

function waitForDrain(exchange: Exchange): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      exchange.response.off('drain', done);
      exchange.response.off('close', done);
      resolve();
    };
    exchange.response.on('drain', done);
    exchange.response.on('close', done);
  });
}

/** Forward to the model's upstream (pooled, credentials injected) and relay the answer; SSE chunk by chunk. */
export async function forward(
  context: GatewayContext,
  exchange: Exchange,
  complete: (writeFinal: () => void) => Promise<void>,
): Promise<void> {
  const { route, response } = exchange;
  if (route.kind === 'models') {
    const body = context.runtime.modelList;
    exchange.responseBytes = Buffer.byteLength(body);
    exchange.status = 200;
    await complete(() => {
      response.writeHead(200, {
        'content-type': 'application/json',
        'content-length': exchange.responseBytes,
        'x-request-id': exchange.requestId,
      });
      response.end(body);
    });
    return;
  }
  const target = context.runtime.models.get(exchange.model!)!;
  const upstream =
    route.kind === 'predict' ? context.runtime.upstreams.get(route.config.upstream!)! : target.upstream;
  const path =
    route.kind === 'predict'
      ? `${upstream.basePath}${route.config.upstreamPath ?? ''}${exchange.subPath}`
      : `${upstream.basePath}${standardPaths[route.kind]}`;
  let body = exchange.body!;
  if (target.upstreamModel && route.kind !== 'predict') {
    const json = JSON.parse(body.toString('utf8')) as Record<string, unknown>;
    json.model = target.upstreamModel;
    body = Buffer.from(JSON.stringify(json));
  }
  const headers: Record<string, string> = {
    'content-type': 'application/json',
    accept: exchange.action === 'stream' ? 'text/event-stream' : 'application/json',
    'accept-encoding': 'identity',
    'x-request-id': exchange.requestId,
    ...upstream.headers,
  };
  const sentAt = performance.now();
  let upstreamResponse: Awaited<ReturnType<typeof upstream.pool.request>>;
  try {
    upstreamResponse = await upstream.pool.request({
      path,
      method: 'POST',
      headers,
      body,
      signal: exchange.signal,
    });
  } catch (error) {
    throw upstreamError(error);
  }
  const { statusCode } = upstreamResponse;
  const contentType = String(upstreamResponse.headers['content-type'] ?? 'application/json');
  if (statusCode >= 500) {
    upstreamResponse.body.resume();
    exchange.attrs.upstream_status = statusCode;
    throw new RampartError('RAMPART_UPSTREAM_FAILED', `the model server answered with status ${statusCode}`);
  }
  const hash = createHash('sha256');
  const outHeaders: IncomingHttpHeaders = { 'content-type': contentType, 'x-request-id': exchange.requestId };
  exchange.status = statusCode;
  const isSse = contentType.startsWith('text/event-stream');
  try {
    if (isSse) {
      await relayStream(exchange, upstreamResponse.body, outHeaders, hash, complete);
    } else {
      await relayBuffered(exchange, upstreamResponse.body, outHeaders, hash, complete);
    }
  } finally {
    exchange.upstreamMs = performance.now() - sentAt;
    context.metrics.upstreamLatency.observe({ upstream: upstream.name }, exchange.upstreamMs / 1000);
  }
}

async function relayStream(
  exchange: Exchange,
  body: AsyncIterable<Buffer>,
  headers: IncomingHttpHeaders,
  hash: ReturnType<typeof createHash>,
  complete: (writeFinal: () => void) => Promise<void>,
): Promise<void> {
  const { response } = exchange;
  const reader = new SseReader();
  response.writeHead(exchange.status, { ...headers, 'cache-control': 'no-cache', 'x-accel-buffering': 'no' });
  response.flushHeaders();
  exchange.sse = true;
  try {
    for await (const chunk of body) {
      hash.update(chunk);
      reader.push(chunk);
      exchange.responseBytes += chunk.length;
      if (!response.write(chunk)) await waitForDrain(exchange);
      if (response.destroyed) break;
    }
  } catch (error) {
    throw upstreamError(error);
  }
  exchange.responseSha256 = hash.digest('hex');
  settleUsage(exchange, reader.usage, reader.outputChars);
  await complete(() => response.end());
}

async function relayBuffered(
  exchange: Exchange,
  body: AsyncIterable<Buffer>,
  headers: IncomingHttpHeaders,
  hash: ReturnType<typeof createHash>,
  complete: (writeFinal: () => void) => Promise<void>,
): Promise<void> {
  const { response } = exchange;
  const chunks: Buffer[] = [];
  let streaming = false;
  try {
    for await (const chunk of body) {
      hash.update(chunk);
      exchange.responseBytes += chunk.length;
      if (streaming) {
        if (!response.write(chunk)) await waitForDrain(exchange);
        continue;
      }
      chunks.push(chunk);
      if (exchange.responseBytes > bufferLimit) {
        // Too large to hold: send what we have and stream the rest through.
        streaming = true;
        response.writeHead(exchange.status, headers);
        for (const held of chunks) response.write(held);
        chunks.length = 0;
      }
    }
  } catch (error) {
    throw upstreamError(error);
  }
  exchange.responseSha256 = hash.digest('hex');
  if (streaming) {
    settleUsage(exchange, undefined, exchange.responseBytes);
    await complete(() => response.end());
    return;
  }
  const buffer = Buffer.concat(chunks, exchange.responseBytes);
  settleUsage(exchange, usageOf(buffer), 0);
  if (exchange.route.config.captureText) exchange.capturedResponse = buffer.toString('utf8');
  await complete(() => {
    response.writeHead(exchange.status, { ...headers, 'content-length': buffer.length });
    response.end(buffer);
  });
}

function usageOf(buffer: Buffer): { inputTokens: number; outputTokens: number } | undefined {
  // Only look for usage when the body mentions it; parsing is skipped otherwise.
  if (buffer.indexOf('"usage"') === -1) return undefined;
  try {
    const usage = (
      JSON.parse(buffer.toString('utf8')) as {
        usage?: { prompt_tokens?: unknown; completion_tokens?: unknown };
      }
    ).usage;
    if (usage && typeof usage.prompt_tokens === 'number') {
      return {
        inputTokens: usage.prompt_tokens,
        outputTokens: typeof usage.completion_tokens === 'number' ? usage.completion_tokens : 0,
      };
    }
  } catch {
    // not JSON: estimate instead
  }
  return undefined;
}

function settleUsage(
  exchange: Exchange,
  usage: { inputTokens: number; outputTokens: number } | undefined,
  outputChars: number,
): void {
  if (usage) {
    exchange.usage = { ...usage, estimated: false };
    return;
  }
  if (exchange.route.kind === 'predict') return;
  exchange.usage = {
    inputTokens: estimateTokens(exchange.parsed?.promptChars ?? 0),
    outputTokens: estimateTokens(outputChars),
    estimated: true,
  };
}
