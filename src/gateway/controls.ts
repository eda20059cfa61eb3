import { RateLimiterMemory } from 'rate-limiter-flexible';
import { RampartError, uuidv7 } from '../core/index.ts';

export interface Block {
  id: string;
  type: 'principal' | 'ip';
  value: string;
  reason: string;
  createdAt: string;
  expiresAt: string;
}

export interface LimitOverride {
  id: string;
  principal: string;
  requestsPerMinute: number;
  reason: string;
  createdAt: string;
  expiresAt: string;
  limiter: RateLimiterMemory;
}

const maxTtlSeconds = 30 * 24 * 3600;

function checkTtl(ttlSeconds: number): void {
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0 || ttlSeconds > maxTtlSeconds) {
    throw new RampartError('RAMPART_REQUEST_MALFORMED', `ttlSeconds must be between 1 and ${maxTtlSeconds}`);
  }
}

/**
 * Operator and SOC controls that act on the next request: blocks of a principal or client IP for a
 * period, and temporary tighter rate limits. Kept in process memory (a restart clears them).
 */
export class GatewayControls {
  private readonly blocks = new Map<string, Block>();
  private readonly overrides = new Map<string, LimitOverride>();
  /** Fast path: nothing to check when empty. */
  private activeBlocks = 0;

  addBlock(
    type: 'principal' | 'ip',
    value: string,
    ttlSeconds: number,
    reason: string,
    now = Date.now(),
  ): Block {
    checkTtl(ttlSeconds);
    if (!value) throw new RampartError('RAMPART_REQUEST_MALFORMED', 'a block needs a value');
    const block: Block = {
      id: uuidv7(),
      type,
      value,
      reason,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + ttlSeconds * 1000).toISOString(),
    };
    this.blocks.set(block.id, block);
    this.activeBlocks = this.blocks.size;
    return block;
  }

  removeBlock(id: string): boolean {
    const removed = this.blocks.delete(id);
    this.activeBlocks = this.blocks.size;
    return removed;
  }

  listBlocks(now = Date.now()): Block[] {
    this.expire(now);
    return [...this.blocks.values()];
  }

  /** The block that applies to this principal or IP, if any. */
  findBlock(principal: string | undefined, ip: string, now = Date.now()): Block | undefined {
    if (this.activeBlocks === 0) return undefined;
    this.expire(now);
    for (const block of this.blocks.values()) {
      if (
        (block.type === 'ip' && block.value === ip) ||
        (block.type === 'principal' && block.value === principal)
      ) {
        return block;
      }
    }
    return undefined;
  }

  addOverride(
    principal: string,
    requestsPerMinute: number,
    ttlSeconds: number,
    reason: string,
    now = Date.now(),
  ) {
    checkTtl(ttlSeconds);
    if (!Number.isInteger(requestsPerMinute) || requestsPerMinute < 1) {
      throw new RampartError('RAMPART_REQUEST_MALFORMED', 'requestsPerMinute must be a positive integer');
    }
    const override: LimitOverride = {
      id: uuidv7(),
      principal,
      requestsPerMinute,
      reason,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + ttlSeconds * 1000).toISOString(),
      limiter: new RateLimiterMemory({ points: requestsPerMinute, duration: 60 }),
    };
    for (const [id, existing] of this.overrides)
      if (existing.principal === principal) this.overrides.delete(id);
    this.overrides.set(override.id, override);
    return override;
  }

  removeOverride(id: string): boolean {
    return this.overrides.delete(id);
  }

  listOverrides(now = Date.now()): Omit<LimitOverride, 'limiter'>[] {
    this.expire(now);
    return [...this.overrides.values()].map(({ limiter: _limiter, ...rest }) => rest);
  }

  overrideFor(principal: string, now = Date.now()): LimitOverride | undefined {
    if (this.overrides.size === 0) return undefined;
    for (const override of this.overrides.values()) {
      if (override.principal !== principal) continue;
      if (Date.parse(override.expiresAt) <= now) {
        this.overrides.delete(override.id);
        return undefined;
      }
      return override;
    }
    return undefined;
  }

  private expire(now: number): void {
    for (const [id, block] of this.blocks) if (Date.parse(block.expiresAt) <= now) this.blocks.delete(id);
    for (const [id, override] of this.overrides)
      if (Date.parse(override.expiresAt) <= now) this.overrides.delete(id);
    this.activeBlocks = this.blocks.size;
  }
}
