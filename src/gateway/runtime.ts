import type { KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { Pool } from 'undici';
import {
  keysFromJwks,
  loadResponseSigningKey,
  RampartError,
  type ResponseSigningKey,
  type UpstreamConfig,
} from '../core/index.ts';
import { Admission } from './admission.ts';
import { Authoriser } from './authoriser.ts';
import { TrustedProxies } from './client-address.ts';
import { ClientCertificates } from './client-certificates.ts';
import type { GatewayConfig } from './config.ts';
import type { Principal } from './exchange.ts';
import { JwtVerifier } from './jwt-verifier.ts';
import { Limiters, type LimitStore } from './limiters.ts';
import { compilePredictPolicies, type PredictPolicy } from './predict/predict-policy.ts';
import { RedisLimits } from './redis-limits.ts';
import type { RedisState } from './redis-state.ts';
import { compileRouteGuards, type RouteGuard } from './route-guard.ts';
import { RouteTable } from './route-table.ts';
import { SlidingWindowLimit } from './sliding-window.ts';

export interface UpstreamTarget {
  readonly name: string;
  readonly config: UpstreamConfig;
  readonly pool: Pool;
  /** Base path of the upstream URL, without trailing slash ('' or '/openai'). */
  readonly basePath: string;
  /** Headers injected on every upstream request (credentials included). Never sent to clients. */
  readonly headers: Record<string, string>;
}

export interface ModelTarget {
  readonly name: string;
  readonly upstream: UpstreamTarget;
  /** Set when the upstream knows the model under another name. */
  readonly upstreamModel?: string;
}

function upstreamCa(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch (error) {
    throw new RampartError('RAMPART_TLS_FILES_INVALID', `cannot read an upstream's ca (${path})`, {
      cause: error,
    });
  }
}

/** Everything compiled from one config. Swapped whole on reload; per-request code does no setup. */
export class Runtime {
  readonly routes: RouteTable;
  readonly authoriser: Authoriser;
  readonly limiters: LimitStore;
  readonly admission: Admission;
  readonly jwt: JwtVerifier | undefined;
  /** Client-certificate authentication (auth.mtls), when configured. */
  readonly certificates: ClientCertificates | undefined;
  readonly trustedProxies: TrustedProxies;
  /** Failed authentications per client address in any one minute. */
  readonly unauthenticatedFailures: SlidingWindowLimit;
  /** Guard policy per route id (routes with guard: false have none). */
  readonly guards: Map<string, RouteGuard>;
  /** Input policy per predict route id (routes without `input:` have none). */
  readonly predictPolicies: Map<string, PredictPolicy>;
  readonly upstreams = new Map<string, UpstreamTarget>();
  readonly models = new Map<string, ModelTarget>();
  /** The key that signs answers on routes with `sign.enabled` (config `signing`). */
  readonly signingKey: ResponseSigningKey | undefined;
  /** Client keys of routes that require signed requests (`sign.clientKeys`), by route id. */
  readonly clientKeys = new Map<string, Map<string, KeyObject>>();
  /** Pre-serialised GET /v1/models bodies, per set of roles. */
  private readonly modelLists = new Map<string, string>();
  private readonly modelListCreated = Math.floor(Date.now() / 1000);

  /** `state`: the shared Redis state when the config names one (it outlives reloads). */
  constructor(
    readonly config: GatewayConfig,
    state?: RedisState,
  ) {
    this.routes = new RouteTable(config);
    this.signingKey = config.signing ? loadSigningKey(config.signing) : undefined;
    for (const route of config.routes)
      if (route.sign.clientKeys) this.clientKeys.set(route.id, loadClientKeys(route.sign.clientKeys));
    this.guards = compileRouteGuards(config);
    this.predictPolicies = compilePredictPolicies(config);
    this.authoriser = new Authoriser(config);
    this.limiters = state ? new RedisLimits(config.limits, state) : new Limiters(config.limits);
    const { global, maxQueue, queueTimeoutMs } = config.limits.concurrency;
    this.admission = new Admission(global, maxQueue, queueTimeoutMs);
    this.jwt = config.auth.jwt ? new JwtVerifier(config.auth.jwt) : undefined;
    this.certificates = config.auth.mtls ? new ClientCertificates(config.auth.mtls) : undefined;
    this.trustedProxies = new TrustedProxies(config.server.trustedProxies);
    this.unauthenticatedFailures = new SlidingWindowLimit(
      config.limits.unauthenticated.failuresPerMinute,
      60_000,
    );
    for (const [name, upstream] of Object.entries(config.upstreams)) {
      const url = new URL(upstream.url);
      const headers: Record<string, string> = { ...upstream.headers };
      if (upstream.apiKey) headers.authorization = `Bearer ${upstream.apiKey}`;
      this.upstreams.set(name, {
        name,
        config: upstream,
        pool: new Pool(url.origin, {
          ...(upstream.ca ? { connect: { ca: upstreamCa(upstream.ca) } } : {}),
          connections: upstream.connections,
          connectTimeout: upstream.connectTimeoutMs,
          headersTimeout: upstream.headersTimeoutMs,
          bodyTimeout: upstream.bodyTimeoutMs,
          keepAliveTimeout: 30_000,
        }),
        basePath: url.pathname.replace(/\/+$/, ''),
        headers,
      });
    }
    for (const model of config.models) {
      this.models.set(model.name, {
        name: model.name,
        upstream: this.upstreams.get(model.upstream)!,
        ...(model.upstreamModel ? { upstreamModel: model.upstreamModel } : {}),
      });
    }
  }

  /**
   * The GET /v1/models body for a principal: only the models some route serves and one of its
   * roles may invoke or stream there. Built once per set of roles.
   */
  modelListFor(principal: Principal): string {
    const rolesKey = JSON.stringify(principal.roles);
    let body = this.modelLists.get(rolesKey);
    if (body !== undefined) return body;
    const created = this.modelListCreated;
    const usable = this.config.models.filter((model) => this.usable(principal, model.name));
    body = JSON.stringify({
      object: 'list',
      data: usable.map((model) => ({ id: model.name, object: 'model', created, owned_by: 'rampart' })),
    });
    if (this.modelLists.size < 1_024) this.modelLists.set(rolesKey, body);
    return body;
  }

  private usable(principal: Principal, model: string): boolean {
    return this.routes.all.some(
      (route) =>
        route.kind !== 'models' &&
        route.allowsModel(model) &&
        (['invoke', 'stream'] as const).some(
          (action) => this.authoriser.decide(principal, route.id, model, action).allowed,
        ),
    );
  }

  /** Close upstream pools once in-flight requests finish, and the guards' model stages. */
  async close(): Promise<void> {
    await Promise.all([
      ...[...this.upstreams.values()].map((upstream) => upstream.pool.close()),
      ...[...new Set([...this.guards.values()].map((routeGuard) => routeGuard.guard))].map((guard) =>
        guard.close(),
      ),
    ]);
  }
}

function loadSigningKey(signing: NonNullable<GatewayConfig['signing']>): ResponseSigningKey {
  let pem = signing.privateKey;
  if (signing.privateKeyFile !== undefined) {
    try {
      pem = readFileSync(signing.privateKeyFile, 'utf8');
    } catch (error) {
      throw new RampartError('RAMPART_IO', `cannot read the signing key ${signing.privateKeyFile}`, {
        cause: error,
      });
    }
  }
  return loadResponseSigningKey(pem!, signing.keyId);
}

function loadClientKeys(path: string): Map<string, KeyObject> {
  try {
    return keysFromJwks(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new RampartError('RAMPART_CONFIG_INVALID', `cannot read the client keys (JWKS) ${path}`, {
      cause: error,
    });
  }
}
