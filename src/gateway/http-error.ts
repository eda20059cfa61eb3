import type { ServerResponse } from 'node:http';
import { RampartError, toRampartError } from '../core/index.ts';

/** OpenAI-style error type for a status, so OpenAI SDKs classify our errors sensibly. */
function errorType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'server_error';
  return 'invalid_request_error';
}

/** The body of every error the gateway and admin API send: `{error: {code, message, hint, type}}`. */
export function errorBody(error: RampartError): string {
  const details = Array.isArray(error.details) ? { details: error.details } : {};
  return JSON.stringify({
    error: {
      code: error.code,
      message: error.message,
      hint: error.hint,
      type: errorType(error.status),
      ...details,
    },
  });
}

/**
 * The one place HTTP errors are rendered. Unknown errors become RAMPART_INTERNAL with a generic
 * message: never a stack trace, never upstream details.
 */
export function sendError(
  response: ServerResponse,
  thrown: unknown,
  headers: Record<string, string> = {},
): RampartError {
  const error = RampartError.is(thrown)
    ? thrown
    : toRampartError(thrown, 'RAMPART_INTERNAL', 'internal error');
  if (response.headersSent) {
    response.destroy();
    return error;
  }
  const body = errorBody(error);
  response.writeHead(error.status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(body),
    'cache-control': 'no-store',
    ...headers,
  });
  response.end(body);
  return error;
}
