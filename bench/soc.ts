import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createEvent, type SecurityEvent } from '../src/core/index.ts';
import {
  createSoc,
  createSocServer,
  type EventStore,
  openPostgresEventStore,
  openSqliteEventStore,
} from '../src/soc/index.ts';
import { benchArgs, numberFlag } from './support/bench-args.ts';

const usage = `
bench:soc — ingest rate into the SOC's stores with all ten default rules on, beside the same
writes with no rules (the baseline), and the time from a triggering event to its alert.

  npm run bench:soc                               # 100k events per case
  npm run bench:soc -- --events 200000 --repeat 3 --backends sqlite --batches 100,1000

Batch 1 is the gateway's pattern (one committed write per request); batches 100 and 1000 are POST /events
(1000 is its default maximum).
PostgreSQL cases run when a server answers (RAMPART_BENCH_POSTGRES_URL, else 127.0.0.1:5432/test).
`;

const options = benchArgs(usage, {
  events: { type: 'string', default: '100000' },
  repeat: { type: 'string', default: '1' },
  alerts: { type: 'string', default: '50' },
  batches: { type: 'string', default: '1,100,1000' },
  backends: { type: 'string', default: 'sqlite,postgres' },
});
const total = numberFlag('events', options.events, 1);
const repeat = numberFlag('repeat', options.repeat, 1);
const workDir = mkdtempSync(join(tmpdir(), 'rampart-bench-soc-'));

/** A realistic mix: mostly inference requests, some detections, auth failures and limit rejections. */
function traffic(count: number): SecurityEvent[] {
  const base = Date.now() - 3_600_000;
  const events: SecurityEvent[] = [];
  for (let index = 0; index < count; index++) {
    const time = new Date(base + index).toISOString();
    const principal = `key-${index % 997}`;
    const roll = index % 20;
    if (roll < 14) {
      events.push(
        createEvent({
          source: 'gateway',
          kind: 'inference.request',
          time,
          principal,
          model: 'demo-chat',
          route: 'chat',
          client_ip: `10.0.${index % 250}.${index % 199}`,
          decision: 'allow',
          attrs: {
            status: 200,
            latency_ms: 12.5,
            'gen_ai.usage.input_tokens': 120,
            'gen_ai.usage.output_tokens': 80,
            request_sha256: `sha-${index}`,
          },
        }),
      );
    } else if (roll < 16) {
      events.push(
        createEvent({
          source: 'guard',
          kind: 'guard.detection',
          severity: 'high',
          time,
          principal,
          decision: 'block',
          attrs: { scanner: roll === 14 ? 'prompt-injection' : 'jailbreak', channel: 'user', score: 0.9 },
          frameworks: ['LLM01:2025'],
        }),
      );
    } else if (roll < 18) {
      events.push(
        createEvent({
          source: 'gateway',
          kind: 'auth.failure',
          severity: 'medium',
          time,
          client_ip: `203.0.113.${index % 97}`,
          decision: 'block',
          attrs: { reason: 'invalid_key', key_prefix: `rk_${index % 13}` },
        }),
      );
    } else {
      events.push(
        createEvent({
          source: 'gateway',
          kind: 'limit.rejected',
          time,
          principal,
          decision: 'block',
          attrs: { limit: 'rate' },
        }),
      );
    }
  }
  return events;
}

async function postgresUrl(): Promise<string | undefined> {
  const candidates = process.env.RAMPART_BENCH_POSTGRES_URL
    ? [process.env.RAMPART_BENCH_POSTGRES_URL]
    : ['postgres://postgres@127.0.0.1:5432/test', 'postgres://root@127.0.0.1:5432/test'];
  for (const url of candidates) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      return url;
    } catch {
      // next
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  return undefined;
}

let storeCounter = 0;
const schemas: string[] = [];
async function openStore(backend: 'sqlite' | 'postgres', url: string | undefined): Promise<EventStore> {
  if (backend === 'sqlite')
    return openSqliteEventStore({ path: join(workDir, `bench-${storeCounter++}.db`) });
  const schema = `rampart_bench_${process.pid}_${storeCounter++}`;
  schemas.push(schema);
  return openPostgresEventStore({ connectionString: url!, schema });
}

interface Row {
  backend: string;
  batch: number;
  baseline: number;
  withRules: number;
  cpuRate: number;
  alerts: number;
}

async function ingest(
  backend: 'sqlite' | 'postgres',
  url: string | undefined,
  batch: number,
  rules: boolean,
  events: SecurityEvent[],
) {
  const store = await openStore(backend, url);
  const soc = createSoc({ store, ...(rules ? {} : { rules: [] }) });
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (let start = 0; start < events.length; start += batch) {
    const result = soc.sink.write(events.slice(start, start + batch));
    if (result instanceof Promise) await result;
  }
  await soc.idle();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  const alerts = (await store.alerts.countByStatus()).new;
  await soc.close();
  return { rate: events.length / seconds, cpuRate: events.length / ((cpu.user + cpu.system) / 1e6), alerts };
}

/** POST /events over a real socket (JSON parse + validation + store + rules), batches of 1000, SQLite. */
async function httpIngest(events: SecurityEvent[]) {
  const store = await openStore('sqlite', undefined);
  const soc = createSoc({ store });
  const token = 'bench-ingest-token-0123456789';
  const server = createSocServer({ ...soc, config: { adminToken: token, maxBodyBytes: 64 * 1024 * 1024 } });
  const base = await server.listen();
  const bodies: string[] = [];
  for (let start = 0; start < events.length; start += 1000) {
    bodies.push(
      JSON.stringify({ events: events.slice(start, start + 1000).map(({ id: _id, ...rest }) => rest) }),
    );
  }
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (const body of bodies) {
    const response = await fetch(`${base}/events`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body,
    });
    if (response.status !== 200)
      throw new Error(`POST /events answered ${response.status}: ${await response.text()}`);
  }
  await soc.idle();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpu = process.cpuUsage(cpuStart);
  await server.close();
  await soc.close();
  return { rate: events.length / seconds, cpuRate: events.length / ((cpu.user + cpu.system) / 1e6) };
}

