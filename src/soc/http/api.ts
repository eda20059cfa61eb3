import type { Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import {
  createHttpApp,
  createNodeServer,
  listenerScheme,
  methodNotAllowed,
  readListenerTls,
  refuseOtherMethods,
  reloadListenerTls,
  sendJson,
} from '../../core/http/index.ts';
import { type ListenerTlsConfig, RampartError } from '../../core/index.ts';
import { parseDuration } from '../rules/duration.ts';
import { SocSink } from '../soc-runtime.ts';
import { consoleAuth } from './console-auth.ts';
import { alertRoutes } from './routes/alerts.ts';
import { complianceRoutes } from './routes/compliance.ts';
import { eventRoutes } from './routes/events.ts';
import { gatewayRoutes } from './routes/gateway.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { ruleRoutes } from './routes/rules.ts';
import { loginRoute, sessionRoutes } from './routes/session.ts';
import { statsRoutes } from './routes/stats.ts';
import { securityHeaders } from './security-headers.ts';
import { SessionStore } from './session-store.ts';
import type { Principal, SocApp, SocRouteContext, SocServerOptions } from './soc-http.ts';
import { staticFile } from './static-files.ts';

export type {
  SocApp,
  SocServerConfig,
  SocServerExtensions,
  SocServerOptions,
} from './soc-http.ts';

export interface SocServer {
  server: Server;
  /** The routes, for in-process calls (`app.request()`); the server serves the same app. */
  app: SocApp;
  /** Listen (default 127.0.0.1, port 0) and return the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  /** Re-read the TLS files (SIGHUP): new connections get the new certificate; the listener stays up. */
  reloadTls(tls: ListenerTlsConfig): void;
  close(): Promise<void>;
}

function routeContext(options: SocServerOptions): SocRouteContext {
  const { store, engine, alerts, config } = options;
  if (typeof config.adminToken !== 'string' || config.adminToken.length < 16) {
    throw new RampartError('RAMPART_CONFIG_INVALID', 'soc.adminToken must be at least 16 characters');
  }
  const sink =
    options.sink ?? new SocSink({ store, engine, alerts, ...(options.bus ? { bus: options.bus } : {}) });
  const sessionTtlMs = parseDuration(config.sessionTtl ?? '12h', 'soc.sessionTtl');
  return {
    options,
    store,
    engine,
    alerts,
    sink,
    bus: options.bus ?? (sink instanceof SocSink ? sink.bus : undefined),
    sessions: new SessionStore(sessionTtlMs),
    sessionTtlMs,
    maxBodyBytes: config.maxBodyBytes ?? 4 * 1024 * 1024,
    streams: new Set<ServerResponse>(),
  };
}

/**
 * The SOC's routes (docs/soc-api.md): event ingestion for reporters, the console's JSON API behind
 * console auth (admin bearer token, or session cookie plus CSRF token for changes), the live event
 * stream and the console's static files.
 */
export function createSocApp(routes: SocRouteContext): SocApp {
  const app: SocApp = createHttpApp<{ principal: Principal }>({
    logger: routes.options.logger ?? pino({ level: 'warn' }),
    headers: securityHeaders,
  });
  ingestRoutes(app, routes);
  app.get('/api/health', (context) => sendJson(context, { status: 'ok' }));
  loginRoute(app, routes);
  refuseOtherMethods(app);
  app.use('/api/*', consoleAuth(routes.options.config.adminToken, routes.sessions));
  for (const register of [
    eventRoutes,
    alertRoutes,
    ruleRoutes,
    statsRoutes,
    complianceRoutes,
    gatewayRoutes,
    sessionRoutes,
  ]) {
    register(app, routes);
  }
  refuseOtherMethods(app);
  app.all('/api/*', (context) => {
    throw new RampartError('RAMPART_NOT_FOUND', `no API route ${context.req.path}`);
  });
  app.get('*', async (context) => {
    const file = await staticFile(
      routes.options.config.staticDir,
      context.req.path,
      context.req.method === 'HEAD',
    );
    return file.body === null
      ? context.body(null, 200, file.headers)
      : context.body(file.body, 200, file.headers);
  });
  app.all('*', () => {
    throw methodNotAllowed();
  });
  return app;
}

/** The SOC's HTTP server over `createSocApp`. */
export function createSocServer(options: SocServerOptions): SocServer {
  const tls = options.config.tls;
  // Under TLS the console's cookies are Secure whatever the caller asked.
  const routes = routeContext(
    tls ? { ...options, config: { ...options.config, secureCookies: true } } : options,
  );
  const app = createSocApp(routes);
  const server = createNodeServer(app, tls ? readListenerTls(tls, 'server.tls') : undefined);
  server.headersTimeout = 15_000;
  server.requestTimeout = 60_000;
  return {
    server,
    app,
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise((done, fail) => {
        server.once('error', fail);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          done(`${listenerScheme(server)}://${shownHost}:${address.port}`);
        });
      }),
    reloadTls: (next) => reloadListenerTls(server, next, 'server.tls'),
    close: () =>
      new Promise<void>((done) => {
        for (const stream of routes.streams) stream.end();
        server.close(() => done());
        server.closeIdleConnections();
      }),
  };
}
