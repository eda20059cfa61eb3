import cluster, { type Worker } from 'node:cluster';
import { availableParallelism } from 'node:os';
import type { Logger } from 'pino';
import { RampartError } from '../core/index.ts';
import type { GatewayConfig } from '../gateway/index.ts';

/** The message a worker sends its primary once both its listeners are up. */
export interface WorkerListening {
  type: 'rampart:listening';
  url: string;
  adminUrl: string;
}

const maxWorkers = 256;

/**
 * How many workers `rampart gateway` runs. Default: one per core when the config shares state in
 * Redis, else 1. More than one without `state.redis` is refused (docs/decisions/0012): each worker
 * would count its own limits and hold its own blocks, so a 600/min limit would become N×600.
 */
export function workerCount(flag: string | undefined, config: GatewayConfig): number {
  if (flag === undefined || flag === '') return config.state.redis ? availableParallelism() : 1;
  const count = Number(flag);
  if (!/^\d+$/.test(flag) || count < 1 || count > maxWorkers)
    throw new RampartError(
      'RAMPART_USAGE',
      `--workers must be a whole number from 1 to ${maxWorkers}, not "${flag}"`,
    );
  if (count > 1 && !config.state.redis)
    throw new RampartError(
      'RAMPART_WORKERS_NEED_SHARED_STATE',
      `--workers ${count} needs state.redis in the config: without it each worker would enforce its own limits and blocks`,
    );
  return count;
}

/** True in a worker process started by `runWorkers`. */
export const isGatewayWorker = cluster.isWorker;

/** This worker's index (0 for the first); the first one alone forwards events to a SOC. */
export function workerIndex(): number {
  return Number(process.env.RAMPART_WORKER_INDEX ?? 0);
}

/**
 * The primary of `rampart gateway --workers N`: forks N workers that run the same command and share
 * the listening ports (node:cluster hands connections out round-robin), prints one listening line
 * once all are up, restarts a worker that dies, and passes SIGHUP (reload) and SIGINT/SIGTERM
 * (drain and stop) on to every worker.
 */
export async function runWorkers(count: number, logger: Logger): Promise<void> {
  const workers = new Map<number, Worker>();
  const started = new Set<number>();
  let stopping = false;
  let first: WorkerListening | undefined;
  let ready = 0;
  const fork = (index: number) => {
    const worker = cluster.fork({ RAMPART_WORKER_INDEX: String(index) });
    workers.set(index, worker);
    worker.on('message', (message: WorkerListening) => {
      if (message?.type !== 'rampart:listening') return;
      started.add(index);
      first ??= message;
      if (++ready === count)
        process.stdout.write(
          `rampart gateway listening on ${first.url} (admin ${first.adminUrl}) with ${count} workers\n`,
        );
    });
    worker.on('exit', (code, signal) => {
      if (workers.get(index) !== worker) return;
      workers.delete(index);
      if (stopping) {
        if (workers.size === 0) process.exit(process.exitCode ?? 0);
        return;
      }
      if (!started.has(index)) {
        // It never came up (a busy port, a store it cannot open): it would fail again. Its own error
        // is already on stderr; stop the others and exit with its code.
        stopping = true;
        for (const other of workers.values()) other.process.kill('SIGTERM');
        process.exitCode = code || 1;
        if (workers.size === 0) process.exit(process.exitCode);
        return;
      }
      logger.error({ worker: index, code, signal }, 'gateway worker exited; starting another');
      setTimeout(() => fork(index), 1_000).unref();
    });
  };
  for (let index = 0; index < count; index++) fork(index);
  process.on('SIGHUP', () => {
    for (const worker of workers.values()) worker.process.kill('SIGHUP');
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping gateway workers');
    if (workers.size === 0) process.exit(0);
    for (const worker of workers.values()) worker.process.kill('SIGTERM');
    // A worker that does not drain in time is stopped hard.
    setTimeout(() => {
      for (const worker of workers.values()) worker.process.kill('SIGKILL');
      process.exit(1);
    }, 15_000).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}
