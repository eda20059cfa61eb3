import type { EventSink, SecurityEvent } from './events.ts';

/**
 * Acknowledge a write before its commit (`audit.acknowledge: queued`): the caller's promise resolves
 * at once while fewer than `maxQueued` events wait, and the queue is committed every `maxDelayMs`.
 * A full queue, or a failed commit until the next one succeeds, puts callers back on waiting for
 * their commit (back-pressure and fail closed, never a drop).
 */
export interface QueuedAcknowledgement {
  maxDelayMs: number;
  maxQueued: number;
}

export interface BatchingEventSinkOptions {
  /** Flush at once when this many events are waiting (default 1024). */
  maxBatch?: number;
  /** Without it (the default), each write resolves only after its commit. */
  queued?: QueuedAcknowledgement;
}

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: writes made in the same event-loop turn are committed together in one `write` of
 * the inner sink (one transaction for SQLite), and each caller's promise resolves only after that
 * commit. Callers keep the "returned => durable" guarantee while the store commits once per turn
 * instead of once per request. With `queued`, callers are acknowledged before the commit instead
 * (see QueuedAcknowledgement): a crash loses at most the last `maxDelayMs` of events, and a commit
 * that fails after acknowledging is reported to `onLost` listeners, never dropped silently.
 */
export class BatchingEventSink implements EventSink {
  private pending: SecurityEvent[] = [];
  private waiters: Waiter[] = [];
  /** Events in `pending` whose writers were already told they were done. */
  private acknowledged = 0;
  private scheduled = false;
  private timer: NodeJS.Timeout | undefined;
  /** The last commit failed: acknowledge nothing early until one succeeds. */
  private failing = false;
  private readonly maxBatch: number;
  private readonly queued: QueuedAcknowledgement | undefined;
  private readonly lostListeners: Array<(count: number, error: unknown) => void> = [];

  constructor(
    private readonly inner: EventSink,
    options: BatchingEventSinkOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 1024;
    this.queued = options.queued;
  }

  /** Called with the number of acknowledged events a failed commit lost, and the error. */
  onLost(listener: (count: number, error: unknown) => void): void {
    this.lostListeners.push(listener);
  }

  write(events: readonly SecurityEvent[]): Promise<void> {
    const queued = this.queued;
    if (queued && !this.failing && this.pending.length + events.length <= queued.maxQueued) {
      for (const event of events) this.pending.push(event);
      this.acknowledged += events.length;
      if (this.pending.length >= this.maxBatch) void this.flush();
      else this.timer ??= setTimeout(() => void this.flush(), queued.maxDelayMs);
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      for (const event of events) this.pending.push(event);
      this.waiters.push({ resolve, reject });
      if (this.pending.length >= this.maxBatch) {
        void this.flush();
      } else if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => void this.flush());
      }
    });
  }

  /** Commit everything waiting now. */
  async flush(): Promise<void> {
    this.scheduled = false;
    clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.length === 0) return;
    const events = this.pending;
    const waiters = this.waiters;
    const acknowledged = this.acknowledged;
    this.pending = [];
    this.waiters = [];
    this.acknowledged = 0;
    try {
      await this.inner.write(events);
      this.failing = false;
      for (const waiter of waiters) waiter.resolve();
    } catch (error) {
      if (this.queued) this.failing = true;
      for (const waiter of waiters) waiter.reject(error);
      if (acknowledged > 0) for (const listener of this.lostListeners) listener(acknowledged, error);
    }
  }

  async close(): Promise<void> {
    await this.flush();
    await this.inner.close?.();
  }
}
