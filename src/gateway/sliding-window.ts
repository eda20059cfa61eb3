/**
 * An exact sliding-window limit: at most `limit` admissions per key in any interval of
 * `windowMs`. Each key keeps the times of its last `limit` admissions in a ring; a new one is
 * admitted only when the oldest of those is at least `windowMs` old. Memory is `limit` numbers
 * per key that was admitted within the last window (idle keys are swept), and at most `maxKeys`
 * keys: past that the least recently added key is forgotten.
 */
export class SlidingWindowLimit {
  private readonly rings = new Map<string, { times: Float64Array; next: number; last: number }>();
  private nextSweep = 0;

  constructor(
    readonly limit: number,
    readonly windowMs: number,
    private readonly clock: () => number = () => performance.now(),
    private readonly maxKeys = 100_000,
  ) {}

  /** How many ms until `take` would admit this key (0: now), without taking anything. */
  waitFor(key: string): number {
    const ring = this.rings.get(key);
    if (!ring) return 0;
    return Math.max(0, ring.times[ring.next]! + this.windowMs - this.clock());
  }

  /** Admit one, or return how many ms until one would be admitted. */
  take(key: string): { ok: true } | { ok: false; retryAfterMs: number } {
    return this.takeMany(key, 1);
  }

  /**
   * Admit `count` at once or none: only when the `count` oldest of the last `limit` admissions are
   * all outside the window. Otherwise how many ms until they would be (never, when count > limit:
   * `retryAfterMs` is then the whole window).
   */
  takeMany(key: string, count: number): { ok: true } | { ok: false; retryAfterMs: number } {
    if (count <= 0) return { ok: true };
    const now = this.clock();
    this.sweep(now);
    if (count > this.limit) return { ok: false, retryAfterMs: this.windowMs };
    let ring = this.rings.get(key);
    if (!ring) {
      if (this.rings.size >= this.maxKeys) this.rings.delete(this.rings.keys().next().value as string);
      ring = { times: new Float64Array(this.limit).fill(Number.NEGATIVE_INFINITY), next: 0, last: now };
      this.rings.set(key, ring);
    }
    // The ring runs oldest to newest from `next`: the count-th oldest admission decides.
    const deciding = ring.times[(ring.next + count - 1) % this.limit]!;
    if (now - deciding < this.windowMs) return { ok: false, retryAfterMs: deciding + this.windowMs - now };
    for (let taken = 0; taken < count; taken++) {
      ring.times[ring.next] = now;
      ring.next = (ring.next + 1) % this.limit;
    }
    ring.last = now;
    return { ok: true };
  }

  get size(): number {
    return this.rings.size;
  }

  /** At most once a window, drop keys with no admission inside the last window. */
  private sweep(now: number): void {
    if (now < this.nextSweep) return;
    this.nextSweep = now + this.windowMs;
    for (const [key, ring] of this.rings) if (now - ring.last >= this.windowMs) this.rings.delete(key);
  }
}
