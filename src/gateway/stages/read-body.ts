import { hash } from 'node:crypto';
import { RampartError } from '../../core/index.ts';
import type { GatewayContext } from '../context.ts';
import type { Exchange } from '../exchange.ts';
import { parseRequestBody } from '../parse-request.ts';
import { isImageContentType } from '../predict/image-sanitiser.ts';

function tooLarge(limit: number): RampartError {
  return new RampartError('RAMPART_REQUEST_TOO_LARGE', `request body is over the limit of ${limit} bytes`, {
    details: { limit: 'maxBodyBytes' },
  });
}

/** Read the body up to the route's limit (413 early from Content-Length, or as soon as the limit is passed). */
export function readBody(_context: GatewayContext, exchange: Exchange): Promise<void> | void {
  const { request, route } = exchange;
  const limit = route.maxBodyBytes;
  const declared = request.headers['content-length'];
  if (declared !== undefined && Number(declared) > limit) throw tooLarge(limit);
  if (route.method === 'GET') {
    exchange.body = Buffer.alloc(0);
    return;
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        cleanup();
        request.resume();
        reject(tooLarge(limit));
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => {
      cleanup();
      exchange.body = chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size);
      resolve();
    };
    const onError = (error: Error) => {
      cleanup();
      reject(
        new RampartError('RAMPART_REQUEST_TIMEOUT', 'the request body did not arrive in full', {
          cause: error,
        }),
      );
    };
    const cleanup = () => {
      request.off('data', onData);
      request.off('end', onEnd);
      request.off('error', onError);
      request.off('aborted', onError);
    };
    request.on('data', onData);
    request.on('end', onEnd);
    request.on('error', onError);
    request.on('aborted', onError);
  });
}

/** Parse the fields we route on, check the model against the route's allowlist, pick the action. */
export function parseBody(context: GatewayContext, exchange: Exchange): void {
  const { route } = exchange;
  const body = exchange.body!;
  exchange.requestSha256 = hash('sha256', body);
  // A raw image (Content-Type image/*) on a predict route with image sanitisers: nothing to parse;
  // the predict-images stage decodes it (and refuses it when it does not decode).
  const rawImage =
    route.kind === 'predict' &&
    route.config.images !== undefined &&
    isImageContentType(exchange.request.headers['content-type']);
  const parsed = rawImage
    ? { stream: false, promptChars: 0, messages: [] }
    : parseRequestBody(route.kind, body);
  exchange.parsed = parsed;
  if (parsed.stream) exchange.action = 'stream';
  if (route.kind === 'models') return;
  const model = route.kind === 'predict' ? route.config.models[0]! : parsed.model!;
  if (!context.runtime.models.has(model) || !route.allowsModel(model)) {
    throw new RampartError(
      'RAMPART_MODEL_NOT_FOUND',
      `model "${model.slice(0, 200)}" is not served on this route`,
    );
  }
  exchange.model = model;
}
