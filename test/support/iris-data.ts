import { seededRandom } from '../../src/core/index.ts';
import { classifyIris } from '../../src/gateway/index.ts';

/** Column names of the iris-shaped tables (the demo model's four features, then the species). */
export const irisColumns = ['sepal_length', 'sepal_width', 'petal_length', 'petal_width'] as const;

/** Per-species means and spreads of the four measurements (cm), close to the published iris figures. */
const species = [
  { mean: [5.01, 3.43, 1.46, 0.25], std: [0.35, 0.38, 0.17, 0.1] },
  { mean: [5.94, 2.77, 4.26, 1.33], std: [0.52, 0.31, 0.47, 0.2] },
  { mean: [6.59, 2.97, 5.55, 2.03], std: [0.64, 0.32, 0.55, 0.27] },
];

export interface IrisRow {
  features: number[];
  /** What the demo model answers for the row (the synthetic ground truth for the demo model). */
  species: string;
  /** The species whose distribution the row was drawn from (ground truth for a model trained on the rows). */
  drawnFrom: string;
}

export const irisSpecies = ['setosa', 'versicolor', 'virginica'] as const;

/**
 * Synthetic iris-like rows from a seeded generator (Gaussian per species, one decimal as in the
 * original table), labelled by the demo model: the demo model is right on them by construction, so
 * a changed answer after an attack or a sanitiser is the attack's or the sanitiser's doing.
 */
export function irisRows(count: number, seed: number): IrisRow[] {
  const random = seededRandom(seed);
  const gaussian = () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  return Array.from({ length: count }, (_, index) => {
    const { mean, std } = species[index % 3]!;
    const features = mean.map((value, feature) =>
      Math.max(0.1, Math.round((value + gaussian() * std[feature]!) * 10) / 10),
    );
    return { features, species: classifyIris(features).label, drawnFrom: irisSpecies[index % 3]! };
  });
}

/** The rows as CSV with a header, for `rampart data profile`. */
export function irisCsv(rows: readonly IrisRow[]): string {
  return `${[...irisColumns, 'species'].join(',')}\n${rows.map((row) => `${row.features.join(',')},${row.species}`).join('\n')}\n`;
}
