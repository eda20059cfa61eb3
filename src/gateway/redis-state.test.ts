import { afterEach, describe, expect, it } from 'vitest';
import { redisAnswers, redisSkipReason, testRedisUrl, uniquePrefix } from '../../test/support/redis.ts';
import { type LimitsConfig, limitsSchema, RampartError } from '../core/index.ts';
import { stateSchema } from './config.ts';
import { GatewayControls } from './controls.ts';
import { RedisLimits, shareOf } from './redis-limits.ts';
import { RedisState } from './redis-state.ts';

const available = await redisAnswers();
const opened: RedisState[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((state) => state.close()));
});

async function instance(prefix: string, overrides: Record<string, unknown> = {}) {
  const controls = new GatewayControls();
  const config = stateSchema.parse({ redis: { url: testRedisUrl, keyPrefix: prefix, ...overrides } }).redis!;
  const state = await RedisState.connect({ config, controls });
  opened.push(state);
  return { state, controls };
}

function limits(input: Record<string, unknown>): LimitsConfig {
  return limitsSchema.parse(input);
}

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (error) {
    return RampartError.is(error) ? error.code : String(error);
  }
}

async function until(check: () => boolean, timeoutMs: number): Promise<number> {
  const started = Date.now();
  while (!check()) {
    if (Date.now() - started > timeoutMs) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return Date.now() - started;
}

describe.runIf(available)('shared state in Redis', () => {
  it('two instances share one burst window: 5 admitted in total, the rest refused with the limit named', async () => {
    const prefix = uniquePrefix('burst');
    const config = limits({ rate: { burst: 5, requestsPerMinute: 1000 } });
    const a = new RedisLimits(config, (await instance(prefix)).state);
    const b = new RedisLimits(config, (await instance(prefix)).state);
    const results = await Promise.allSettled(
      Array.from({ length: 12 }, (_, index) => (index % 2 ? a : b).takeRequest('alice')),
    );
    const admitted = results.filter((result) => result.status === 'fulfilled');
    expect(admitted).toHaveLength(5);
    const refused = results.find((result) => result.status === 'rejected') as PromiseRejectedResult;
    expect(refused.reason.code).toBe('RAMPART_LIMIT_RATE');
    expect(refused.reason.details.limit).toBe('rate.burst');
    // Another principal has its own window.
    await expect(a.takeRequest('carol')).resolves.toBeTypeOf('function');
  });

  it('the per-minute window slides: a refused request uses up nothing', async () => {
    const prefix = uniquePrefix('minute');
    const store = new RedisLimits(
      limits({ rate: { burst: 100, requestsPerMinute: 3 } }),
      (await instance(prefix)).state,
    );
    const codes = [];
    for (let index = 0; index < 5; index++) codes.push(await codeOf(store.takeRequest('alice')));
    expect(codes).toEqual([undefined, undefined, undefined, 'RAMPART_LIMIT_RATE', 'RAMPART_LIMIT_RATE']);
  });

  it('extra requests (check queries) count in the shared windows, all or none', async () => {
    const prefix = uniquePrefix('extra');
    const config = limits({ rate: { burst: 8, requestsPerMinute: 1000 } });
    const a = new RedisLimits(config, (await instance(prefix)).state);
    const b = new RedisLimits(config, (await instance(prefix)).state);
    await a.takeRequest('alice');
    await a.takeExtraRequests('alice', 5); // 6 of 8 in this second, on both instances
    const refused = await b.takeExtraRequests('alice', 3).catch((error: unknown) => error);
    expect(RampartError.is(refused) && refused.code).toBe('RAMPART_LIMIT_RATE');
    expect((refused as RampartError).details).toMatchObject({ limit: 'rate.burst' });
    // The refusal counted nothing: two more still fit, a third does not.
    await b.takeExtraRequests('alice', 2);
    expect(await codeOf(b.takeRequest('alice'))).toBe('RAMPART_LIMIT_RATE');
  });

  it('concurrency leases are shared, freed on release, and expire when an instance stops renewing them', async () => {
    const prefix = uniquePrefix('lease');
    const config = limits({ rate: { burst: 100 }, concurrency: { perPrincipal: 2 } });
    const first = await instance(prefix, { leaseTtlMs: 1_000, syncIntervalMs: 200 });
    const a = new RedisLimits(config, first.state);
    const b = new RedisLimits(config, (await instance(prefix, { syncIntervalMs: 200 })).state);
    const releaseOne = (await a.takeRequest('alice'))!;
    await a.takeRequest('alice');
    expect(await codeOf(b.takeRequest('alice'))).toBe('RAMPART_LIMIT_CONCURRENCY');
    releaseOne();
    await until(() => true, 0);
    await new Promise((resolve) => setTimeout(resolve, 50));
    const held = await b.takeRequest('alice');
    expect(held).toBeTypeOf('function');
    // Instance a dies holding its second lease (no release, no renewal): it expires after its TTL.
    (first.state as unknown as { redis: { disconnect(): void } }).redis.disconnect();
    (first.state as unknown as { closed: boolean }).closed = true;
    expect(await codeOf(b.takeRequest('alice'))).toBe('RAMPART_LIMIT_CONCURRENCY');
    await new Promise((resolve) => setTimeout(resolve, 1_200));
    expect(await b.takeRequest('alice')).toBeTypeOf('function');
  });

  it('a lease held longer than its TTL is renewed while its instance lives', async () => {
    const prefix = uniquePrefix('renew');
    const config = limits({ rate: { burst: 100 }, concurrency: { perPrincipal: 1 } });
    const a = new RedisLimits(
      config,
      (await instance(prefix, { leaseTtlMs: 1_000, syncIntervalMs: 200 })).state,
    );
    const b = new RedisLimits(config, (await instance(prefix)).state);
    await a.takeRequest('alice');
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(await codeOf(b.takeRequest('alice'))).toBe('RAMPART_LIMIT_CONCURRENCY');
  });

  it('token quotas are reserved across instances and settled from usage', async () => {
    const prefix = uniquePrefix('tokens');
    const config = limits({ rate: { burst: 100 }, tokens: { perMinute: 300, perDay: 10_000 } });
    const a = new RedisLimits(config, (await instance(prefix)).state);
    const b = new RedisLimits(config, (await instance(prefix)).state);
    expect(await a.reserveTokens('alice', 100)).toBe(100);
    expect(await b.reserveTokens('alice', 100)).toBe(100);
    expect(await a.reserveTokens('alice', 100)).toBe(100);
    expect(await codeOf(b.reserveTokens('alice', 100))).toBe('RAMPART_LIMIT_TOKENS');
    // Upstream used 10 of a 100 reservation: 90 come back.
    await a.settleTokens('alice', 100, 10);
    expect(await b.reserveTokens('alice', 90)).toBe(90);
    expect(await codeOf(b.reserveTokens('alice', 1))).toBe('RAMPART_LIMIT_TOKENS');
  });

  it('a block, an override and a key revocation on one instance reach the other within 1 s', async () => {
    const prefix = uniquePrefix('controls');
    const a = await instance(prefix);
    const b = await instance(prefix);
    a.controls.addBlock('principal', 'mallory', 60, 'test');
    expect(await until(() => b.controls.findPrincipalBlock('mallory') !== undefined, 1_000)).toBeLessThan(
      1_000,
    );
    const block = b.controls.listBlocks()[0]!;
    b.controls.removeBlock(block.id);
    await until(() => a.controls.findPrincipalBlock('mallory') === undefined, 1_000);
    a.controls.addOverride('alice', 2, 60, 'test');
    await until(() => b.controls.overrideFor('alice')?.requestsPerMinute === 2, 1_000);
    a.controls.noteRevocation('key-1', new Date().toISOString());
    await until(() => b.controls.isKeyRevoked('key-1'), 1_000);
  });

  it('a missed pub/sub message is caught by the version check', async () => {
    const prefix = uniquePrefix('version');
    const a = await instance(prefix, { syncIntervalMs: 200 });
    const b = await instance(prefix, { syncIntervalMs: 200 });
    // Write a block straight into the shared hash without publishing (a message lost on the way).
    const block = { ...a.controls.addBlock('ip', '203.0.113.9', 60, 'quiet') };
    await until(() => b.controls.findAddressBlock('203.0.113.9', false) !== undefined, 1_000);
    const other = { ...block, id: '0190aaaa-0000-7000-8000-000000000001', value: '203.0.113.10' };
    await (a.state as unknown as { redis: import('ioredis').Redis }).redis
      .multi()
      .hset(`${prefix}controls`, `b:${other.id}`, JSON.stringify(other))
      .incr(`${prefix}controls:version`)
      .exec();
    await until(() => b.controls.findAddressBlock('203.0.113.10', false) !== undefined, 1_000);
  });

  it('a Redis that loses the controls while answering (FLUSHALL, eviction) gets them back; no instance forgets a block', async () => {
    // Regression: the heartbeat saw the version change and applied the now empty hash, lifting every
    // block and revocation in the fleet without any outage being noticed.
    const prefix = uniquePrefix('lost');
    const a = await instance(prefix, { syncIntervalMs: 100 });
    const b = await instance(prefix, { syncIntervalMs: 100 });
    a.controls.addBlock('principal', 'mallory', 600, 'before the loss');
    b.controls.noteRevocation('key-9', new Date().toISOString());
    await until(
      () => b.controls.findPrincipalBlock('mallory') !== undefined && a.controls.isKeyRevoked('key-9'),
      1_000,
    );
    const redis = (a.state as unknown as { redis: import('ioredis').Redis }).redis;
    await redis.del(`${prefix}controls`, `${prefix}controls:version`);
    // Both instances notice within a few heartbeats and write their controls back.
    await new Promise((resolve) => setTimeout(resolve, 600));
    for (const side of [a, b]) {
      expect(side.controls.findPrincipalBlock('mallory')).toBeDefined();
      expect(side.controls.isKeyRevoked('key-9')).toBe(true);
    }
    const entries = Object.keys(await redis.hgetall(`${prefix}controls`));
    expect(entries.some((entry) => entry.startsWith('b:'))).toBe(true);
    expect(entries).toContain('k:key-9');
    const late = await instance(prefix);
    await until(() => late.controls.findPrincipalBlock('mallory') !== undefined, 1_000);
  });

  it('an instance that joins an empty Redis seeds it with its own blocks', async () => {
    const prefix = uniquePrefix('seed');
    const controls = new GatewayControls();
    controls.addBlock('principal', 'eve', 60, 'from before Redis');
    const config = stateSchema.parse({ redis: { url: testRedisUrl, keyPrefix: prefix } }).redis!;
    opened.push(await RedisState.connect({ config, controls }));
    const other = await instance(prefix);
    await until(() => other.controls.findPrincipalBlock('eve') !== undefined, 1_000);
  });
});

describe('shared state without Redis', () => {
  it.skipIf(available)(redisSkipReason, () => {});

  it('each limit falls back to its share of the live instances, at least 1', () => {
    const config = limits({
      rate: { burst: 5, requestsPerMinute: 600 },
      tokens: { perMinute: 1000, perDay: 9000 },
      concurrency: { perPrincipal: 3 },
    });
    const share = shareOf(config, 2);
    expect(share.rate).toEqual({ burst: 2, requestsPerMinute: 300 });
    expect(share.tokens.perMinute).toBe(500);
    expect(share.tokens.perDay).toBe(4500);
    expect(share.concurrency.perPrincipal).toBe(1);
    expect(shareOf(config, 10).rate.burst).toBe(1);
  });
});
