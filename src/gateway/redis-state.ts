import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import type { Redis as RedisClient, RedisOptions } from 'ioredis';
import type { Logger } from 'pino';
import { importOptional, RampartError, safeJsonParse } from '../core/index.ts';
import type { RedisStateConfig } from './config.ts';
import {
  blockRecordSchema,
  type ControlChange,
  degradeRecordSchema,
  type GatewayControls,
  overrideRecordSchema,
  type ReplicaSnapshot,
} from './controls.ts';
import {
  authFailureScript,
  extraRequestsScript,
  rateScript,
  settleScript,
  tokenScript,
} from './redis-scripts.ts';

/** What GET /readyz and the metrics show of the shared state. */
export interface SharedStateStatus {
  backend: 'redis';
  available: boolean;
  /** When `available` last changed (ISO time). */
  since: string;
  /** Live instances (gateways and workers) last seen in Redis; the divisor of the local share. */
  instances: number;
  /** Short reason of the last failure while unavailable (no credentials, no URL). */
  reason?: string;
}

export interface RedisStateOptions {
  config: RedisStateConfig;
  /** The controls this instance enforces; kept equal to the shared copy. */
  controls: GatewayControls;
  logger?: Logger;
  /** How long `connect` waits for Redis before starting unavailable (it keeps retrying). */
  connectWaitMs?: number;
}

/**
 * The commands the shared limits send: the scripts ioredis defines on the client (EVALSHA, loaded
 * again by ioredis after a Redis restart) and ZREM. Declared here so the published types do not
 * need ioredis's.
 */
export interface LimitCommands {
  rampartRate(...keysThenArguments: Array<string | number>): Promise<[number, number]>;
  rampartExtraRequests(...keysThenArguments: Array<string | number>): Promise<[number, number]>;
  rampartTokens(...keysThenArguments: Array<string | number>): Promise<[number, number]>;
  rampartSettle(...keysThenArguments: Array<string | number>): Promise<number>;
  rampartAuthFailure(...keysThenArguments: Array<string | number>): Promise<number>;
  zrem(key: string, member: string): Promise<number>;
}

type Client = RedisClient & LimitCommands;

const entryPrefix = { block: 'b:', override: 'o:', revokedKey: 'k:', degrade: 'd:' } as const;

/**
 * One gateway process's connection to the shared state in Redis: health (available or not, and the
 * transitions as callbacks), the live-instance count, concurrency-lease renewal, and the controls
 * replica. Blocks, overrides and key revocations live in one hash with a version counter; a change
 * is written with the version bump and a pub/sub message in one transaction, and each instance
 * re-reads the hash on the message or when its periodic version check sees a newer version (a
 * missed message is caught within one `syncIntervalMs`). It outlives config reloads.
 */
export class RedisState {
  readonly instanceId = `${hostname()}:${process.pid}:${randomBytes(4).toString('hex')}`;
  readonly config: RedisStateConfig;
  /** What the limits send; the full client is private (its types are ioredis's). */
  readonly client: LimitCommands;
  private readonly redis: Client;
  /** Lease id → its sorted-set key, renewed on every heartbeat until released. */
  readonly leases = new Map<string, string>();
  private readonly subscriber: RedisClient;
  private readonly controls: GatewayControls;
  private readonly logger: Logger | undefined;
  private readonly keys: {
    instances: string;
    controls: string;
    version: string;
    channel: string;
    authChannel: string;
  };
  /** Addresses over their failed-authentication budget anywhere in the fleet → until when (local clock). */
  private readonly overBudget = new Map<string, number>();
  private failureSequence = 0;
  private availableNow = false;
  private everAvailable = false;
  private since = Date.now();
  private reason: string | undefined;
  private instanceCount = 1;
  private knownVersion: string | null | undefined;
  private readonly pending: ControlChange[] = [];
  private flushing = false;
  private syncRunning: Promise<void> | undefined;
  private syncAgain = false;
  private heartbeatTimer: NodeJS.Timeout | undefined;
  private closed = false;
  private readonly availabilityListeners: Array<(available: boolean, reason?: string) => void> = [];
  private readonly fallbackListeners: Array<(kind: string) => void> = [];

