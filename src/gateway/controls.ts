import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import { z } from 'zod';
import { RampartError, safeJsonParse, uuidv7 } from '../core/index.ts';

/**
 * What an address block refuses: `all` requests from the address (an operator's hand-set block),
 * or only `unauthenticated` ones (failed or missing credentials), so principals that authenticate
 * from the same NAT or proxy address go on working. Principal blocks are always `all`.
 */
export type BlockScope = 'all' | 'unauthenticated';

export interface Block {
  id: string;
  type: 'principal' | 'ip';
  value: string;
  scope: BlockScope;
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

/**
 * A principal whose answers are hardened for a while (the route's `output.degraded` settings): the
 * first of the graded responses to suspected model extraction.
 */
export interface Degrade {
  id: string;
  principal: string;
  reason: string;
  createdAt: string;
  expiresAt: string;
}

const maxTtlSeconds = 30 * 24 * 3600;

function checkTtl(ttlSeconds: number): void {
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0 || ttlSeconds > maxTtlSeconds) {
    throw new RampartError(
      'RAMPART_ADMIN_REQUEST_INVALID',
      `ttlSeconds must be between 1 and ${maxTtlSeconds}`,
    );
  }
}

const savedState = z.strictObject({
  version: z.literal(1),
  blocks: z.array(
    z.strictObject({
      id: z.string(),
      type: z.enum(['principal', 'ip']),
      value: z.string().min(1),
      scope: z.enum(['all', 'unauthenticated']).default('all'),
      reason: z.string(),
      createdAt: z.string(),
      expiresAt: z.iso.datetime(),
    }),
  ),
  overrides: z.array(
    z.strictObject({
      id: z.string(),
      principal: z.string(),
      requestsPerMinute: z.number().int().min(1),
      reason: z.string(),
      createdAt: z.string(),
      expiresAt: z.iso.datetime(),
    }),
  ),
  /** Key revocations heard from other instances (shared state): kept so a restart without Redis still refuses them. */
  revokedKeys: z.array(z.strictObject({ id: z.string(), revokedAt: z.string() })).default([]),
  degrades: z
    .array(
      z.strictObject({
        id: z.string(),
        principal: z.string().min(1),
        reason: z.string(),
        createdAt: z.string(),
        expiresAt: z.iso.datetime(),
      }),
    )
    .default([]),
});

/** A block as stored and replicated (validated when read back from a file or from Redis). */
export const blockRecordSchema = savedState.shape.blocks.element;
/** An override as stored and replicated, without its local limiter. */
export const overrideRecordSchema = savedState.shape.overrides.element;
/** A degrade as stored and replicated. */
export const degradeRecordSchema = savedState.shape.degrades.unwrap().element;

export type OverrideRecord = Omit<LimitOverride, 'limiter'>;

/** What changed, for the shared-state replica to write on (see redis-state.ts). */
export type ControlChange =
  | { op: 'block.add'; block: Block }
  | { op: 'block.remove'; id: string }
  | { op: 'override.add'; override: OverrideRecord; replaced: string[] }
  | { op: 'override.remove'; id: string }
  | { op: 'key.revoke'; id: string; revokedAt: string }
  | { op: 'degrade.add'; degrade: Degrade; replaced: string[] }
  | { op: 'degrade.remove'; id: string };

/** Every control at once: what a replica reads from and writes to the shared store. */
export interface ReplicaSnapshot {
  blocks: Block[];
  overrides: OverrideRecord[];
  revokedKeys: Array<{ id: string; revokedAt: string }>;
  degrades: Degrade[];
}

/** An override as stored (without its in-process limiter). */
export type SavedOverride = OverrideRecord;

/** One change to the controls, as a shared store (PostgreSQL) applies it. */
export type ControlsChange =
  | { type: 'add-block'; block: Block }
  | { type: 'remove-block'; id: string }
  /** Replaces any override of the same principal. */
  | { type: 'add-override'; override: SavedOverride }
  | { type: 'remove-override'; id: string }
  /** Replaces any degrade of the same principal. */
  | { type: 'add-degrade'; degrade: Degrade }
  | { type: 'remove-degrade'; id: string };

export interface ControlsSnapshot {
  blocks: Block[];
  overrides: SavedOverride[];
  degrades: Degrade[];
}

/**
 * Where controls live when several gateways share them (PostgreSQL): each change is written there,
 * and every gateway replaces its copy from `load()` when told another one changed it.
 */
export interface ControlsStore {
  load(): Promise<ControlsSnapshot>;
  apply(change: ControlsChange): Promise<void>;
}

