import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import {
  alertStatuses,
  constantTimeEqual,
  createEvent,
  decisions,
  type EventQuery,
  type EventSink,
  eventSources,
  type GatewayConfig,
  RampartError,
  type SecurityEvent,
  severities,
} from '../../core/index.ts';
import type { AlertManager } from '../alerts/alert-manager.ts';
import { buildComplianceReport } from '../compliance/compliance-report.ts';
import { toSecurityEvent } from '../event-schema.ts';
import { toOcsf } from '../export/ocsf.ts';
import type { GatewayAdminClient } from '../responses/gateway-admin-client.ts';
import type { ResponseRequest } from '../responses/response-executor.ts';
import { parseDuration } from '../rules/duration.ts';
import type { RulesEngine } from '../rules/rules-engine.ts';
import { type EventBus, SocSink } from '../soc-runtime.ts';
import type { EventStore } from '../store/event-store.ts';
import { openEventStream } from './event-stream.ts';
import { parseCookies, readJson, sendError, sendJson, validate } from './http-kit.ts';
import { type Session, SessionStore } from './session-store.ts';
import { serveStatic } from './static-files.ts';

export interface SocServerConfig {
  /** Admin token: console login and `Authorization: Bearer` for tools. At least 16 characters. */
  adminToken: string;
  /** Tokens accepted on POST /events (reporters: gateways, CI tools). The admin token works too. */
  ingestTokens?: readonly string[];
  /** The console's build output, served at / with an SPA fallback. */
  staticDir?: string;
  /** Most events in one POST /events batch (default 1000). */
  maxBatchEvents?: number;
  /** Largest request body in bytes (default 4 MiB). */
  maxBodyBytes?: number;
  /** Console session lifetime (default 12h). */
  sessionTtl?: string;
  /** Mark cookies Secure (set when the SOC is served over HTTPS). */
  secureCookies?: boolean;
  /** At most this many live event streams at once (default 100). */
  maxStreams?: number;
}

/** Route builders that can be swapped (defaults: buildComplianceReport over the store and rules, toOcsf). */
export interface SocServerExtensions {
  compliance?: (framework: string, from: string | undefined, to: string | undefined) => Promise<unknown>;
  ocsf?: (event: SecurityEvent) => unknown;
}

export interface SocServerOptions {
  store: EventStore;
  engine: RulesEngine;
  alerts: AlertManager;
  bus?: EventBus;
  /** Where ingested events go (default: a SocSink over store, engine and alerts). */
  sink?: EventSink;
  config: SocServerConfig;
  extensions?: SocServerExtensions;
  /** The gateway admin API (keys, blocks, limit overrides views and actions); 503 on those routes without it. */
  gateway?: GatewayAdminClient;
  /**
   * The gateway's config, for the compliance report (read on each report, so a reloaded config
   * shows): gateway features it turns on show as configured. Without it they read "unknown (no
   * gateway config given)" until their own events are seen.
   */
  gatewayConfig?: () => GatewayConfig;
}

export interface SocServer {
  server: Server;
  /** Listen (default 127.0.0.1, port 0) and return the base URL. */
  listen(port?: number, host?: string): Promise<string>;
  close(): Promise<void>;
}

const sessionCookie = 'rampart_session';
const csrfCookie = 'rampart_csrf';

type Principal = { kind: 'admin' | 'session' | 'ingest'; actor: string; session?: Session };

interface RouteContext {
  request: IncomingMessage;
  response: ServerResponse;
  url: URL;
  params: string[];
  principal: Principal;
}

const listParam = (url: URL, name: string): string[] | undefined => {
  const values = url.searchParams
    .getAll(name)
    .flatMap((value) => value.split(','))
    .filter((value) => value !== '');
  return values.length > 0 ? values : undefined;
};

const eventQuerySchema = z.strictObject({
  from: z.string().optional(),
  to: z.string().optional(),
  kind: z.array(z.string().max(128)).max(50).optional(),
  source: z.enum(eventSources).optional(),
  principal: z.string().max(512).optional(),
  model: z.string().max(512).optional(),
  route: z.string().max(512).optional(),
  severity: z.array(z.enum(severities)).optional(),
  minSeverity: z.enum(severities).optional(),
  decision: z.array(z.enum(decisions)).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  cursor: z.string().max(200).optional(),
  order: z.enum(['asc', 'desc']).optional(),
});