  private constructor(options: RedisStateOptions, Redis: typeof RedisClient) {
    this.config = options.config;
    this.controls = options.controls;
    this.logger = options.logger;
    const prefix = this.config.keyPrefix;
    this.keys = {
      instances: `${prefix}instances`,
      controls: `${prefix}controls`,
      version: `${prefix}controls:version`,
      channel: `${prefix}controls:changed`,
      authChannel: `${prefix}auth:over-budget`,
    };
    const clientOptions: RedisOptions = {
      // Fail fast instead of queueing while disconnected: the request falls back at once.
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      commandTimeout: this.config.commandTimeoutMs,
      connectTimeout: Math.max(1_000, this.config.commandTimeoutMs),
      retryStrategy: (attempt) => Math.min(50 * attempt, 1_000),
      // Off: batching the commands of one event-loop turn cost more CPU than it saved
      // (bench:gateway-state, 2026-12-07: +31-33 µs/request with it, +19-22 without).
      enableAutoPipelining: false,
      autoResubscribe: false,
    };
    this.redis = new Redis(this.config.url, clientOptions) as Client;
    this.client = this.redis;
    this.redis.defineCommand('rampartRate', { numberOfKeys: 4, lua: rateScript });
    this.redis.defineCommand('rampartExtraRequests', { numberOfKeys: 3, lua: extraRequestsScript });
    this.redis.defineCommand('rampartTokens', { numberOfKeys: 2, lua: tokenScript });
    this.redis.defineCommand('rampartSettle', { numberOfKeys: 2, lua: settleScript });
    this.redis.defineCommand('rampartAuthFailure', { numberOfKeys: 1, lua: authFailureScript });
    this.subscriber = new Redis(this.config.url, { ...clientOptions, enableAutoPipelining: false });
    // Errors are reported through availability, never as unhandled 'error' events.
    this.redis.on('error', (error: Error) => this.markDown(error));
    this.subscriber.on('error', () => {});
    this.subscriber.on('ready', () => {
      this.subscriber.subscribe(this.keys.channel, this.keys.authChannel).catch(() => {});
    });
    this.subscriber.on('message', (channel: string, message: string) => {
      if (channel === this.keys.authChannel) this.noteOverBudget(message);
      else this.scheduleSync();
    });
    this.controls.onChange((change) => {
      this.pending.push(change);
      void this.flush();
    });
  }

  /**
   * Connect (loading ioredis, an optional peer) and do the first heartbeat. When Redis does not
   * answer within `connectWaitMs` the gateway starts unavailable, on its last known controls, and
   * recovers by itself once Redis answers.
   */
  static async connect(options: RedisStateOptions): Promise<RedisState> {
    const { Redis } = await importOptional('ioredis', () => import('ioredis'));
    const state = new RedisState(options, Redis);
    const waitUntil = Date.now() + (options.connectWaitMs ?? 2_000);
    while (state.redis.status !== 'ready' && Date.now() < waitUntil) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    await state.heartbeat();
    if (!state.availableNow) state.reportAvailability();
    state.heartbeatTimer = setInterval(() => void state.heartbeat(), state.config.syncIntervalMs);
    state.heartbeatTimer.unref();
    return state;
  }

  get available(): boolean {
    return this.availableNow;
  }

  /** Live instances last seen (1 at least); a fallback limit is the limit divided by it. */
  get instances(): number {
    return this.instanceCount;
  }

  status(): SharedStateStatus {
    return {
      backend: 'redis',
      available: this.availableNow,
      since: new Date(this.since).toISOString(),
      instances: this.instanceCount,
      ...(this.availableNow || !this.reason ? {} : { reason: this.reason }),
    };
  }

  /** Called with `false` when Redis stops answering and `true` when it answers again. */
  onAvailability(listener: (available: boolean, reason?: string) => void): void {
    this.availabilityListeners.push(listener);
  }

  /** Called each time a limit is counted locally because Redis is unavailable. */
  onFallback(listener: (kind: string) => void): void {
    this.fallbackListeners.push(listener);
  }

  noteFallback(kind: string): void {
    for (const listener of this.fallbackListeners) listener(kind);
  }

  /**
   * Count one failed authentication from `address` in the fleet-wide budget (fire and forget: the
   * refusal does not wait for Redis). While Redis is unavailable only the local budget counts.
   */
  countAuthFailure(address: string, limit: number, windowMs: number): void {
    if (!this.availableNow) return;
    const member = `${this.instanceId}:${++this.failureSequence}`;
    this.redis
      .rampartAuthFailure(
        this.key('auth-failures', address),
        limit,
        windowMs,
        member,
        this.keys.authChannel,
        address,
      )
      .catch((error: unknown) => this.markDown(error));
  }

