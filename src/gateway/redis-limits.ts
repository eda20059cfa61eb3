import { RateLimiterMemory } from 'rate-limiter-flexible';
import { type LimitsConfig, RampartError } from '../core/index.ts';
import {
  concurrencyError,
  Limiters,
  type LimitStore,
  type RateOverride,
  rateError,
  tokenError,
} from './limiters.ts';
import type { RedisState } from './redis-state.ts';

const rateRefusals = ['override', 'burst', 'minute'] as const;

/**
 * The limits shared by every instance and worker through Redis: rate, burst and override as true
 * sliding windows and the concurrency lease in one atomic script (one round trip per request),
 * token quotas reserved up front and settled from usage.
 *
 * While Redis is unavailable, `local-share` counts each limit in this process at its share (the
 * limit divided by the live instances last seen, at least 1), so the fleet as a whole stays near
 * the limit; `refuse` answers 503. Either way the state's metrics and events say so.
 */
export class RedisLimits implements LimitStore {
  private fallback:
    | { instances: number; limits: Limiters; overrides: Map<string, RateLimiterMemory> }
    | undefined;
  private sequence = 0;

  constructor(
    readonly config: LimitsConfig,
    private readonly state: RedisState,
  ) {}

  async takeRequest(principal: string, override?: RateOverride): Promise<(() => void) | undefined> {
    if (this.state.available) {
      const member = `${this.state.instanceId}:${++this.sequence}`;
      const leaseKey = this.state.key('lease', principal);
      let result: [number, number] | undefined;
      try {
        result = await this.state.client.rampartRate(
          this.state.key('burst', principal),
          this.state.key('minute', principal),
          this.state.key('override', override?.id ?? '-'),
          leaseKey,
          this.config.rate.burst,
          this.config.rate.requestsPerMinute,
          override?.requestsPerMinute ?? 0,
          this.config.concurrency.perPrincipal,
          member,
          this.state.config.leaseTtlMs,
        );
      } catch (error) {
        this.state.markDown(error);
      }
      if (result) {
        const [refused, retryAfterMs] = result;
        if (refused === 4) throw concurrencyError(this.config.concurrency.perPrincipal);
        if (refused > 0) {
          const limit = rateRefusals[refused - 1]!;
          throw rateError(limit, this.allowed(limit, override), retryAfterMs);
        }
        return this.lease(leaseKey, member);
      }
    }
    const local = this.local('rate');
    return local.limits.takeRequest(principal, override ? this.localOverride(local, override) : undefined);
  }

  async takeExtraRequests(principal: string, count: number, override?: RateOverride): Promise<void> {
    if (count <= 0) return;
    if (this.state.available) {
      let result: [number, number] | undefined;
      try {
        result = await this.state.client.rampartExtraRequests(
          this.state.key('burst', principal),
          this.state.key('minute', principal),
          this.state.key('override', override?.id ?? '-'),
          this.config.rate.burst,
          this.config.rate.requestsPerMinute,
          override?.requestsPerMinute ?? 0,
          count,
          `${this.state.instanceId}:x${++this.sequence}`,
        );
      } catch (error) {
        this.state.markDown(error);
      }
      if (result) {
        const [refused, retryAfterMs] = result;
        if (refused > 0) {
          const limit = rateRefusals[refused - 1]!;
          throw rateError(limit, this.allowed(limit, override), retryAfterMs);
        }
        return;
      }
    }
    const local = this.local('rate');
    return local.limits.takeExtraRequests(
      principal,
      count,
      override ? this.localOverride(local, override) : undefined,
    );
  }

  private allowed(limit: (typeof rateRefusals)[number], override?: RateOverride): number {
    return limit === 'override'
      ? override!.requestsPerMinute
      : limit === 'burst'
        ? this.config.rate.burst
        : this.config.rate.requestsPerMinute;
  }

  /** Only reached when `takeRequest` counted locally (Redis unavailable): the local share. */
  enter(principal: string): () => void {
    return this.local('concurrency').limits.enter(principal);
  }