function eventQueryFrom(url: URL): EventQuery {
  const raw: Record<string, unknown> = {};
  for (const name of [
    'from',
    'to',
    'source',
    'principal',
    'model',
    'route',
    'minSeverity',
    'limit',
    'cursor',
    'order',
  ]) {
    const value = url.searchParams.get(name);
    if (value !== null && value !== '') raw[name] = value;
  }
  for (const name of ['kind', 'severity', 'decision']) {
    const values = listParam(url, name);
    if (values) raw[name] = values;
  }
  const parsed = validate(eventQuerySchema, raw, 'query string');
  const query: EventQuery = {};
  for (const [key, value] of Object.entries(parsed)) {
    if (value !== undefined) (query as Record<string, unknown>)[key] = value;
  }
  return query;
}

const ingestSchema = z.strictObject({ events: z.array(z.unknown()).min(1) });

const alertActionSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('acknowledge') }),
  z.strictObject({ action: z.literal('resolve') }),
  z.strictObject({ action: z.literal('assign'), assignee: z.string().min(1).max(128) }),
  z.strictObject({ action: z.literal('note'), text: z.string().min(1).max(4000) }),
]);

const ttl = z.union([z.string().max(16), z.number().positive()]).optional();
const respondSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('revoke_key'), key: z.string().min(1).max(256).optional() }),
  z.strictObject({
    action: z.literal('block'),
    target: z.enum(['principal', 'ip']),
    value: z.string().min(1).max(512).optional(),
    scope: z.enum(['all', 'unauthenticated']).optional(),
    ttl,
  }),
  z.strictObject({
    action: z.literal('tighten_limit'),
    principal: z.string().min(1).max(512).optional(),
    requestsPerMinute: z.number().int().min(0).max(1_000_000),
    ttl,
  }),
]);

const loginSchema = z.strictObject({
  token: z.string().min(1).max(4096),
  user: z.string().min(1).max(64).optional(),
});

const scanKinds = {
  model: ['model.scan.result', 'model.verify.result'],
  data: ['data.gate.result'],
  redteam: ['redteam.run.result'],
};

/**
 * The SOC's HTTP API (docs/soc-api.md): event ingestion for reporters, the console's JSON API,
 * a live event stream (SSE) and the console's static files. Console sessions use an HttpOnly,
 * SameSite=Strict cookie plus a double-submit CSRF token; tools use `Authorization: Bearer`.
 */
