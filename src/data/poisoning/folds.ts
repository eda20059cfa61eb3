import { seededRandom } from '../../core/index.ts';

/**
 * Fold of each row for K-fold cross-validation: a seeded shuffle dealt round-robin, so the folds
 * differ in size by at most one row and depend only on the row count, the fold count and the seed.
 */
export function assignFolds(count: number, folds: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const order = Array.from({ length: count }, (_, index) => index);
  for (let index = count - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  const foldOf = new Int32Array(count);
  order.forEach((row, position) => {
    foldOf[row] = position % folds;
  });
  return foldOf;
}
