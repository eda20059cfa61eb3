import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { connect } from 'node:net';
import { freePort } from './ports.ts';

/** The Redis tests use: RAMPART_TEST_REDIS_URL, else redis://127.0.0.1:6379. */
export const testRedisUrl = process.env.RAMPART_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

export const redisSkipReason =
  'Redis tests skipped: nothing answered PING at 127.0.0.1:6379; start redis-server or set RAMPART_TEST_REDIS_URL to run them';

/** True when a Redis server answers PING at `url` within a second. */
export async function redisAnswers(url = testRedisUrl): Promise<boolean> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect({ host: hostname, port: Number(port || 6379) });
    const timer = setTimeout(() => {
      socket.destroy();
      resolve(false);
    }, 1_000);
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (data) => {
      clearTimeout(timer);
      socket.destroy();
      resolve(data.toString().startsWith('+PONG'));
    });
    socket.once('error', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

/** True when `redis-server` can be started by a test (for the outage tests). */
export function redisServerInstalled(): boolean {
  return spawnSync('redis-server', ['--version'], { stdio: 'ignore' }).status === 0;
}

/** A key prefix no other test or engineer shares. */
export function uniquePrefix(name: string): string {
  return `rampart-test:${name}:${process.pid}:${Date.now()}:${Math.random().toString(36).slice(2, 8)}:`;
}

/** A private redis-server (no persistence) a test may stop and start again on the same port. */
export interface OwnRedis {
  url: string;
  stop: () => Promise<void>;
  start: () => Promise<void>;
}

export async function startOwnRedis(): Promise<OwnRedis> {
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | undefined;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', ''], {
      stdio: 'ignore',
    });
    const deadline = Date.now() + 5_000;
    while (!(await redisAnswers(url))) {
      if (Date.now() > deadline) throw new Error(`redis-server on port ${port} did not start`);
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url, stop, start };
}
