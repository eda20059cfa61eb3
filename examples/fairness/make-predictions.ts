/**
 * Writes examples/fairness/predictions.jsonl: a logistic regression, trained on CPS 1985 without the
 * gender and ethnicity columns, predicts whether each worker earns more than the median wage. The
 * log is what `rampart monitor fairness` reads in docs/classic-ml.md and its tests.
 * Run: node --import tsx examples/fairness/make-predictions.ts
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const here = import.meta.dirname;
const [header, ...lines] = readFileSync(join(here, 'cps1985.csv'), 'utf8').trim().split('\n');
const columns = header!.split(',');
const rows = lines.map((line) => Object.fromEntries(line.split(',').map((value, index) => [columns[index]!, value])));
const wages = rows.map((row) => Number(row.wage)).sort((a, b) => a - b);
const median = wages[Math.floor(wages.length / 2)]!;

const occupations = [...new Set(rows.map((row) => row.occupation!))].sort();
const sectors = [...new Set(rows.map((row) => row.sector!))].sort();
const features = (row: Record<string, string>) => [
  1,
  (Number(row.education) - 13) / 3,
  (Number(row.experience) - 18) / 12,
  row.union === 'yes' ? 1 : 0,
  row.married === 'yes' ? 1 : 0,
  row.region === 'south' ? 1 : 0,
  ...occupations.map((name) => (row.occupation === name ? 1 : 0)),
  ...sectors.map((name) => (row.sector === name ? 1 : 0)),
];
const x = rows.map(features);
const y = rows.map((row) => (Number(row.wage) > median ? 1 : 0));
const weights = new Array<number>(x[0]!.length).fill(0);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
for (let epoch = 0; epoch < 2000; epoch++) {
  const gradient = new Array<number>(weights.length).fill(0);
  x.forEach((vector, index) => {
    const error = sigmoid(vector.reduce((sum, value, feature) => sum + value * weights[feature]!, 0)) - y[index]!;
    vector.forEach((value, feature) => {
      gradient[feature]! += error * value;
    });
  });
  weights.forEach((_, feature) => {
    weights[feature]! -= (0.5 * gradient[feature]!) / x.length + 0.001 * weights[feature]!;
  });
}
const out = rows.map((row, index) => {
  const score = sigmoid(x[index]!.reduce((sum, value, feature) => sum + value * weights[feature]!, 0));
  return JSON.stringify({
    id: index + 1,
    gender: row.gender,
    ethnicity: row.ethnicity,
    high_wage: y[index] === 1,
    predicted_high_wage: score > 0.5,
    score: Math.round(score * 1000) / 1000,
  });
});
writeFileSync(join(here, 'predictions.jsonl'), `${out.join('\n')}\n`);
const accuracy = rows.filter((row, index) => (JSON.parse(out[index]!).predicted_high_wage ? 1 : 0) === y[index]).length / rows.length;
process.stdout.write(`wrote ${out.length} predictions (median wage ${median}, accuracy ${accuracy.toFixed(3)})\n`);
