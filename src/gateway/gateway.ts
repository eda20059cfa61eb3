import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import pino, { type Logger } from 'pino';
import { readListenerTls, reloadListenerTls, renderErrorBody } from '../core/http/index.ts';
import {
  createEvent,
  type EventSink,
  publicJwk,
  RampartError,
  type SecurityEvent,
  toRampartError,
  uuidv7,
} from '../core/index.ts';
import type { KeyStore } from './api-key-store.ts';
import { attestationEvent, type RouteAttestation } from './attestation.ts';
import { clientAddressOf } from './client-address.ts';
import { ClientSignal } from './client-signal.ts';
import { extractionSchema, type GatewayConfig, outputSchema } from './config.ts';
import type { GatewayContext } from './context.ts';
import { GatewayControls } from './controls.ts';
import type { Exchange } from './exchange.ts';
import { ExtractionMonitor } from './extraction/extraction-monitor.ts';
import { sendError } from './http-error.ts';
import { GatewayMetrics } from './metrics.ts';
import type { RedisState } from './redis-state.ts';
import { RefusalCounter } from './refusal-counter.ts';
import type { CompiledRoute } from './route-table.ts';
import { Runtime } from './runtime.ts';
import { writeAudit } from './stages/audit.ts';
import { authenticate } from './stages/authenticate.ts';
import {
  authoriseModel,
  authoriseRoute,
  checkAttestation,
  checkPrincipalBlock,
  checkRequestSignature,
} from './stages/authorise.ts';
import { forward } from './stages/forward.ts';
import { admit, limitConcurrency, rateLimit, reserveTokens } from './stages/limits.ts';
import { chooseOutputHardening, monitorExtraction } from './stages/monitor-extraction.ts';
import { sanitisePredictImages } from './stages/predict-images.ts';
import { checkPredictInput } from './stages/predict-input.ts';
import { parseBody, readBody } from './stages/read-body.ts';
import { scanInput } from './stages/scan.ts';
import { checkAddressBlock, limitUnauthenticated } from './stages/unauthenticated.ts';
import type { StoreHealth } from './store/postgres-change-feed.ts';

export interface GatewayOptions {
  config: GatewayConfig;
  keys: KeyStore;
  /** Where audit and security events go; `write` must commit before it returns/resolves. */
  sink: EventSink;
  logger?: Logger;
  controls?: GatewayControls;
  /** Shared state in Redis (see RedisState.connect); its owner closes it after the gateway. */
  state?: RedisState;
  /** The PostgreSQL store's health (GatewayStore.health), shown on /readyz and in metrics. */
  storeHealth?: StoreHealth;
  /**
   * Results of the model checks of routes with `attest` (the gateway cannot run them: the CLI does,
   * with the model domain). A route with `attest` and no result here is refused.
   */
  attestations?: ReadonlyMap<string, RouteAttestation>;
}

type Stage = (context: GatewayContext, exchange: Exchange) => void | Promise<void>;

/**
 * The request path, in order. Each stage has one job and throws a RampartError to refuse.
 * Drawn with each stage's statuses in docs/gateway.md.
 */
export const stages: ReadonlyArray<readonly [name: string, stage: Stage]> = [
  ['address-block', checkAddressBlock],
  ['unauthenticated-limit', limitUnauthenticated],
  ['authenticate', authenticate],
  ['admission', admit],
  ['principal-block', checkPrincipalBlock],
  ['authorise-route', authoriseRoute],
  ['attestation', checkAttestation],
  ['rate-limit', rateLimit],
  ['concurrency', limitConcurrency],
  ['read-body', readBody],
  ['request-signature', checkRequestSignature],
  ['parse', parseBody],
  ['authorise-model', authoriseModel],
  ['token-quota', reserveTokens],
  ['scan-input', scanInput],
  ['predict-input', checkPredictInput],
  ['predict-images', sanitisePredictImages],
  ['extraction-monitor', monitorExtraction],
  ['output-hardening', chooseOutputHardening],
];

