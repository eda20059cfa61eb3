import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { storeBackends } from '../../../test/support/event-store-backends.ts';
import type { Alert } from '../../core/index.ts';
import { createEvent, type SecurityEvent, uuidv7 } from '../../core/index.ts';
import type { EventStore } from './event-store.ts';

const base = Date.parse('2026-01-01T00:00:00.000Z');

function event(index: number, overrides: Partial<SecurityEvent> = {}): SecurityEvent {
  const time = base + index * 1000;
  return createEvent({
    id: uuidv7(time),
    time: new Date(time).toISOString(),
    source: 'gateway',
    kind: index % 3 === 0 ? 'auth.failure' : 'inference.request',
    severity: index % 5 === 0 ? 'high' : 'info',
    principal: `key-${index % 4}`,
    model: index % 2 === 0 ? 'llama' : 'gpt',
    route: '/v1/chat/completions',
    client_ip: '10.0.0.1',
    decision: index % 7 === 0 ? 'block' : 'allow',
    attrs: { status: 200, nested: { value: index } },
    frameworks: index % 3 === 0 ? ['LLM10:2025'] : [],
    ...overrides,
  });
}

async function all(
  store: EventStore,
  query: Parameters<EventStore['query']>[0] = {},
): Promise<SecurityEvent[]> {
  const out: SecurityEvent[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.query({ ...query, ...(cursor ? { cursor } : {}) });
    out.push(...page.events);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

const directory = mkdtempSync(join(tmpdir(), 'rampart-store-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const backends = await storeBackends(directory);
afterAll(async () => {
  for (const backend of backends) await backend.cleanup();
});

describe.each(backends)('$name event store', (backend) => {
  let store: EventStore;
  const events = Array.from({ length: 60 }, (_, index) => event(index));

  beforeEach(async (context) => {
    if (!backend.available) {
      context.skip(backend.skipReason);
      return;
    }
    store = await backend.open();
    await store.write(events);
  });
  afterEach(async () => {
    await store?.close();
  });

  it('reads back what was written, attrs and frameworks intact', async () => {
    const stored = await store.get(events[3]!.id);
    expect(stored).toEqual(events[3]);
    expect(await store.get('0190d1e4-0000-7000-8000-000000000000')).toBeUndefined();
  });

  it('ignores a re-sent event with the same id', async () => {
    await store.write([events[0]!, events[1]!]);
    expect(await store.count()).toBe(60);
  });

  it('pages newest first by default and oldest first on request, without gaps or repeats', async () => {
    const descending = await all(store, { limit: 7 });
    expect(descending.map((item) => item.id)).toEqual([...events].reverse().map((item) => item.id));
    const ascending = await all(store, { limit: 9, order: 'asc' });
    expect(ascending.map((item) => item.id)).toEqual(events.map((item) => item.id));
    const first = await store.query({ limit: 60 });
    expect(first.nextCursor).toBeUndefined();
  });

  it('filters by time, kind, principal, model, route, source, severity and decision', async () => {
    const at = (index: number) => new Date(base + index * 1000).toISOString();
    const cases: Array<[Parameters<EventStore['query']>[0], (item: SecurityEvent) => boolean]> = [
      [{ from: at(10), to: at(20) }, (item) => item.time >= at(10) && item.time < at(20)],
      [{ kind: 'auth.failure' }, (item) => item.kind === 'auth.failure'],
      [{ kind: ['auth.failure', 'inference.request'] }, () => true],
      [{ kind: [] }, () => false],
      [{ principal: 'key-1' }, (item) => item.principal === 'key-1'],
      [{ model: 'gpt' }, (item) => item.model === 'gpt'],
      [{ route: '/v1/chat/completions' }, () => true],
      [{ source: 'model' }, () => false],
      [{ severity: 'high' }, (item) => item.severity === 'high'],
      [{ severity: ['info', 'high'] }, () => true],
      [{ minSeverity: 'medium' }, (item) => item.severity === 'high'],
      [{ decision: 'block' }, (item) => item.decision === 'block'],
      [
        { principal: 'key-0', kind: 'auth.failure', minSeverity: 'high', from: at(5) },
        (item) =>
          item.principal === 'key-0' &&
          item.kind === 'auth.failure' &&
          item.severity === 'high' &&
          item.time >= at(5),
      ],
    ];
    for (const [query, predicate] of cases) {
      const expected = events.filter(predicate).map((item) => item.id);
      const found = (await all(store, { ...query, order: 'asc', limit: 4 })).map((item) => item.id);
      expect(found, JSON.stringify(query)).toEqual(expected);
      expect(await store.count(query), JSON.stringify(query)).toBe(expected.length);
    }
  });

  it('a cursor taken before a late event still reaches it (ingest order, not id order)', async () => {
    const page = await store.query({ order: 'asc', limit: 60 });
    expect(page.nextCursor).toBeUndefined();
    expect(page.endCursor).toBeDefined();
    const late = event(-1000, { id: uuidv7(base - 3_600_000) });
    await store.write([late]);
    const next = await store.query({ order: 'asc', cursor: page.endCursor! });
    expect(next.events.map((item) => item.id)).toEqual([late.id]);
    const empty = await store.query({ order: 'asc', cursor: next.endCursor! });
    expect(empty.events).toEqual([]);
    expect(empty.endCursor).toBeUndefined();
  });

  it('rejects a forged cursor and bad filters with codes', async () => {
    await expect(store.query({ cursor: 'not-a-cursor' })).rejects.toMatchObject({
      code: 'RAMPART_STORE_CURSOR_INVALID',
    });
    await expect(store.query({ from: 'yesterday' })).rejects.toMatchObject({
      code: 'RAMPART_STORE_QUERY_INVALID',
    });
    await expect(store.query({ limit: 0 })).rejects.toMatchObject({ code: 'RAMPART_STORE_QUERY_INVALID' });
    await expect(
      store.query({ severity: 'urgent' as unknown as SecurityEvent['severity'] }),
    ).rejects.toMatchObject({ code: 'RAMPART_STORE_QUERY_INVALID' });
  });

  it('caps the page size at 1000', async () => {
    const page = await store.query({ limit: 5000 });
    expect(page.events).toHaveLength(60);
  });

  it('deletes events older than a cutoff', async () => {
    const cutoff = new Date(base + 30 * 1000);
    expect(await store.deleteOlderThan(cutoff)).toBe(30);
    expect(await store.count()).toBe(30);
    expect((await all(store, { order: 'asc' }))[0]!.id).toBe(events[30]!.id);
  });

  it('archives old events to JSON lines before deleting them', async () => {
    const path = join(directory, `${backend.name}-archive-${Date.now()}.jsonl`);
    const result = await store.archiveOlderThan(new Date(base + 10 * 1000), path);
    expect(result).toEqual({ archived: 10, path });
    const lines = readFileSync(path, 'utf8').trim().split('\n');
    expect(lines.map((line) => JSON.parse(line))).toEqual(events.slice(0, 10));
    expect(await store.count()).toBe(50);
  });

  it('stores any JSON-safe attrs and reads them back unchanged (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 })),
        fc.array(fc.string({ maxLength: 12 }), { maxLength: 3 }),
        async (attrs, frameworks) => {
          const item = createEvent({ source: 'soc', kind: 'test.property', attrs, frameworks });
          await store.write([item]);
          const stored = await store.get(item.id);
          expect(stored?.attrs).toEqual(JSON.parse(JSON.stringify(attrs)));
          expect(stored?.frameworks).toEqual(frameworks);
        },
      ),
      { numRuns: 40 },
    );
  });

  it('counts per time bucket and per field', async () => {
    const buckets = await store.countBuckets({ kind: 'auth.failure' }, 10_000);
    expect(buckets.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(20);
    expect(buckets[0]).toEqual({ bucket: new Date(base).toISOString(), count: 4 });
    const byPrincipal = await store.countBy('principal', {}, 2);
    expect(byPrincipal).toEqual([
      { value: 'key-0', count: 15 },
      { value: 'key-1', count: 15 },
    ]);
    await expect(store.countBy('attrs' as never, {})).rejects.toMatchObject({
      code: 'RAMPART_STORE_QUERY_INVALID',
    });
  });

  it('stores alerts: insert, update, find the open one by dedup key, list with paging and counts', async () => {
    const alert = (index: number, status: Alert['status'], dedupKey: string): Alert => ({
      id: uuidv7(base + index),
      ruleId: index % 2 ? 'rule-a' : 'rule-b',
      ruleTitle: 'Rule',
      severity: 'high',
      frameworks: ['LLM01:2025'],
      status,
      dedupKey,
      group: { principal: 'p' },
      detections: 1,
      eventIds: [],
      firstSeen: new Date(base).toISOString(),
      lastSeen: new Date(base).toISOString(),
      createdAt: new Date(base).toISOString(),
      updatedAt: new Date(base).toISOString(),
      notes: [],
      responses: [],
    });
    const alerts = [
      alert(1, 'resolved', 'k1'),
      alert(2, 'new', 'k1'),
      alert(3, 'acknowledged', 'k2'),
      alert(4, 'new', 'k3'),
    ];
    for (const item of alerts) await store.alerts.insert(item);
    expect((await store.alerts.findOpen('k1'))?.id).toBe(alerts[1]!.id);
    expect(await store.alerts.findOpen('nothing')).toBeUndefined();
    await store.alerts.update({ ...alerts[1]!, status: 'resolved', assignee: 'dana' });
    expect(await store.alerts.findOpen('k1')).toBeUndefined();
    expect((await store.alerts.get(alerts[1]!.id))?.assignee).toBe('dana');
    expect(await store.alerts.countByStatus()).toEqual({ new: 1, acknowledged: 1, resolved: 2 });
    const first = await store.alerts.list({ limit: 3 });
    expect(first.alerts.map((item) => item.id)).toEqual([alerts[3]!.id, alerts[2]!.id, alerts[1]!.id]);
    const second = await store.alerts.list({ limit: 3, cursor: first.nextCursor! });
    expect(second.alerts.map((item) => item.id)).toEqual([alerts[0]!.id]);
    expect((await store.alerts.list({ status: ['new', 'acknowledged'] })).alerts).toHaveLength(2);
    expect((await store.alerts.list({ ruleId: 'rule-a' })).alerts).toHaveLength(2);
    await expect(store.alerts.list({ cursor: 'forged' })).rejects.toMatchObject({
      code: 'RAMPART_STORE_CURSOR_INVALID',
    });
  });
});
