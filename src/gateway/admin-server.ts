import { createHash, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { z } from 'zod';
import {
  decisions,
  type EventQuery,
  type EventReader,
  RampartError,
  safeJsonParse,
  severities,
  zodProblems,
} from '../core/index.ts';
import type { Gateway } from './gateway.ts';
import { sendError } from './http-error.ts';

export interface AdminServerOptions {
  gateway: Gateway;
  token: string;
  /** Reads events back for GET /admin/events (the SOC store). */
  events?: EventReader;
  /** Re-reads and validates the config file; throws RampartError when invalid (the old config stays). */
  reload?: () => Promise<void> | void;
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

const listOf = <T extends string>(values: readonly [T, ...T[]]) =>
  z
    .string()
    .transform((text) => text.split(','))
    .pipe(z.array(z.enum(values)));

const eventQuerySchema = z
  .object({
    from: z.iso.datetime({ offset: true }).optional(),
    to: z.iso.datetime({ offset: true }).optional(),
    kind: z.string().max(100).optional(),
    principal: z.string().max(200).optional(),
    model: z.string().max(200).optional(),
    route: z.string().max(100).optional(),
    decision: listOf(decisions).optional(),
    severity: listOf(severities).optional(),
    limit: z.coerce.number().int().min(1).max(1000).optional(),
    cursor: z.string().max(200).optional(),
    order: z.enum(['asc', 'desc']).optional(),
  })
  .strict();

/** Validate an admin request body or query: 400 with every problem listed. */
function parseInput<Schema extends z.ZodType>(schema: Schema, value: unknown): z.output<Schema> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new RampartError('RAMPART_ADMIN_REQUEST_INVALID', 'invalid admin request', {
    details: zodProblems(result.error, value),
  });
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

function readJson(request: IncomingMessage, limit = 64 * 1024): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) {
        reject(
          new RampartError('RAMPART_REQUEST_TOO_LARGE', `admin request bodies are limited to ${limit} bytes`),
        );
        request.destroy();
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => {
      try {
        resolve(size === 0 ? {} : safeJsonParse(Buffer.concat(chunks).toString('utf8')));
      } catch (error) {
        reject(error);
      }
    });
    request.on('error', reject);
  });
}

function send(
  response: ServerResponse,
  status: number,
  body?: unknown,
  contentType = 'application/json',
): void {
  if (body === undefined) {
    response.writeHead(status);
    response.end();
    return;
  }
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': contentType,
    'content-length': Buffer.byteLength(text),
    'cache-control': 'no-store',
  });
  response.end(text);
}

/**
 * The admin API (separate port, localhost by default, bearer admin token): keys, events, blocks,
 * temporary limits, reload, health and Prometheus metrics.
 */
export function createAdminServer(options: AdminServerOptions): Server {
  const { gateway } = options;
  const expected = digest(options.token);
  const authorised = (request: IncomingMessage) => {
    const header = request.headers.authorization ?? '';
    return header.startsWith('Bearer ') && timingSafeEqual(digest(header.slice(7).trim()), expected);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://admin');
    const path = url.pathname;
    const method = request.method ?? 'GET';
    if (method === 'GET' && path === '/healthz') return send(response, 200, { status: 'ok' });
    if (method === 'GET' && path === '/readyz') {
      const listening = gateway.server.listening;
      return send(response, listening ? 200 : 503, { status: listening ? 'ready' : 'starting' });
    }
    if (!authorised(request))
      throw new RampartError('RAMPART_ADMIN_UNAUTHORIZED', 'admin token missing or wrong');
    const { keys, controls, metrics } = gateway.context;
    if (method === 'GET' && path === '/metrics') {
      return send(response, 200, await metrics.registry.metrics(), metrics.registry.contentType);
    }
    if (path === '/admin/keys') {
      if (method === 'GET') return send(response, 200, { keys: keys.list() });
      if (method === 'POST') {
        const input = parseInput(createKeySchema, await readJson(request));
        return send(response, 201, keys.create(input));
      }
    }
    const keyMatch = /^\/admin\/keys\/([^/]+)(\/revoke)?$/.exec(path);
    if (keyMatch) {
      const id = decodeURIComponent(keyMatch[1]!);
      if (method === 'GET' && !keyMatch[2]) {
        const record = keys.get(id);
        if (!record) throw new RampartError('RAMPART_NOT_FOUND', 'no such key');
        return send(response, 200, record);
      }
      if ((method === 'POST' && keyMatch[2]) || (method === 'DELETE' && !keyMatch[2])) {
        const record = keys.revoke(id);
        if (!record) throw new RampartError('RAMPART_NOT_FOUND', 'no such key');
        return send(response, 200, { id: record.id, prefix: record.prefix, revokedAt: record.revokedAt });
      }
    }
    if (method === 'GET' && path === '/admin/events') {
      if (!options.events)
        throw new RampartError('RAMPART_NOT_FOUND', 'no event store is attached to this gateway');
      const query = parseInput(eventQuerySchema, Object.fromEntries(url.searchParams));
      return send(response, 200, await options.events.query(query as EventQuery));
    }
    if (path === '/admin/blocks') {
      if (method === 'GET') return send(response, 200, { blocks: controls.listBlocks() });
      if (method === 'POST') {
        const input = parseInput(blockSchema, await readJson(request));
        const block = controls.addBlock(input.type, input.value, input.ttlSeconds, input.reason, {
          scope: input.scope,
        });
        return send(response, 201, block);
      }
    }
    const blockMatch = /^\/admin\/blocks\/([^/]+)$/.exec(path);
    if (blockMatch && method === 'DELETE') {
      if (!controls.removeBlock(decodeURIComponent(blockMatch[1]!)))
        throw new RampartError('RAMPART_NOT_FOUND', 'no such block');
      return send(response, 204);
    }
    if (path === '/admin/limits/overrides') {
      if (method === 'GET') return send(response, 200, { overrides: controls.listOverrides() });
      if (method === 'POST') {
        const input = parseInput(overrideSchema, await readJson(request));
        const { limiter: _limiter, ...override } = controls.addOverride(
          input.principal,
          input.requestsPerMinute,
          input.ttlSeconds,
          input.reason,
        );
        return send(response, 201, override);
      }
    }
    const overrideMatch = /^\/admin\/limits\/overrides\/([^/]+)$/.exec(path);
    if (overrideMatch && method === 'DELETE') {
      if (!controls.removeOverride(decodeURIComponent(overrideMatch[1]!)))
        throw new RampartError('RAMPART_NOT_FOUND', 'no such override');
      return send(response, 204);
    }
    if (method === 'POST' && path === '/admin/reload') {
      if (!options.reload)
        throw new RampartError(
          'RAMPART_ADMIN_RELOAD_UNAVAILABLE',
          'this gateway was not started from a config file',
        );
      try {
        await options.reload();
      } catch (error) {
        if (!RampartError.is(error)) throw error;
        // The old config stays in force; tell the caller what is wrong with the new one.
        throw new RampartError(error.code, `${error.message}; the previous config stays in force`, {
          status: 400,
          details: error.details,
        });
      }
      return send(response, 200, { status: 'reloaded' });
    }
    throw new RampartError('RAMPART_NOT_FOUND', `no admin endpoint ${method} ${path}`);
  };

  return createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!RampartError.is(error)) gateway.context.logger.error({ err: error }, 'admin error');
      sendError(response, error);
    });
  });
}

export async function listenAdmin(server: Server, port: number, host: string): Promise<AddressInfo> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server.address() as AddressInfo;
}
