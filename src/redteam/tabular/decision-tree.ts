/** A small CART classifier (Gini splits on numeric features): the surrogate model extraction trains. */
type Node = { label: string } | { column: number; threshold: number; left: Node; right: Node };

export interface DecisionTreeOptions {
  maxDepth?: number;
  minLeaf?: number;
}

function majority(labels: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const label of labels) counts.set(label, (counts.get(label) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];
}

function gini(counts: Map<string, number>, total: number): number {
  let sum = 0;
  for (const count of counts.values()) sum += (count / total) ** 2;
  return 1 - sum;
}

function grow(
  rows: readonly (readonly number[])[],
  labels: readonly string[],
  indexes: number[],
  depth: number,
  options: Required<DecisionTreeOptions>,
): Node {
  const here = indexes.map((index) => labels[index]!);
  if (depth >= options.maxDepth || indexes.length < 2 * options.minLeaf || new Set(here).size === 1)
    return { label: majority(here) };
  let best: { column: number; threshold: number; score: number } | undefined;
  const width = rows[indexes[0]!]!.length;
  for (let column = 0; column < width; column++) {
    const sorted = [...indexes].sort((a, b) => rows[a]![column]! - rows[b]![column]!);
    const left = new Map<string, number>();
    const right = new Map<string, number>();
    for (const index of sorted) right.set(labels[index]!, (right.get(labels[index]!) ?? 0) + 1);
    for (let position = 0; position < sorted.length - 1; position++) {
      const label = labels[sorted[position]!]!;
      left.set(label, (left.get(label) ?? 0) + 1);
      right.set(label, right.get(label)! - 1);
      const value = rows[sorted[position]!]![column]!;
      const next = rows[sorted[position + 1]!]![column]!;
      const leftSize = position + 1;
      if (value === next || leftSize < options.minLeaf || sorted.length - leftSize < options.minLeaf)
        continue;
      const score =
        (leftSize * gini(left, leftSize) +
          (sorted.length - leftSize) * gini(right, sorted.length - leftSize)) /
        sorted.length;
      if (!best || score < best.score) best = { column, threshold: (value + next) / 2, score };
    }
  }
  if (!best) return { label: majority(here) };
  const leftIndexes = indexes.filter((index) => rows[index]![best!.column]! <= best!.threshold);
  const rightIndexes = indexes.filter((index) => rows[index]![best!.column]! > best!.threshold);
  return {
    column: best.column,
    threshold: best.threshold,
    left: grow(rows, labels, leftIndexes, depth + 1, options),
    right: grow(rows, labels, rightIndexes, depth + 1, options),
  };
}

export interface DecisionTree {
  predict(row: readonly number[]): string;
}

export function trainDecisionTree(
  rows: readonly (readonly number[])[],
  labels: readonly string[],
  options: DecisionTreeOptions = {},
): DecisionTree {
  const root = grow(
    rows,
    labels,
    rows.map((_, index) => index),
    0,
    { maxDepth: options.maxDepth ?? 12, minLeaf: options.minLeaf ?? 1 },
  );
  return {
    predict(row) {
      let node = root;
      while (!('label' in node)) node = row[node.column]! <= node.threshold ? node.left : node.right;
      return node.label;
    },
  };
}
