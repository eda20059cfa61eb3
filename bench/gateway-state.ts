import { type ChildProcess, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { cpus } from 'node:os';
import { limitsSchema } from '../src/core/index.ts';
import { stateSchema } from '../src/gateway/config.ts';
import { GatewayControls, RedisState } from '../src/gateway/index.ts';
import { Limiters, type LimitStore } from '../src/gateway/limiters.ts';
import { RedisLimits } from '../src/gateway/redis-limits.ts';
import { benchArgs, numberFlag } from './support/bench-args.ts';
import { freePort } from './support/processes.ts';

const usage = `
bench:gateway-state — what a request's limits cost in the gateway process, memory store against
the Redis store, side by side, without HTTP (whose noise on a shared 2-core VM hides a 40 µs
difference). Each request does what the gateway's limit stages do: take (override + burst + per
minute + concurrency lease), reserve tokens, settle them, release the lease. The Redis store runs
against a redis-server this script starts on a free port (no persistence), so its CPU is measured too.

  npm run bench:gateway-state                      # 20000 requests, 32 at a time, median of 3
  npm run bench:gateway-state -- --requests 50000 --concurrency 64 --repeat 5

"gateway cpu µs/req" is this process's CPU (user + system) per request; "redis cpu µs/req" the
redis-server's. Needs redis-server (apt-get install redis-server).
`;

const options = benchArgs(usage, {
  requests: { type: 'string', default: '20000' },
  concurrency: { type: 'string', default: '32' },
  repeat: { type: 'string', default: '3' },
  principals: { type: 'string', default: '32' },
});
const requests = numberFlag('requests', options.requests, 1);
const concurrency = numberFlag('concurrency', options.concurrency, 1);
const repeat = numberFlag('repeat', options.repeat, 1);
const principals = numberFlag('principals', options.principals, 1);

const limits = limitsSchema.parse({
  rate: { requestsPerMinute: 100_000_000, burst: 1_000_000 },
  tokens: { perMinute: 1_000_000_000, perDay: 1_000_000_000 },
  concurrency: { perPrincipal: 10_000 },
});

async function waitPort(port: number, child: ChildProcess): Promise<void> {
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error('redis-server exited before listening');
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`redis-server did not listen on ${port}`);
}

/** CPU ticks (user + system, 100 a second) of a process. */
function cpuTicks(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11]) + Number(fields[12]);
}

async function oneRequest(store: LimitStore, principal: string): Promise<void> {
  const release = (await store.takeRequest(principal)) ?? store.enter(principal);
  const reserved = await store.reserveTokens(principal, 300);
  await store.settleTokens(principal, reserved, 290);
  release();
}

async function run(store: LimitStore, redisPid?: number) {
  const before = process.cpuUsage();
  const redisBefore = redisPid ? cpuTicks(redisPid) : 0;
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < requests) {
        const index = next++;
        await oneRequest(store, `principal-${index % principals}`);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(before);
  return {
    perSecond: requests / seconds,
    gatewayCpu: (used.user + used.system) / requests,
    redisCpu: redisPid ? ((cpuTicks(redisPid) - redisBefore) * 10_000) / requests : 0,
  };
}

function median<T>(values: T[], key: (value: T) => number): T {
  return [...values].sort((a, b) => key(a) - key(b))[Math.floor(values.length / 2)]!;
}

async function main(): Promise<void> {
  const port = await freePort();
  const redis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', ''], {
    stdio: 'ignore',
  });
  try {
    await waitPort(port, redis);
    const config = stateSchema.parse({ redis: { url: `redis://127.0.0.1:${port}` } }).redis!;
    const state = await RedisState.connect({ config, controls: new GatewayControls() });
    if (!state.available) throw new Error('the redis-server this bench started does not answer');
    const availableSince = state.status().since;
    const stores: Array<[string, () => LimitStore, number | undefined]> = [
      ['memory', () => new Limiters(limits), undefined],
      ['redis', () => new RedisLimits(limits, state), redis.pid],
    ];
    const results = new Map<string, Awaited<ReturnType<typeof run>>>();
    // Warm up both (JIT, script load), then alternate the stores round by round.
    for (const [, create] of stores) await run(create());
    const rounds = new Map<string, Array<Awaited<ReturnType<typeof run>>>>();
    for (let round = 0; round < repeat; round++)
      for (const [name, create, pid] of stores) {
        const list = rounds.get(name) ?? [];
        list.push(await run(create(), pid));
        rounds.set(name, list);
      }
    if (!state.available || state.status().since !== availableSince)
      process.stderr.write(
        `warning: Redis was unavailable during the run (${JSON.stringify(state.status())}); some redis requests counted locally\n`,
      );
    for (const [name, list] of rounds)
      results.set(
        name,
        median(list, (result) => result.gatewayCpu),
      );
    await state.close();
    const memory = results.get('memory')!;
    process.stdout.write(
      `\nbench:gateway-state — ${requests} requests, ${concurrency} at a time, ${principals} principals, median of ${repeat}, Node ${process.version}, ${cpus().length} cores\n\n`,
    );
    process.stdout.write('| store  | req/s  | gateway cpu µs/req | added vs memory | redis cpu µs/req |\n');
    process.stdout.write('| ------ | ------ | ------------------ | --------------- | ---------------- |\n');
    for (const [name, result] of results) {
      const added = name === 'memory' ? '' : `+${(result.gatewayCpu - memory.gatewayCpu).toFixed(1)}`;
      process.stdout.write(
        `| ${name.padEnd(6)} | ${result.perSecond.toFixed(0).padStart(6)} | ${result.gatewayCpu.toFixed(1).padStart(18)} | ${added.padStart(15)} | ${(name === 'memory' ? '' : result.redisCpu.toFixed(1)).padStart(16)} |\n`,
      );
    }
  } finally {
    redis.kill('SIGKILL');
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
  process.exitCode = 1;
});
