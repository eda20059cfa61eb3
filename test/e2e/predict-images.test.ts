import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import sharp from 'sharp';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type GatewayProcess, startGatewayProcess } from '../support/gateway-process.ts';

/** A stand-in image model: remembers the last body it got and answers a fixed class. */
let upstream: Server;
let upstreamUrl: string;
let received: Record<string, unknown> | undefined;
/** A raw (non-JSON) body the stand-in got: its bytes and headers. */
let receivedRaw: { bytes: Buffer; type: string | undefined; length: string | undefined } | undefined;
let gateway: GatewayProcess;
let key: string;

beforeAll(async () => {
  upstream = createServer((incoming, outgoing) => {
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const bytes = Buffer.concat(chunks);
      if (incoming.headers['content-type']?.startsWith('image/'))
        receivedRaw = {
          bytes,
          type: incoming.headers['content-type'],
          length: incoming.headers['content-length'],
        };
      else received = JSON.parse(bytes.toString('utf8')) as Record<string, unknown>;
      const body = JSON.stringify({
        outputs: [{ name: 'label', datatype: 'BYTES', shape: [1], data: ['cat'] }],
      });
      outgoing.writeHead(200, { 'content-type': 'application/json' }).end(body);
    });
  });
  await new Promise<void>((resolve) => upstream.listen(0, '127.0.0.1', resolve));
  upstreamUrl = `http://127.0.0.1:${(upstream.address() as AddressInfo).port}`;
  gateway = await startGatewayProcess({
    upstreams: { vision: { url: upstreamUrl } },
    models: [{ name: 'classifier', upstream: 'vision' }],
    routes: [
      {
        id: 'vision-png',
        path: '/predict/vision-png',
        kind: 'predict',
        models: ['classifier'],
        upstream: 'vision',
        upstreamPath: '/v2/models/classifier/infer',
        images: { median: 3 },
      },
      {
        id: 'vision-unsanitised',
        path: '/predict/vision-unsanitised',
        kind: 'predict',
        models: ['classifier'],
        upstream: 'vision',
        upstreamPath: '/v2/models/classifier/infer',
      },
      {
        id: 'vision',
        path: '/predict/vision',
        kind: 'predict',
        models: ['classifier'],
        upstream: 'vision',
        upstreamPath: '/v2/models/classifier/infer',
        images: { median: 3, bitDepth: 3, jpegQuality: 80 },
      },
    ],
    roles: { user: [{ routes: ['*'], models: ['*'] }] },
  });
  key = await gateway.key();
}, 60_000);

afterAll(async () => {
  await gateway?.close();
  await new Promise<void>((resolve) => upstream?.close(() => resolve()));
});

/** A 32×32 grey PNG with one white pixel (a perturbation a median filter removes). */
async function noisyPng(): Promise<Buffer> {
  const pixels = Buffer.alloc(32 * 32, 100);
  pixels[16 * 32 + 16] = 255;
  return sharp(pixels, { raw: { width: 32, height: 32, channels: 1 } })
    .png()
    .toBuffer();
}