  /** How many ms the fleet still refuses `address`'s unauthenticated requests (0: not over budget). */
  addressWaitMs(address: string, now = Date.now()): number {
    if (this.overBudget.size === 0) return 0;
    const until = this.overBudget.get(address);
    if (until === undefined) return 0;
    if (until > now) return until - now;
    this.overBudget.delete(address);
    return 0;
  }

  /** "address wait" from another instance (or this one): refuse until now + wait. */
  private noteOverBudget(message: string): void {
    const space = message.lastIndexOf(' ');
    const waitMs = Number(message.slice(space + 1));
    if (space <= 0 || !Number.isFinite(waitMs) || waitMs <= 0) return;
    // Bounded memory: past 100,000 addresses the oldest entry goes first.
    if (this.overBudget.size >= 100_000)
      this.overBudget.delete(this.overBudget.keys().next().value as string);
    this.overBudget.set(message.slice(0, space), Date.now() + Math.min(waitMs, 3_600_000));
  }

  key(...parts: string[]): string {
    return this.config.keyPrefix + parts.join(':');
  }

  /** A command failed: Redis counts as unavailable until a heartbeat succeeds. */
  markDown(error: unknown): void {
    if (this.closed) return;
    const reason = describe(error);
    if (!this.availableNow) {
      this.reason ??= reason;
      return;
    }
    this.availableNow = false;
    this.since = Date.now();
    this.reason = reason;
    this.reportAvailability();
  }

  private reportAvailability(): void {
    const message = !this.availableNow
      ? 'shared state unavailable; local fallback in force'
      : this.everAvailable
        ? 'shared state available again'
        : 'shared state connected';
    this.everAvailable ||= this.availableNow;
    this.logger?.[this.availableNow ? 'info' : 'warn'](
      { state: 'redis', available: this.availableNow, reason: this.availableNow ? undefined : this.reason },
      message,
    );
    for (const listener of this.availabilityListeners) listener(this.availableNow, this.reason);
  }

  /**
   * Say this instance is alive, count live instances, renew leases and read the controls version:
   * one pipeline, one round trip. A success while unavailable is the recovery.
   */
  private async heartbeat(): Promise<void> {
    if (this.closed || this.redis.status !== 'ready') {
      if (this.redis.status !== 'ready') this.markDown(new Error(`connection ${this.redis.status}`));
      return;
    }
    const now = Date.now();
    const pipeline = this.redis.pipeline();
    pipeline.zadd(this.keys.instances, now, this.instanceId);
    pipeline.zremrangebyscore(
      this.keys.instances,
      '-inf',
      now - Math.max(3_000, 3 * this.config.syncIntervalMs),
    );
    pipeline.zcard(this.keys.instances);
    pipeline.get(this.keys.version);
    const expiry = now + this.config.leaseTtlMs;
    for (const [leaseId, key] of this.leases) {
      pipeline.zadd(key, 'XX', expiry, leaseId);
      pipeline.pexpire(key, this.config.leaseTtlMs * 2);
    }
    try {
      const results = (await pipeline.exec()) ?? [];
      const failed = results.find(([error]) => error);
      if (failed) throw failed[0];
      this.instanceCount = Math.max(1, Number(results[2]![1]));
      const version = results[3]![1] as string | null;
      if (!this.availableNow) await this.recover(version);
      else if (this.lostData(version)) await this.reseed();
      else if (version !== this.knownVersion) this.scheduleSync();
    } catch (error) {
      this.markDown(error);
    }
  }

  /**
   * Redis answers again (or for the first time): write the controls changed meanwhile, seed an empty
   * Redis from this instance's controls (a single gateway moving to shared state keeps its blocks),
   * then read the shared copy.
   */
  private async recover(version: string | null): Promise<void> {
    if (version === null) await this.seed();
    this.availableNow = true;
    this.since = Date.now();
    this.reason = undefined;
    await this.flush();
    this.scheduleSync();
    this.reportAvailability();
  }

  /** Write this instance's controls into the shared hash (additive) and bump the version. */
  private async seed(): Promise<void> {
    const snapshot = this.controls.snapshot();
    const transaction = this.redis.multi();
    for (const block of snapshot.blocks)
      transaction.hset(this.keys.controls, entryPrefix.block + block.id, JSON.stringify(block));
    for (const override of snapshot.overrides)
      transaction.hset(this.keys.controls, entryPrefix.override + override.id, JSON.stringify(override));
    for (const { id, revokedAt } of snapshot.revokedKeys)
      transaction.hset(this.keys.controls, entryPrefix.revokedKey + id, revokedAt);
    for (const degrade of snapshot.degrades)
      transaction.hset(this.keys.controls, entryPrefix.degrade + degrade.id, JSON.stringify(degrade));
    transaction.incr(this.keys.version);
    transaction.publish(this.keys.channel, this.instanceId);
    const results = await transaction.exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('transaction discarded');
  }

