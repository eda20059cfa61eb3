import { createHash, hash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { pipeline, type Transform } from 'node:stream';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { errors as undiciErrors } from 'undici';
import { EventStreamChain, RampartError, signResponse } from '../../core/index.ts';
import type { GatewayContext } from '../context.ts';
import type { Exchange } from '../exchange.ts';
import { estimateTokens } from '../limiters.ts';
import { hardenPredictAnswer, stripLogprobs, stripLogprobsFromEvents } from '../output-hardening.ts';
import { SseEventSplitter } from '../sse-events.ts';
import { SseReader } from '../sse-reader.ts';
import {
  isJsonMediaType,
  mediaTypeOf,
  readsAsUtf8,
  ScannedEventStream,
  scanAnswer,
  unscannable,
  upstreamCredentials,
  upstreamRejection,
} from './scan-output.ts';

/** Responses up to this size are buffered (to read usage); larger ones are streamed through. */
const bufferLimit = 4 * 1024 * 1024;
/**
 * Embeddings answers are mostly numbers (an OpenAI batch of 2,048 inputs runs to tens of MB) and
 * are held to this larger size so that the few strings they carry are still scanned.
 */
const embeddingsBufferLimit = 64 * 1024 * 1024;

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

/** How a relay hands the upstream body to the client; `complete` commits the audit, then writes the end. */
type Relay = (
  exchange: Exchange,
  body: AsyncIterable<Buffer>,
  /** This exchange's own response headers: a relay may add to them. */
  headers: IncomingHttpHeaders,
  complete: (writeFinal: () => void) => Promise<void>,
) => Promise<void>;

/** Send SSE headers at once; from here on errors end the stream with an error event. */
function startEventStream(exchange: Exchange, headers: IncomingHttpHeaders): void {
  headers['cache-control'] = 'no-cache';
  headers['x-accel-buffering'] = 'no';
  exchange.response.writeHead(exchange.status, headers);
  exchange.response.flushHeaders();
  exchange.sse = true;
}

/** Forward to the model's upstream (pooled, credentials injected) and relay the answer; SSE chunk by chunk. */
export async function forward(
  context: GatewayContext,
  exchange: Exchange,
  complete: (writeFinal: () => void) => Promise<void>,
): Promise<void> {
  const { route, response } = exchange;
  if (route.kind === 'models') {
    const body = context.runtime.modelListFor(exchange.principal!);
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
  if (context.runtime.signingKey) exchange.signingKey = context.runtime.signingKey;
  const target = context.runtime.models.get(exchange.model!)!;
  const upstream =
    route.kind === 'predict' ? context.runtime.upstreams.get(route.config.upstream!)! : target.upstream;
  const path =
    route.kind === 'predict'
      ? `${upstream.basePath}${route.config.upstreamPath ?? ''}${exchange.subPath}`
      : `${upstream.basePath}${standardPaths[route.kind]}`;
  let body = exchange.forwardBody ?? exchange.body!;
  if (target.upstreamModel && route.kind !== 'predict') {
    // The body parsed once at the parse stage (and redacted in place, if it was): renamed, then sent.
    const json = exchange.parsed?.json ?? (JSON.parse(body.toString('utf8')) as Record<string, unknown>);
    json.model = target.upstreamModel;
    body = Buffer.from(JSON.stringify(json));
  }
  const headers: Record<string, string> = {
    'content-type': exchange.forwardContentType ?? 'application/json',
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
  try {
    const answer = decodedBody(exchange, upstreamResponse.body, upstreamResponse.headers['content-encoding']);
    if (statusCode >= 300) {
      // An upstream refusal is never relayed verbatim: it may echo the gateway's own credentials.
      const body = await readLimited(answer, 64 * 1024);
      throw upstreamRejection(exchange, statusCode, body, upstreamCredentials(upstream.headers));
    }
    const outHeaders: IncomingHttpHeaders = {
      'content-type': contentType,
      'x-request-id': exchange.requestId,
    };
    exchange.status = statusCode;
    const isSse = mediaTypeOf(contentType) === 'text/event-stream';
    if (isSse && exchange.guard?.scanner.scanOutput) {
      await relayScannedStream(exchange, answer, outHeaders, complete);
    } else if (isSse && (exchange.hardening?.stripLogprobs || route.config.sign.enabled)) {
      await relayRewrittenStream(exchange, answer, outHeaders, complete);
    } else if (isSse) {
      await relayStream(exchange, answer, outHeaders, complete);
    } else {
      await relayBuffered(exchange, answer, outHeaders, complete);
    }
  } finally {
    exchange.upstreamMs = performance.now() - sentAt;
    context.metrics.upstreamLatency.observe({ upstream: upstream.name }, exchange.upstreamMs / 1000);
  }
}

const decoders: Record<string, () => Transform> = {
  gzip: createGunzip,
  'x-gzip': createGunzip,
  deflate: createInflate,
  br: createBrotliDecompress,
};

/**
 * The answer's bytes as the upstream meant them. The gateway asks for `identity`, but an upstream
 * that compresses anyway must not have its gzip bytes scanned as text (nothing would match) and
 * handed on, where a client could decompress what the guard never read. gzip, deflate and br are
 * decoded as they stream (the relays' size limits count decoded bytes); any other encoding is an
 * answer the guard cannot read.
 */
function decodedBody(
  exchange: Exchange,
  body: AsyncIterable<Buffer> & NodeJS.ReadableStream,
  header: string | string[] | undefined,
): AsyncIterable<Buffer> {
  const encodings = (Array.isArray(header) ? header.join(',') : (header ?? ''))
    .split(',')
    .map((value) => value.trim().toLowerCase())
    .filter((value) => value !== '' && value !== 'identity');
  if (encodings.length === 0) return body;
  if (encodings.length > 1 || !decoders[encodings[0]!]) {
    if (exchange.guard?.scanner.scanOutput) unscannable(exchange, 'content-encoding');
    return body;
  }
  return pipeline(body, decoders[encodings[0]!]!(), () => {
    // A corrupt stream surfaces as an error while the relay reads it (upstream failed).
  });
}

/** The first `limit` bytes of a body; the rest is drained and dropped. */
async function readLimited(body: AsyncIterable<Buffer>, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of body) {
      if (size < limit) chunks.push(chunk);
      size += chunk.length;
    }
  } catch (error) {
    throw upstreamError(error);
  }
  return Buffer.concat(chunks).subarray(0, limit);
}

const relayStream: Relay = async (exchange, body, headers, complete) => {
  const { response } = exchange;
  const responseHash = createHash('sha256');
  const reader = new SseReader();
  startEventStream(exchange, headers);
  try {
    for await (const chunk of body) {
      responseHash.update(chunk);
      reader.push(chunk);
      exchange.responseBytes += chunk.length;
      if (!response.write(chunk)) await waitForDrain(exchange);
      if (response.destroyed) break;
    }
  } catch (error) {
    throw upstreamError(error);
  }
  reader.end();
  exchange.responseSha256 = responseHash.digest('hex');
  settleUsage(exchange, reader.usage, reader.outputChars);
  await complete(() => response.end());
};

/** SSE whose events are rewritten (logprobs dropped) but not scanned: split into whole events first. */
const relayRewrittenStream: Relay = async (exchange, body, headers, complete) => {
  const { response } = exchange;
  const responseHash = createHash('sha256');
  const reader = new SseReader();
  const splitter = new SseEventSplitter();
  const strip = exchange.hardening?.stripLogprobs === true;
  const chain = streamChain(exchange, headers);
  startEventStream(exchange, headers);
  const rewrite = (text: string) => {
    const out = strip ? stripLogprobsFromEvents(text) : text;
    chain?.addText(out);
    return out;
  };
  try {
    for await (const chunk of body) {
      responseHash.update(chunk);
      reader.push(chunk);
      exchange.responseBytes += chunk.length;
      const events = splitter.push(chunk);
      if (events.length === 0) continue;
      if (!response.write(rewrite(`${events.join('\n\n')}\n\n`))) await waitForDrain(exchange);
      if (response.destroyed) break;
    }
    const rest = splitter.rest();
    if (rest.trim()) response.write(rewrite(`${rest}\n\n`));
  } catch (error) {
    throw RampartError.is(error) ? error : upstreamError(error);
  }
  exchange.responseSha256 = responseHash.digest('hex');
  settleUsage(exchange, reader.usage, reader.outputChars);
  await complete(() => response.end(chain ? chain.finalEvent(exchange.signingKey!) : undefined));
};

const relayBuffered: Relay = async (exchange, body, headers, complete) => {
  const { response } = exchange;
  const scanning = exchange.guard?.scanner.scanOutput === true;
  const limit = exchange.route.kind === 'embeddings' ? embeddingsBufferLimit : bufferLimit;
  const chunks: Buffer[] = [];
  // Set once the answer is too large to hold: from then on it is hashed and sent chunk by chunk.
  let streamingHash: ReturnType<typeof createHash> | undefined;
  try {
    for await (const chunk of body) {
      exchange.responseBytes += chunk.length;
      if (streamingHash) {
        streamingHash.update(chunk);
        if (!response.write(chunk)) await waitForDrain(exchange);
        continue;
      }
      chunks.push(chunk);
      if (exchange.responseBytes > limit) {
        if (exchange.hardening)
          throw new RampartError('RAMPART_OUTPUT_HARDENING_FAILED', 'the answer is too large to harden');
        if (exchange.route.config.sign.enabled)
          throw new RampartError('RAMPART_RESPONSE_SIGNING_FAILED', 'the answer is too large to sign');
        // Too large to scan: withheld, unless the route passes unscannable answers (audited).
        if (scanning) unscannable(exchange, 'too-large');
        // Too large to hold: send what we have and stream the rest through.
        streamingHash = createHash('sha256');
        response.writeHead(exchange.status, headers);
        for (const held of chunks) {
          streamingHash.update(held);
          response.write(held);
        }
        chunks.length = 0;
      }
    }
  } catch (error) {
    throw upstreamError(error);
  }
  if (streamingHash) {
    exchange.responseSha256 = streamingHash.digest('hex');
    settleUsage(exchange, undefined, exchange.responseBytes);
    await complete(() => response.end());
    return;
  }
  let buffer: Buffer = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, exchange.responseBytes);
  exchange.responseSha256 = hash('sha256', buffer);
  if (scanning && !readsAsUtf8(String(headers['content-type']), buffer)) unscannable(exchange, 'charset');
  // Parsed once, for both usage and scanning; not at all when neither needs it.
  const json = isJsonMediaType(mediaTypeOf(String(headers['content-type'])))
    ? parseAnswer(buffer, scanning)
    : undefined;
  settleUsage(exchange, usageOf(json), 0);
  exchange.onAnswer?.(buffer);
  if (scanning) buffer = scanAnswer(exchange, buffer, json);
  if (exchange.hardening) buffer = hardenAnswer(exchange, buffer);
  if (exchange.route.config.captureText) exchange.capturedResponse = buffer.toString('utf8');
  const signing = signingOf(exchange);
  await complete(() => {
    headers['content-length'] = String(buffer.length);
    if (signing) {
      const signed = signResponse(
        signing,
        { status: exchange.status, headers: headers as Record<string, string>, body: buffer },
        exchange.route.config.sign.headers,
      );
      Object.assign(headers, signed);
    }
    response.writeHead(exchange.status, headers);
    response.end(buffer);
  });
};

