// An open-loop load generator: sends POSTs at a fixed rate whatever the answers take (so a slow
// server cannot slow the offered load down), and reports latency per outcome, measured from each
// request's scheduled time (no coordinated omission). Prints one JSON line.
// Run: node bench/support/open-loop.mjs URL RATE SECONDS KEY BODY_FILE
import { readFileSync } from 'node:fs';
import { Pool } from 'undici';

const [url, rateText, secondsText, key, bodyFile] = process.argv.slice(2);
const rate = Number(rateText);
const seconds = Number(secondsText);
const body = readFileSync(bodyFile, 'utf8');
const target = new URL(url);
const pool = new Pool(target.origin, { connections: 2048, pipelining: 1, keepAliveTimeout: 30_000 });
const latencies = { ok: [], rejected: [], failed: [] };
const statuses = {};
let sent = 0;
let inFlight = 0;
const started = performance.now();
const total = Math.round(rate * seconds);

function send(scheduled) {
  sent++;
  inFlight++;
  pool
    .request({
      path: target.pathname,
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${key}` },
      body,
    })
    .then(async (response) => {
      await response.body.dump();
      const elapsed = performance.now() - scheduled;
      statuses[response.statusCode] = (statuses[response.statusCode] ?? 0) + 1;
      (response.statusCode === 200 ? latencies.ok : latencies.rejected).push(elapsed);
    })
    .catch(() => {
      statuses.error = (statuses.error ?? 0) + 1;
      latencies.failed.push(performance.now() - scheduled);
    })
    .finally(() => {
      inFlight--;
    });
}

const percentile = (values, p) => {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] * 100) / 100;
};

await new Promise((resolve) => {
  const timer = setInterval(() => {
    const due = Math.min(total, Math.floor(((performance.now() - started) / 1000) * rate));
    while (sent < due) send(started + (sent / rate) * 1000);
    if (sent >= total) {
      clearInterval(timer);
      resolve();
    }
  }, 1);
});
const deadline = performance.now() + 15_000;
while (inFlight > 0 && performance.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
await pool.close();
process.stdout.write(
  `${JSON.stringify({
    rate,
    sent,
    statuses,
    okP50: percentile(latencies.ok, 50),
    okP99: percentile(latencies.ok, 99),
    rejectedP99: percentile(latencies.rejected, 99),
    unanswered: inFlight,
  })}\n`,
);