  /**
   * Redis lost the shared controls while answering all along (FLUSHALL, an eviction, a fail-over to an
   * empty replica behind a proxy): the version counter only ever grows, so a missing or smaller one
   * than this instance last read means the hash is gone or was re-seeded by another instance from
   * scratch. Applying it as it stands would lift every block in the fleet.
   */
  private lostData(version: string | null): boolean {
    if (this.knownVersion === undefined || this.knownVersion === null) return false;
    return version === null || Number(version) < Number(this.knownVersion);
  }

  /** Write this instance's controls back after a data loss (every instance adds its own), then re-read. */
  private async reseed(): Promise<void> {
    this.logger?.warn(
      { state: 'redis' },
      "shared controls lost in Redis (version counter missing or reset); writing this instance's controls back",
    );
    this.knownVersion = undefined;
    await this.seed();
    this.scheduleSync();
  }

  /** Write local changes in order; stop (keeping them) at the first failure. */
  private async flush(): Promise<void> {
    if (this.flushing || !this.availableNow) return;
    this.flushing = true;
    try {
      while (this.pending.length > 0 && this.availableNow) {
        await this.write(this.pending[0]!);
        this.pending.shift();
      }
    } catch (error) {
      this.markDown(error);
    } finally {
      this.flushing = false;
    }
    if (this.pending.length === 0) this.scheduleSync();
  }

  private async write(change: ControlChange): Promise<void> {
    const hash = this.keys.controls;
    const transaction = this.redis.multi();
    switch (change.op) {
      case 'block.add':
        transaction.hset(hash, entryPrefix.block + change.block.id, JSON.stringify(change.block));
        break;
      case 'block.remove':
        transaction.hdel(hash, entryPrefix.block + change.id);
        break;
      case 'override.add':
        for (const id of change.replaced) transaction.hdel(hash, entryPrefix.override + id);
        transaction.hset(hash, entryPrefix.override + change.override.id, JSON.stringify(change.override));
        break;
      case 'override.remove':
        transaction.hdel(hash, entryPrefix.override + change.id);
        break;
      case 'key.revoke':
        transaction.hset(hash, entryPrefix.revokedKey + change.id, change.revokedAt);
        break;
      case 'degrade.add':
        for (const id of change.replaced) transaction.hdel(hash, entryPrefix.degrade + id);
        transaction.hset(hash, entryPrefix.degrade + change.degrade.id, JSON.stringify(change.degrade));
        break;
      case 'degrade.remove':
        transaction.hdel(hash, entryPrefix.degrade + change.id);
        break;
    }
    transaction.incr(this.keys.version);
    transaction.publish(this.keys.channel, this.instanceId);
    const results = await transaction.exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('transaction discarded');
  }

  /** Re-read the shared controls soon; coalesces bursts of messages into one read. */
  private scheduleSync(): void {
    if (this.syncRunning) {
      this.syncAgain = true;
      return;
    }
    this.syncRunning = this.sync()
      .catch((error: unknown) => this.markDown(error))
      .finally(() => {
        this.syncRunning = undefined;
        if (this.syncAgain) {
          this.syncAgain = false;
          this.scheduleSync();
        }
      });
  }

  private async sync(): Promise<void> {
    if (!this.availableNow || this.pending.length > 0 || this.closed) return;
    const results = await this.redis.multi().get(this.keys.version).hgetall(this.keys.controls).exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('transaction discarded');
    // A local change made while reading is written first, then read back with everyone else's.
    if (this.pending.length > 0) return;
    const version = results[0]![1] as string | null;
    if (this.lostData(version)) {
      await this.reseed();
      return;
    }
    const entries = results[1]![1] as Record<string, string>;
    const { snapshot, expired } = parseControls(entries);
    this.controls.applySnapshot(snapshot);
    this.knownVersion = version;
    if (expired.length > 0) this.redis.hdel(this.keys.controls, ...expired).catch(() => {});
  }

