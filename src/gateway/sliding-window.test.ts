import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { SlidingWindowLimit } from './sliding-window.ts';

describe('SlidingWindowLimit', () => {
  it('never admits more than the limit in any window, whatever the arrival times', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }),
        fc.array(fc.integer({ min: 0, max: 400 }), { maxLength: 200 }),
        (limit, gaps) => {
          let now = 0;
          const window = new SlidingWindowLimit(limit, 1_000, () => now);
          const admitted: number[] = [];
          for (const gap of gaps) {
            now += gap;
            if (window.take('alice').ok) admitted.push(now);
          }
          for (let index = limit; index < admitted.length; index++)
            expect(admitted[index]! - admitted[index - limit]!).toBeGreaterThanOrEqual(1_000);
        },
      ),
    );
  });

  it('says when the next one fits, and forgets idle keys', () => {
    let now = 0;
    const window = new SlidingWindowLimit(2, 1_000, () => now);
    expect(window.take('a').ok).toBe(true);
    now = 400;
    expect(window.take('a').ok).toBe(true);
    now = 500;
    expect(window.take('a')).toEqual({ ok: false, retryAfterMs: 500 });
    for (let index = 0; index < 100; index++) window.take(`key-${index}`);
    now = 5_000;
    window.take('b');
    expect(window.size).toBe(1);
  });

  it('takes several at once or none, and says when they would all fit', () => {
    let now = 0;
    const window = new SlidingWindowLimit(5, 1_000, () => now);
    expect(window.take('a').ok).toBe(true);
    now = 300;
    expect(window.takeMany('a', 3).ok).toBe(true); // 4 of 5 in the window
    now = 400;
    // Two more need the admission at 0 to leave the window: at 1,000, so 600 ms from now.
    expect(window.takeMany('a', 2)).toEqual({ ok: false, retryAfterMs: 600 });
    expect(window.takeMany('a', 1).ok).toBe(true); // the refusal took nothing: one still fits
    expect(window.takeMany('a', 6)).toEqual({ ok: false, retryAfterMs: 1_000 }); // more than the limit: never
    now = 1_000;
    expect(window.takeMany('a', 1).ok).toBe(true);
    expect(window.take('a').ok).toBe(false);
  });
});