async function send(body: unknown) {
  received = undefined;
  const response = await request(`${gateway.url}/predict/vision`, {
    method: 'POST',
    headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: response.statusCode, json: (await response.body.json()) as { error?: { code: string } } };
}

describe('image sanitisers on a predict route (real gateway process)', () => {
  it('re-encodes a KServe v2 BYTES image as JPEG, median-smoothed and at reduced bit depth, before the model sees it', async () => {
    const png = await noisyPng();
    const answer = await send({
      inputs: [{ name: 'image', datatype: 'BYTES', shape: [1], data: [png.toString('base64')] }],
    });
    expect(answer.status).toBe(200);
    const forwarded = Buffer.from(
      ((received!.inputs as Array<{ data: string[] }>)[0]!.data[0] as string) ?? '',
      'base64',
    );
    expect(forwarded.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const { data } = await sharp(forwarded).greyscale().raw().toBuffer({ resolveWithObject: true });
    // The lone white pixel is gone: nothing near 255 is left.
    expect(Math.max(...data)).toBeLessThan(160);
    const audit = (await gateway.events()).find(
      (event) => event.kind === 'inference.request' && event.route === 'vision',
    );
    expect(audit?.attrs['predict.images_sanitised']).toBe(1);
  });

  it('sanitises TF Serving {"b64": ...} instances too', async () => {
    const png = await noisyPng();
    expect((await send({ instances: [{ image: { b64: png.toString('base64') } }] })).status).toBe(200);
    const forwarded = Buffer.from(
      ((received!.instances as Array<{ image: { b64: string } }>)[0]!.image.b64 as string) ?? '',
      'base64',
    );
    expect(forwarded.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
  });

  it('refuses what it cannot decode or find, and the model never sees it', async () => {
    const garbage = await send({
      instances: [{ b64: Buffer.from('not an image at all').toString('base64') }],
    });
    expect(garbage.status).toBe(400);
    expect(garbage.json.error?.code).toBe('RAMPART_PREDICT_IMAGE_UNREADABLE');
    const none = await send({ inputs: [{ name: 'x', datatype: 'FP32', shape: [1, 2], data: [1, 2] }] });
    expect(none.status).toBe(400);
    expect(none.json.error?.code).toBe('RAMPART_PREDICT_IMAGE_UNREADABLE');
    expect(received).toBeUndefined();
  });

  async function sendRaw(path: string, body: Buffer, type: string) {
    received = undefined;
    receivedRaw = undefined;
    const response = await request(`${gateway.url}/predict/${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': type },
      body,
    });
    return {
      status: response.statusCode,
      json: (await response.body.json()) as { error?: { code: string } },
    };
  }

  it('reads a raw image body (content-type image/*), sanitises it and forwards the new bytes with their type and length', async () => {
    const png = await noisyPng();
    const answer = await sendRaw('vision', png, 'image/png');
    expect(answer.status).toBe(200);
    expect(receivedRaw?.type).toBe('image/jpeg');
    expect(Number(receivedRaw?.length)).toBe(receivedRaw?.bytes.length);
    expect(receivedRaw!.bytes.subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]));
    const { data } = await sharp(receivedRaw!.bytes).greyscale().raw().toBuffer({ resolveWithObject: true });
    expect(Math.max(...data)).toBeLessThan(160);
    // Without jpegQuality the image goes on as PNG, smoothed all the same.
    const png2 = await sendRaw('vision-png', png, 'image/png; name=cat.png');
    expect(png2.status).toBe(200);
    expect(receivedRaw?.type).toBe('image/png');
    expect(receivedRaw!.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    const smoothed = await sharp(receivedRaw!.bytes).greyscale().raw().toBuffer();
    expect(Math.max(...smoothed)).toBe(100);
  });

  it('refuses a raw image body that does not decode, and one on a route without image sanitisers; the model sees neither', async () => {
    const garbage = await sendRaw('vision', Buffer.from('GIF89a but not really an image'), 'image/gif');
    expect(garbage.status).toBe(400);
    expect(garbage.json.error?.code).toBe('RAMPART_PREDICT_IMAGE_UNREADABLE');
    const empty = await sendRaw('vision', Buffer.alloc(0), 'image/jpeg');
    expect(empty.status).toBe(400);
    expect(empty.json.error?.code).toBe('RAMPART_PREDICT_IMAGE_UNREADABLE');
    // A route without `images:` takes JSON only: a raw image is malformed, never passed on unread.
    const unsanitised = await sendRaw('vision-unsanitised', await noisyPng(), 'image/png');
    expect(unsanitised.status).toBe(400);
    expect(unsanitised.json.error?.code).toBe('RAMPART_JSON_INVALID');
    expect(receivedRaw).toBeUndefined();
    expect(received).toBeUndefined();
  });
});
