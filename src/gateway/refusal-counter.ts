import { createEvent, type NewSecurityEvent, type SecurityEvent } from '../core/index.ts';

interface Window {
  event: NewSecurityEvent;
  /** Refusals after the first, not yet written. */
  count: number;
  endsAt: number;
}

/**
 * Repeated refusals of unauthenticated traffic (failed credentials, blocked or over-limit
 * addresses) become counted events instead of one row each. Per key (address, kind, reason) and
 * window: the first refusal is written in full by its request; the ones after it are only counted,
 * and `drain` turns each ended window's count into one event with `attrs.count`. Memory is bounded:
 * past `maxKeys` windows the oldest is closed early.
 */
export class RefusalCounter {
  private readonly windows = new Map<string, Window>();
  private readonly closed: SecurityEvent[] = [];

  constructor(
    readonly windowMs = 60_000,
    private readonly maxKeys = 50_000,
    private readonly clock: () => number = Date.now,
  ) {}

  /** True for the first refusal of its key in the window (write it); false when it was counted. */
  first(key: string, event: NewSecurityEvent): boolean {
    const now = this.clock();
    const open = this.windows.get(key);
    if (open && open.endsAt > now) {
      open.count++;
      return false;
    }
    if (open) this.close(key, open);
    if (this.windows.size >= this.maxKeys) {
      const oldest = this.windows.keys().next().value as string;
      this.close(oldest, this.windows.get(oldest)!);
    }
    this.windows.set(key, { event, count: 0, endsAt: now + this.windowMs });
    return true;
  }

  /** Counted events of the windows that ended (every window with `all`, at shutdown). */
  drain(all = false): SecurityEvent[] {
    const now = this.clock();
    for (const [key, window] of this.windows) if (all || window.endsAt <= now) this.close(key, window);
    return this.closed.splice(0);
  }

  private close(key: string, window: Window): void {
    this.windows.delete(key);
    if (window.count === 0) return;
    const { event } = window;
    const { request_id: _first, ...attrs } = event.attrs ?? {};
    this.closed.push(
      createEvent({
        ...event,
        attrs: {
          ...attrs,
          count: window.count,
          aggregated: true,
          window_seconds: Math.round(this.windowMs / 1000),
        },
      }),
    );
  }
}
