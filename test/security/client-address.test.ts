import { connect } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { chatBody, type Harness, startHarness } from '../support/gateway-harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

/** One request over a raw socket, so repeated headers go out exactly as written. */
function rawPost(
  url: string,
  headerLines: string[],
  body: string,
): Promise<{ status: number; body: string }> {
  const { port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), '127.0.0.1');
    let received = '';
    socket.setEncoding('utf8');
    socket.on('data', (chunk) => {
      received += chunk;
    });
    socket.on('error', reject);
    socket.on('end', () => {
      const [head = '', rest = ''] = received.split('\r\n\r\n');
      resolve({ status: Number(head.split(' ')[1]), body: rest });
    });
    socket.write(
      [
        'POST /v1/chat/completions HTTP/1.1',
        'Host: 127.0.0.1',
        'Connection: close',
        'Content-Type: application/json',
        `Content-Length: ${Buffer.byteLength(body)}`,
        ...headerLines,
        '',
        body,
      ].join('\r\n'),
    );
  });
}

async function lastClientIp(h: Harness): Promise<string | undefined> {
  const { events } = await h.store.query({ kind: 'inference.request', limit: 1 });
  return events[0]?.client_ip;
}

describe('client address behind trusted proxies', () => {
  it('takes the rightmost untrusted X-Forwarded-For address, so a forged left entry escapes no block', async () => {
    harness = await startHarness({ server: { port: 0, trustedProxies: ['127.0.0.1', '10.0.0.0/8'] } });
    const key = harness.key();
    harness.gateway.context.controls.addBlock('ip', '203.0.113.7', 600, 'test');
    const auth = `Authorization: Bearer ${key}`;
    const forged = await rawPost(
      harness.url,
      [auth, 'X-Forwarded-For: 1.2.3.4, 203.0.113.7'],
      chatBody('mock'),
    );
    expect(forged.status).toBe(403);
    expect(JSON.parse(forged.body).error.code).toBe('RAMPART_BLOCKED');
    // Two headers are one list, in order; a trusted range (10.0.0.0/8) in between is skipped.
    const split = await rawPost(
      harness.url,
      [auth, 'X-Forwarded-For: 1.2.3.4', 'X-Forwarded-For: 203.0.113.7, 10.1.2.3'],
      chatBody('mock'),
    );
    expect(split.status).toBe(403);
    // An innocent address named on the left is never the one recorded.
    const allowed = await rawPost(
      harness.url,
      [auth, 'X-Forwarded-For: 203.0.113.7, 198.51.100.4'],
      chatBody('mock'),
    );
    expect(allowed.status).toBe(200);
    expect(await lastClientIp(harness)).toBe('198.51.100.4');
  });

  it('matches an IPv4-mapped IPv6 trusted proxy and ignores X-Forwarded-For from an untrusted peer', async () => {
    harness = await startHarness({ server: { port: 0, trustedProxies: ['::ffff:127.0.0.1'] } });
    const auth = `Authorization: Bearer ${harness.key()}`;
    expect(
      (await rawPost(harness.url, [auth, 'X-Forwarded-For: 198.51.100.9'], chatBody('mock'))).status,
    ).toBe(200);
    expect(await lastClientIp(harness)).toBe('198.51.100.9');
    await harness.close();
    harness = await startHarness({ server: { port: 0, trustedProxies: ['10.0.0.1'] } });
    const other = `Authorization: Bearer ${harness.key()}`;
    expect(
      (await rawPost(harness.url, [other, 'X-Forwarded-For: 198.51.100.9'], chatBody('mock'))).status,
    ).toBe(200);
    expect(await lastClientIp(harness)).toBe('127.0.0.1');
  });
});
