import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The demo's tabular model: penguin species from four body measurements, a softmax regression
 * trained (deterministically, in a few milliseconds, on first use) on the penguins dataset the
 * project ships (`demo-data/penguins.csv`, a copy of examples/data/penguins.csv). Every third
 * complete row is held out of training, so red-team runs have members and non-members to test.
 */
export interface PenguinData {
  features: readonly string[];
  species: readonly string[];
  rows: number[][];
  labels: string[];
  /** Whether row i was in the training set. */
  trained: boolean[];
}

export const penguinFeatures = [
  'Beak Length (mm)',
  'Beak Depth (mm)',
  'Flipper Length (mm)',
  'Body Mass (g)',
] as const;
const species = ['Adelie', 'Chinstrap', 'Gentoo'] as const;

let data: PenguinData | undefined;
let model: { mean: number[]; scale: number[]; weights: number[][]; bias: number[] } | undefined;

/** The shipped dataset's complete rows and the train/held-out split. */
export function penguinData(): PenguinData {
  if (data) return data;
  const lines = readFileSync(join(import.meta.dirname, 'demo-data', 'penguins.csv'), 'utf8')
    .trim()
    .split('\n');
  const header = lines[0]!.split(',');
  const columns = penguinFeatures.map((name) => header.indexOf(name));
  const rows: number[][] = [];
  const labels: string[] = [];
  for (const line of lines.slice(1)) {
    const cells = line.split(',');
    const row = columns.map((column) => Number(cells[column]));
    if (cells[0] && row.every((value, index) => cells[columns[index]!] !== '' && Number.isFinite(value))) {
      rows.push(row);
      labels.push(cells[0]);
    }
  }
  data = {
    features: penguinFeatures,
    species,
    rows,
    labels,
    trained: rows.map((_, index) => index % 3 !== 2),
  };
  return data;
}

function softmax(logits: readonly number[]): number[] {
  const top = Math.max(...logits);
  const exps = logits.map((value) => Math.exp(value - top));
  const sum = exps.reduce((total, value) => total + value, 0);
  return exps.map((value) => value / sum);
}

function train(): NonNullable<typeof model> {
  const { rows, labels, trained } = penguinData();
  const training = rows.filter((_, index) => trained[index]);
  const targets = labels
    .filter((_, index) => trained[index])
    .map((label) => species.indexOf(label as (typeof species)[number]));
  const width = penguinFeatures.length;
  const mean = Array.from(
    { length: width },
    (_, column) => training.reduce((sum, row) => sum + row[column]!, 0) / training.length,
  );
  const scale = mean.map(
    (average, column) =>
      Math.sqrt(training.reduce((sum, row) => sum + (row[column]! - average) ** 2, 0) / training.length) || 1,
  );
  const weights = species.map(() => new Array<number>(width).fill(0));
  const bias = species.map(() => 0);
  const standardised = training.map((row) =>
    row.map((value, column) => (value - mean[column]!) / scale[column]!),
  );
  for (let epoch = 0; epoch < 300; epoch++) {
    const gradient = species.map(() => new Array<number>(width).fill(0));
    const biasGradient = species.map(() => 0);
    standardised.forEach((row, index) => {
      const probabilities = softmax(
        weights.map(
          (classWeights, k) =>
            bias[k]! + classWeights.reduce((sum, weight, column) => sum + weight * row[column]!, 0),
        ),
      );
      probabilities.forEach((probability, k) => {
        const error = probability - (targets[index] === k ? 1 : 0);
        biasGradient[k]! += error;
        for (let column = 0; column < width; column++) gradient[k]![column]! += error * row[column]!;
      });
    });
    for (let k = 0; k < species.length; k++) {
      bias[k]! -= (0.5 * biasGradient[k]!) / standardised.length;
      for (let column = 0; column < width; column++)
        weights[k]![column]! -=
          0.5 * (gradient[k]![column]! / standardised.length + 1e-3 * weights[k]![column]!);
    }
  }
  return { mean, scale, weights, bias };
}

/** Species and class probabilities (Adelie, Chinstrap, Gentoo) for one row of the four measurements. */
export function classifyPenguin(row: readonly number[]): { label: string; probabilities: number[] } {
  model ??= train();
  const { mean, scale, weights, bias } = model;
  const standardised = row.map((value, column) => (value - mean[column]!) / scale[column]!);
  const probabilities = softmax(
    weights.map(
      (classWeights, k) =>
        bias[k]! + classWeights.reduce((sum, weight, column) => sum + weight * standardised[column]!, 0),
    ),
  );
  const best = probabilities.indexOf(Math.max(...probabilities));
  return {
    label: species[best]!,
    probabilities: probabilities.map((value) => Math.round(value * 1e6) / 1e6),
  };
}
