import type { EventSink, SecurityEvent } from './events.ts';

export interface BatchingEventSinkOptions {
  /** Flush at once when this many events are waiting (default 1024). */
  maxBatch?: number;
}

interface Waiter {
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit: writes made in the same event-loop turn are committed together in one `write` of
 * the inner sink (one transaction for SQLite), and each caller's promise resolves only after that
 * commit. Callers keep the "returned => durable" guarantee while the store commits once per turn
 * instead of once per request.
 */
export class BatchingEventSink implements EventSink {
  private pending: SecurityEvent[] = [];
  private waiters: Waiter[] = [];
  private scheduled = false;
  private readonly maxBatch: number;

  constructor(
    private readonly inner: EventSink,
    options: BatchingEventSinkOptions = {},
  ) {
    this.maxBatch = options.maxBatch ?? 1024;
  }

  write(events: readonly SecurityEvent[]): Promise<void> {
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
    if (this.waiters.length === 0) return;
    const events = this.pending;
    const waiters = this.waiters;
    this.pending = [];
    this.waiters = [];
    try {
      await this.inner.write(events);
      for (const waiter of waiters) waiter.resolve();
    } catch (error) {
      for (const waiter of waiters) waiter.reject(error);
    }
  }

  async close(): Promise<void> {
    await this.flush();
    await this.inner.close?.();
  }
}