  /** Stop the heartbeat, drop this instance from the live set, release leases, disconnect. */
  async close(): Promise<void> {
    if (this.closed) return;
    clearInterval(this.heartbeatTimer);
    if (this.availableNow) {
      try {
        await this.flush();
        const pipeline = this.redis.pipeline().zrem(this.keys.instances, this.instanceId);
        for (const [leaseId, key] of this.leases) pipeline.zrem(key, leaseId);
        await pipeline.exec();
      } catch {
        // Leases and the instance entry expire by themselves.
      }
    }
    this.closed = true;
    this.redis.disconnect();
    this.subscriber.disconnect();
  }
}

type RecordSchema = typeof blockRecordSchema | typeof overrideRecordSchema | typeof degradeRecordSchema;

/** The hash's JSON entries: field prefix, schema, and where a parsed record goes. */
const recordKinds: Array<[string, RecordSchema, (snapshot: ReplicaSnapshot, record: never) => void]> = [
  [entryPrefix.block, blockRecordSchema, (snapshot, record) => snapshot.blocks.push(record)],
  [entryPrefix.override, overrideRecordSchema, (snapshot, record) => snapshot.overrides.push(record)],
  [entryPrefix.degrade, degradeRecordSchema, (snapshot, record) => snapshot.degrades.push(record)],
];

/** The controls hash as a snapshot; entries that do not parse are skipped, expired ones listed for removal. */
function parseControls(
  entries: Record<string, string>,
  now = Date.now(),
): { snapshot: ReplicaSnapshot; expired: string[] } {
  const snapshot: ReplicaSnapshot = { blocks: [], overrides: [], revokedKeys: [], degrades: [] };
  const expired: string[] = [];
  for (const [field, value] of Object.entries(entries)) {
    if (field.startsWith(entryPrefix.revokedKey)) {
      snapshot.revokedKeys.push({ id: field.slice(entryPrefix.revokedKey.length), revokedAt: value });
      continue;
    }
    const kind = recordKinds.find(([prefix]) => field.startsWith(prefix));
    if (!kind) continue;
    const [, schema, add] = kind;
    let parsed: ReturnType<typeof schema.safeParse>;
    try {
      parsed = schema.safeParse(safeJsonParse(value));
    } catch {
      continue;
    }
    if (!parsed.success) continue;
    if (Date.parse(parsed.data.expiresAt) <= now) {
      expired.push(field);
      continue;
    }
    // The schema and the list it goes to come from the same row of recordKinds.
    add(snapshot, parsed.data as never);
  }
  return { snapshot, expired };
}

function describe(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  // Never echo a URL (it may carry a password): keep the first words of the message.
  return message.replace(/\w+:\/\/\S+/g, '[url]').slice(0, 120);
}

/**
 * Tell every gateway sharing `config`'s Redis that a key is revoked, from a process that is not a
 * gateway (`rampart keys revoke --config`): the same transaction a gateway writes (hash entry,
 * version bump, pub/sub message), so each instance refuses the key within 1 s even when its own
 * key store is another file. Throws RAMPART_STATE_UNAVAILABLE when Redis does not answer.
 */
export async function announceKeyRevocation(
  config: RedisStateConfig,
  id: string,
  revokedAt: string,
): Promise<void> {
  const { Redis } = await importOptional('ioredis', () => import('ioredis'));
  const redis = new Redis(config.url, {
    lazyConnect: true,
    maxRetriesPerRequest: 0,
    commandTimeout: Math.max(1_000, config.commandTimeoutMs),
    connectTimeout: Math.max(1_000, config.commandTimeoutMs),
    retryStrategy: () => null,
  });
  redis.on('error', () => {});
  const prefix = config.keyPrefix;
  try {
    await redis.connect();
    const results = await redis
      .multi()
      .hset(`${prefix}controls`, entryPrefix.revokedKey + id, revokedAt)
      .incr(`${prefix}controls:version`)
      .publish(`${prefix}controls:changed`, `cli:${hostname()}:${process.pid}`)
      .exec();
    const failed = results?.find(([error]) => error);
    if (!results || failed) throw failed?.[0] ?? new Error('transaction discarded');
  } catch (error) {
    throw new RampartError(
      'RAMPART_STATE_UNAVAILABLE',
      `cannot tell the other gateways through Redis (${describe(error)})`,
      {
        cause: error,
        hint: 'The key is revoked in the key store this command opened, but instances with another key store still accept it. Run the same command again when Redis answers (revoking twice is harmless), or revoke through the admin API.',
      },
    );
  } finally {
    redis.disconnect();
  }
}
