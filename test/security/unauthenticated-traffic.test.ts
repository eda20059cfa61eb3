import { request } from 'undici';
import { afterEach, describe, expect, it } from 'vitest';
import { chatBody, type Harness, startHarness } from '../support/gateway-harness.ts';

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.close();
  harness = undefined;
});

async function chat(h: Harness, key: string, model = 'mock'): Promise<{ status: number; code?: string }> {
  const response = await request(`${h.url}/v1/chat/completions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
    body: chatBody(model),
  });
  const text = await response.body.text();
  return {
    status: response.statusCode,
    code: response.statusCode === 200 ? undefined : JSON.parse(text).error.code,
  };
}

/** A well-formed key nobody issued, with its own public prefix. */
const badKey = (index: number) => `rk_${index.toString(16).padStart(8, '0')}_${'x'.repeat(43)}`;

describe('unauthenticated traffic', () => {
  it('never takes an admission slot: bad keys are refused while every slot is busy', async () => {
    harness = await startHarness({
      limits: { rate: { burst: 1000 }, concurrency: { global: 1, maxQueue: 0 } },
    });
    const slow = chat(harness, harness.key(), 'mock:slow');
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(await chat(harness, badKey(1))).toEqual({ status: 401, code: 'RAMPART_AUTH_INVALID_KEY' });
    // The slow upstream answers after the harness's 1 s timeout: what matters is it was admitted.
    expect((await slow).code).not.toBe('RAMPART_OVERLOADED');
  });

  it('limits failed authentications per address before authenticating, and counts them instead of one row each', async () => {
    harness = await startHarness({
      limits: { rate: { burst: 1000 }, unauthenticated: { failuresPerMinute: 10 } },
    });
    const results = [];
    for (let index = 0; index < 60; index++) results.push(await chat(harness, badKey(index % 20)));
    expect(results.slice(0, 10).every((result) => result.code === 'RAMPART_AUTH_INVALID_KEY')).toBe(true);
    expect(results.slice(10).every((result) => result.code === 'RAMPART_LIMIT_UNAUTHENTICATED')).toBe(true);
    const store = harness.store;
    await harness.gateway.close(1_000);
    const { events } = await store.query({ limit: 1_000 });
    // 10 auth failures and one refusal written in full (each with its audit event), then one counted event.
    expect(events.length).toBeLessThanOrEqual(23);
    const counted = events
      .filter((event) => event.kind === 'auth.failure' || event.kind === 'limit.rejected')
      .reduce((sum, event) => sum + Number(event.attrs.count), 0);
    expect(counted).toBe(60);
  });

  it('an address over its failure budget still serves principals that authenticate from it', async () => {
    harness = await startHarness({
      limits: { rate: { burst: 1000 }, unauthenticated: { failuresPerMinute: 5 } },
    });
    const valid = harness.key();
    for (let index = 0; index < 8; index++) await chat(harness, badKey(index));
    expect(await chat(harness, badKey(99))).toEqual({ status: 429, code: 'RAMPART_LIMIT_UNAUTHENTICATED' });
    const anonymous = await request(`${harness.url}/v1/chat/completions`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: chatBody('mock'),
    });
    expect(anonymous.statusCode).toBe(429);
    await anonymous.body.text();
    expect(await chat(harness, valid)).toEqual({ status: 200, code: undefined });
  });

  it('refuses a blocked address with 403 before authentication, and writes a repeat as a count', async () => {
    harness = await startHarness();
    const valid = harness.key();
    harness.gateway.context.controls.addBlock('ip', '127.0.0.1', 600, 'hand-set');
    for (let index = 0; index < 5; index++)
      expect(await chat(harness, badKey(index))).toEqual({ status: 403, code: 'RAMPART_BLOCKED' });
    expect(await chat(harness, valid)).toEqual({ status: 403, code: 'RAMPART_BLOCKED' });
    expect(await harness.store.count({ kind: 'auth.failure' })).toBe(0);
    expect(await harness.store.count({ kind: 'inference.request' })).toBe(1);
  });
});
