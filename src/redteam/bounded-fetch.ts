import { RampartError, safeJsonParse } from '../core/index.ts';

export interface BoundedFetchOptions {
  /** The only origin requests may go to (scheme://host:port). */
  origin: string;
  /** Per-request time limit (ms). */
  timeoutMs: number;
  /** Largest response body read (bytes); a bigger one is an error, not truncated silently. */
  maxResponseBytes: number;
  headers?: Record<string, string>;
}

export interface JsonResponse {
  status: number;
  body: unknown;
  /** Seconds the target asked to wait (Retry-After), when it said. */
  retryAfterSeconds?: number;
}

/** The origin of an http(s) URL, or RAMPART_USAGE. */
export function targetOrigin(url: string, flag = '--target'): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RampartError('RAMPART_USAGE', `${flag} must be an http(s) URL, not "${url}"`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    throw new RampartError('RAMPART_USAGE', `${flag} must be an http(s) URL, not "${url}"`);
  return parsed.origin;
}

/**
 * POST JSON to `url`, which must be on the configured origin: redirects are not followed (a
 * redirect could send probe traffic to another host), the body is read up to the size cap, and
 * the request is aborted at the time limit or when `signal` fires.
 */
export async function postJson(
  url: string,
  body: unknown,
  options: BoundedFetchOptions,
  signal?: AbortSignal,
): Promise<JsonResponse> {
  if (new URL(url).origin !== options.origin)
    throw new RampartError(
      'RAMPART_REDTEAM_OUT_OF_SCOPE',
      `refusing to send a probe to ${new URL(url).origin}`,
    );
  const timeout = AbortSignal.timeout(options.timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...options.headers },
      body: JSON.stringify(body),
      redirect: 'manual',
      signal: combined,
    });
  } catch (error) {
    const timedOut = timeout.aborted;
    throw new RampartError(
      'RAMPART_REDTEAM_TARGET_FAILED',
      timedOut
        ? `no answer from the target within ${options.timeoutMs} ms`
        : 'the target could not be reached',
      { cause: error },
    );
  }
  const text = await readCapped(response, options.maxResponseBytes);
  if (response.status >= 300 && response.status < 400)
    throw new RampartError(
      'RAMPART_REDTEAM_TARGET_FAILED',
      `the target redirected (${response.status}); redirects are not followed`,
    );
  let parsed: unknown;
  try {
    parsed = text === '' ? {} : safeJsonParse(text);
  } catch (error) {
    throw new RampartError(
      'RAMPART_REDTEAM_TARGET_FAILED',
      `the target answered ${response.status} with a body that is not JSON`,
      {
        cause: error,
      },
    );
  }
  const retryAfter = Number(response.headers.get('retry-after'));
  return {
    status: response.status,
    body: parsed,
    ...(Number.isFinite(retryAfter) && retryAfter >= 0 && response.headers.has('retry-after')
      ? { retryAfterSeconds: retryAfter }
      : {}),
  };
}

async function readCapped(response: Response, maxBytes: number): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new RampartError(
        'RAMPART_REDTEAM_TARGET_FAILED',
        `the target's answer is larger than ${maxBytes} bytes`,
      );
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
