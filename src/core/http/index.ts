/**
 * The HTTP layer the admin API and the SOC API share (Hono on @hono/node-server): an app factory with
 * a request id and a per-request logger, the one error renderer, body and query helpers, bearer
 * tokens. A separate entry from `core/index.ts`, which the guard imports: only the servers load it.
 */
export { bearerToken, tokenMatcher } from './bearer-auth.ts';
export { listParameter, parseEventQuery } from './event-query.ts';
export {
  clientAddress,
  createHttpApp,
  createNodeServer,
  type HttpAppOptions,
  type HttpEnv,
  type HttpVariables,
  methodNotAllowed,
  refuseOtherMethods,
  sendHttpError,
  sendJson,
} from './http-app.ts';
export { errorType, renderErrorBody, toHttpError } from './http-error.ts';
export {
  type ListenerTlsOptions,
  listenerScheme,
  readListenerTls,
  reloadListenerTls,
} from './listener-tls.ts';
export { type JsonBodyOptions, readBodyText, readJsonBody, validateInput } from './request-body.ts';
