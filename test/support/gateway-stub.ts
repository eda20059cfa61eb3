import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  authorization: string | undefined;
  headers: IncomingMessage['headers'];
  body: string;
}

export interface GatewayStub {
  url: string;
  token: string;
  requests: RecordedRequest[];
  blocks: Map<string, { type: string; value: string; ttlSeconds: number }>;
  overrides: Map<string, { principal: string; requestsPerMinute: number }>;
  revoked: Set<string>;
  /** Answer every request with this status instead (simulate an outage). */
  failWith?: number;
  close(): Promise<void>;
}

/**
 * Test double of the gateway admin API contract (real socket on 127.0.0.1, port 0):
 * POST /admin/keys/{id}/revoke, POST/DELETE/GET /admin/blocks, POST/DELETE /admin/limits/overrides.
 * Also records any other POST (used as a webhook receiver).
 */
export async function startGatewayStub(token = 'admin-token-for-tests'): Promise<GatewayStub> {
  let counter = 0;
  const stub: Omit<GatewayStub, 'url' | 'close'> = {
    token,
    requests: [],
    blocks: new Map(),
    overrides: new Map(),
    revoked: new Set(),
  };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const path = request.url ?? '/';
      stub.requests.push({
        method: request.method ?? '',
        path,
        authorization: request.headers.authorization,
        headers: request.headers,
        body,
      });
      const send = (status: number, value?: unknown) => {
        response.writeHead(status, value === undefined ? {} : { 'content-type': 'application/json' });
        response.end(value === undefined ? undefined : JSON.stringify(value));
      };
      if ((stub as GatewayStub).failWith)
        return send((stub as GatewayStub).failWith!, { error: { code: 'RAMPART_OVERLOADED' } });
      if (path.startsWith('/hooks/')) return send(204);
      if (request.headers.authorization !== `Bearer ${token}`) {
        return send(401, { error: { code: 'RAMPART_ADMIN_UNAUTHORIZED', message: 'no', hint: '' } });
      }
      const expires = (ttl: number) => new Date(Date.now() + ttl * 1000).toISOString();
      const revoke = /^\/admin\/keys\/([^/]+)\/revoke$/.exec(path);
      if (request.method === 'POST' && revoke) {
        const id = decodeURIComponent(revoke[1]!);
        stub.revoked.add(id);
        return send(200, { id, revokedAt: new Date().toISOString() });
      }
      if (request.method === 'POST' && path === '/admin/blocks') {
        const parsed = JSON.parse(body) as { type: string; value: string; ttlSeconds: number };
        const id = `blk_${++counter}`;
        stub.blocks.set(id, parsed);
        return send(201, { id, expiresAt: expires(parsed.ttlSeconds) });
      }
      if (request.method === 'GET' && path === '/admin/blocks') {
        return send(200, { blocks: [...stub.blocks.entries()].map(([id, block]) => ({ id, ...block })) });
      }
      if (request.method === 'GET' && path === '/admin/keys') {
        return send(200, {
          keys: [
            {
              id: 'key_1',
              prefix: 'rk_1',
              principal: 'alice',
              revokedAt: stub.revoked.has('rk_1') ? 'now' : null,
            },
          ],
        });
      }
      if (request.method === 'GET' && path === '/admin/limits/overrides') {
        return send(200, {
          overrides: [...stub.overrides.entries()].map(([id, override]) => ({ id, ...override })),
        });
      }
      const block = /^\/admin\/blocks\/([^/]+)$/.exec(path);
      if (request.method === 'DELETE' && block) {
        return stub.blocks.delete(decodeURIComponent(block[1]!))
          ? send(204)
          : send(404, { error: { code: 'RAMPART_NOT_FOUND' } });
      }
      if (request.method === 'POST' && path === '/admin/limits/overrides') {
        const parsed = JSON.parse(body) as {
          principal: string;
          requestsPerMinute: number;
          ttlSeconds: number;
        };
        const id = `ovr_${++counter}`;
        stub.overrides.set(id, parsed);
        return send(201, { id, expiresAt: expires(parsed.ttlSeconds) });
      }
      const override = /^\/admin\/limits\/overrides\/([^/]+)$/.exec(path);
      if (request.method === 'DELETE' && override) {
        return stub.overrides.delete(decodeURIComponent(override[1]!))
          ? send(204)
          : send(404, { error: { code: 'RAMPART_NOT_FOUND' } });
      }
      send(404, { error: { code: 'RAMPART_NOT_FOUND' } });
    });
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return Object.assign(stub, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => server.close(() => done())),
  }) as GatewayStub;
}
