import { describe, expect, it } from 'vitest';
import { BatchingEventSink } from './batching-event-sink.ts';
import { createEvent, type EventSink, type SecurityEvent } from './events.ts';

const event = () => createEvent({ source: 'gateway', kind: 'inference.request' });

describe('BatchingEventSink', () => {
  it('commits writes from the same turn in one inner write, resolving each only after it', async () => {
    const batches: SecurityEvent[][] = [];
    const sink = new BatchingEventSink({ write: (events) => void batches.push([...events]) });
    let resolved = 0;
    const writes = Array.from({ length: 5 }, () => sink.write([event()]).then(() => resolved++));
    expect(resolved).toBe(0);
    await Promise.all(writes);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toHaveLength(5);
  });

  it('rejects every caller of a batch whose commit failed (fail closed)', async () => {
    const failing: EventSink = {
      write: () => {
        throw new Error('disk full');
      },
    };
    const sink = new BatchingEventSink(failing);
    const results = await Promise.allSettled([sink.write([event()]), sink.write([event()])]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
  });

  it('flushes at once when the batch is full', async () => {
    const batches: number[] = [];
    const sink = new BatchingEventSink(
      { write: (events) => void batches.push(events.length) },
      { maxBatch: 3 },
    );
    await Promise.all([sink.write([event(), event()]), sink.write([event()]), sink.write([event()])]);
    expect(batches).toEqual([3, 1]);
  });
});
