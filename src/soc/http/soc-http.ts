import type { ServerResponse } from 'node:http';
import type { Context, Hono } from 'hono';
import type { Logger } from 'pino';
import type { z } from 'zod';
import { type HttpEnv, readJsonBody, validateInput } from '../../core/http/index.ts';
import type { EventSink, GatewayConfig, ListenerTlsConfig, SecurityEvent } from '../../core/index.ts';
import type { AlertManager } from '../alerts/alert-manager.ts';
import type { GatewayAdminClient } from '../responses/gateway-admin-client.ts';
import type { RulesEngine } from '../rules/rules-engine.ts';
import type { EventBus } from '../soc-runtime.ts';
import type { EventStore } from '../store/event-store.ts';
import type { Session, SessionStore } from './session-store.ts';

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
  /** Mark cookies Secure (always on when `tls` is set: the SOC is served over HTTPS). */
  secureCookies?: boolean;
  /** Serve HTTPS with these files (server.tls in soc.yaml); re-read with `reloadTls`. */
  tls?: ListenerTlsConfig;
  /** At most this many live event streams at once (default 100). */
  maxStreams?: number;
}

/** Route builders that can be swapped (defaults: buildComplianceReport over the store and rules, toOcsf). */
export interface SocServerExtensions {
  compliance?: (framework: string, from: string | undefined, to: string | undefined) => Promise<unknown>;
  ocsf?: (event: SecurityEvent) => unknown;
  /**
   * Feature attributions for a predict-route event (POST /api/events/:id/explain). The SOC knows no
   * model endpoint: the caller that composes it (`rampart soc serve` with `explain:` in soc.yaml)
   * supplies this. Without it the route answers 503.
   */
  explain?: (event: SecurityEvent) => Promise<unknown>;
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
  /** Operator log (JSON lines); every 5xx is logged here with its request id (default: pino at warn). */
  logger?: Logger;
}

/** Who is calling: the admin bearer token or a console session. */
export interface Principal {
  kind: 'admin' | 'session';
  actor: string;
  session?: Session;
}

export type SocEnv = HttpEnv<{ principal: Principal }>;
export type SocApp = Hono<SocEnv>;

/** What the route modules share: the SOC's parts and the server's settings, resolved once. */
export interface SocRouteContext {
  options: SocServerOptions;
  store: EventStore;
  engine: RulesEngine;
  alerts: AlertManager;
  sink: EventSink;
  bus: EventBus | undefined;
  sessions: SessionStore;
  sessionTtlMs: number;
  maxBodyBytes: number;
  /** Open live streams (ended on close). */
  streams: Set<ServerResponse>;
}

/** Validate a SOC query or body: RAMPART_SOC_REQUEST_INVALID (400) listing every problem. */
export const socInput = <Schema extends z.ZodType>(schema: Schema, value: unknown, where: string) =>
  validateInput(schema, value, 'RAMPART_SOC_REQUEST_INVALID', where);

/** Read a JSON body sent as application/json, at most `maxBytes` (413 RAMPART_SOC_BODY_TOO_LARGE). */
export const readSocBody = <Schema extends z.ZodType>(context: Context, schema: Schema, maxBytes: number) =>
  readJsonBody(context.req.raw, schema, {
    maxBytes,
    tooLargeCode: 'RAMPART_SOC_BODY_TOO_LARGE',
    invalidCode: 'RAMPART_SOC_REQUEST_INVALID',
  });

export const searchParameters = (context: Context): URLSearchParams => new URL(context.req.url).searchParams;