  async reserveTokens(principal: string, estimate: number): Promise<number> {
    const amount = Math.max(1, Math.min(estimate, this.config.tokens.perMinute, this.config.tokens.perDay));
    if (this.state.available) {
      const windows = tokenWindows(Date.now());
      let result: [number, number] | undefined;
      try {
        result = await this.state.client.rampartTokens(
          this.state.key('tokens', 'm', principal, windows.minute),
          this.state.key('tokens', 'd', principal, windows.day),
          amount,
          this.config.tokens.perMinute,
          this.config.tokens.perDay,
          windows.minuteLeftMs,
          windows.dayLeftMs,
        );
      } catch (error) {
        this.state.markDown(error);
      }
      if (result) {
        const [refused, retryAfterMs] = result;
        if (refused === 1) throw tokenError('minute', this.config.tokens.perMinute, retryAfterMs);
        if (refused === 2) throw tokenError('day', this.config.tokens.perDay, retryAfterMs);
        return amount;
      }
    }
    return this.local('tokens').limits.reserveTokens(principal, amount);
  }

  /**
   * Replace a reservation by the real usage, in the current windows. A settlement that cannot reach
   * Redis is dropped: the reservation (an over-estimate unless max_tokens was exceeded) stands.
   */
  async settleTokens(principal: string, reserved: number, actual: number): Promise<void> {
    const difference = actual - reserved;
    if (difference === 0) return;
    if (!this.state.available) return this.fallback?.limits.settleTokens(principal, reserved, actual);
    const windows = tokenWindows(Date.now());
    try {
      await this.state.client.rampartSettle(
        this.state.key('tokens', 'm', principal, windows.minute),
        this.state.key('tokens', 'd', principal, windows.day),
        difference,
      );
    } catch (error) {
      this.state.markDown(error);
    }
  }

  private lease(key: string, leaseId: string): () => void {
    this.state.leases.set(leaseId, key);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.state.leases.delete(leaseId);
      // Not awaited: a release that cannot reach Redis expires with its TTL.
      this.state.client.zrem(key, leaseId).catch(() => {});
    };
  }

  /** The local limits at this instance's share, rebuilt when the live-instance count changes. */
  private local(kind: string) {
    if (this.state.config.limitsWhenUnavailable === 'refuse') {
      throw new RampartError('RAMPART_STATE_UNAVAILABLE', 'the shared limit store is unavailable', {
        details: { retryAfterSeconds: 1 },
      });
    }
    this.state.noteFallback(kind);
    const instances = this.state.instances;
    if (this.fallback?.instances !== instances) {
      this.fallback = {
        instances,
        limits: new Limiters(shareOf(this.config, instances)),
        overrides: new Map(),
      };
    }
    return this.fallback;
  }

  private localOverride(local: NonNullable<typeof this.fallback>, override: RateOverride): RateOverride {
    const requestsPerMinute = share(override.requestsPerMinute, local.instances);
    let limiter = local.overrides.get(override.id);
    if (!limiter) {
      limiter = new RateLimiterMemory({ points: requestsPerMinute, duration: 60 });
      local.overrides.set(override.id, limiter);
    }
    return { id: override.id, requestsPerMinute, limiter };
  }
}

function share(limit: number, instances: number): number {
  return Math.max(1, Math.floor(limit / instances));
}

/** Each per-principal limit divided among the live instances (rounded down, at least 1). */
export function shareOf(config: LimitsConfig, instances: number): LimitsConfig {
  return {
    ...config,
    rate: {
      ...config.rate,
      requestsPerMinute: share(config.rate.requestsPerMinute, instances),
      burst: share(config.rate.burst, instances),
    },
    tokens: {
      ...config.tokens,
      perMinute: share(config.tokens.perMinute, instances),
      perDay: share(config.tokens.perDay, instances),
    },
    concurrency: { ...config.concurrency, perPrincipal: share(config.concurrency.perPrincipal, instances) },
  };
}

function tokenWindows(now: number) {
  const minute = Math.floor(now / 60_000);
  const day = Math.floor(now / 86_400_000);
  return {
    minute: String(minute),
    day: String(day),
    minuteLeftMs: (minute + 1) * 60_000 - now,
    dayLeftMs: (day + 1) * 86_400_000 - now,
  };
}
