import { RampartError, toRampartError } from '../errors.ts';

/** OpenAI-style error type for a status, so OpenAI SDKs classify our errors sensibly. */
export function errorType(status: number): string {
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 404) return 'not_found_error';
  if (status === 429) return 'rate_limit_error';
  if (status >= 500) return 'server_error';
  return 'invalid_request_error';
}

/** Any thrown value as the error a client may see: unknown errors become RAMPART_INTERNAL, cause kept. */
export function toHttpError(thrown: unknown): RampartError {
  return RampartError.is(thrown) ? thrown : toRampartError(thrown, 'RAMPART_INTERNAL', 'internal error');
}

/**
 * The body of every error the gateway, the admin API and the SOC API send (docs/errors.md):
 * `{error: {code, message, hint, type, details?}}`. RAMPART_INTERNAL never shows its message or
 * details: never a stack trace, never upstream details.
 */
export function renderErrorBody(error: RampartError): string {
  const internal = error.code === 'RAMPART_INTERNAL';
  const details = !internal && Array.isArray(error.details) ? { details: error.details } : {};
  return JSON.stringify({
    error: {
      code: error.code,
      message: internal ? 'internal error' : error.message,
      hint: error.hint,
      type: errorType(error.status),
      ...details,
    },
  });
}
