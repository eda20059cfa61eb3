import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Context, Hono } from 'hono';
import { z } from 'zod';
import {
  bearerToken,
  createHttpApp,
  createNodeServer,
  type HttpEnv,
  parseEventQuery,
  readJsonBody,
  readListenerTls,
  sendJson,
  tokenMatcher,
} from '../core/http/index.ts';
import { type EventReader, type ListenerTlsConfig, RampartError } from '../core/index.ts';
import type { Gateway } from './gateway.ts';

export interface AdminServerOptions {
  gateway: Gateway;
  token: string;
  /** Reads events back for GET /admin/events (the SOC store). */
  events?: EventReader;
  /** Re-reads and validates the config file; throws RampartError when invalid (the old config stays). */
  reload?: () => Promise<void> | void;
  /** admin.tls: serve HTTPS; with a `ca`, a client certificate signed by it is required in the handshake. */
  tls?: ListenerTlsConfig;
}

const createKeySchema = z
  .object({
    name: z.string().min(1).max(200),
    principal: z.string().min(1).max(200),
    roles: z.array(z.string().min(1)).min(1),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .strict();

const blockSchema = z
  .object({
    type: z.enum(['principal', 'ip']),
    value: z.string().min(1).max(200),
    /** ip blocks: `all` (default) or only `unauthenticated` requests from the address. */
    scope: z.enum(['all', 'unauthenticated']).default('all'),
    ttlSeconds: z.number().int().positive(),
    reason: z.string().max(500).default(''),
  })
  .strict();

const overrideSchema = z
  .object({
    principal: z.string().min(1).max(200),
    requestsPerMinute: z.number().int().positive(),
    ttlSeconds: z.number().int().positive(),
    reason: z.string().max(500).default(''),
  })
  .strict();

const degradeSchema = z
  .object({
    principal: z.string().min(1).max(200),
    ttlSeconds: z.number().int().positive(),
    reason: z.string().max(500).default(''),
  })
  .strict();

const invalid = 'RAMPART_ADMIN_REQUEST_INVALID';

/** Read an admin request body (at most 64 KiB; an empty body reads as `{}`). */
const readBody = <Schema extends z.ZodType>(context: Context, schema: Schema) =>
  readJsonBody(context.req.raw, schema, {
    maxBytes: 64 * 1024,
    tooLargeCode: 'RAMPART_REQUEST_TOO_LARGE',
    invalidCode: invalid,
    requireJsonType: false,
    empty: {},
  });

const notFound = (what: string) => new RampartError('RAMPART_NOT_FOUND', `no such ${what}`);

/** The admin API as a Hono app (serve it with `createAdminServer`, or call `app.request()` in tests). */
export function createAdminApp(options: AdminServerOptions): Hono<HttpEnv> {
  const { gateway } = options;
  const app = createHttpApp({
    logger: gateway.context.logger,
    notFound: (method, path) => new RampartError('RAMPART_NOT_FOUND', `no admin endpoint ${method} ${path}`),
  });
  app.get('/healthz', (context) => sendJson(context, { status: 'ok' }));
  app.get('/readyz', (context) => {
    const listening = gateway.server.listening;
    // Shared state down is `degraded`, not unready: the documented fallback keeps serving, and taking
    // every instance out of the load balancer at once would turn a Redis outage into a full outage.
    // Without the failure reason: readyz needs no token, and the reason may name internal addresses.
    const full = gateway.context.state?.status();
    const shared = full ? { ...full, reason: undefined } : undefined;
    // The PostgreSQL store down is `degraded` too: every instance shares it (docs/deploy.md).
    const store = gateway.context.storeHealth?.status();
    const down = (shared && !shared.available) || (store && !store.available);
    const status = !listening ? 'starting' : down ? 'degraded' : 'ready';
    return sendJson(
      context,
      { status, ...(shared ? { state: shared } : {}), ...(store ? { store } : {}) },
      listening ? 200 : 503,
    );
  });
  const authorised = tokenMatcher([options.token]);
  app.use(async (context, next) => {
    if (!authorised(bearerToken(context.req.header('authorization')))) {
      throw new RampartError('RAMPART_ADMIN_UNAUTHORIZED', 'admin token missing or wrong');
    }
    await next();
  });
  const { keys, controls, metrics } = gateway.context;
  app.get('/metrics', async (context) =>
    context.body(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType }),
  );

  app.get('/admin/keys', async (context) => sendJson(context, { keys: await keys.list() }));
  app.post('/admin/keys', async (context) =>
    sendJson(context, await keys.create(await readBody(context, createKeySchema)), 201),
  );
  app.get('/admin/keys/:id', async (context) => {
    const record = await keys.get(context.req.param('id'));
    if (!record) throw notFound('key');
    return sendJson(context, record);
  });
  const revoke = async (context: Context) => {
    const record = await keys.revoke(context.req.param('id') ?? '');
    if (!record) throw notFound('key');
    // Every instance sharing state refuses it too (their key stores may be other files).
    if (record.revokedAt) controls.noteRevocation(record.id, record.revokedAt);
    return sendJson(context, { id: record.id, prefix: record.prefix, revokedAt: record.revokedAt });
  };
  app.post('/admin/keys/:id/revoke', revoke);
  app.delete('/admin/keys/:id', revoke);

  app.get('/admin/events', async (context) => {
    if (!options.events)
      throw new RampartError('RAMPART_NOT_FOUND', 'no event store is attached to this gateway');
    const query = parseEventQuery(new URL(context.req.url).searchParams, invalid);
    return sendJson(context, await options.events.query(query));
  });

  app.get('/admin/blocks', (context) => sendJson(context, { blocks: controls.listBlocks() }));
  app.post('/admin/blocks', async (context) => {
    const input = await readBody(context, blockSchema);
    const block = controls.addBlock(input.type, input.value, input.ttlSeconds, input.reason, {
      scope: input.scope,
    });
    await controls.flush();
    return sendJson(context, block, 201);
  });
  app.delete('/admin/blocks/:id', async (context) => {
    if (!controls.removeBlock(context.req.param('id'))) throw notFound('block');
    await controls.flush();
    return context.body(null, 204);
  });

  app.get('/admin/limits/overrides', (context) => sendJson(context, { overrides: controls.listOverrides() }));
  app.post('/admin/limits/overrides', async (context) => {
    const input = await readBody(context, overrideSchema);
    const { limiter: _limiter, ...override } = controls.addOverride(
      input.principal,
      input.requestsPerMinute,
      input.ttlSeconds,
      input.reason,
    );
    await controls.flush();
    return sendJson(context, override, 201);
  });
  app.delete('/admin/limits/overrides/:id', async (context) => {
    if (!controls.removeOverride(context.req.param('id'))) throw notFound('override');
    await controls.flush();
    return context.body(null, 204);
  });

  app.get('/admin/degrades', (context) => sendJson(context, { degrades: controls.listDegrades() }));
  app.post('/admin/degrades', async (context) => {
    const input = await readBody(context, degradeSchema);
    const degrade = controls.addDegrade(input.principal, input.ttlSeconds, input.reason);
    await controls.flush();
    return sendJson(context, degrade, 201);
  });
  app.delete('/admin/degrades/:id', async (context) => {
    if (!controls.removeDegrade(context.req.param('id'))) throw notFound('degrade');
    await controls.flush();
    return context.body(null, 204);
  });

  app.post('/admin/reload', async (context) => {
    await reload(options.reload);
    return sendJson(context, { status: 'reloaded' });
  });
  return app;
}

async function reload(run: AdminServerOptions['reload']): Promise<void> {
  if (!run)
    throw new RampartError(
      'RAMPART_ADMIN_RELOAD_UNAVAILABLE',
      'this gateway was not started from a config file',
    );
  try {
    await run();
  } catch (error) {
    if (!RampartError.is(error)) throw error;
    // The old config stays in force; tell the caller what is wrong with the new one.
    throw new RampartError(error.code, `${error.message}; the previous config stays in force`, {
      status: 400,
      details: error.details,
    });
  }
}

/**
 * The admin API (separate port, localhost by default, bearer admin token): keys, events, blocks,
 * temporary limits, reload, health and Prometheus metrics. Routes in `createAdminApp`.
 */
export function createAdminServer(options: AdminServerOptions): Server {
  return createNodeServer(
    createAdminApp(options),
    options.tls ? readListenerTls(options.tls, 'admin.tls') : undefined,
  );
}

export async function listenAdmin(server: Server, port: number, host: string): Promise<AddressInfo> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server.address() as AddressInfo;
}
