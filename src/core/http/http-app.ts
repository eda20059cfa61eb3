import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { createAdaptorServer } from '@hono/node-server';
import { type Context, type Env, Hono } from 'hono';
import type { ContentfulStatusCode, StatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { RampartError } from '../errors.ts';
import { uuidv7 } from '../uuidv7.ts';
import { renderErrorBody, toHttpError } from './http-error.ts';
import type { ListenerTlsOptions } from './listener-tls.ts';

/** What every request of an app built by `createHttpApp` carries. */
export interface HttpVariables {
  requestId: string;
  /** The app's logger with this request's `request_id`. */
  logger: Logger;
}

/** An app's Hono environment: the node request and response when served over a socket, plus its variables. */
export interface HttpEnv<Extra extends object = object> {
  Bindings: { incoming?: IncomingMessage; outgoing?: ServerResponse };
  Variables: HttpVariables & Extra;
}

export interface HttpAppOptions {
  logger: Logger;
  /** Headers on every response, errors included (e.g. security headers). */
  headers?: Record<string, string>;
  /** The error for a path no route serves (default RAMPART_NOT_FOUND naming method and path). */
  notFound?: (method: string, path: string) => RampartError;
}

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' };

/** A JSON answer, never cached. */
export function sendJson(context: Context, value: unknown, status = 200): Response {
  return context.body(JSON.stringify(value), status as ContentfulStatusCode, jsonHeaders);
}

/** Render any thrown value as the one error shape; 5xx are logged with the request id, never shown. */
export function sendHttpError(context: Context<HttpEnv>, thrown: unknown, fallback?: Logger): Response {
  const error = toHttpError(thrown);
  if (error.status >= 500) {
    const logger = context.get('logger') ?? fallback;
    logger?.error(
      { err: thrown, code: error.code, method: context.req.method, path: context.req.path },
      'request failed',
    );
  }
  // As the gateway does: a refusal that may pass later says when (details.retryAfterSeconds, else 1 s).
  const headers: Record<string, string> = { ...jsonHeaders };
  if (error.status === 429 || error.status === 503) {
    const seconds = (error.details as { retryAfterSeconds?: number } | undefined)?.retryAfterSeconds;
    headers['retry-after'] = String(seconds ?? 1);
  }
  return context.body(renderErrorBody(error), error.status as StatusCode as ContentfulStatusCode, headers);
}

/** The peer address of the connection (undefined in-process, through `app.request()`). */
export function clientAddress(context: { env: HttpEnv['Bindings'] | undefined }): string | undefined {
  return context.env?.incoming?.socket.remoteAddress;
}

export function methodNotAllowed(): RampartError {
  return new RampartError('RAMPART_METHOD_NOT_ALLOWED', 'this path does not accept that method');
}

/**
 * The base of the admin API and the SOC API: a request id (answered as `x-request-id`) and a
 * child logger per request, `headers` on every response, and one error renderer for thrown
 * errors and unknown paths.
 */
export function createHttpApp<Extra extends object = object>(options: HttpAppOptions): Hono<HttpEnv<Extra>> {
  const app = new Hono<HttpEnv>();
  const headers = { ...options.headers };
  app.use(async (context, next) => {
    const requestId = uuidv7();
    context.set('requestId', requestId);
    context.set('logger', options.logger.child({ request_id: requestId }));
    context.header('x-request-id', requestId);
    for (const [name, value] of Object.entries(headers)) context.header(name, value);
    await next();
  });
  app.onError((thrown, context) => sendHttpError(context, thrown, options.logger));
  app.notFound((context) => {
    const notFound =
      options.notFound ??
      ((method: string, path: string) => new RampartError('RAMPART_NOT_FOUND', `no route ${method} ${path}`));
    return sendHttpError(context, notFound(context.req.method, context.req.path));
  });
  // Extra variables are set by the caller's own middleware before its routes read them.
  return app as unknown as Hono<HttpEnv<Extra>>;
}

/**
 * Answer 405 on every path registered so far for the methods it does not serve (HEAD goes with
 * GET). Call it after a group of routes and before any catch-all that would shadow them.
 */
export function refuseOtherMethods<E extends Env>(app: Hono<E>): void {
  const closed = new Set(app.routes.filter((route) => route.method === 'ALL').map((route) => route.path));
  const served = new Set(app.routes.filter((route) => route.method !== 'ALL').map((route) => route.path));
  for (const path of served) {
    if (closed.has(path)) continue;
    app.all(path, () => {
      throw methodNotAllowed();
    });
  }
}

/**
 * A node:http server for the app (not listening yet); the process's global Request/Response stay
 * untouched. With `tls` it is a node:https server; a `ca` there makes a client certificate signed
 * by it a condition of the handshake (the admin and SOC listeners have no per-principal mapping).
 */
export function createNodeServer<E extends Env>(app: Hono<E>, tls?: ListenerTlsOptions): Server {
  if (!tls) return createAdaptorServer({ fetch: app.fetch, overrideGlobalObjects: false }) as Server;
  return createAdaptorServer({
    fetch: app.fetch,
    overrideGlobalObjects: false,
    createServer: createHttpsServer,
    serverOptions: { ...tls, rejectUnauthorized: tls.requestCert },
  }) as unknown as Server;
}
