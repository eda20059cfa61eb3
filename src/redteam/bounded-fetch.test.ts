import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postJson } from './bounded-fetch.ts';

describe('bounded requests to the one target', () => {
  let server: Server;
  let url = '';
  let elsewhereHits = 0;
  let elsewhere: Server;
  let elsewhereUrl = '';
  beforeAll(async () => {
    elsewhere = createServer((_request, response) => {
      elsewhereHits++;
      response.end('{}');
    });
    await new Promise<void>((done) => elsewhere.listen(0, '127.0.0.1', done));
    elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}`;
    server = createServer((request, response) => {
      request.resume();
      if (request.url === '/redirect') {
        response.writeHead(307, { location: `${elsewhereUrl}/steal` }).end();
      } else if (request.url === '/big') {
        response.writeHead(200, { 'content-type': 'application/json' }).end(`"${'x'.repeat(5000)}"`);
      } else if (request.url === '/slow') {
        setTimeout(() => response.writeHead(200).end('{}'), 1_000);
      } else response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise<void>((done) => server.close(() => done()));
    await new Promise<void>((done) => elsewhere.close(() => done()));
  });

  const options = () => ({ origin: new URL(url).origin, timeoutMs: 300, maxResponseBytes: 1000 });

  it('answers within the limits come back parsed', async () => {
    expect(await postJson(`${url}/ok`, {}, options())).toEqual({ status: 200, body: { ok: true } });
  });

  it('a URL on another origin is refused before anything is sent', async () => {
    await expect(postJson(`${elsewhereUrl}/x`, {}, options())).rejects.toMatchObject({
      code: 'RAMPART_REDTEAM_OUT_OF_SCOPE',
    });
    expect(elsewhereHits).toBe(0);
  });

  it('a redirect is not followed (it could point anywhere)', async () => {
    await expect(postJson(`${url}/redirect`, {}, options())).rejects.toMatchObject({
      code: 'RAMPART_REDTEAM_TARGET_FAILED',
    });
    expect(elsewhereHits).toBe(0);
  });

  it('a slow answer times out and an oversized one is refused', async () => {
    await expect(postJson(`${url}/slow`, {}, options())).rejects.toMatchObject({
      code: 'RAMPART_REDTEAM_TARGET_FAILED',
      message: expect.stringContaining('within 300 ms'),
    });
    await expect(postJson(`${url}/big`, {}, options())).rejects.toMatchObject({
      message: expect.stringContaining('larger than 1000 bytes'),
    });
  });
});
