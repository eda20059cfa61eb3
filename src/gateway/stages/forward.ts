import { createHash, hash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { errors as undiciErrors } from 'undici';
import { RampartError } from '../../core/index.ts';
import type { GatewayContext } from '../context.ts';
import type { Exchange } from '../exchange.ts';
import { estimateTokens } from '../limiters.ts';
import { eventData, SseEventSplitter } from '../sse-events.ts';
import { SseReader } from '../sse-reader.ts';
import { outputBlocked, raiseDecision, recordDetections, scannerFailed } from './scan.ts';

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
  const target = context.runtime.models.get(exchange.model!)!;
  const upstream =
    route.kind === 'predict' ? context.runtime.upstreams.get(route.config.upstream!)! : target.upstream;
  const path =
    route.kind === 'predict'
      ? `${upstream.basePath}${route.config.upstreamPath ?? ''}${exchange.subPath}`
      : `${upstream.basePath}${standardPaths[route.kind]}`;
  let body = exchange.forwardBody ?? exchange.body!;
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
  const outHeaders: IncomingHttpHeaders = { 'content-type': contentType, 'x-request-id': exchange.requestId };
  exchange.status = statusCode;
  const isSse = contentType.startsWith('text/event-stream');
  try {
    if (isSse && exchange.guard?.scanner.scanOutput && statusCode === 200) {
      await relayScannedStream(exchange, upstreamResponse.body, outHeaders, complete);
    } else if (isSse) {
      await relayStream(exchange, upstreamResponse.body, outHeaders, complete);
    } else {
      await relayBuffered(exchange, upstreamResponse.body, outHeaders, complete);
    }
  } finally {
    exchange.upstreamMs = performance.now() - sentAt;
    context.metrics.upstreamLatency.observe({ upstream: upstream.name }, exchange.upstreamMs / 1000);
  }
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
  exchange.responseSha256 = responseHash.digest('hex');
  settleUsage(exchange, reader.usage, reader.outputChars);
  await complete(() => response.end());
};