/** The signing key when this route signs its answers; a route that signs without a key fails closed. */
function signingOf(exchange: Exchange) {
  if (!exchange.route.config.sign.enabled) return undefined;
  const key = exchange.signingKey;
  if (!key) throw new RampartError('RAMPART_RESPONSE_SIGNING_FAILED', 'no signing key is loaded');
  return key;
}

/** A chain over the events sent, when the route signs; the caller writes its final event before the end. */
function streamChain(exchange: Exchange, headers: IncomingHttpHeaders): EventStreamChain | undefined {
  if (!signingOf(exchange)) return undefined;
  headers['x-rampart-stream-signature'] = 'chained';
  return new EventStreamChain(exchange.status, String(headers['content-type']));
}

/** Apply the exchange's output hardening to a whole answer (parsed again: scanning may have rewritten it). */
function hardenAnswer(exchange: Exchange, buffer: Buffer): Buffer {
  const hardening = exchange.hardening!;
  let json: unknown;
  try {
    json = JSON.parse(buffer.toString('utf8'));
  } catch {
    if (exchange.route.kind !== 'predict' && buffer.indexOf('logprobs') === -1) return buffer;
    throw new RampartError('RAMPART_OUTPUT_HARDENING_FAILED', 'the model answer is not JSON');
  }
  if (exchange.route.kind === 'predict') hardenPredictAnswer(json, hardening);
  else if (!stripLogprobs(json)) return buffer;
  exchange.attrs['output.hardened'] = true;
  return Buffer.from(JSON.stringify(json));
}

