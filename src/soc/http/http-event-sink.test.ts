import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { HttpEventSink, retryAfterMs } from '../../core/http-event-sink.ts';
import { createEvent } from '../../core/index.ts';
import { createSoc } from '../soc-runtime.ts';
import { openSqliteEventStore } from '../store/sqlite-event-store.ts';
import { createSocServer } from './api.ts';

const directory = mkdtempSync(join(tmpdir(), 'rampart-forward-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));
const adminToken = 'admin-token-0123456789abcdef';

describe('HttpEventSink -> POST /events', () => {
  it('forwards events in batches to a SOC that stores them; a retried batch is not duplicated', async () => {
    const soc = createSoc({
      store: openSqliteEventStore({ path: join(directory, 'forward.db') }),
      rules: [],
    });
    const server = createSocServer({ ...soc, config: { adminToken, ingestTokens: ['ci-token-0123456789'] } });
    const base = await server.listen();
    try {
      const sink = new HttpEventSink({ url: base, token: 'ci-token-0123456789', batchSize: 4 });
      const events = Array.from({ length: 10 }, (_, index) =>
        createEvent({
          source: 'model',
          kind: 'model.scan.result',
          model: `m${index}`,
          attrs: { passed: index % 2 === 0 },
        }),
      );
      await sink.write(events);
      await sink.write(events.slice(0, 4));
      expect(await soc.store.count()).toBe(10);
      expect((await soc.store.get(events[3]!.id))?.attrs).toEqual({ passed: false });
      const wrong = new HttpEventSink({ url: `${base}/events`, token: 'wrong-token-000000', attempts: 3 });
      await expect(wrong.write(events)).rejects.toMatchObject({ code: 'RAMPART_SOC_FORWARD_FAILED' });
    } finally {
      await server.close();
      await soc.close();
    }
  });

  it('retries on 503 and on an unreachable SOC, then gives up with a code', async () => {
    let calls = 0;
    const flaky = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        calls++;
        response.writeHead(calls < 3 ? 503 : 200, { 'content-type': 'application/json' });
        response.end('{}');
      });
    });
    await new Promise<void>((done) => flaky.listen(0, '127.0.0.1', done));
    const { port } = flaky.address() as AddressInfo;
    try {
      await new HttpEventSink({ url: `http://127.0.0.1:${port}`, token: 't', attempts: 3 }).write([
        createEvent({ source: 'data', kind: 'data.gate.result' }),
      ]);
      expect(calls).toBe(3);
    } finally {
      await new Promise<void>((done) => flaky.close(() => done()));
    }
    const down = new HttpEventSink({ url: `http://127.0.0.1:${port}`, token: 'secret-token', attempts: 2 });
    const error = await down
      .write([createEvent({ source: 'data', kind: 'data.gate.result' })])
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'RAMPART_SOC_FORWARD_FAILED' });
    expect(String((error as Error).message)).not.toContain('secret-token');
    // The reason an operator can act on, not the JavaScript error class.
    expect(String((error as Error).message)).toContain(`cannot reach 127.0.0.1:${port} (ECONNREFUSED)`);
  });

  it('waits what Retry-After asks, and fails at once when it asks for longer than it will wait', async () => {
    const arrivals: number[] = [];
    let answer = { status: 429, retryAfter: '1' };
    const server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        arrivals.push(performance.now());
        const ok = arrivals.length > 1 && answer.status === 429;
        response.writeHead(ok ? 200 : answer.status, {
          'content-type': 'application/json',
          'retry-after': answer.retryAfter,
        });
        response.end('{}');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const event = createEvent({ source: 'data', kind: 'data.gate.result' });
    try {
      // A backoff of 0 ms: any wait seen is the SOC's Retry-After.
      await new HttpEventSink({ url: `http://127.0.0.1:${port}`, token: 't', backoffMs: 0 }).write([event]);
      expect(arrivals).toHaveLength(2);
      expect(arrivals[1]! - arrivals[0]!).toBeGreaterThanOrEqual(950);
      arrivals.length = 0;
      answer = { status: 503, retryAfter: '3600' };
      const error = await new HttpEventSink({ url: `http://127.0.0.1:${port}`, token: 't', attempts: 3 })
        .write([event])
        .catch((caught: unknown) => caught);
      expect(error).toMatchObject({ code: 'RAMPART_SOC_FORWARD_FAILED' });
      expect(String((error as Error).message)).toContain('asked to retry after 3600 s');
      expect(arrivals).toHaveLength(1);
    } finally {
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  it('without Retry-After it backs off with full jitter: a random wait below base * 2^(attempt-1)', async () => {
    const arrivals: number[] = [];
    const server = createServer((request, response) => {
      request.resume();
      request.on('end', () => {
        arrivals.push(performance.now());
        response.writeHead(arrivals.length < 3 ? 503 : 200, { 'content-type': 'application/json' });
        response.end('{}');
      });
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    // Math.random pinned at 0.5: the waits are half of 400 ms and half of 800 ms.
    const random = vi.spyOn(Math, 'random').mockReturnValue(0.5);
    try {
      await new HttpEventSink({ url: `http://127.0.0.1:${port}`, token: 't', backoffMs: 400 }).write([
        createEvent({ source: 'data', kind: 'data.gate.result' }),
      ]);
      expect(arrivals).toHaveLength(3);
      const [first, second] = [arrivals[1]! - arrivals[0]!, arrivals[2]! - arrivals[1]!];
      expect(first).toBeGreaterThanOrEqual(190);
      expect(first).toBeLessThan(400);
      expect(second).toBeGreaterThanOrEqual(390);
      expect(second).toBeLessThan(800);
    } finally {
      random.mockRestore();
      await new Promise<void>((done) => server.close(() => done()));
    }
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    const now = Date.parse('2026-12-07T10:00:00Z');
    expect(retryAfterMs('7', now)).toBe(7000);
    expect(retryAfterMs('Mon, 07 Dec 2026 10:00:30 GMT', now)).toBe(30_000);
    expect(retryAfterMs('Mon, 07 Dec 2026 09:00:00 GMT', now)).toBe(0);
    expect(retryAfterMs('soon', now)).toBeUndefined();
    expect(retryAfterMs(null, now)).toBeUndefined();
  });
});