export interface GatewayControlsOptions {
  /**
   * JSON file that keeps blocks and overrides across restarts (the CLI uses DATA_DIR/controls.json).
   * Every change is written (atomically, by rename) before it is acknowledged; a file that cannot
   * be read is an error, never an empty list. Without a path they live in memory only.
   */
  path?: string;
  /**
   * A shared store instead of the file: changes apply here at once and are written there; callers
   * that acknowledge a change await `flush()` first (a failed write is undone and thrown there).
   */
  store?: ControlsStore;
}

/**
 * Operator and SOC controls that act on the next request: blocks of a principal or client IP for a
 * period, and temporary tighter rate limits (a rate window starts afresh after a restart).
 */
export class GatewayControls {
  private readonly blocks = new Map<string, Block>();
  private readonly overrides = new Map<string, LimitOverride>();
  /** Key ids revoked on another instance (shared state); this instance's own store knows its own. */
  private readonly revokedKeys = new Map<string, string>();
  private readonly listeners: Array<(change: ControlChange) => void> = [];
  private readonly degrades = new Map<string, Degrade>();
  /** Fast path: nothing to check when empty. */
  private activeBlocks = 0;
  private readonly path: string | undefined;
  private readonly store: ControlsStore | undefined;
  private pendingWrites: Array<Promise<void>> = [];
  /** Bumped when a shared-store write starts and when it settles: a reload that saw it change retries. */
  private localWrites = 0;
  private writesInFlight = 0;

  constructor(options: GatewayControlsOptions = {}) {
    this.path = options.path;
    this.store = options.store;
    if (this.path && existsSync(this.path)) this.load(this.path);
  }

  /** Wait for the changes made so far to be written to the shared store; throws the first failure. */
  async flush(): Promise<void> {
    const writes = this.pendingWrites;
    this.pendingWrites = [];
    await Promise.all(writes);
  }

  /**
   * A stamp of this gateway's own writes to the shared store: a snapshot loaded while it changed, or
   * while a write was in flight, may miss that write, so the caller loads again.
   */
  get writeStamp(): string | undefined {
    return this.writesInFlight > 0 ? undefined : String(this.localWrites);
  }

  /** Replace every block, override and degrade with the shared store's (another gateway changed them). */
  replace(snapshot: ControlsSnapshot, now = Date.now()): void {
    const limiters = new Map([...this.overrides.values()].map((override) => [override.id, override.limiter]));
    this.blocks.clear();
    this.overrides.clear();
    this.degrades.clear();
    for (const degrade of snapshot.degrades)
      if (Date.parse(degrade.expiresAt) > now) this.degrades.set(degrade.id, degrade);
    for (const block of snapshot.blocks)
      if (Date.parse(block.expiresAt) > now) this.blocks.set(block.id, block);
    for (const override of snapshot.overrides) {
      if (Date.parse(override.expiresAt) <= now) continue;
      const limiter =
        limiters.get(override.id) ??
        new RateLimiterMemory({ points: override.requestsPerMinute, duration: 60 });
      this.overrides.set(override.id, { ...override, limiter });
    }
    this.activeBlocks = this.blocks.size;
  }

  /** Write one change to the shared store; if that fails, undo it here and keep the error for `flush()`. */
  private share(change: ControlsChange, undo: () => void): void {
    if (!this.store) return;
    this.localWrites++;
    this.writesInFlight++;
    const settled = () => {
      this.localWrites++;
      this.writesInFlight--;
    };
    const write = this.store.apply(change).then(settled, (error: unknown) => {
      settled();
      undo();
      this.activeBlocks = this.blocks.size;
      throw new RampartError('RAMPART_CONTROLS_STATE_FAILED', 'cannot save the change to the shared store', {
        cause: error,
      });
    });
    write.catch(() => undefined);
    this.pendingWrites.push(write);
  }