/** A JSON answer parsed, when it will be scanned or mentions usage; undefined when it is not JSON. */
function parseAnswer(buffer: Buffer, scanning: boolean): unknown {
  if (!scanning && buffer.indexOf('"usage"') === -1) return undefined;
  try {
    return JSON.parse(buffer.toString('utf8'));
  } catch {
    return undefined;
  }
}

function usageOf(json: unknown): { inputTokens: number; outputTokens: number } | undefined {
  const usage = (json as { usage?: { prompt_tokens?: unknown; completion_tokens?: unknown } } | undefined)
    ?.usage;
  if (usage && typeof usage.prompt_tokens === 'number') {
    return {
      inputTokens: usage.prompt_tokens,
      outputTokens: typeof usage.completion_tokens === 'number' ? usage.completion_tokens : 0,
    };
  }
  return undefined;
}

function settleUsage(
  exchange: Exchange,
  usage: { inputTokens: number; outputTokens: number } | undefined,
  outputChars: number,
): void {
  if (usage) {
    exchange.usage = { inputTokens: usage.inputTokens, outputTokens: usage.outputTokens, estimated: false };
    return;
  }
  if (exchange.route.kind === 'predict') return;
  exchange.usage = {
    inputTokens: estimateTokens(exchange.parsed?.promptChars ?? 0),
    outputTokens: estimateTokens(outputChars),
    estimated: true,
  };
}