const relayBuffered: Relay = async (exchange, body, headers, complete) => {
  const { response } = exchange;
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
      if (exchange.responseBytes > bufferLimit) {
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
  settleUsage(exchange, usageOf(buffer), 0);
  if (
    exchange.guard?.scanner.scanOutput &&
    exchange.status === 200 &&
    String(headers['content-type']).includes('json')
  ) {
    buffer = scanBufferedOutput(exchange, buffer);
  }
  if (exchange.route.config.captureText) exchange.capturedResponse = buffer.toString('utf8');
  await complete(() => {
    headers['content-length'] = String(buffer.length);
    response.writeHead(exchange.status, headers);
    response.end(buffer);
  });
};

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

/** Scan the text of each choice of a JSON completion; block or rewrite it before it is sent. */
function scanBufferedOutput(exchange: Exchange, buffer: Buffer): Buffer {
  const { scanner, context } = exchange.guard!;
  let json: { choices?: Array<{ message?: { content?: unknown }; text?: unknown }> };
  try {
    json = JSON.parse(buffer.toString('utf8'));
  } catch {
    return buffer;
  }
  if (!Array.isArray(json.choices)) return buffer;
  let changed = false;
  for (const choice of json.choices) {
    const text =
      typeof choice?.message?.content === 'string'
        ? choice.message.content
        : typeof choice?.text === 'string'
          ? choice.text
          : undefined;
    if (text === undefined) continue;
    const result = scanner.guard.scanOutput(text, context);
    recordDetections(exchange, result, 'output');
    if (scannerFailed(exchange, result)) continue;
    raiseDecision(exchange, result.verdict);
    if (result.verdict === 'block') throw outputBlocked(result);
    if (result.verdict === 'redact' && result.redactedText !== undefined) {
      if (choice.message) choice.message.content = result.redactedText;
      else choice.text = result.redactedText;
      changed = true;
    }
  }
  return changed ? Buffer.from(JSON.stringify(json)) : buffer;
}

interface StreamChoice {
  index?: number;
  delta?: { content?: unknown };
  text?: unknown;
  finish_reason?: unknown;
}

/**
 * SSE with output scanning: each content delta goes through the guard's stream scanner, which
 * holds back a small window so a secret or canary split across chunks is seen whole. What it
 * releases is sent as the event's content (redacted where needed); a block ends the stream with an
 * error event. Non-content events pass through, after held-back text is flushed. Each event is
 * parsed once (usage and output size are read from the same parse), and what one upstream chunk
 * produces goes to the client in one write.
 */
const relayScannedStream: Relay = async (exchange, body, headers, complete) => {
  const { response } = exchange;
  const responseHash = createHash('sha256');
  const { scanner, context } = exchange.guard!;
  const reader = new SseReader();
  const splitter = new SseEventSplitter();
  const streams = new Map<number, ReturnType<typeof scanner.guard.createStreamScanner>>();
  /** The first content event's fields; its `choices` is replaced for each event sent. */
  let template: { json: Record<string, unknown>; chat: boolean } | undefined;
  let captured = '';
  /** Output for the client from the current upstream chunk. */
  let out = '';
  startEventStream(exchange, headers);

  const contentEvent = (index: number, text: string) => {
    const choice = template!.chat
      ? { index, delta: { content: text }, finish_reason: null }
      : { index, text, finish_reason: null };
    template!.json.choices = [choice];
    return `data: ${JSON.stringify(template!.json)}\n\n`;
  };
  const handle = (
    index: number,
    step: { emit: string; result: import('../../guard/index.ts').ScanResult },
  ) => {
    recordDetections(exchange, step.result, 'output');
    if (!scannerFailed(exchange, step.result)) {
      raiseDecision(exchange, step.result.verdict);
      if (step.result.verdict === 'block') throw outputBlocked(step.result);
    }
    if (step.emit) {
      if (exchange.route.config.captureText) captured += step.emit;
      out += contentEvent(index, step.emit);
    }
  };
  const flushAll = () => {
    for (const [index, stream] of streams) handle(index, stream.end());
    streams.clear();
  };
  const onEvent = (event: string) => {
    const data = eventData(event);
    if (data === undefined || data === '[DONE]') {
      flushAll();
      out += `${event}\n\n`;
      return;
    }
    let json: { choices?: StreamChoice[] } & Record<string, unknown>;
    try {
      json = JSON.parse(data);
    } catch {
      out += `${event}\n\n`;
      return;
    }
    reader.read(json);
    const choices = Array.isArray(json.choices) ? json.choices : [];
    const rest: StreamChoice[] = [];
    for (const choice of choices) {
      const text =
        typeof choice?.delta?.content === 'string'
          ? choice.delta.content
          : typeof choice?.text === 'string'
            ? choice.text
            : undefined;
      const index = typeof choice?.index === 'number' ? choice.index : 0;
      if (
        text !== undefined &&
        text !== '' &&
        (choice.finish_reason === null || choice.finish_reason === undefined)
      ) {
        if (!template) {
          const first = { ...json };
          first.choices = [];
          template = { json: first, chat: choice.delta !== undefined };
        }
        let stream = streams.get(index);
        if (!stream) {
          stream = scanner.guard.createStreamScanner(context);
          streams.set(index, stream);
        }
        handle(index, stream.push(text));
      } else rest.push(choice);
    }
    if (rest.length > 0 || choices.length === 0) {
      if (rest.some((choice) => choice.finish_reason !== null && choice.finish_reason !== undefined))
        flushAll();
      json.choices = rest;
      out += `data: ${JSON.stringify(json)}\n\n`;
    }
  };
  const send = async () => {
    const text = out;
    out = '';
    if (text && !response.write(text)) await waitForDrain(exchange);
  };

  try {
    for await (const chunk of body) {
      responseHash.update(chunk);
      exchange.responseBytes += chunk.length;
      try {
        for (const event of splitter.push(chunk)) onEvent(event);
      } finally {
        // What was released before a block still goes out, as it did event by event.
        await send();
      }
      if (response.destroyed) break;
    }
    const rest = splitter.rest();
    if (rest.trim()) onEvent(rest);
    flushAll();
    await send();
  } catch (error) {
    throw RampartError.is(error) ? error : upstreamError(error);
  }
  exchange.responseSha256 = responseHash.digest('hex');
  if (exchange.route.config.captureText) exchange.capturedResponse = captured;
  settleUsage(exchange, reader.usage, reader.outputChars);
  await complete(() => response.end());
};
