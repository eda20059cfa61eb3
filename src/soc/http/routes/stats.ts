import { sendJson } from '../../../core/http/index.ts';
import { type EventQuery, RampartError } from '../../../core/index.ts';
import type { AlertManager } from '../../alerts/alert-manager.ts';
import { parseDuration } from '../../rules/duration.ts';
import type { EventStore } from '../../store/event-store.ts';
import { type SocApp, type SocRouteContext, searchParameters } from '../soc-http.ts';

/** The overview's charts and the principals view: counts over time and per principal. */
export function statsRoutes(app: SocApp, routes: SocRouteContext): void {
  app.get('/api/stats', async (context) =>
    sendJson(context, await stats(routes.store, routes.alerts, searchParameters(context))),
  );
  app.get('/api/principals', async (context) =>
    sendJson(context, await principals(routes.store, searchParameters(context))),
  );
}

function timeRange(parameters: URLSearchParams, defaultSpanMs: number): { from: Date; to: Date } {
  const to = parameters.get('to') ? new Date(parameters.get('to')!) : new Date(Date.now() + 1000);
  const from = parameters.get('from')
    ? new Date(parameters.get('from')!)
    : new Date(to.getTime() - defaultSpanMs);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime()) || from >= to) {
    throw new RampartError(
      'RAMPART_SOC_REQUEST_INVALID',
      'from and to must be ISO 8601 times with from before to',
    );
  }
  return { from, to };
}

const dayMs = 86_400_000;

/**
 * Counts over time buckets for the overview charts: requests, blocks, detections.
 * "blocks" are refused requests (`inference.request` with decision block), not every event that
 * carries a block decision: one refused prompt also yields guard.detection events, and CI scans
 * report block decisions too, which made "blocked" exceed "requests".
 */
async function stats(store: EventStore, alerts: AlertManager, parameters: URLSearchParams) {
  const { from, to } = timeRange(parameters, dayMs);
  const span = to.getTime() - from.getTime();
  const requested = parameters.get('bucket');
  let bucketMs = requested
    ? parseDuration(requested, 'bucket')
    : Math.max(60_000, Math.ceil(span / 48 / 60_000) * 60_000);
  bucketMs = Math.max(bucketMs, Math.ceil(span / 500), 1000);
  const range = { from: from.toISOString(), to: to.toISOString() };
  const seriesQueries: Record<string, EventQuery> = {
    requests: { ...range, kind: 'inference.request' },
    blocks: { ...range, kind: 'inference.request', decision: 'block' },
    detections: { ...range, kind: 'guard.detection' },
    alerts: { ...range, kind: 'alert.raised' },
  };
  const start = Math.floor(from.getTime() / bucketMs) * bucketMs;
  const buckets = new Map<number, Record<string, number>>();
  for (let time = start; time < to.getTime(); time += bucketMs) {
    buckets.set(time, { requests: 0, blocks: 0, detections: 0, alerts: 0 });
  }
  const totals: Record<string, number> = {};
  for (const [name, query] of Object.entries(seriesQueries)) {
    let total = 0;
    for (const row of await store.countBuckets(query, bucketMs)) {
      const bucket = buckets.get(Date.parse(row.bucket));
      if (bucket) bucket[name] = row.count;
      total += row.count;
    }
    totals[name] = total;
  }
  return {
    from: range.from,
    to: range.to,
    bucketMs,
    series: [...buckets.entries()].map(([time, counts]) => ({
      time: new Date(time).toISOString(),
      ...counts,
    })),
    totals: { ...totals, events: await store.count(range) },
    alerts: await alerts.countByStatus(),
    topPrincipals: await store.countBy('principal', { ...range, kind: 'inference.request' }, 10),
    topKinds: await store.countBy('kind', range, 10),
  };
}

/** Per principal: requests, blocks, detections and auth failures in the range (the console's principals view). */
async function principals(store: EventStore, parameters: URLSearchParams) {
  const { from, to } = timeRange(parameters, dayMs);
  const range = { from: from.toISOString(), to: to.toISOString() };
  const rows = new Map<
    string,
    { principal: string; requests: number; blocks: number; detections: number; authFailures: number }
  >();
  const add = (
    values: Array<{ value: string; count: number }>,
    field: 'requests' | 'blocks' | 'detections' | 'authFailures',
  ) => {
    for (const { value, count } of values) {
      if (!value) continue;
      const row = rows.get(value) ?? {
        principal: value,
        requests: 0,
        blocks: 0,
        detections: 0,
        authFailures: 0,
      };
      row[field] = count;
      rows.set(value, row);
    }
  };
  add(await store.countBy('principal', { ...range, kind: 'inference.request' }, 100), 'requests');
  add(
    await store.countBy('principal', { ...range, kind: 'inference.request', decision: 'block' }, 100),
    'blocks',
  );
  add(await store.countBy('principal', { ...range, kind: 'guard.detection' }, 100), 'detections');
  add(await store.countBy('principal', { ...range, kind: 'auth.failure' }, 100), 'authFailures');
  return {
    from: range.from,
    to: range.to,
    principals: [...rows.values()].sort((left, right) => right.requests - left.requests),
  };
}