export function createSocServer(options: SocServerOptions): SocServer {
  const { store, engine, alerts, config } = options;
  if (typeof config.adminToken !== 'string' || config.adminToken.length < 16) {
    throw new RampartError('RAMPART_CONFIG_INVALID', 'soc.adminToken must be at least 16 characters');
  }
  const sink =
    options.sink ?? new SocSink({ store, engine, alerts, ...(options.bus ? { bus: options.bus } : {}) });
  const bus = options.bus ?? (sink instanceof SocSink ? sink.bus : undefined);
  const maxBatch = config.maxBatchEvents ?? 1000;
  const maxBody = config.maxBodyBytes ?? 4 * 1024 * 1024;
  const sessionTtlMs = parseDuration(config.sessionTtl ?? '12h', 'soc.sessionTtl');
  const sessions = new SessionStore(sessionTtlMs);
  const streams = new Set<ServerResponse>();
  const maxStreams = config.maxStreams ?? 100;
  const ingestTokens = [config.adminToken, ...(config.ingestTokens ?? [])];

  const bearer = (request: IncomingMessage): string | undefined => {
    const header = request.headers.authorization;
    if (!header?.startsWith('Bearer ')) return undefined;
    return header.slice(7).trim();
  };
  const matchesAny = (token: string, candidates: readonly string[]) =>
    candidates.reduce((found, candidate) => constantTimeEqual(token, candidate) || found, false);

  const unauthorized = () =>
    new RampartError(
      'RAMPART_SOC_UNAUTHORIZED',
      'sign in to the console or send `Authorization: Bearer <admin token>`',
    );

  /** Who is calling /api: the admin bearer token, or a console session (CSRF-checked when it changes state). */
  const authenticate = (request: IncomingMessage): Principal => {
    const token = bearer(request);
    if (token !== undefined) {
      if (matchesAny(token, [config.adminToken])) return { kind: 'admin', actor: 'api' };
      throw unauthorized();
    }
    const cookies = parseCookies(request.headers.cookie);
    const session = sessions.get(cookies.get(sessionCookie));
    if (!session) throw unauthorized();
    const method = request.method ?? 'GET';
    if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) {
      const header = request.headers['x-csrf-token'];
      const given = typeof header === 'string' ? header : '';
      const cookie = cookies.get(csrfCookie) ?? '';
      if (
        !given ||
        !constantTimeEqual(given, session.csrfToken) ||
        !constantTimeEqual(cookie, session.csrfToken)
      ) {
        throw new RampartError('RAMPART_SOC_CSRF', 'missing or wrong X-CSRF-Token header');
      }
    }
    return { kind: 'session', actor: (session as Session & { user?: string }).user ?? 'console', session };
  };

  const cookieAttributes = (maxAgeSeconds: number) =>
    `Path=/; SameSite=Strict; Max-Age=${maxAgeSeconds}${config.secureCookies ? '; Secure' : ''}`;

  const routes: Array<{
    method: string;
    pattern: RegExp;
    handler: (context: RouteContext) => Promise<void> | void;
  }> = [];
  const route = (method: string, pattern: RegExp, handler: (context: RouteContext) => Promise<void> | void) =>
    routes.push({ method, pattern, handler });

  route('GET', /^\/api\/events$/, async ({ url, response }) => {
    sendJson(response, 200, await store.query(eventQueryFrom(url)));
  });
  route('GET', /^\/api\/events\/stream$/, ({ url, request, response }) => {
    if (!bus)
      throw new RampartError('RAMPART_SOC_UNAVAILABLE', 'no live event source is attached to this SOC');
    if (streams.size >= maxStreams)
      throw new RampartError('RAMPART_SOC_UNAVAILABLE', 'too many live streams are open');
    const kinds = listParam(url, 'kind');
    const minSeverity = url.searchParams.get('minSeverity') ?? undefined;
    if (minSeverity !== undefined && !(severities as readonly string[]).includes(minSeverity)) {
      throw new RampartError(
        'RAMPART_SOC_REQUEST_INVALID',
        'minSeverity must be one of info|low|medium|high|critical',
      );
    }
    streams.add(response);
    openEventStream(request, response, bus, {
      ...(kinds ? { kinds } : {}),
      ...(minSeverity ? { minSeverity: minSeverity as SecurityEvent['severity'] } : {}),
      onClose: () => streams.delete(response),
    });
  });
  route('GET', /^\/api\/events\/([0-9a-f-]{36})$/, async ({ params, response }) => {
    const event = await store.get(params[0]!);
    if (!event) throw new RampartError('RAMPART_NOT_FOUND', `no event ${params[0]}`);
    sendJson(response, 200, event);
  });
  route('GET', /^\/api\/alerts$/, async ({ url, response }) => {
    const status = listParam(url, 'status');
    const parsed = validate(
      z.strictObject({
        status: z.array(z.enum(alertStatuses)).optional(),
        ruleId: z.string().max(64).optional(),
        limit: z.coerce.number().int().min(1).max(500).optional(),
        cursor: z.string().max(200).optional(),
      }),
      {
        ...(status ? { status } : {}),
        ...(url.searchParams.get('rule') ? { ruleId: url.searchParams.get('rule') } : {}),
        ...(url.searchParams.get('limit') ? { limit: url.searchParams.get('limit') } : {}),
        ...(url.searchParams.get('cursor') ? { cursor: url.searchParams.get('cursor') } : {}),
      },
      'query string',
    );
    const page = await alerts.list({
      ...(parsed.status ? { status: parsed.status } : {}),
      ...(parsed.ruleId ? { ruleId: parsed.ruleId } : {}),
      ...(parsed.limit ? { limit: parsed.limit } : {}),
      ...(parsed.cursor ? { cursor: parsed.cursor } : {}),
    });
    sendJson(response, 200, { ...page, counts: await alerts.countByStatus() });
  });
  route('GET', /^\/api\/alerts\/([0-9a-f-]{36})$/, async ({ params, response }) => {
    const alert = await alerts.get(params[0]!);
    if (!alert) throw new RampartError('RAMPART_NOT_FOUND', `no alert ${params[0]}`);
    sendJson(response, 200, alert);
  });
  route('POST', /^\/api\/alerts\/([0-9a-f-]{36})$/, async ({ params, request, response, principal }) => {
    const body = await readJson(request, alertActionSchema, maxBody);
    const id = params[0]!;
    const alert =
      body.action === 'acknowledge'
        ? await alerts.acknowledge(id, principal.actor)
        : body.action === 'resolve'
          ? await alerts.resolve(id, principal.actor)
          : body.action === 'assign'
            ? await alerts.assign(id, body.assignee, principal.actor)
            : await alerts.addNote(id, body.text, principal.actor);
    sendJson(response, 200, alert);
  });
  route(
    'POST',
    /^\/api\/alerts\/([0-9a-f-]{36})\/respond$/,
    async ({ params, request, response, principal }) => {
      const body = (await readJson(request, respondSchema, maxBody)) as ResponseRequest;
      const result = await alerts.respond(params[0]!, body, principal.actor);
      sendJson(response, result.response.status === 'failed' ? 502 : 200, result);
    },
  );
  route(
    'POST',
    /^\/api\/alerts\/([0-9a-f-]{36})\/responses\/([0-9a-f-]{36})\/revert$/,
    async ({ params, response, principal }) => {
      sendJson(response, 200, await alerts.revert(params[0]!, params[1]!, principal.actor));
    },
  );
  route('GET', /^\/api\/rules$/, ({ response }) => {
    sendJson(response, 200, { rules: engine.status() });
  });
  route('POST', /^\/api\/rules\/([a-z0-9-]{1,64})$/, async ({ params, request, response, principal }) => {
    const body = await readJson(request, z.strictObject({ enabled: z.boolean() }), 16 * 1024);
    const status = engine.setEnabled(params[0]!, body.enabled);
    await sink.write([
      createEvent({
        source: 'soc',
        kind: 'rule.updated',
        severity: 'info',
        attrs: { rule_id: status.id, enabled: status.enabled, actor: principal.actor },
      }),
    ]);
    sendJson(response, 200, status);
  });
  route('GET', /^\/api\/stats$/, async ({ url, response }) => {
    sendJson(response, 200, await stats(store, alerts, url));
  });
  route('GET', /^\/api\/principals$/, async ({ url, response }) => {
    sendJson(response, 200, await principals(store, url));
  });
  route('GET', /^\/api\/scans$/, async ({ response }) => {
    const out: Record<string, SecurityEvent[]> = {};
    for (const [area, kinds] of Object.entries(scanKinds)) {
      out[area] = (await store.query({ kind: kinds, limit: 20 })).events;
    }
    sendJson(response, 200, out);
  });
  route('GET', /^\/api\/compliance$/, async ({ url, response }) => {
    const framework = url.searchParams.get('framework') ?? 'owasp-llm';
    const compliance =
      options.extensions?.compliance ??
      ((name: string, from: string | undefined, to: string | undefined) =>
        buildComplianceReport({
          store,
          framework: name,
          rules: engine.status(),
          responses: options.gateway !== undefined,
          ...(options.gatewayConfig ? { gatewayConfig: options.gatewayConfig() } : {}),
          ...(from ? { from } : {}),
          ...(to ? { to } : {}),
        }));
    sendJson(
      response,
      200,
      await compliance(
        framework,
        url.searchParams.get('from') ?? undefined,
        url.searchParams.get('to') ?? undefined,
      ),
    );
  });
  route('GET', /^\/api\/export\/ocsf$/, async ({ url, response }) => {
    const limit = validate(
      z.coerce.number().int().min(1).max(1000).default(500),
      url.searchParams.get('limit') ?? undefined,
      'limit',
    );
    const cursor = url.searchParams.get('cursor') ?? undefined;
    const page = await store.query({ order: 'asc', limit, ...(cursor ? { cursor } : {}) });
    const toOcsfEvent = options.extensions?.ocsf ?? toOcsf;
    sendJson(response, 200, {
      events: page.events.map((event) => toOcsfEvent(event)),
      // Always a cursor: pass it back to receive only what arrived since; never skips or repeats.
      cursor: page.endCursor ?? cursor ?? null,
      more: page.nextCursor !== undefined,
    });
  });
  const gatewayClient = () => {
    if (!options.gateway) {
      throw new RampartError('RAMPART_SOC_UNAVAILABLE', 'no gateway admin API is configured for this SOC');
    }
    return options.gateway;
  };
  route('GET', /^\/api\/gateway\/keys$/, async ({ response }) => {
    sendJson(response, 200, { keys: await gatewayClient().listKeys() });
  });
  route('GET', /^\/api\/gateway\/blocks$/, async ({ response }) => {
    sendJson(response, 200, { blocks: await gatewayClient().listBlocks() });
  });
  route('GET', /^\/api\/gateway\/overrides$/, async ({ response }) => {
    sendJson(response, 200, { overrides: await gatewayClient().listLimitOverrides() });
  });
  const manualAction = async (
    action: string,
    target: string,
    actor: string,
    work: () => Promise<unknown>,
  ) => {
    const result = await work();
    await sink.write([
      createEvent({
        source: 'soc',
        kind:
          action === 'unblock' || action === 'remove_override' ? 'response.reverted' : 'response.executed',
        severity: 'info',
        decision: 'block',
        attrs: { action, target, status: 'executed', requested_by: actor, reversible: action === 'block' },
      }),
    ]);
    return result;
  };
  route('POST', /^\/api\/gateway\/keys\/([^/]+)\/revoke$/, async ({ params, response, principal }) => {
    const id = decodeURIComponent(params[0]!);
    sendJson(
      response,
      200,
      await manualAction('revoke_key', id, principal.actor, () => gatewayClient().revokeKey(id)),
    );
  });
  route('POST', /^\/api\/gateway\/blocks\/([^/]+)\/delete$/, async ({ params, response, principal }) => {
    const id = decodeURIComponent(params[0]!);
    await manualAction('unblock', id, principal.actor, () => gatewayClient().unblock(id));
    sendJson(response, 200, { id, deleted: true });
  });
  route('POST', /^\/api\/gateway\/overrides\/([^/]+)\/delete$/, async ({ params, response, principal }) => {
    const id = decodeURIComponent(params[0]!);
    await manualAction('remove_override', id, principal.actor, () => gatewayClient().removeLimitOverride(id));
    sendJson(response, 200, { id, deleted: true });
  });
  route('GET', /^\/api\/session$/, ({ response, principal }) => {
    sendJson(response, 200, {
      authenticated: true,
      via: principal.kind,
      user: principal.actor,
      ...(principal.session ? { csrfToken: principal.session.csrfToken } : {}),
    });
  });
  route('POST', /^\/api\/logout$/, ({ response, principal }) => {
    if (principal.session) sessions.delete(principal.session.id);
    sendJson(
      response,
      200,
      { ok: true },
      {
        'set-cookie': [
          `${sessionCookie}=; HttpOnly; ${cookieAttributes(0)}`,
          `${csrfCookie}=; ${cookieAttributes(0)}`,
        ],
      },
    );
  });

  // Failed logins per client address in the current minute: past 10, refuse until the minute ends.
  const loginFailures = new Map<string, { count: number; resetAt: number }>();
  const handleLogin = async (request: IncomingMessage, response: ServerResponse) => {
    const address = request.socket.remoteAddress ?? 'unknown';
    const now = Date.now();
    const failures = loginFailures.get(address);
    if (failures && failures.resetAt > now && failures.count >= 10) {
      throw new RampartError(
        'RAMPART_SOC_LOGIN_THROTTLED',
        'too many failed logins from this address; wait a minute',
      );
    }
    const body = await readJson(request, loginSchema, 16 * 1024);
    if (!constantTimeEqual(body.token, config.adminToken)) {
      const current = failures && failures.resetAt > now ? failures : { count: 0, resetAt: now + 60_000 };
      current.count++;
      loginFailures.set(address, current);
      if (loginFailures.size > 10_000) loginFailures.delete(loginFailures.keys().next().value as string);
      await sink.write([
        createEvent({
          source: 'soc',
          kind: 'auth.failure',
          severity: 'low',
          ...(request.socket.remoteAddress ? { client_ip: request.socket.remoteAddress } : {}),
          attrs: { reason: 'invalid_admin_token', surface: 'soc.console' },
        }),
      ]);
      throw new RampartError('RAMPART_SOC_UNAUTHORIZED', 'the token is not the admin token');
    }
    loginFailures.delete(address);
    const session = sessions.create();
    (session as Session & { user?: string }).user = body.user ?? 'console';
    const maxAge = Math.floor(sessionTtlMs / 1000);
    sendJson(
      response,
      200,
      {
        csrfToken: session.csrfToken,
        user: body.user ?? 'console',
        expiresAt: new Date(session.expiresAt).toISOString(),
      },
      {
        'set-cookie': [
          `${sessionCookie}=${session.id}; HttpOnly; ${cookieAttributes(maxAge)}`,
          `${csrfCookie}=${session.csrfToken}; ${cookieAttributes(maxAge)}`,
        ],
      },
    );
  };

  const handleIngest = async (request: IncomingMessage, response: ServerResponse) => {
    const token = bearer(request);
    if (token === undefined || !matchesAny(token, ingestTokens)) {
      throw new RampartError(
        'RAMPART_SOC_UNAUTHORIZED',
        'send `Authorization: Bearer <ingest token>` to POST /events',
      );
    }
    const body = await readJson(request, ingestSchema, maxBody);
    if (body.events.length > maxBatch) {
      throw new RampartError(
        'RAMPART_SOC_BODY_TOO_LARGE',
        `a batch holds at most ${maxBatch} events (got ${body.events.length})`,
      );
    }
    const events = body.events.map((item, index) => toSecurityEvent(item, `events.${index}`));
    await sink.write(events);
    sendJson(response, 200, { accepted: events.length, ids: events.map((event) => event.id) });
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://soc.invalid');
    const method = request.method ?? 'GET';
    const path = url.pathname;
    if (path === '/events') {
      if (method !== 'POST') throw methodNotAllowed();
      return handleIngest(request, response);
    }
    if (path === '/api/health') return sendJson(response, 200, { status: 'ok' });
    if (path === '/api/login') {
      if (method !== 'POST') throw methodNotAllowed();
      return handleLogin(request, response);
    }
    if (path === '/api' || path.startsWith('/api/')) {
      const principal = authenticate(request);
      let pathMatched = false;
      for (const candidate of routes) {
        const match = candidate.pattern.exec(path);
        if (!match) continue;
        pathMatched = true;
        if (candidate.method !== method && !(candidate.method === 'GET' && method === 'HEAD')) continue;
        return candidate.handler({ request, response, url, params: match.slice(1), principal });
      }
      if (pathMatched) throw methodNotAllowed();
      throw new RampartError('RAMPART_NOT_FOUND', `no API route ${path}`);
    }
    if (method !== 'GET' && method !== 'HEAD') throw methodNotAllowed();
    serveStatic(config.staticDir, path, response, method === 'HEAD');
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => sendError(response, error));
  });
  server.headersTimeout = 15_000;
  server.requestTimeout = 60_000;

  return {
    server,
    listen: (port = 0, host = '127.0.0.1') =>
      new Promise((done, fail) => {
        server.once('error', fail);
        server.listen(port, host, () => {
          const address = server.address() as AddressInfo;
          const shownHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          done(`http://${shownHost}:${address.port}`);
        });
      }),
    close: () =>
      new Promise<void>((done) => {
        for (const stream of streams) stream.end();
        server.close(() => done());
        server.closeIdleConnections();
      }),
  };
}

