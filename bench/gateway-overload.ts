import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ApiKeyStore } from '../src/gateway/index.ts';
import { benchArgs, numberFlag } from './support/bench-args.ts';
import { cpuTicks, freePort, hasTaskset, startPinned, stop, waitPort } from './support/processes.ts';

const usage = `
bench:gateway-overload — does the gateway keep admitted requests fast when offered far more than it
can serve? An upstream with a fixed service time (--upstream-ms), the gateway (gateway-plain: auth,
limits, audit to SQLite) with limits.concurrency.global = --slots, and an open-loop client that sends
at a fixed rate whatever the answers take. Capacity = slots / service time. Each policy is measured
unloaded (--unloaded × capacity) and overloaded (--overload × capacity), side by side in one run:
  shed   maxQueue 0: past the slots, 503 RAMPART_OVERLOADED at once
  queue  maxQueue 1024, queueTimeoutMs 2000 (the defaults): past the slots, requests wait
Prints the p99 of admitted (200) requests under overload as a multiple of unloaded (target ≤ 2×).

  npm run bench:gateway-overload
  npm run bench:gateway-overload -- --slots 8 --upstream-ms 100 --overload 10 --duration 10
`;

const options = benchArgs(usage, {
  slots: { type: 'string', default: '8' },
  'upstream-ms': { type: 'string', default: '100' },
  unloaded: { type: 'string', default: '0.5' },
  overload: { type: 'string', default: '10' },
  duration: { type: 'string', default: '10' },
  policies: { type: 'string', default: 'shed,queue' },
});
const slots = numberFlag('slots', options.slots, 1);
const upstreamMs = numberFlag('upstream-ms', options['upstream-ms'], 1);
const unloaded = numberFlag('unloaded', options.unloaded, 0.01);
const overload = numberFlag('overload', options.overload, 1);
const duration = numberFlag('duration', options.duration, 1);
const policies = options.policies.split(',');
const capacity = (slots * 1000) / upstreamMs;
const root = join(import.meta.dirname, '..');
const workDir = mkdtempSync(join(tmpdir(), 'rampart-bench-overload-'));
const children: ChildProcess[] = [];

/** Run a process pinned to a CPU (when taskset exists): client and upstream on 0, gateway on 1. */
function start(cpu: number, args: string[], env: Record<string, string> = {}, capture = false): ChildProcess {
  const child = startPinned(cpu, 'node', args, { cwd: root, env, capture });
  children.push(child);
  return child;
}

/** CPU time (user + system) of a process so far, in seconds (Linux /proc; 0 elsewhere). */
const cpuSeconds = (pid: number) => cpuTicks(pid) / 100;

interface Outcome {
  rate: number;
  sent: number;
  statuses: Record<string, number>;
  okP50: number | null;
  okP99: number | null;
  rejectedP99: number | null;
  unanswered: number;
  /** Share of one core the gateway and the client used while it ran (added here). */
  gatewayCpu?: number;
  clientCpu?: number;
}

async function load(
  port: number,
  rate: number,
  key: string,
  bodyFile: string,
  gatewayPid: number,
): Promise<Outcome> {
  const gatewayBefore = cpuSeconds(gatewayPid);
  const startedAt = performance.now();
  const client = start(
    0,
    [
      'bench/support/open-loop.mjs',
      `http://127.0.0.1:${port}/v1/chat/completions`,
      String(rate),
      String(duration),
      key,
      bodyFile,
    ],
    {},
    true,
  );
  let output = '';
  client.stdout!.on('data', (chunk) => {
    output += chunk;
  });
  let clientCpu = 0;
  const sampler = setInterval(() => {
    clientCpu = Math.max(clientCpu, cpuSeconds(client.pid!));
  }, 100);
  await new Promise((resolve) => client.once('exit', resolve));
  clearInterval(sampler);
  const seconds = (performance.now() - startedAt) / 1000;
  const outcome = JSON.parse(output.trim().split('\n').at(-1)!) as Outcome;
  outcome.gatewayCpu = (cpuSeconds(gatewayPid) - gatewayBefore) / seconds;
  outcome.clientCpu = clientCpu / seconds;
  return outcome;
}