  addBlock(
    type: 'principal' | 'ip',
    value: string,
    ttlSeconds: number,
    reason: string,
    options: { scope?: BlockScope; now?: number } = {},
  ): Block {
    checkTtl(ttlSeconds);
    if (!value) throw new RampartError('RAMPART_ADMIN_REQUEST_INVALID', 'a block needs a value');
    const now = options.now ?? Date.now();
    const block: Block = {
      id: uuidv7(),
      type,
      value,
      scope: type === 'ip' ? (options.scope ?? 'all') : 'all',
      reason,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + ttlSeconds * 1000).toISOString(),
    };
    this.change(() => this.blocks.set(block.id, block));
    this.share({ type: 'add-block', block }, () => this.blocks.delete(block.id));
    this.notify({ op: 'block.add', block });
    return block;
  }

  removeBlock(id: string): boolean {
    const block = this.blocks.get(id);
    if (!block) return false;
    this.change(() => this.blocks.delete(id));
    this.share({ type: 'remove-block', id }, () => this.blocks.set(id, block));
    this.notify({ op: 'block.remove', id });
    return true;
  }

  listBlocks(now = Date.now()): Block[] {
    this.expire(now);
    return [...this.blocks.values()];
  }

  /** The address block that refuses this request: any `all` block, and `unauthenticated` ones unless it authenticated. */
  findAddressBlock(ip: string, authenticated: boolean, now = Date.now()): Block | undefined {
    return this.find(
      (block) => block.type === 'ip' && block.value === ip && (block.scope === 'all' || !authenticated),
      now,
    );
  }

  findPrincipalBlock(principal: string, now = Date.now()): Block | undefined {
    return this.find((block) => block.type === 'principal' && block.value === principal, now);
  }

  private find(matches: (block: Block) => boolean, now: number): Block | undefined {
    if (this.activeBlocks === 0) return undefined;
    this.expire(now);
    for (const block of this.blocks.values()) if (matches(block)) return block;
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
      throw new RampartError('RAMPART_ADMIN_REQUEST_INVALID', 'requestsPerMinute must be a positive integer');
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
    const replaced = [...this.overrides.values()].filter((existing) => existing.principal === principal);
    this.change(() => {
      for (const existing of replaced) this.overrides.delete(existing.id);
      this.overrides.set(override.id, override);
    });
    const { limiter: _limiter, ...saved } = override;
    this.share({ type: 'add-override', override: saved }, () => {
      this.overrides.delete(override.id);
      for (const existing of replaced) this.overrides.set(existing.id, existing);
    });
    this.notify({ op: 'override.add', override: saved, replaced: replaced.map((existing) => existing.id) });
    return override;
  }

  removeOverride(id: string): boolean {
    const override = this.overrides.get(id);
    if (!override) return false;
    this.change(() => this.overrides.delete(id));
    this.share({ type: 'remove-override', id }, () => this.overrides.set(id, override));
    this.notify({ op: 'override.remove', id });
    return true;
  }

  /** Record a key revocation so every instance sharing state refuses the key (the key store holds the truth). */
  noteRevocation(id: string, revokedAt: string): void {
    if (this.revokedKeys.get(id) === revokedAt) return;
    this.change(() => this.revokedKeys.set(id, revokedAt));
    this.notify({ op: 'key.revoke', id, revokedAt });
  }

  /** True when another instance revoked this key id. Empty map: no lookup. */
  isKeyRevoked(id: string): boolean {
    return this.revokedKeys.size > 0 && this.revokedKeys.has(id);
  }

  /** Called after each local change (not for snapshots applied from the shared store). */
  onChange(listener: (change: ControlChange) => void): void {
    this.listeners.push(listener);
  }

  snapshot(now = Date.now()): ReplicaSnapshot {
    this.expire(now);
    return {
      blocks: this.listBlocks(now),
      overrides: this.listOverrides(now),
      revokedKeys: [...this.revokedKeys].map(([id, revokedAt]) => ({ id, revokedAt })),
      degrades: this.listDegrades(now),
    };
  }

  /**
   * Replace every control by the shared store's (another instance changed it). Overrides that keep
   * their id keep their local limiter; the file is saved so a restart starts from this state.
   */
  applySnapshot(snapshot: ReplicaSnapshot, now = Date.now()): void {
    this.change(() => {
      this.blocks.clear();
      for (const block of snapshot.blocks)
        if (Date.parse(block.expiresAt) > now) this.blocks.set(block.id, block);
      const previous = new Map(this.overrides);
      this.overrides.clear();
      for (const record of snapshot.overrides) {
        if (Date.parse(record.expiresAt) <= now) continue;
        const limiter =
          previous.get(record.id)?.limiter ??
          new RateLimiterMemory({ points: record.requestsPerMinute, duration: 60 });
        this.overrides.set(record.id, { ...record, limiter });
      }
      this.revokedKeys.clear();
      for (const { id, revokedAt } of snapshot.revokedKeys) this.revokedKeys.set(id, revokedAt);
      this.degrades.clear();
      for (const degrade of snapshot.degrades)
        if (Date.parse(degrade.expiresAt) > now) this.degrades.set(degrade.id, degrade);
    });
  }

  private notify(change: ControlChange): void {
    for (const listener of this.listeners) listener(change);
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

  /** Harden a principal's answers for a while; replaces the principal's earlier degrade. */
  addDegrade(principal: string, ttlSeconds: number, reason: string, now = Date.now()): Degrade {
    checkTtl(ttlSeconds);
    if (!principal) throw new RampartError('RAMPART_ADMIN_REQUEST_INVALID', 'a degrade needs a principal');
    const degrade: Degrade = {
      id: uuidv7(),
      principal,
      reason,
      createdAt: new Date(now).toISOString(),
      expiresAt: new Date(now + ttlSeconds * 1000).toISOString(),
    };
    const replaced = [...this.degrades.values()].filter((existing) => existing.principal === principal);
    this.change(() => {
      for (const existing of replaced) this.degrades.delete(existing.id);
      this.degrades.set(degrade.id, degrade);
    });
    this.share({ type: 'add-degrade', degrade }, () => {
      this.degrades.delete(degrade.id);
      for (const existing of replaced) this.degrades.set(existing.id, existing);
    });
    this.notify({ op: 'degrade.add', degrade, replaced: replaced.map((existing) => existing.id) });
    return degrade;
  }

  removeDegrade(id: string): boolean {
    const degrade = this.degrades.get(id);
    if (!degrade) return false;
    this.change(() => this.degrades.delete(id));
    this.share({ type: 'remove-degrade', id }, () => this.degrades.set(id, degrade));
    this.notify({ op: 'degrade.remove', id });
    return true;
  }

  listDegrades(now = Date.now()): Degrade[] {
    this.expire(now);
    return [...this.degrades.values()];
  }

  /** Whether the principal's answers are degraded now. */
  isDegraded(principal: string, now = Date.now()): boolean {
    if (this.degrades.size === 0) return false;
    for (const degrade of this.degrades.values()) {
      if (degrade.principal !== principal) continue;
      if (Date.parse(degrade.expiresAt) > now) return true;
    }
    return false;
  }

  /** Apply a change, then save; if saving fails the change is undone and the caller gets the error. */
  private change(apply: () => void): void {
    const blocks = new Map(this.blocks);
    const overrides = new Map(this.overrides);
    const revokedKeys = new Map(this.revokedKeys);
    const degrades = new Map(this.degrades);
    apply();
    this.activeBlocks = this.blocks.size;
    try {
      this.save();
    } catch (error) {
      this.blocks.clear();
      for (const [id, block] of blocks) this.blocks.set(id, block);
      this.overrides.clear();
      for (const [id, override] of overrides) this.overrides.set(id, override);
      this.revokedKeys.clear();
      for (const [id, revokedAt] of revokedKeys) this.revokedKeys.set(id, revokedAt);
      this.degrades.clear();
      for (const [id, degrade] of degrades) this.degrades.set(id, degrade);
      this.activeBlocks = this.blocks.size;
      throw error;
    }
  }

  private save(): void {
    if (!this.path) return;
    const state: z.input<typeof savedState> = {
      version: 1,
      blocks: [...this.blocks.values()],
      overrides: [...this.overrides.values()].map(({ limiter: _limiter, ...rest }) => rest),
      revokedKeys: [...this.revokedKeys].map(([id, revokedAt]) => ({ id, revokedAt })),
      degrades: [...this.degrades.values()],
    };
    const temporary = `${this.path}.${process.pid}.tmp`;
    try {
      mkdirSync(dirname(this.path), { recursive: true });
      writeFileSync(temporary, `${JSON.stringify(state, null, 2)}\n`, { mode: 0o600 });
      renameSync(temporary, this.path);
    } catch (error) {
      throw new RampartError('RAMPART_CONTROLS_STATE_FAILED', `cannot save ${this.path}`, { cause: error });
    }
  }

  private load(path: string): void {
    let state: z.output<typeof savedState>;
    try {
      state = savedState.parse(safeJsonParse(readFileSync(path, 'utf8')));
    } catch (error) {
      throw new RampartError(
        'RAMPART_CONTROLS_STATE_FAILED',
        `cannot read the blocks and overrides in ${path}`,
        {
          cause: error,
        },
      );
    }
    const now = Date.now();
    for (const block of state.blocks) if (Date.parse(block.expiresAt) > now) this.blocks.set(block.id, block);
    for (const override of state.overrides) {
      if (Date.parse(override.expiresAt) <= now) continue;
      const limiter = new RateLimiterMemory({ points: override.requestsPerMinute, duration: 60 });
      this.overrides.set(override.id, { ...override, limiter });
    }
    for (const { id, revokedAt } of state.revokedKeys) this.revokedKeys.set(id, revokedAt);
    for (const degrade of state.degrades)
      if (Date.parse(degrade.expiresAt) > now) this.degrades.set(degrade.id, degrade);
    this.activeBlocks = this.blocks.size;
  }

  private expire(now: number): void {
    for (const [id, block] of this.blocks) if (Date.parse(block.expiresAt) <= now) this.blocks.delete(id);
    for (const [id, override] of this.overrides)
      if (Date.parse(override.expiresAt) <= now) this.overrides.delete(id);
    for (const [id, degrade] of this.degrades)
      if (Date.parse(degrade.expiresAt) <= now) this.degrades.delete(id);
    this.activeBlocks = this.blocks.size;
  }
}
