/** The one place the console talks to the SOC's HTTP API (docs/soc-api.md). */
import { type QueryValue, withQuery } from './query.ts';

export interface ApiErrorBody {
  code: string;
  message: string;
  hint?: string;
  details?: Array<{ path: string; message: string }>;
}

/** An API error as the SOC reports it: code, message, hint. */
export class ApiError extends Error {
  readonly code: string;
  readonly hint: string | undefined;
  readonly status: number;
  readonly details: ApiErrorBody['details'];
  /** The body, when the SOC answered with one besides the error (e.g. a failed response record). */
  readonly body: unknown;

  constructor(status: number, error: ApiErrorBody, body?: unknown) {
    super(error.message);
    this.name = 'ApiError';
    this.status = status;
    this.code = error.code;
    this.hint = error.hint;
    this.details = error.details;
    this.body = body;
  }
}

let csrfToken: string | undefined;

export function setCsrfToken(token: string | undefined): void {
  csrfToken = token;
}

/** Listeners told when the API answers 401 (the session ended): the app shows the login form. */
const unauthorizedListeners = new Set<() => void>();
export function onUnauthorized(listener: () => void): () => void {
  unauthorizedListeners.add(listener);
  return () => unauthorizedListeners.delete(listener);
}

function readCsrfCookie(): string | undefined {
  const match = /(?:^|;\s*)rampart_csrf=([^;]+)/.exec(document.cookie);
  return match ? decodeURIComponent(match[1]!) : undefined;
}

async function request<T>(method: string, path: string, body?: unknown): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (method !== 'GET') {
    const token = csrfToken ?? readCsrfCookie();
    if (token) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      credentials: 'same-origin',
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
  } catch (cause) {
    throw new ApiError(0, {
      code: 'RAMPART_CONSOLE_OFFLINE',
      message: `the SOC did not answer (${cause instanceof Error ? cause.message : 'network error'})`,
      hint: 'Check that the SOC is running (rampart up --demo) and reachable from this browser.',
    });
  }
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = undefined;
  }
  if (!response.ok) {
    const error = (json as { error?: ApiErrorBody } | undefined)?.error;
    if (response.status === 401 && path !== '/api/login' && path !== '/api/session') {
      for (const listener of unauthorizedListeners) listener();
    }
    throw new ApiError(
      response.status,
      error ?? {
        code: 'RAMPART_CONSOLE_BAD_ANSWER',
        message: `HTTP ${response.status} ${response.statusText}`,
        hint: 'The SOC answered without an error body; check its logs.',
      },
      json,
    );
  }
  return json as T;
}

export const api = {
  get: <T>(path: string, query?: Record<string, QueryValue>) => request<T>('GET', withQuery(path, query)),
  post: <T>(path: string, body?: unknown) => request<T>('POST', path, body ?? {}),
};
