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

  describe('queued acknowledgement', () => {
    const queued = { maxDelayMs: 20, maxQueued: 3 };

    it('acknowledges before the commit and commits the queue within maxDelayMs', async () => {
      const batches: SecurityEvent[][] = [];
      const sink = new BatchingEventSink({ write: (events) => void batches.push([...events]) }, { queued });
      await sink.write([event()]);
      await sink.write([event()]);
      expect(batches).toEqual([]);
      await new Promise((resolve) => setTimeout(resolve, 40));
      expect(batches.map((batch) => batch.length)).toEqual([2]);
    });

    it('a full queue makes writers wait for their commit (back-pressure, nothing dropped)', async () => {
      const batches: SecurityEvent[][] = [];
      const sink = new BatchingEventSink({ write: (events) => void batches.push([...events]) }, { queued });
      for (let index = 0; index < 3; index++) await sink.write([event()]);
      let done = false;
      const fourth = sink.write([event()]).then(() => {
        done = true;
      });
      expect(done).toBe(false);
      await fourth;
      // Resolved only once its own commit ran, with the three queued before it.
      expect(batches.flat()).toHaveLength(4);
    });

    it('a failed commit reports the acknowledged events it lost, then fails closed until a commit succeeds', async () => {
      let broken = true;
      const committed: SecurityEvent[] = [];
      const sink = new BatchingEventSink(
        {
          write: (events) => {
            if (broken) throw new Error('disk full');
            committed.push(...events);
          },
        },
        { queued },
      );
      const lost: number[] = [];
      sink.onLost((count) => lost.push(count));
      await sink.write([event()]);
      await sink.write([event()]);
      await sink.flush();
      expect(lost).toEqual([2]);
      // Now each writer waits for its commit and sees the failure.
      await expect(sink.write([event()])).rejects.toThrow('disk full');
      broken = false;
      await sink.write([event()]);
      expect(committed).toHaveLength(1);
      // Healthy again: acknowledged before the commit.
      await sink.write([event()]);
      expect(committed).toHaveLength(1);
      await sink.close();
      expect(committed).toHaveLength(2);
    });

    it('close commits what was acknowledged', async () => {
      const committed: SecurityEvent[] = [];
      const sink = new BatchingEventSink({ write: (events) => void committed.push(...events) }, { queued });
      await sink.write([event(), event()]);
      await sink.close();
      expect(committed).toHaveLength(2);
    });
  });
});