const notFoundRoute: CompiledRoute = {
  config: {
    id: '-',
    path: '/',
    kind: 'models',
    models: ['*'],
    subPaths: [],
    allowExport: false,
    captureText: false,
    onError: 'block',
    unscannedShapes: 'refuse',
    guard: false,
    extraction: extractionSchema.parse({ enabled: false }),
    output: outputSchema.parse({}),
    sign: { enabled: false, headers: [], maxRequestAgeSeconds: 300 },
  },
  id: '-',
  kind: 'models',
  method: 'GET',
  prefix: false,
  path: '/',
  allowsModel: () => false,
  allowsSubPath: () => false,
  maxBodyBytes: 0,
  maxPromptChars: 0,
};

type RouteLookupError = 'RAMPART_ROUTE_NOT_FOUND' | 'RAMPART_METHOD_NOT_ALLOWED' | 'RAMPART_PATH_FORBIDDEN';

const routeMessages: Record<RouteLookupError, string> = {
  RAMPART_ROUTE_NOT_FOUND: 'no such route',
  RAMPART_METHOD_NOT_ALLOWED: 'this route does not accept',
  RAMPART_PATH_FORBIDDEN: 'model export and file download paths are refused on this route',
};

function routeError(code: RouteLookupError, method: string): RampartError {
  const message =
    code === 'RAMPART_METHOD_NOT_ALLOWED'
      ? `${routeMessages[code]} ${method.slice(0, 16)}`
      : routeMessages[code];
  return new RampartError(code, message);
}

/** The inference gateway: one HTTP server in front of model upstreams. */
export class Gateway {
  readonly context: GatewayContext;
  readonly server: Server;
  private readonly refusalFlush: NodeJS.Timeout;
  private closing: Promise<void> | undefined;
  /** Whether the listener asks for client certificates (fixed when it is created). */
  private readonly tlsClientCa: boolean;