async function main(): Promise<void> {
  const upstreamPort = await freePort();
  const gatewayPort = await freePort();
  const adminPort = await freePort();
  const dataDir = join(workDir, 'data');
  const keys = new ApiKeyStore(join(dataDir, 'keys.db'));
  const key = keys.create({ name: 'bench', principal: 'bench', roles: ['bench'] }).key;
  keys.close();
  const bodyFile = join(workDir, 'body.json');
  writeFileSync(
    bodyFile,
    JSON.stringify({
      model: 'bench',
      max_tokens: 64,
      messages: [{ role: 'user', content: 'x'.repeat(900) }],
    }),
  );
  const upstream = start(0, ['bench/support/mock-upstream.mjs', String(upstreamPort)], {
    DELAY_MS: String(upstreamMs),
  });
  await waitPort(upstreamPort);
  const rows: string[][] = [];
  for (const policy of policies) {
    const configPath = join(workDir, `${policy}.yaml`);
    writeFileSync(
      configPath,
      stringify({
        server: { port: gatewayPort },
        admin: { port: adminPort, token: 'bench-admin-token-0123456789abcdef' },
        dataDir,
        upstreams: { mock: { url: `http://127.0.0.1:${upstreamPort}`, connections: slots * 4 } },
        models: [{ name: 'bench', upstream: 'mock' }],
        routes: [{ id: 'chat', path: '/v1/chat/completions', kind: 'chat', models: ['bench'], guard: false }],
        roles: { bench: [{ routes: ['chat'], models: ['*'] }] },
        limits: {
          rate: { requestsPerMinute: 100_000_000, burst: 1_000_000 },
          tokens: { perMinute: 1_000_000_000, perDay: 1_000_000_000 },
          concurrency: {
            perPrincipal: 100_000,
            global: slots,
            ...(policy === 'shed' ? { maxQueue: 0 } : { maxQueue: 1024, queueTimeoutMs: 2_000 }),
          },
        },
        logging: { level: 'error' },
      }),
    );
    const gateway = start(1, ['bin/rampart.js', 'gateway', '--config', configPath, '--workers', '1']);
    await waitPort(gatewayPort);
    const calmRate = Math.max(1, Math.round(capacity * unloaded));
    await load(gatewayPort, calmRate, key, bodyFile, gateway.pid!); // warm-up
    const calm = await load(gatewayPort, calmRate, key, bodyFile, gateway.pid!);
    const busy = await load(gatewayPort, Math.round(capacity * overload), key, bodyFile, gateway.pid!);
    await stop(gateway);
    for (const [label, outcome] of [
      ['unloaded', calm],
      [`${overload}× overload`, busy],
    ] as const) {
      const ok = outcome.statuses['200'] ?? 0;
      rows.push([
        policy,
        label,
        String(outcome.rate),
        String(outcome.sent),
        String(ok),
        Object.entries(outcome.statuses)
          .filter(([status]) => status !== '200')
          .map(([status, count]) => `${status}: ${count}`)
          .join(', ') || '-',
        String(outcome.okP50 ?? '-'),
        String(outcome.okP99 ?? '-'),
        String(outcome.rejectedP99 ?? '-'),
        `${Math.round((outcome.gatewayCpu ?? 0) * 100)}% / ${Math.round((outcome.clientCpu ?? 0) * 100)}%`,
        label === 'unloaded' || !outcome.okP99 || !calm.okP99
          ? ''
          : `${(outcome.okP99 / calm.okP99).toFixed(2)}×`,
      ]);
    }
  }
  await stop(upstream);
  const headers = [
    'policy',
    'load',
    'offered req/s',
    'sent',
    '200',
    'other',
    'p50 ms (200)',
    'p99 ms (200)',
    'p99 ms (refused)',
    'cpu gateway / client',
    'p99 (200) × unloaded',
  ];
  process.stdout.write(
    `\nbench:gateway-overload — ${slots} slots, upstream ${upstreamMs} ms, capacity ${capacity.toFixed(0)} req/s, ${duration} s per load, Node ${process.version}, ${cpus().length} cores${hasTaskset ? ', pinned' : ''}\n\n`,
  );
  process.stdout.write(`| ${headers.join(' | ')} |\n| ${headers.map(() => '---').join(' | ')} |\n`);
  for (const row of rows) process.stdout.write(`| ${row.join(' | ')} |\n`);
}

try {
  await main();
} finally {
  for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(workDir, { recursive: true, force: true });
}