function methodNotAllowed(): RampartError {
  return new RampartError('RAMPART_METHOD_NOT_ALLOWED', 'this path does not accept that method');
}

function timeRange(url: URL, defaultSpanMs: number): { from: Date; to: Date } {
  const to = url.searchParams.get('to') ? new Date(url.searchParams.get('to')!) : new Date(Date.now() + 1000);
  const from = url.searchParams.get('from')
    ? new Date(url.searchParams.get('from')!)
    : new Date(to.getTime() - defaultSpanMs);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
    throw new RampartError(
      'RAMPART_SOC_REQUEST_INVALID',
      'from and to must be ISO 8601 times with from before to',
    );
  }
  return { from, to };
}

const dayMs = 86_400_000;

/**
 * Counts over time buckets for the overview charts: requests, blocks, detections.
 * "blocks" are refused requests (`inference.request` with decision block), not every event that
 * carries a block decision: one refused prompt also yields guard.detection events, and CI scans
 * report block decisions too, which made "blocked" exceed "requests".
 */
async function stats(store: EventStore, alerts: AlertManager, url: URL) {
  const { from, to } = timeRange(url, dayMs);
  const span = to.getTime() - from.getTime();
  const requested = url.searchParams.get('bucket');
  let bucketMs = requested
    ? parseDuration(requested, 'bucket')
    : Math.max(60_000, Math.ceil(span / 48 / 60_000) * 60_000);
  bucketMs = Math.max(bucketMs, Math.ceil(span / 500), 1000);
  const range = { from: from.toISOString(), to: to.toISOString() };
  const seriesQueries: Record<string, EventQuery> = {
    requests: { ...range, kind: 'inference.request' },
    blocks: { ...range, kind: 'inference.request', decision: 'block' },
    detections: { ...range, kind: 'guard.detection' },
    alerts: { ...range, kind: 'alert.raised' },
  };
  const start = Math.floor(from.getTime() / bucketMs) * bucketMs;
  const buckets = new Map<number, Record<string, number>>();
  for (let time = start; time < to.getTime(); time += bucketMs) {
    buckets.set(time, { requests: 0, blocks: 0, detections: 0, alerts: 0 });
  }
  const totals: Record<string, number> = {};
  for (const [name, query] of Object.entries(seriesQueries)) {
    let total = 0;
    for (const row of await store.countBuckets(query, bucketMs)) {
      const bucket = buckets.get(Date.parse(row.bucket));
      if (bucket) bucket[name] = row.count;
      total += row.count;
    }
    totals[name] = total;
  }
  return {
    from: range.from,
    to: range.to,
    bucketMs,
    series: [...buckets.entries()].map(([time, counts]) => ({
      time: new Date(time).toISOString(),
      ...counts,
    })),
    totals: { ...totals, events: await store.count(range) },
    alerts: await alerts.countByStatus(),
    topPrincipals: await store.countBy('principal', { ...range, kind: 'inference.request' }, 10),
    topKinds: await store.countBy('kind', range, 10),
  };
}

