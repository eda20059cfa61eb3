import { describe, expect, it } from 'vitest';
import { RefusalCounter } from './refusal-counter.ts';

const event = {
  source: 'gateway',
  kind: 'auth.failure',
  client_ip: '203.0.113.9',
  attrs: { reason: 'unknown', count: 1, request_id: 'r1' },
} as const;

describe('RefusalCounter', () => {
  it('writes the first refusal of a window, counts the rest into one event when the window ends', () => {
    let now = 0;
    const counter = new RefusalCounter(60_000, 10, () => now);
    expect(counter.first('a', event)).toBe(true);
    for (let index = 0; index < 4; index++) expect(counter.first('a', event)).toBe(false);
    expect(counter.drain()).toEqual([]);
    now = 60_000;
    const [summary, ...rest] = counter.drain();
    expect(rest).toEqual([]);
    expect(summary).toMatchObject({
      kind: 'auth.failure',
      client_ip: '203.0.113.9',
      attrs: { count: 4, aggregated: true },
    });
    expect(summary!.attrs.request_id).toBeUndefined();
    expect(counter.first('a', event)).toBe(true);
  });

  it('stays within its key bound, closing the oldest window early', () => {
    const counter = new RefusalCounter(60_000, 2, () => 0);
    for (const key of ['a', 'a', 'b', 'c']) counter.first(key, event);
    expect(counter.drain().map((summary) => summary.attrs.count)).toEqual([1]);
    expect(counter.drain(true)).toEqual([]);
  });
});
