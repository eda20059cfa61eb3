import { Worker } from 'node:worker_threads';
import { RampartError } from '../../core/index.ts';
import type { ModelVerdict } from './model-stage.ts';

interface Job {
  id: number;
  texts: readonly string[];
  resolve(verdicts: ModelVerdict[]): void;
  reject(error: unknown): void;
}

interface PoolWorker {
  worker: Worker;
  ready: boolean;
  exited: boolean;
  job?: Job;
}

/** How long `close` waits for a worker to finish its job and release its session before terminating it. */
const closeGraceMs = 10_000;

const workerEntry = new URL('./onnx-worker.ts', import.meta.url);

/**
 * Starts the worker entry. Run from TypeScript sources (tsx, vitest), the worker registers tsx itself
 * first: Node 20 does not pass loader hooks on to worker threads. Compiled, it starts directly.
 */
function startWorker(entry: URL, workerData: unknown): Worker {
  if (!entry.pathname.endsWith('.ts')) return new Worker(entry, { workerData });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap = `import(${JSON.stringify(tsx)}).then((tsx) => { tsx.register(); return import(${JSON.stringify(entry.href)}); })`;
  return new Worker(bootstrap, { eval: true, workerData });
}

function failed(message: string, cause?: unknown): RampartError {
  return new RampartError('RAMPART_GUARD_MODEL_STAGE_FAILED', message, cause === undefined ? {} : { cause });
}

/**
 * A fixed set of worker threads running the ONNX classifier, one job per worker at a time, the rest
 * queued in order. An aborted job leaves the queue at once (a running one finishes unseen). A worker
 * that dies fails its job and is replaced; a model that will not load fails every job with its reason.
 */
export class OnnxWorkerPool {
  readonly #workers: PoolWorker[] = [];
  readonly #queue: Job[] = [];
  readonly #workerData: unknown;
  #nextId = 0;
  #loadError: string | undefined;
  #closed = false;
  readonly #readiness: { promise: Promise<void>; resolve(): void; reject(error: unknown): void };

  constructor(size: number, workerData: unknown, entry: URL = workerEntry) {
    this.#workerData = workerData;
    let resolve!: () => void;
    let reject!: (error: unknown) => void;
    const promise = new Promise<void>((yes, no) => {
      resolve = yes;
      reject = no;
    });
    promise.catch(() => {});
    this.#readiness = { promise, resolve, reject };
    for (let index = 0; index < size; index++) this.#workers.push(this.#spawn(entry));
  }

  /** Classifies `texts` on the next free worker. */
  run(texts: readonly string[], signal: AbortSignal): Promise<ModelVerdict[]> {
    if (this.#closed) return Promise.reject(failed('the model stage is closed'));
    if (this.#loadError) return Promise.reject(failed(`the model did not load: ${this.#loadError}`));
    return new Promise((resolve, reject) => {
      const job: Job = { id: this.#nextId++, texts, resolve, reject };
      const onAbort = () => {
        const queued = this.#queue.indexOf(job);
        if (queued >= 0) this.#queue.splice(queued, 1);
        reject(signal.reason);
      };
      if (signal.aborted) return onAbort();
      signal.addEventListener('abort', onAbort, { once: true });
      const settle =
        <T>(done: (value: T) => void) =>
        (value: T) => {
          signal.removeEventListener('abort', onAbort);
          done(value);
        };
      job.resolve = settle(resolve);
      job.reject = settle(reject);
      this.#queue.push(job);
      this.#pump();
    });
  }

  /** Resolves when a worker has loaded the model; rejects when the model cannot load. */
  ready(): Promise<void> {
    return this.#readiness.promise;
  }

  /**
   * Rejects the queued jobs, lets each worker finish the job it runs (its caller gets the answer) and
   * release its session, and waits for the threads to end. A worker still running after
   * `closeGraceMs` is terminated: the last resort, since a thread stopped inside ONNX Runtime can take
   * the process down with it.
   */
  async close(): Promise<void> {
    this.#closed = true;
    for (const job of this.#queue.splice(0)) job.reject(failed('the model stage is closed'));
    await Promise.all(this.#workers.map((entry) => this.#retire(entry)));
  }

  #retire(poolWorker: PoolWorker): Promise<void> {
    if (poolWorker.exited) return Promise.resolve();
    const { worker } = poolWorker;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        worker.terminate().then(
          () => resolve(),
          () => resolve(),
        );
      }, closeGraceMs);
      timer.unref();
      worker.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
      worker.postMessage({ type: 'close' });
    });
  }

  #spawn(entry: URL): PoolWorker {
    const poolWorker: PoolWorker = {
      worker: startWorker(entry, this.#workerData),
      ready: false,
      exited: false,
    };
    const { worker } = poolWorker;
    worker.unref();
    worker.on(
      'message',
      (message: { type?: string; id?: number; verdicts?: ModelVerdict[]; error?: string }) => {
        if (message.type === 'ready') {
          poolWorker.ready = true;
          this.#readiness.resolve();
          this.#pump();
          return;
        }
        if (message.type === 'failed') {
          this.#loadError = message.error ?? 'unknown error';
          this.#readiness.reject(failed(`the model did not load: ${this.#loadError}`));
          for (const job of this.#queue.splice(0))
            job.reject(failed(`the model did not load: ${this.#loadError}`));
          return;
        }
        const job = poolWorker.job;
        if (!job || job.id !== message.id) return;
        poolWorker.job = undefined;
        if (message.error !== undefined) job.reject(failed(`the model failed: ${message.error}`));
        else job.resolve(message.verdicts ?? []);
        this.#pump();
      },
    );
    const replace = (error?: unknown) => {
      const job = poolWorker.job;
      poolWorker.job = undefined;
      job?.reject(failed('a model worker stopped', error));
      if (this.#closed) return;
      const index = this.#workers.indexOf(poolWorker);
      if (index >= 0) this.#workers[index] = this.#spawn(entry);
    };
    worker.on('error', replace);
    worker.on('exit', (code) => {
      poolWorker.exited = true;
      // A job the worker never answered (it died, or it was terminated at close) is failed, not left hanging.
      if (this.#closed) {
        const job = poolWorker.job;
        poolWorker.job = undefined;
        job?.reject(failed('the model stage is closed'));
        return;
      }
      if (this.#workers.includes(poolWorker)) replace(new Error(`exit code ${code}`));
    });
    return poolWorker;
  }

  #pump(): void {
    for (const poolWorker of this.#workers) {
      if (this.#queue.length === 0) return;
      if (!poolWorker.ready || poolWorker.job) continue;
      const job = this.#queue.shift()!;
      poolWorker.job = job;
      poolWorker.worker.postMessage({ id: job.id, texts: job.texts });
    }
  }
}
