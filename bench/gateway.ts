import { type ChildProcess, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { ApiKeyStore } from '../src/gateway/index.ts';
import { benchArgs, numberFlag } from './support/bench-args.ts';
import {
  freePort,
  hasTaskset,
  pinned,
  cpuTicks as processCpuTicks,
  startPinned,
  stop,
  waitPort,
} from './support/processes.ts';

const usage = `
bench:gateway — the same load direct to a mock upstream and through the gateway (auth + authorisation
+ limits + audit to SQLite on), side by side in one run. Needs wrk (apt-get install wrk).

  npm run bench:gateway                        # 10 s per case, 32 connections
  npm run bench:gateway -- --duration 20 --connections 64 --repeat 3
  npm run bench:gateway -- --variants direct,gateway-plain,gateway --modes json
  npm run bench:gateway -- --prompt-bytes 250   # a short chat turn instead of the ~1 KB default
  npm run bench:gateway -- --prompt-bytes 250 --conversation 8   # chat clients re-sending earlier turns
  RAMPART_BENCH_NODE_FLAGS="--cpu-prof --cpu-prof-dir=prof" npm run bench:gateway -- --variants gateway
                                               # profile the gateway process (Node refuses these in NODE_OPTIONS)

Variants: direct (mock upstream alone), node-floor (the bare Node proxy every variant is compared
with: node:http in, undici out, JSON parsed and re-serialised both ways, SSE events parsed, an API
key compared in constant time), gateway-plain (auth + authorisation + limits + audit), gateway (the
same plus the default guard scanners on input and output), gateway-nocache (the scanners with the
clean-text cache off), gateway-redis (gateway-plain with its limits in Redis, --redis-url, one
worker), gateway-redis-2w (the same with --workers 2, pinned to both CPUs), gateway-plain-queued
(gateway-plain with audit.acknowledge: queued: responses do not wait for the audit commit). The last
four are not run by default.
  npm run bench:gateway -- --variants node-floor,gateway-plain,gateway-redis --modes json

Pinning (when taskset exists): wrk and the mock share CPU 0, the system under test gets CPU 1 (for
"direct" the mock is the system under test). "cpu µs/req" is the CPU the system under test spent per
request, which is what matters on a 2-core machine where the load generator competes for CPU.
`;

const options = benchArgs(usage, {
  duration: { type: 'string', default: '10' },
  connections: { type: 'string', default: '32' },
  repeat: { type: 'string', default: '1' },
  modes: { type: 'string', default: 'json,sse' },
  variants: { type: 'string', default: 'direct,node-floor,gateway-plain,gateway' },
  /** Size of the user message (the guard's cost grows with it; the default is about 1 KB). */
  'prompt-bytes': { type: 'string', default: '925' },
  /**
   * Requests per conversation (0: single-turn requests). Request j of a conversation re-sends its
   * j earlier user/assistant turns, as chat clients do, then one new user message.
   */
  conversation: { type: 'string', default: '0' },
  /** The Redis the gateway-redis variants share their limits in. */
  'redis-url': { type: 'string', default: 'redis://127.0.0.1:6379' },
});
const duration = numberFlag('duration', options.duration, 1);
const connections = numberFlag('connections', options.connections, 1);
const repeat = numberFlag('repeat', options.repeat, 1);
const promptBytes = numberFlag('prompt-bytes', options['prompt-bytes']);
const root = join(import.meta.dirname, '..');
const workDir = mkdtempSync(join(tmpdir(), 'rampart-bench-'));
const started: ChildProcess[] = [];

function start(
  cpu: number | string,
  command: string,
  args: string[],
  env: Record<string, string> = {},
): ChildProcess {
  const child = startPinned(cpu, command, args, { cwd: root, env });
  started.push(child);
  return child;
}

/** CPU ticks (user + system) of a process and its descendants. */
const cpuTicks = (pid: number) => processCpuTicks(pid, true);

interface Result {
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  cpuPerRequest: number;
}

const body = JSON.stringify({
  model: 'bench',
  max_tokens: 64,
  messages: [
    { role: 'system', content: 'You are a helpful assistant for a benchmark. Answer briefly and precisely.' },
    {
      role: 'user',
      // Each request's user text is unique (wrk puts a counter at the marker): the guard remembers
      // texts a key sent before and found clean, and a benchmark of identical prompts would measure
      // only that cache. The system prompt stays the same, as it does in real traffic.
      content: `Summarise the following text in one sentence (ticket REQUEST_NUMBER). ${'The quick brown fox jumps over the lazy dog. '.repeat(Math.max(0, Math.round((promptBytes - 70) / 45)))}`,
    },
  ],
});

const conversationTurns = numberFlag('conversation', options.conversation);
const parsedBody = JSON.parse(body) as { messages: Array<{ content: string }> };
/** The user message's filler (after its unique marker) and an assistant answer of about 250 characters. */
const userFiller = parsedBody.messages[1]!.content.split('REQUEST_NUMBER). ')[1] ?? '';
const assistantFiller = 'The text says a quick brown fox jumps over a lazy dog, several times over. '.repeat(
  3,
);

/** Lua that builds each request: single-turn (a counter in the user text) or a turn of a conversation. */
function requestLua(requestBody: string): string {
  if (conversationTurns <= 0)
    return `local head = ${JSON.stringify(requestBody.split('REQUEST_NUMBER')[0])}
local tail = ${JSON.stringify(requestBody.split('REQUEST_NUMBER')[1])}
local counter = 0
request = function()
  counter = counter + 1
  return wrk.format(nil, nil, nil, head .. counter .. tail)
end`;
  const prefix = requestBody.slice(0, requestBody.indexOf(',{"role":"user"'));
  return `local prefix = ${JSON.stringify(prefix)}
local user = ${JSON.stringify(userFiller)}
local answer = ${JSON.stringify(assistantFiller)}
local turns = ${conversationTurns}
local counter = 0
request = function()
  counter = counter + 1
  local c = math.floor(counter / turns)
  local j = counter % turns
  local parts = { prefix }
  for i = 0, j - 1 do
    parts[#parts + 1] = ',{"role":"user","content":"(conversation ' .. c .. ', turn ' .. i .. ') ' .. user .. '"}'
    parts[#parts + 1] = ',{"role":"assistant","content":"(conversation ' .. c .. ', turn ' .. i .. ') ' .. answer .. '"}'
  end
  parts[#parts + 1] = ',{"role":"user","content":"(conversation ' .. c .. ', turn ' .. j .. ') ' .. user .. '"}]}'
  return wrk.format(nil, nil, nil, table.concat(parts))
end`;
}

function wrkScript(streaming: boolean, key: string | undefined): string {
  const path = join(workDir, `post-${streaming}-${key ? 'auth' : 'none'}.lua`);
  const requestBody = streaming ? body.replace('"max_tokens":64', '"max_tokens":64,"stream":true') : body;
  writeFileSync(
    path,
    `wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
${key ? `wrk.headers["Authorization"] = "Bearer ${key}"` : ''}
${requestLua(requestBody)}
done = function(summary, latency, requests)
  io.write(string.format("RESULT rps=%.1f p50=%d p99=%d reqs=%d non2xx=%d\\n", summary.requests / (summary.duration / 1e6),
    latency:percentile(50), latency:percentile(99), summary.requests, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
`,
  );
  return path;
}

function runWrk(port: number, script: string, seconds: number, sutPid: number): Result {
  const ticksBefore = cpuTicks(sutPid);
  const [file, argv] = pinned(0, 'wrk', [
    '-t1',
    `-c${connections}`,
    `-d${seconds}s`,
    '--latency',
    '-s',
    script,
    `http://127.0.0.1:${port}/v1/chat/completions`,
  ]);
  const output = execFileSync(file, argv, { encoding: 'utf8' });
  const ticks = cpuTicks(sutPid) - ticksBefore;
  const match = /RESULT rps=([\d.]+) p50=(\d+) p99=(\d+) reqs=(\d+) non2xx=(\d+)/.exec(output);
  if (!match) throw new Error(`wrk gave no result:\n${output}`);
  const requests = Number(match[4]);
  return {
    rps: Number(match[1]),
    p50: Number(match[2]) / 1000,
    p99: Number(match[3]) / 1000,
    non2xx: Number(match[5]),
    cpuPerRequest: requests > 0 ? (ticks * 10_000) / requests : 0, // 100 ticks/s -> µs
  };
}

function median(results: Result[]): Result {
  return [...results].sort((a, b) => a.rps - b.rps)[Math.floor(results.length / 2)]!;
}

async function measure(
  name: string,
  mode: string,
  port: number,
  key: string | undefined,
  sutPid: number,
): Promise<Result> {
  const script = wrkScript(mode === 'sse', key);
  runWrk(port, script, 2, sutPid); // warm-up
  const runs: Result[] = [];
  for (let index = 0; index < repeat; index++) runs.push(runWrk(port, script, duration, sutPid));
  const result = median(runs);
  if (result.non2xx > 0)
    process.stderr.write(`warning: ${name}/${mode} had ${result.non2xx} failed requests\n`);
  return result;
}

async function main(): Promise<void> {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
  } catch (error) {
    if ((error as { code?: string }).code === 'ENOENT') {
      process.stderr.write('wrk is needed: apt-get install -y wrk\n');
      process.exit(2);
    }
  }
  const modes = options.modes.split(',');
  const variants = options.variants.split(',');
  const upstreamPort = await freePort();
  const gatewayPort = await freePort();
  const adminPort = await freePort();
  const results = new Map<string, Result>();

  if (variants.includes('direct')) {
    const mock = start(1, 'node', ['bench/support/mock-upstream.mjs', String(upstreamPort)]);
    await waitPort(upstreamPort, mock);
    for (const mode of modes)
      results.set(`direct/${mode}`, await measure('direct', mode, upstreamPort, undefined, mock.pid!));
    await stop(mock);
  }

  const mock = start(0, 'node', ['bench/support/mock-upstream.mjs', String(upstreamPort)]);
  await waitPort(upstreamPort, mock);
  const dataDir = join(workDir, 'data');
  const keys = new ApiKeyStore(join(dataDir, 'keys.db'));
  const key = keys.create({ name: 'bench', principal: 'bench', roles: ['bench'] }).key;
  keys.close();
  const config = {
    server: { port: gatewayPort },
    admin: { port: adminPort, token: 'bench-admin-token-0123456789abcdef' },
    dataDir,
    upstreams: { mock: { url: `http://127.0.0.1:${upstreamPort}`, apiKey: 'sk-bench' } },
    models: [{ name: 'bench', upstream: 'mock' }],
    routes: [{ id: 'chat', path: '/v1/chat/completions', kind: 'chat', models: ['bench'] }],
    roles: { bench: [{ routes: ['chat'], models: ['*'] }] },
    limits: {
      rate: { requestsPerMinute: 100_000_000, burst: 1_000_000 },
      tokens: { perMinute: 1_000_000_000, perDay: 1_000_000_000 },
      concurrency: { perPrincipal: 10_000 },
    },
    logging: { level: 'warn' },
  };
  if (variants.includes('node-floor')) {
    const floor = start(1, 'node', ['bench/support/node-floor-proxy.mjs'], {
      PORT: String(gatewayPort),
      UPSTREAM_URL: `http://127.0.0.1:${upstreamPort}`,
      AUTH_KEY: key,
    });
    await waitPort(gatewayPort, floor);
    for (const mode of modes)
      results.set(`node-floor/${mode}`, await measure('node-floor', mode, gatewayPort, key, floor.pid!));
    await stop(floor);
  }
  for (const variant of variants.filter((name) => name !== 'direct' && name !== 'node-floor')) {
    const configPath = join(workDir, `${variant}.yaml`);
    // gateway-plain: auth + authorisation + limits + audit; gateway: the same plus the default guard scanners.
    // gateway-nocache: the same scanners with the clean-text cache off (every text scanned every time).
    const redis = variant.startsWith('gateway-redis');
    const workers = variant === 'gateway-redis-2w' ? 2 : 1;
    const routeGuard =
      variant === 'gateway' ? {} : variant === 'gateway-nocache' ? { cleanCacheEntries: 0 } : false;
    const keyPrefix = `rampart-bench:${process.pid}:${variant}:`;
    writeFileSync(
      configPath,
      stringify({
        ...config,
        routes: config.routes.map((route) => ({ ...route, guard: routeGuard })),
        ...(redis ? { state: { redis: { url: options['redis-url'], keyPrefix } } } : {}),
        ...(variant === 'gateway-plain-queued' ? { audit: { acknowledge: 'queued' } } : {}),
      }),
    );
    const gateway = start(workers > 1 ? '0,1' : 1, 'node', [
      ...(process.env.RAMPART_BENCH_NODE_FLAGS ?? '').split(' ').filter(Boolean),
      'bin/rampart.js',
      'gateway',
      '--config',
      configPath,
      '--workers',
      String(workers),
    ]);
    await waitPort(gatewayPort, gateway);
    if (workers > 1) await new Promise((resolve) => setTimeout(resolve, 3_000)); // every worker up
    for (const mode of modes)
      results.set(`${variant}/${mode}`, await measure(variant, mode, gatewayPort, key, gateway.pid!));
    await stop(gateway);
  }
  await stop(mock);

  const rows: string[][] = [];
  for (const mode of modes) {
    const direct = results.get(`direct/${mode}`);
    for (const variant of variants) {
      const result = results.get(`${variant}/${mode}`);
      if (!result) continue;
      const ratio = direct && variant !== 'direct' ? `${((result.rps / direct.rps) * 100).toFixed(0)}%` : '';
      const plain = results.get(`gateway-plain/${mode}`);
      const guarded = variant === 'gateway' || variant === 'gateway-nocache';
      const vsPlain = plain && guarded ? `${((result.rps / plain.rps) * 100).toFixed(0)}%` : '';
      const addedP50 = direct && variant !== 'direct' ? `+${(result.p50 - direct.p50).toFixed(2)}` : '';
      const addedP99 = direct && variant !== 'direct' ? `+${(result.p99 - direct.p99).toFixed(2)}` : '';
      const floor = results.get(`node-floor/${mode}`);
      const timesFloor =
        floor && floor.cpuPerRequest > 0 ? `${(result.cpuPerRequest / floor.cpuPerRequest).toFixed(2)}×` : '';
      rows.push([
        mode,
        variant,
        result.rps.toFixed(0),
        result.p50.toFixed(2),
        result.p99.toFixed(2),
        result.cpuPerRequest.toFixed(0),
        timesFloor,
        ratio,
        vsPlain,
        addedP50,
        addedP99,
      ]);
    }
  }
  const headers = [
    'mode',
    'target',
    'req/s',
    'p50 ms',
    'p99 ms',
    'cpu µs/req',
    'cpu × floor',
    'rps vs direct',
    'rps vs plain',
    'added p50 ms',
    'added p99 ms',
  ];
  const widths = headers.map((header, column) =>
    Math.max(header.length, ...rows.map((row) => row[column]!.length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  process.stdout.write(
    `\nbench:gateway — ${connections} connections, ${duration} s per case (median of ${repeat}), user message ${parsedBody.messages[1]!.content.length} characters${conversationTurns > 0 ? `, conversations of ${conversationTurns} requests (request j re-sends j earlier turns)` : ''}, Node ${process.version}, ${cpus().length} cores${hasTaskset ? ', pinned' : ''}\n\n`,
  );
  process.stdout.write(
    `${[line(headers), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n')}\n`,
  );
}

main()
  .catch((error: unknown) => {
    process.stderr.write(`${String((error as Error).stack ?? error)}\n`);
    process.exitCode = 1;
  })
  .finally(async () => {
    for (const child of started) await stop(child);
    if (existsSync(workDir)) rmSync(workDir, { recursive: true, force: true });
  });
