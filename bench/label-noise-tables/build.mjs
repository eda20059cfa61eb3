// Builds the frozen label-noise benchmark tables from vega-datasets 3.2.1 (an npm devDependency).
// Run once: `node bench/label-noise-tables/build.mjs`; the CSVs it writes are committed and never
// regenerated while tuning (the check is tuned only after this set was frozen).
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
// The package's `exports` hide its data folder; it sits in the project's node_modules.
const data = join(here, '..', '..', 'node_modules', 'vega-datasets', 'data');
const read = (name) => readFileSync(join(data, name), 'utf8');
const parseCsv = (text) => {
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const columns = header.split(',');
  return lines.map((line) =>
    Object.fromEntries(line.split(',').map((value, index) => [columns[index], value])),
  );
};
const write = (name, rows, columns) => {
  const cell = (value) => {
    const text = value == null ? '' : String(value);
    return /[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  const body = rows.map((row) => columns.map((column) => cell(row[column])).join(','));
  writeFileSync(join(here, `${name}.csv`), `${[columns.join(','), ...body].join('\n')}\n`);
};

const zipcodes = parseCsv(read('zipcodes.csv'));
// 1. US state from a zip code's latitude/longitude: every 8th zip code (under the check's 5,000-row
// sample), the 40 states with most.
const sampled = zipcodes.filter((_, index) => index % 8 === 0);
const perState = {};
for (const row of sampled) perState[row.state] = (perState[row.state] ?? 0) + 1;
const states = Object.entries(perState)
  .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
  .slice(0, 40)
  .map(([state]) => state);
write(
  'zip-state',
  sampled.filter((row) => states.includes(row.state)).map((row) => ({ ...row, label: row.state })),
  ['latitude', 'longitude', 'label'],
);
// 2. Kansas or Missouri from latitude/longitude: two classes.
write(
  'zip-kansas-missouri',
  zipcodes
    .filter((row) => row.state === 'KS' || row.state === 'MO')
    .map((row) => ({ ...row, label: row.state })),
  ['latitude', 'longitude', 'label'],
);
// 3. Massachusetts county from latitude/longitude: 14 small classes.
write(
  'zip-massachusetts-county',
  zipcodes.filter((row) => row.state === 'MA').map((row) => ({ ...row, label: row.county })),
  ['latitude', 'longitude', 'label'],
);
// 4. Wind direction category (25 values) from the direction in degrees, with the speed.
write(
  'wind-direction',
  parseCsv(read('windvectors.csv')).map((row) => ({ ...row, label: `dir-${row.dirCat}` })),
  ['dir', 'speed', 'label'],
);
// 5. Cylinder count (4, 6 or 8) of a car from its measurements and origin (numeric + categorical).
write(
  'cars-cylinders',
  JSON.parse(read('cars.json'))
    .filter((car) => [4, 6, 8].includes(car.Cylinders))
    .map((car) => ({
      mpg: car.Miles_per_Gallon,
      displacement: car.Displacement,
      horsepower: car.Horsepower,
      weight: car.Weight_in_lbs,
      acceleration: car.Acceleration,
      origin: car.Origin,
      label: `cyl-${car.Cylinders}`,
    })),
  ['mpg', 'displacement', 'horsepower', 'weight', 'acceleration', 'origin', 'label'],
);
// 6. New Jersey county from latitude/longitude: 21 classes.
write(
  'zip-new-jersey-county',
  zipcodes.filter((row) => row.state === 'NJ').map((row) => ({ ...row, label: row.county })),
  ['latitude', 'longitude', 'label'],
);