  constructor(options: GatewayOptions) {
    const logger = options.logger ?? pino({ level: 'silent' });
    this.context = {
      runtime: new Runtime(options.config, options.state),
      keys: options.keys,
      controls: options.controls ?? new GatewayControls(),
      sink: options.sink,
      metrics: new GatewayMetrics(),
      logger,
      refusals: new RefusalCounter(),
      ...(options.state ? { state: options.state } : {}),
      ...(options.storeHealth ? { storeHealth: options.storeHealth } : {}),
      extraction: new ExtractionMonitor(),
      attestations: new Map(),
    };
    if (options.state) this.watchState(options.state);
    if (options.storeHealth) this.watchStore(options.storeHealth);
    if (options.attestations) this.setAttestations(options.attestations);
    this.refusalFlush = setInterval(() => {
      this.flushRefusals(false).catch(() => {});
    }, 5_000).unref();
    const server = options.config.server;
    const serverOptions = {
      headersTimeout: server.headersTimeoutMs,
      requestTimeout: server.requestTimeoutMs,
      keepAliveTimeout: server.keepAliveTimeoutMs,
      maxHeaderSize: 16 * 1024,
      // How often Node checks the two timeouts above (its default, 30 s, would let slow senders linger).
      connectionsCheckingInterval: Math.min(1_000, Math.ceil(server.headersTimeoutMs / 2)),
    };
    const onRequest = (request: IncomingMessage, response: ServerResponse) => {
      this.handle(request, response).catch((error: unknown) => {
        logger.error({ err: error }, 'unhandled gateway error');
        if (!response.headersSent) sendError(response, error);
        else response.destroy();
      });
    };
    this.tlsClientCa = server.tls?.ca !== undefined;
    // Client certificates are asked for but not enforced in the handshake: the authenticate stage
    // judges them, so a missing, untrusted or unmapped one is a 401 with a code and an audit event.
    this.server = server.tls
      ? (createHttpsServer(
          { ...serverOptions, ...readListenerTls(server.tls, 'server.tls'), rejectUnauthorized: false },
          onRequest,
        ) as unknown as Server)
      : createServer(serverOptions, onRequest);
    this.server.on('clientError', (error, socket) => {
      if (socket.writable) {
        const code =
          (error as { code?: string }).code === 'ERR_HTTP_REQUEST_TIMEOUT'
            ? 'RAMPART_REQUEST_TIMEOUT'
            : 'RAMPART_REQUEST_MALFORMED';
        const rampartError = new RampartError(
          code,
          code === 'RAMPART_REQUEST_TIMEOUT' ? 'request not received in time' : 'malformed HTTP request',
        );
        const body = renderErrorBody(rampartError);
        socket.end(
          `HTTP/1.1 ${rampartError.status} ${code === 'RAMPART_REQUEST_TIMEOUT' ? 'Request Timeout' : 'Bad Request'}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
        );
      } else socket.destroy();
    });
  }

  get config(): GatewayConfig {
    return this.context.runtime.config;
  }

  async listen(port = this.config.server.port, host = this.config.server.host): Promise<AddressInfo> {
    await new Promise<void>((resolve, reject) => {
      this.server.once('error', reject);
      this.server.listen(port, host, () => {
        this.server.off('error', reject);
        resolve();
      });
    });
    return this.server.address() as AddressInfo;
  }

  /** Replace the route attestations (after the checks ran again) and report each as an event. */
  setAttestations(attestations: ReadonlyMap<string, RouteAttestation>): void {
    this.context.attestations = attestations;
    this.reportAttestations([...attestations]);
  }

  /**
   * Replace one route's attestation: a re-check after its model files changed. `report: false`
   * (the checks are still running) refuses the route without writing a result event.
   */
  setRouteAttestation(routeId: string, result: RouteAttestation, options: { report?: boolean } = {}): void {
    const next = new Map(this.context.attestations);
    next.set(routeId, result);
    this.context.attestations = next;
    if (options.report !== false) this.reportAttestations([[routeId, result]]);
  }

  private reportAttestations(results: ReadonlyArray<readonly [string, RouteAttestation]>): void {
    const events = results.map(([routeId, result]) =>
      attestationEvent(routeId, this.config.routes.find((route) => route.id === routeId)?.models[0], result),
    );
    if (events.length === 0) return;
    Promise.resolve(this.context.sink.write(events)).catch((error: unknown) =>
      this.context.logger.error({ err: error }, 'writing attestation results failed'),
    );
  }

  /**
   * Swap in a new config (already validated). Limiter counters start afresh; in-flight requests
   * finish on the old one. server.tls files are re-read (new connections get the new certificate);
   * turning TLS or client certificates on or off needs a restart and fails the reload.
   */
  reload(config: GatewayConfig): void {
    const tls = config.server.tls;
    if (
      (tls !== undefined) !== 'setSecureContext' in this.server ||
      (tls?.ca !== undefined) !== this.tlsClientCa
    )
      throw new RampartError(
        'RAMPART_CONFIG_INVALID',
        'server.tls (or its ca) was added or removed: restart the gateway to change how it listens',
      );
    const runtime = new Runtime(config, this.context.state);
    if (tls) {
      try {
        reloadListenerTls(this.server, tls, 'server.tls');
      } catch (error) {
        void runtime.close().catch(() => undefined);
        throw error;
      }
    }
    const previous = this.context.runtime;
    this.context.runtime = runtime;
    previous
      .close()
      .catch((error: unknown) =>
        this.context.logger.warn({ err: error }, 'closing old upstream pools failed'),
      );
  }

  /** Metrics and one event per change of the shared state's availability. */
  private watchState(state: RedisState): void {
    const { metrics, sink, logger } = this.context;
    metrics.stateAvailable.set({ backend: 'redis' }, state.available ? 1 : 0);
    state.onFallback((kind) => metrics.stateFallbacks.inc({ kind }));
    const report = (available: boolean, reason?: string) => {
      metrics.stateAvailable.set({ backend: 'redis' }, available ? 1 : 0);
      const event = createEvent({
        source: 'gateway',
        kind: available ? 'state.recovered' : 'state.unavailable',
        severity: available ? 'info' : 'high',
        attrs: {
          backend: 'redis',
          instance: state.instanceId,
          limits_when_unavailable: state.config.limitsWhenUnavailable,
          ...(reason && !available ? { reason } : {}),
        },
      });
      Promise.resolve()
        .then(() => sink.write([event]))
        .catch((error: unknown) => logger.error({ err: error }, 'writing a state event failed'));
    };
    state.onAvailability(report);
    // Started while Redis was unreachable: that is an outage too.
    if (!state.available) report(false, state.status().reason);
  }

  /** Metrics, a log line and one event per change of the PostgreSQL store's availability. */
  private watchStore(health: StoreHealth): void {
    const { metrics, sink, logger } = this.context;
    const { backend, available } = health.status();
    metrics.storeAvailable.set({ backend }, available ? 1 : 0);
    health.onAvailability((availableNow, reason) => {
      metrics.storeAvailable.set({ backend }, availableNow ? 1 : 0);
      logger[availableNow ? 'info' : 'warn'](
        { store: backend, available: availableNow, reason },
        availableNow ? 'store available again' : 'store unavailable; last known keys and controls in force',
      );
      const event = createEvent({
        source: 'gateway',
        kind: availableNow ? 'store.recovered' : 'store.unavailable',
        severity: availableNow ? 'info' : 'high',
        attrs: { backend, ...(reason && !availableNow ? { reason } : {}) },
      });
      // With the event store in the same database, this write fails while it is down (and is logged).
      Promise.resolve()
        .then(() => sink.write([event]))
        .catch((error: unknown) => logger.error({ err: error }, 'writing a store event failed'));
    });
  }

  /** Stop accepting, let in-flight requests finish (bounded), write counted refusals, close pools. Once. */
  close(timeoutMs = 10_000): Promise<void> {
    this.closing ??= this.shutdown(timeoutMs);
    return this.closing;
  }

  private async shutdown(timeoutMs: number): Promise<void> {
    const closed = new Promise<void>((resolve) => this.server.close(() => resolve()));
    this.server.closeIdleConnections();
    const timer = setTimeout(() => this.server.closeAllConnections(), timeoutMs);
    await closed;
    clearTimeout(timer);
    clearInterval(this.refusalFlush);
    await this.flushRefusals(true);
    await this.context.runtime.close();
  }

  /** Write the counted refusals of ended windows (all of them at shutdown). */
  private async flushRefusals(all: boolean): Promise<void> {
    const events = this.context.refusals.drain(all);
    if (events.length === 0) return;
    try {
      await this.context.sink.write(events);
    } catch (error) {
      this.context.logger.error({ err: error, events: events.length }, 'writing counted refusals failed');
    }
  }

  async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const context = this.context;
    const runtime = context.runtime;
    const startedAt = performance.now();
    const lookup = runtime.routes.lookup(request.method ?? 'GET', request.url ?? '/');
    const match = 'found' in lookup ? lookup.found : undefined;
    const exchange: Exchange = {
      requestId: uuidv7(),
      startedAt,
      request,
      response,
      clientIp: clientAddressOf(request, runtime.trustedProxies),
      route: match?.route ?? notFoundRoute,
      subPath: match?.subPath ?? '',
      action: 'invoke',
      decision: 'allow',
      status: 200,
      usage: { estimated: false },
      reservedTokens: 0,
      responseBytes: 0,
      sse: false,
      quiet: false,
      events: [],
      cleanups: [],
      signal: new ClientSignal(response),
      attrs: {},
    };
    context.metrics.inFlight.inc();
    let completed = false;
    const complete = async (writeFinal: () => void) => {
      await this.finish(exchange);
      completed = true;
      writeFinal();
    };
    if (request.method === 'GET' && request.url === '/.well-known/jwks.json' && runtime.signingKey) {
      context.metrics.inFlight.dec();
      const body = JSON.stringify({ keys: [publicJwk(runtime.signingKey)] });
      response.writeHead(200, { 'content-type': 'application/jwk-set+json', 'cache-control': 'max-age=300' });
      response.end(body);
      return;
    }
    try {
      if (!match) throw routeError((lookup as { error: RouteLookupError }).error, request.method ?? 'GET');
      if (match.route.config.allowExport && match.subPath) exchange.action = 'export';
      for (const [, stage] of stages) {
        const result = stage(context, exchange);
        if (result) await result;
      }
      await forward(context, exchange, complete);
    } catch (thrown) {
      if (!completed) await this.fail(exchange, thrown);
    } finally {
      for (const cleanup of exchange.cleanups) cleanup();
      context.metrics.inFlight.dec();
      context.metrics.requests.inc({
        route: exchange.route.id,
        status: exchange.status,
        decision: exchange.decision,
      });
      context.metrics.decisions.inc({ decision: exchange.decision });
      context.metrics.latency.observe({ route: exchange.route.id }, (performance.now() - startedAt) / 1000);
    }
  }

  /** Settle token usage and commit the audit event; fail closed if the store refuses. */
  private async finish(exchange: Exchange): Promise<void> {
    const principal = exchange.principal?.name;
    if (principal && exchange.reservedTokens > 0) {
      const used = (exchange.usage.inputTokens ?? 0) + (exchange.usage.outputTokens ?? 0);
      await this.context.runtime.limiters.settleTokens(principal, exchange.reservedTokens, used);
      exchange.reservedTokens = 0;
    }
    try {
      const written = writeAudit(this.context, exchange);
      if (written) await written;
    } catch (error) {
      this.context.logger.error({ err: error, request_id: exchange.requestId }, 'audit write failed');
      throw new RampartError('RAMPART_AUDIT_FAILED', 'the request could not be audited and was refused', {
        cause: error,
      });
    }
  }

  private async fail(exchange: Exchange, thrown: unknown): Promise<void> {
    const error = RampartError.is(thrown)
      ? thrown
      : toRampartError(thrown, 'RAMPART_INTERNAL', 'internal error');
    if (error.code === 'RAMPART_INTERNAL')
      this.context.logger.error({ err: thrown, request_id: exchange.requestId }, 'request failed');
    exchange.status = error.status;
    exchange.errorCode = error.code;
    exchange.decision =
      error.status === 401 ||
      error.status === 403 ||
      error.status === 413 ||
      error.status === 429 ||
      error.status === 503
        ? 'block'
        : exchange.decision;
    const details = error.details as { limit?: string; retryAfterSeconds?: number } | undefined;
    const headers: Record<string, string> = { 'x-request-id': exchange.requestId };
    if (details?.limit) {
      exchange.limitHit = details.limit;
      headers['x-rampart-limit'] = details.limit;
      this.context.metrics.limitRejections.inc({ limit: details.limit });
    }
    if (error.status === 429 || error.status === 503)
      headers['retry-after'] = String(details?.retryAfterSeconds ?? 1);
    if (error.status === 429 && exchange.principal) {
      exchange.events.push(limitEvent(exchange, details?.limit ?? error.code));
    }
    if (exchange.principal && exchange.reservedTokens > 0) {
      await this.context.runtime.limiters.settleTokens(exchange.principal.name, exchange.reservedTokens, 0);
      exchange.reservedTokens = 0;
    }
    let auditError: RampartError | undefined;
    try {
      const written = writeAudit(this.context, exchange);
      if (written) await written;
    } catch (cause) {
      this.context.logger.error({ err: cause, request_id: exchange.requestId }, 'audit write failed');
      auditError = new RampartError(
        'RAMPART_AUDIT_FAILED',
        'the request could not be audited and was refused',
        { cause },
      );
    }
    const response = exchange.response;
    if (response.headersSent) {
      // Mid-stream: end an SSE stream with a well-formed error event; otherwise cut the connection.
      if (exchange.sse && !response.destroyed) {
        response.end(`event: error\ndata: ${renderErrorBody(error)}\n\n`);
      } else response.destroy();
      return;
    }
    sendError(response, auditError ?? error, headers);
  }
}

function limitEvent(exchange: Exchange, limit: string): SecurityEvent {
  return createEvent({
    source: 'gateway',
    kind: 'limit.rejected',
    severity: 'low',
    principal: exchange.principal?.name,
    model: exchange.model,
    route: exchange.route.id,
    client_ip: exchange.clientIp,
    decision: 'block',
    attrs: {
      limit,
      request_id: exchange.requestId,
      ...(exchange.principal?.credentialId ? { credential_id: exchange.principal.credentialId } : {}),
    },
    frameworks: ['LLM10:2025'],
  });
}
