import { RampartError } from '../core/index.ts';

/**
 * Global concurrency with a bounded wait queue. When every slot is busy, requests wait in FIFO
 * order; when the queue is full (or a wait passes the timeout) the request is shed with 503 at
 * once instead of slowing everyone down.
 */
export class Admission {
  private active = 0;
  private readonly waiting: Array<{ grant: () => void; timer: NodeJS.Timeout }> = [];

  constructor(
    private readonly slots: number,
    private readonly maxQueue: number,
    private readonly queueTimeoutMs: number,
  ) {}

  get inFlight(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves with a release function; rejects with RAMPART_OVERLOADED when shedding. Sync when a slot is free. */
  acquire(): (() => void) | Promise<() => void> {
    if (this.active < this.slots) {
      this.active++;
      return this.releaser();
    }
    if (this.waiting.length >= this.maxQueue) throw overloaded();
    return new Promise((resolve, reject) => {
      const entry = {
        grant: () => {
          clearTimeout(entry.timer);
          resolve(this.releaser());
        },
        timer: setTimeout(() => {
          const index = this.waiting.indexOf(entry);
          if (index !== -1) this.waiting.splice(index, 1);
          reject(overloaded());
        }, this.queueTimeoutMs),
      };
      this.waiting.push(entry);
    });
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.waiting.shift();
      if (next) next.grant();
      else this.active--;
    };
  }
}

function overloaded(): RampartError {
  return new RampartError('RAMPART_OVERLOADED', 'the gateway is at capacity; request shed');
}
