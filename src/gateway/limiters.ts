import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { type LimitsConfig, RampartError } from '../core/index.ts';
import { SlidingWindowLimit } from './sliding-window.ts';

function retryAfterSeconds(result: unknown): number {
  return result instanceof RateLimiterRes ? Math.max(1, Math.ceil(result.msBeforeNext / 1000)) : 1;
}

function limitError(
  code: 'RAMPART_LIMIT_RATE' | 'RAMPART_LIMIT_TOKENS',
  limit: string,
  message: string,
  retryAfter: number,
) {
  return new RampartError(code, message, { details: { limit, retryAfterSeconds: retryAfter } });
}

/** The tighter per-minute limit an operator or the SOC set on a principal (see controls.ts). */
export interface RateOverride {
  readonly id: string;
  readonly requestsPerMinute: number;
  /** The local limiter (memory store); the Redis store keys its shared window by `id`. */
  readonly limiter: RateLimiterMemory;
}

/**
 * Where the per-principal limits are counted: this process's memory (`Limiters`, the default) or
 * shared by every instance and worker (`RedisLimits`). Each method throws a RampartError to refuse.
 */
export interface LimitStore {
  readonly config: LimitsConfig;
  /**
   * Count one request against the override (when set), the burst and the per-minute limits. A store
   * that takes the concurrency slot in the same round trip returns its release function.
   */
  takeRequest(principal: string, override?: RateOverride): Promise<(() => void) | undefined>;
  /**
   * Count `count` more requests against the override (when set), the burst and the per-minute limits:
   * upstream calls the gateway makes on the caller's behalf (randomized smoothing, feature squeezing).
   * All or none: when any limit lacks room, nothing is counted and RAMPART_LIMIT_RATE is thrown.
   */
  takeExtraRequests(principal: string, count: number, override?: RateOverride): Promise<void>;
  /** Take a concurrency slot; returns its release function. */
  enter(principal: string): () => void;
  reserveTokens(principal: string, estimate: number): Promise<number>;
  settleTokens(principal: string, reserved: number, actual: number): Promise<void>;
}

/** The error a refused override, burst or per-minute limit throws. */
export function rateError(limit: 'override' | 'burst' | 'minute', allowed: number, retryAfterMs: number) {
  const retryAfter = Math.max(1, Math.ceil(retryAfterMs / 1000));
  if (limit === 'override')
    return limitError(
      'RAMPART_LIMIT_RATE',
      'override.requestsPerMinute',
      `more than ${allowed} requests per minute (temporary limit)`,
      retryAfter,
    );
  if (limit === 'burst')
    return limitError(
      'RAMPART_LIMIT_RATE',
      'rate.burst',
      `more than ${allowed} requests in one second`,
      retryAfter,
    );
  return limitError(
    'RAMPART_LIMIT_RATE',
    'rate.requestsPerMinute',
    `more than ${allowed} requests per minute`,
    retryAfter,
  );
}

export function concurrencyError(allowed: number): RampartError {
  return new RampartError('RAMPART_LIMIT_CONCURRENCY', `more than ${allowed} requests in flight`, {
    details: { limit: 'concurrency.perPrincipal', retryAfterSeconds: 1 },
  });
}

export function tokenError(window: 'minute' | 'day', quota: number, retryAfterMs: number): RampartError {
  return limitError(
    'RAMPART_LIMIT_TOKENS',
    window === 'minute' ? 'tokens.perMinute' : 'tokens.perDay',
    `token quota of ${quota} per ${window} spent`,
    Math.max(1, Math.ceil(retryAfterMs / 1000)),
  );
}

/**
 * Per-principal request rate (per-minute sustained plus per-second burst), token quotas (per
 * minute and per day: reserved up front from an estimate, settled from upstream usage) and
 * concurrency caps. Memory store by default (rate-limiter-flexible); one instance per config.
 */
export class Limiters implements LimitStore {
  private readonly perMinute: RateLimiterMemory;
  /** Exact: at most `burst` in any one second, not per calendar second. */
  private readonly perSecond: SlidingWindowLimit;
  private readonly tokensMinute: RateLimiterMemory;
  private readonly tokensDay: RateLimiterMemory;
  private readonly inFlight = new Map<string, number>();

  constructor(readonly config: LimitsConfig) {
    this.perMinute = new RateLimiterMemory({ points: config.rate.requestsPerMinute, duration: 60 });
    this.perSecond = new SlidingWindowLimit(config.rate.burst, 1_000);
    this.tokensMinute = new RateLimiterMemory({ points: config.tokens.perMinute, duration: 60 });
    this.tokensDay = new RateLimiterMemory({ points: config.tokens.perDay, duration: 86_400 });
  }