/**
 * SSE with output scanning: every text of every event goes through the guard's stream scanner
 * (ScannedEventStream), which holds back a small window so a secret or canary split across chunks
 * is seen whole; a block ends the stream with an error event. Each event is parsed once (usage and
 * output size are read from the same parse), and what one upstream chunk produces goes to the
 * client in one write.
 */
const relayScannedStream: Relay = async (exchange, body, headers, complete) => {
  const { response } = exchange;
  const responseHash = createHash('sha256');
  const reader = new SseReader();
  const splitter = new SseEventSplitter();
  const scanned = new ScannedEventStream(exchange);
  const read = (json: unknown) => reader.read(json);
  /** Output for the client from the current upstream chunk. */
  let out = '';
  const strip = exchange.hardening?.stripLogprobs === true;
  const chain = streamChain(exchange, headers);
  startEventStream(exchange, headers);
  const send = async () => {
    const text = strip ? stripLogprobsFromEvents(out) : out;
    chain?.addText(text);
    out = '';
    if (text && !response.write(text)) await waitForDrain(exchange);
  };

  try {
    for await (const chunk of body) {
      responseHash.update(chunk);
      exchange.responseBytes += chunk.length;
      try {
        for (const event of splitter.push(chunk)) out += scanned.event(event, read);
      } finally {
        // What was released before a block still goes out, as it did event by event.
        await send();
      }
      if (response.destroyed) break;
    }
    const rest = splitter.rest();
    if (rest.trim()) out += scanned.event(rest, read);
    out += scanned.end();
    await send();
  } catch (error) {
    throw RampartError.is(error) ? error : upstreamError(error);
  }
  exchange.responseSha256 = responseHash.digest('hex');
  if (exchange.route.config.captureText) exchange.capturedResponse = scanned.released;
  settleUsage(exchange, reader.usage, reader.outputChars);
  await complete(() => response.end(chain ? chain.finalEvent(exchange.signingKey!) : undefined));
};
