import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assignFolds } from './folds.ts';

describe('fold assignment', () => {
  it('puts every row in one fold, with fold sizes at most one apart', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 2, max: 10 }),
        fc.nat(),
        (count, folds, seed) => {
          const foldOf = assignFolds(count, folds, seed);
          const sizes = new Array<number>(folds).fill(0);
          for (const fold of foldOf) {
            expect(fold).toBeGreaterThanOrEqual(0);
            expect(fold).toBeLessThan(folds);
            sizes[fold]!++;
          }
          expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        },
      ),
    );
  });

  it('is the same for the same seed and differs for another', () => {
    expect([...assignFolds(50, 5, 7)]).toEqual([...assignFolds(50, 5, 7)]);
    expect([...assignFolds(50, 5, 7)]).not.toEqual([...assignFolds(50, 5, 8)]);
  });
});