/** Time from writing the event that completes a detection to its alert.raised event being committed and published. */
async function alertLatency(
  backend: 'sqlite' | 'postgres',
  url: string | undefined,
  samples: number,
  background: SecurityEvent[],
) {
  const store = await openStore(backend, url);
  const soc = createSoc({ store });
  const sinkWrite = (events: SecurityEvent[]) => soc.sink.write(events);
  for (let start = 0; start < background.length; start += 100)
    await sinkWrite(background.slice(start, start + 100));
  await soc.idle();
  const latencies: number[] = [];
  for (let sample = 0; sample < samples; sample++) {
    const principal = `attacker-${sample}`;
    const detection = () =>
      createEvent({
        source: 'guard',
        kind: 'guard.detection',
        principal,
        severity: 'high',
        attrs: { scanner: 'prompt-injection', channel: 'user' },
      });
    for (let index = 0; index < 4; index++) await sinkWrite([detection()]);
    const raised = new Promise<number>((resolve) => {
      const unsubscribe = soc.bus.subscribe((events) => {
        if (events.some((event) => event.kind === 'alert.raised' && event.principal === principal)) {
          unsubscribe();
          resolve(performance.now());
        }
      });
    });
    const started = performance.now();
    await sinkWrite([detection()]);
    latencies.push((await raised) - started);
  }
  await soc.close();
  latencies.sort((left, right) => left - right);
  const at = (quantile: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(quantile * latencies.length))]!;
  return { p50: at(0.5), p99: at(0.99), max: latencies[latencies.length - 1]! };
}

const format = (value: number) => Math.round(value).toLocaleString('en-US');
const url = await postgresUrl();
const backends = (options.backends.split(',') as Array<'sqlite' | 'postgres'>).filter(
  (backend) => backend === 'sqlite' || (backend === 'postgres' && url),
);
const batches = options.batches.split(',').map(Number);
if (!url) process.stdout.write('PostgreSQL: no server answered; PostgreSQL cases skipped.\n');
process.stdout.write(
  `bench:soc — ${format(total)} events per case, ${repeat} run(s), Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}\n` +
    "ev/CPU-s = events per second of this process's own CPU time (user + system): less sensitive to a shared machine; for PostgreSQL the server's CPU is not counted.\n\n",
);
const events = traffic(total);
const rows: Row[] = [];
for (const backend of backends) {
  for (const batch of batches) {
    // One committed transaction per event is slow by nature: batch-1 cases use at most 10,000 events.
    const count = batch === 1 ? Math.min(total, backend === 'postgres' ? 5_000 : 10_000) : total;
    const slice = events.slice(0, count);
    let best = { baseline: 0, withRules: 0, cpuRate: 0, alerts: 0 };
    for (let run = 0; run < repeat; run++) {
      const baseline = await ingest(backend, url, batch, false, slice);
      const withRules = await ingest(backend, url, batch, true, slice);
      if (withRules.rate > best.withRules) {
        best = {
          baseline: baseline.rate,
          withRules: withRules.rate,
          cpuRate: withRules.cpuRate,
          alerts: withRules.alerts,
        };
      }
    }
    rows.push({ backend: count === total ? backend : `${backend} (${format(count)} ev)`, batch, ...best });
  }
}
const header = [
  'store',
  'batch',
  'no rules ev/s (baseline)',
  '10 rules ev/s',
  'ratio',
  '10 rules ev/CPU-s',
  'alerts raised',
];
const lines = rows.map((row) => [
  row.backend,
  String(row.batch),
  format(row.baseline),
  format(row.withRules),
  (row.withRules / row.baseline).toFixed(2),
  format(row.cpuRate),
  String(row.alerts),
]);
const widths = header.map((title, column) =>
  Math.max(title.length, ...lines.map((line) => line[column]!.length)),
);
const render = (cells: string[]) =>
  `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
process.stdout.write(
  `${render(header)}\n${render(widths.map((width) => '-'.repeat(width)))}\n${lines.map(render).join('\n')}\n\n`,
);

if (backends.includes('sqlite')) {
  const http = await httpIngest(events);
  process.stdout.write(
    `POST /events (SQLite, 10 rules, batches of 1000, client in the same process): ${format(http.rate)} ev/s, ${format(http.cpuRate)} ev/CPU-s\n\n`,
  );
}

const latencyRows: string[][] = [];
for (const backend of backends) {
  const latency = await alertLatency(
    backend,
    url,
    numberFlag('alerts', options.alerts, 1),
    events.slice(0, 20_000),
  );
  latencyRows.push([backend, latency.p50.toFixed(2), latency.p99.toFixed(2), latency.max.toFixed(2)]);
}
const latencyHeader = ['store', 'event→alert p50 ms', 'p99 ms', 'max ms'];
const latencyWidths = latencyHeader.map((title, column) =>
  Math.max(title.length, ...latencyRows.map((line) => line[column]!.length)),
);
const renderLatency = (cells: string[]) =>
  `| ${cells.map((cell, column) => cell.padEnd(latencyWidths[column]!)).join(' | ')} |`;
process.stdout.write(
  `${renderLatency(latencyHeader)}\n${renderLatency(latencyWidths.map((width) => '-'.repeat(width)))}\n${latencyRows.map(renderLatency).join('\n')}\n`,
);

if (url && schemas.length > 0) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  for (const schema of schemas) await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
}
rmSync(workDir, { recursive: true, force: true });