/** Per principal: requests, blocks, detections and auth failures in the range (the console's principals view). */
async function principals(store: EventStore, url: URL) {
  const { from, to } = timeRange(url, dayMs);
  const range = { from: from.toISOString(), to: to.toISOString() };
  const rows = new Map<
    string,
    { principal: string; requests: number; blocks: number; detections: number; authFailures: number }
  >();
  const add = (
    values: Array<{ value: string; count: number }>,
    field: 'requests' | 'blocks' | 'detections' | 'authFailures',
  ) => {
    for (const { value, count } of values) {
      if (!value) continue;
      const row = rows.get(value) ?? {
        principal: value,
        requests: 0,
        blocks: 0,
        detections: 0,
        authFailures: 0,
      };
      row[field] = count;
      rows.set(value, row);
    }
  };
  add(await store.countBy('principal', { ...range, kind: 'inference.request' }, 100), 'requests');
  add(
    await store.countBy('principal', { ...range, kind: 'inference.request', decision: 'block' }, 100),
    'blocks',
  );
  add(await store.countBy('principal', { ...range, kind: 'guard.detection' }, 100), 'detections');
  add(await store.countBy('principal', { ...range, kind: 'auth.failure' }, 100), 'authFailures');
  return {
    from: range.from,
    to: range.to,
    principals: [...rows.values()].sort((left, right) => right.requests - left.requests),
  };
}
