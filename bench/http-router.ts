import { type ChildProcess, execFileSync, fork } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createAdaptorServer } from '@hono/node-server';
import { Hono } from 'hono';
import { safeJsonParse } from '../src/core/index.ts';
import { benchArgs } from './support/bench-args.ts';

const usage = `
bench:router — the gateway's request-handling shape (read a ~1 KB JSON body, parse it safely,
answer a small JSON) on node:http and on Hono over @hono/node-server, side by side in one run,
to decide whether the gateway's hot path moves to the router the admin and SOC APIs use
(docs/decisions/0007-http-layer.md). Needs wrk (apt-get install wrk).

  node --import tsx bench/http-router.ts                      # 10 s per case, 32 connections
  node --import tsx bench/http-router.ts --duration 20 --repeat 3

Variants: node-http (the gateway today), hono (as core/http serves the admin and SOC APIs:
global Request/Response left alone), hono-global (@hono/node-server's default, which replaces the
process's global Request/Response with its lighter ones).
Pinning (when taskset exists): wrk on CPU 0, the server on CPU 1. "cpu µs/req" is the CPU the
server spent per request.
`;

type Variant = 'node-http' | 'hono' | 'hono-global';
const variants: Variant[] = ['node-http', 'hono', 'hono-global'];

/** The server side (a child process): answers POST /v1/chat/completions like a gateway that refuses nothing. */
function serve(variant: Variant): Server {
  const answer = (body: unknown) =>
    JSON.stringify({ id: 'r1', model: (body as { model?: string }).model ?? 'unknown', ok: true });
  if (variant === 'node-http') {
    return createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        const text = answer(safeJsonParse(Buffer.concat(chunks).toString('utf8')));
        response.writeHead(200, {
          'content-type': 'application/json',
          'content-length': Buffer.byteLength(text),
        });
        response.end(text);
      });
    });
  }
  const app = new Hono();
  app.post('/v1/chat/completions', async (context) =>
    context.body(answer(safeJsonParse(await context.req.text())), 200, {
      'content-type': 'application/json',
    }),
  );
  return createAdaptorServer({
    fetch: app.fetch,
    overrideGlobalObjects: variant === 'hono-global',
  }) as Server;
}

if (process.argv[2] === '--serve') {
  const server = serve(process.argv[3] as Variant);
  server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));
  process.on('message', (message) => {
    const cpu = process.cpuUsage();
    process.send?.({ cpuMicros: cpu.user + cpu.system }, () => {
      if (message === 'stop') process.exit(0);
    });
  });
} else {
  await main();
}

async function main() {
  const options = benchArgs(usage, {
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '32' },
    repeat: { type: 'string', default: '1' },
  });
  const directory = mkdtempSync(join(tmpdir(), 'rampart-bench-router-'));
  const body = JSON.stringify({
    model: 'demo-chat',
    messages: [{ role: 'user', content: 'Summarise the quarterly report. '.repeat(30) }],
  });
  const script = join(directory, 'post.lua');
  writeFileSync(
    script,
    `wrk.method = "POST"\nwrk.headers["content-type"] = "application/json"\nwrk.body = ${JSON.stringify(body)}\n`,
  );
  const pin = hasTaskset();
  const results: Record<Variant, Array<{ rps: number; cpu: number }>> = {
    'node-http': [],
    hono: [],
    'hono-global': [],
  };
  for (let round = 0; round < Number(options.repeat); round++) {
    for (const variant of variants) results[variant].push(await run(variant, script, options, pin));
  }
  rmSync(directory, { recursive: true, force: true });
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const spread = (values: number[]) =>
    values.length > 1
      ? `±${Math.round(((Math.max(...values) - Math.min(...values)) / 2 / median(values)) * 100)}%`
      : '';
  const base = median(results['node-http'].map((result) => result.rps));
  process.stdout.write(
    `\nbody ${body.length} bytes, ${options.connections} connections, ${options.duration} s x ${options.repeat}, Node ${process.version}${pin ? ', pinned' : ''}\n\n`,
  );
  process.stdout.write(
    '| variant | req/s (median) | spread | cpu µs/req | vs node:http |\n| --- | --- | --- | --- | --- |\n',
  );
  for (const variant of variants) {
    const rps = median(results[variant].map((result) => result.rps));
    const cpu = median(results[variant].map((result) => result.cpu));
    process.stdout.write(
      `| ${variant} | ${Math.round(rps)} | ${spread(results[variant].map((result) => result.rps))} | ${cpu.toFixed(1)} | ${(rps / base).toFixed(2)}x |\n`,
    );
  }
}

function hasTaskset(): boolean {
  try {
    execFileSync('taskset', ['-c', '0', 'true']);
    return true;
  } catch {
    return false;
  }
}

async function run(
  variant: Variant,
  script: string,
  options: { duration: string; connections: string },
  pin: boolean,
) {
  const child: ChildProcess = fork(import.meta.filename, ['--serve', variant], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolve) =>
    child.once('message', (message) => resolve((message as { port: number }).port)),
  );
  if (pin) execFileSync('taskset', ['-pc', '1', String(child.pid)], { stdio: 'ignore' });
  const url = `http://127.0.0.1:${port}/v1/chat/completions`;
  const wrk = (seconds: string) =>
    execFileSync(pin ? 'taskset' : 'wrk', [
      ...(pin ? ['-c', '0', 'wrk'] : []),
      '-t1',
      `-c${options.connections}`,
      `-d${seconds}s`,
      '-s',
      script,
      url,
    ]).toString();
  wrk('2'); // warm-up
  const cpuBefore = await cpuOf(child);
  const output = wrk(options.duration);
  const cpuAfter = await cpuOf(child, true);
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1] ?? 0);
  const requests = Number(/(\d+) requests in/.exec(output)?.[1] ?? 1);
  return { rps, cpu: (cpuAfter - cpuBefore) / requests };
}

/** The child's CPU time so far (µs); `last` ends it. */
function cpuOf(child: ChildProcess, last = false): Promise<number> {
  return new Promise((resolve) => {
    child.once('message', (message) => resolve((message as { cpuMicros: number }).cpuMicros));
    child.send(last ? 'stop' : 'cpu');
  });
}
