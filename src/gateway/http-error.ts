import type { ServerResponse } from 'node:http';
import { renderErrorBody, toHttpError } from '../core/http/index.ts';
import type { RampartError } from '../core/index.ts';

/**
 * Write an error on the gateway's node:http hot path with core's one renderer (the admin and SOC
 * APIs render through the same `renderErrorBody`). Unknown errors become RAMPART_INTERNAL with a
 * generic message: never a stack trace, never upstream details.
 */
export function sendError(
  response: ServerResponse,
  thrown: unknown,
  headers: Record<string, string> = {},
): RampartError {
  const error = toHttpError(thrown);
  if (response.headersSent) {
    response.destroy();
    return error;
  }
  const body = renderErrorBody(error);
  response.writeHead(error.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(body);
  return error;
}
