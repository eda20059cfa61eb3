import { Worker } from 'node:worker_threads';
import { RampartError } from '../../core/index.ts';

/** One byte range of a file to hash; `end: null` hashes to the end of the file. */
export interface HashJob {
  path: string;
  start: number;
  end: number | null;
}

type WorkerMessage =
  | { type: 'progress'; bytes: number }
  | { type: 'done'; digest: string }
  | { type: 'error'; message: string; code?: string };

interface PendingJob {
  job: HashJob;
  onBytes: (bytes: number) => void;
  resolve: (digest: string) => void;
  reject: (error: unknown) => void;
}

/**
 * A fixed pool of worker threads hashing file ranges with SHA-256 in parallel. Each worker runs
 * one job at a time and reads through one reused buffer, so memory is flat in the file size.
 */
export class HashWorkerPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, PendingJob>();
  private readonly queue: PendingJob[] = [];
  private closed = false;

  constructor(size: number) {
    for (let index = 0; index < Math.max(1, size); index++) {
      // Plain JavaScript worker: no inherited --import loaders (tsx would cost startup CPU per worker).
      const worker = new Worker(new URL('./hash-worker.js', import.meta.url), { execArgv: [] });
      worker.on('message', (message: WorkerMessage) => this.onMessage(worker, message));
      worker.on('error', (error) => this.onFailure(worker, error));
      this.idle.push(worker);
    }
  }

  /** Hash one range; resolves to the hex digest. */
  hash(job: HashJob, onBytes: (bytes: number) => void = () => {}): Promise<string> {
    if (this.closed) return Promise.reject(new RampartError('RAMPART_INTERNAL', 'hash pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ job, onBytes, resolve, reject });
      this.dispatch();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    const workers = [...this.idle, ...this.busy.keys()];
    this.idle.length = 0;
    for (const pending of this.busy.values())
      pending.reject(new RampartError('RAMPART_INTERNAL', 'hash pool closed'));
    this.busy.clear();
    await Promise.all(workers.map((worker) => worker.terminate()));
  }

  private dispatch(): void {
    while (this.idle.length > 0 && this.queue.length > 0) {
      const worker = this.idle.pop()!;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.postMessage(pending.job);
    }
  }

  private onMessage(worker: Worker, message: WorkerMessage): void {
    const pending = this.busy.get(worker);
    if (!pending) return;
    if (message.type === 'progress') {
      pending.onBytes(message.bytes);
      return;
    }
    this.busy.delete(worker);
    this.idle.push(worker);
    if (message.type === 'done') pending.resolve(message.digest);
    else {
      pending.reject(
        new RampartError('RAMPART_IO', `could not read ${pending.job.path}: ${message.message}`, {
          details: { code: message.code },
        }),
      );
    }
    this.dispatch();
  }

  private onFailure(worker: Worker, error: unknown): void {
    const failure = () => new RampartError('RAMPART_INTERNAL', 'a hashing worker failed', { cause: error });
    this.busy.get(worker)?.reject(failure());
    this.busy.delete(worker);
    const idleIndex = this.idle.indexOf(worker);
    if (idleIndex >= 0) this.idle.splice(idleIndex, 1);
    void worker.terminate();
    // With no worker left, queued jobs would wait forever: fail them now.
    if (this.idle.length === 0 && this.busy.size === 0) {
      for (const pending of this.queue.splice(0)) pending.reject(failure());
    }
  }
}