  /** Count one request; rejects with RAMPART_LIMIT_RATE (details.limit names the limit hit). */
  async takeRequest(principal: string, override?: RateOverride): Promise<undefined> {
    if (override) {
      try {
        await override.limiter.consume(principal, 1);
      } catch (result) {
        throw rateError('override', override.requestsPerMinute, retryAfterSeconds(result) * 1000);
      }
    }
    const burst = this.perSecond.take(principal);
    if (!burst.ok) {
      throw limitError(
        'RAMPART_LIMIT_RATE',
        'rate.burst',
        `more than ${this.config.rate.burst} requests in one second`,
        Math.max(1, Math.ceil(burst.retryAfterMs / 1000)),
      );
    }
    try {
      await this.perMinute.consume(principal, 1);
    } catch (result) {
      throw limitError(
        'RAMPART_LIMIT_RATE',
        'rate.requestsPerMinute',
        `more than ${this.config.rate.requestsPerMinute} requests per minute`,
        retryAfterSeconds(result),
      );
    }
    return undefined;
  }

  /** Count `count` more requests, all or none; rejects with RAMPART_LIMIT_RATE and counts nothing. */
  async takeExtraRequests(principal: string, count: number, override?: RateOverride): Promise<void> {
    if (count <= 0) return;
    // A refused consume still counts its points in rate-limiter-flexible: give them back.
    if (override) {
      try {
        await override.limiter.consume(principal, count);
      } catch (result) {
        await override.limiter.reward(principal, count);
        throw rateError('override', override.requestsPerMinute, retryAfterSeconds(result) * 1000);
      }
    }
    try {
      await this.perMinute.consume(principal, count);
    } catch (result) {
      await Promise.all([
        this.perMinute.reward(principal, count),
        override?.limiter.reward(principal, count),
      ]);
      throw rateError('minute', this.config.rate.requestsPerMinute, retryAfterSeconds(result) * 1000);
    }
    // Last, and synchronous: the burst window cannot be given back, the others can.
    const burst = this.perSecond.takeMany(principal, count);
    if (!burst.ok) {
      await Promise.all([
        this.perMinute.reward(principal, count),
        override?.limiter.reward(principal, count),
      ]);
      throw rateError('burst', this.config.rate.burst, burst.retryAfterMs);
    }
  }

  /** Take a concurrency slot; returns its release function or throws RAMPART_LIMIT_CONCURRENCY. */
  enter(principal: string): () => void {
    const current = this.inFlight.get(principal) ?? 0;
    if (current >= this.config.concurrency.perPrincipal)
      throw concurrencyError(this.config.concurrency.perPrincipal);
    this.inFlight.set(principal, current + 1);
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const left = (this.inFlight.get(principal) ?? 1) - 1;
      if (left <= 0) this.inFlight.delete(principal);
      else this.inFlight.set(principal, left);
    };
  }

  /** Reserve an estimate against both token quotas; throws RAMPART_LIMIT_TOKENS when it does not fit. */
  async reserveTokens(principal: string, estimate: number): Promise<number> {
    const amount = Math.max(1, Math.min(estimate, this.config.tokens.perMinute, this.config.tokens.perDay));
    // A refused consume still counts its points in rate-limiter-flexible: give them back.
    try {
      await this.tokensMinute.consume(principal, amount);
    } catch (result) {
      await this.tokensMinute.reward(principal, amount);
      throw limitError(
        'RAMPART_LIMIT_TOKENS',
        'tokens.perMinute',
        `token quota of ${this.config.tokens.perMinute} per minute spent`,
        retryAfterSeconds(result),
      );
    }
    try {
      await this.tokensDay.consume(principal, amount);
    } catch (result) {
      await Promise.all([
        this.tokensMinute.reward(principal, amount),
        this.tokensDay.reward(principal, amount),
      ]);
      throw limitError(
        'RAMPART_LIMIT_TOKENS',
        'tokens.perDay',
        `token quota of ${this.config.tokens.perDay} per day spent`,
        retryAfterSeconds(result),
      );
    }
    return amount;
  }

  /** Replace a reservation by the real usage. */
  async settleTokens(principal: string, reserved: number, actual: number): Promise<void> {
    const difference = actual - reserved;
    if (difference > 0) {
      await Promise.all([
        this.tokensMinute.penalty(principal, difference),
        this.tokensDay.penalty(principal, difference),
      ]);
    } else if (difference < 0) {
      await Promise.all([
        this.tokensMinute.reward(principal, -difference),
        this.tokensDay.reward(principal, -difference),
      ]);
    }
  }
}

/** Rough token estimate when upstream reports no usage: about 4 characters a token. */
export function estimateTokens(characters: number): number {
  return Math.ceil(characters / 4);
}
