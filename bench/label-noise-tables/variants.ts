/**
 * Experiment harness for the label-noise check (issue #18), not a benchmark of record: it
 * reproduces `npm run bench:label-noise`'s flips (5%, seed 7 and seeds 100–109, each flipped row to
 * a random other class) and gate (fail when the first pass's estimated mislabelled share exceeds the
 * clean table's by more than maxExcessRate) in-process on each table's feature sample, without
 * running the other checks, so that a variant of the selection can be compared in about a minute.
 * With the code as committed its figures equal bench:label-noise's. The variants measured on
 * 2026-12-07 are switched by environment variables (W, CAP, CAP2, Z, SEL, MARGIN, ALL) after
 * `git apply variants.patch` on the code before the second round (commit 8a7ba46), or (ALLV, ALL)
 * after `git apply variants-second-round.patch` on the second round's code, or (MSS, MSSM, MSSALL,
 * W=uni, CAP, FPM) after `git apply variants-third-round.patch` on the code before the third round
 * (commit 9ad21f5; see docs/benchmarks.md); revert the patch afterwards. K and MD override the policy's k and
 * minDisagreement.
 *
 *   node --import tsx bench/label-noise-tables/variants.ts                      # every frozen table
 *   TABLE=zip-kansas-missouri EXTRA=/tmp/other.csv node --import tsx bench/label-noise-tables/variants.ts
 */
import { readdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { seededRandom } from '../../src/core/index.ts';
import { loadFeatureSample } from '../../src/data/feature-sample.ts';
import { Dataset, defaultPolicy } from '../../src/data/index.ts';
import { findLabelIssuesInTwoPasses } from '../../src/data/poisoning/label-disagreement.ts';
import { profileDataset } from '../../src/data/profile.ts';

const tablesDir = import.meta.dirname;
const extraTables = (process.env.EXTRA ?? '').split(',').filter(Boolean);
const onlyTables = process.env.TABLE?.split(',');
const policy = defaultPolicy({ label: 'label', maxSuspects: 100_000 });
const options = policy.checks.labelNoise;

function flip(labels: string[], seed: number): { flippedLabels: string[]; flipped: Set<number> } {
  const random = seededRandom(seed);
  const classes = [...new Set(labels)].sort();
  const order = labels.map((_, index) => index);
  for (let index = order.length - 1; index > 0; index--) {
    const other = Math.floor(random() * (index + 1));
    [order[index], order[other]] = [order[other]!, order[index]!];
  }
  const flipped = new Set(order.slice(0, Math.round(0.05 * labels.length)));
  const flippedLabels = labels.map((label, index) => {
    if (!flipped.has(index)) return label;
    const others = classes.filter((name) => name !== label);
    return others[Math.floor(random() * others.length)]!;
  });
  return { flippedLabels, flipped };
}

function score(vectors: Float64Array, dimensions: number, names: string[], classNames: string[]) {
  const classIndex = new Map(classNames.map((name, index) => [name, index]));
  const labels = Int32Array.from(names, (name) => classIndex.get(name)!);
  const classes = classNames.length;
  const result = findLabelIssuesInTwoPasses(vectors, dimensions, labels, classes, {
    k: Number(process.env.K ?? options.k),
    seed: policy.seed,
    minDisagreement: Number(process.env.MD ?? options.minDisagreement),
  });
  let errorSum = 0;
  labels.forEach((label, index) => {
    errorSum += 1 - result.firstPass[index * classes + label]!;
  });
  return { issues: result.issues.map((issue) => issue.index), errorRate: errorSum / labels.length };
}

const paths = [
  ...readdirSync(tablesDir)
    .filter((file) => file.endsWith('.csv'))
    .filter((file) => !onlyTables || onlyTables.includes(basename(file, '.csv')))
    .map((file) => join(tablesDir, file)),
  ...extraTables,
];
for (const path of paths) {
  const dataset = await Dataset.open(path);
  const current = await profileDataset(dataset, { label: 'label', ignore: [], seed: policy.seed });
  const sample = await loadFeatureSample({ dataset, current, policy } as never, options.sampleSize);
  dataset.close();
  const classNames = [...new Set(sample.labels)].sort();
  const clean = score(sample.vectors, sample.dimensions, sample.labels, classNames);
  const runs: string[] = [];
  let othersMet = 0;
  let fixedMet = false;
  for (const seed of [7, ...Array.from({ length: 10 }, (_, index) => 100 + index)]) {
    const { flippedLabels, flipped } = flip(sample.labels, seed);
    const run = score(sample.vectors, sample.dimensions, flippedLabels, classNames);
    const hits = run.issues.filter((index) => flipped.has(index)).length;
    const precision = run.issues.length > 0 ? hits / run.issues.length : 0;
    const recall = hits / flipped.size;
    const failed = run.errorRate > clean.errorRate + options.maxExcessRate;
    const met = precision >= 0.8 && recall >= 0.8 && failed;
    if (seed === 7) fixedMet = met;
    else if (met) othersMet++;
    runs.push(
      `${seed}:${precision.toFixed(2)}/${recall.toFixed(2)}${failed ? '' : ' pass'}${met ? '' : '*'}`,
    );
  }
  const cleanShare = ((clean.issues.length / sample.labels.length) * 100).toFixed(1);
  console.log(
    `${basename(path, '.csv').padEnd(26)} rows ${sample.labels.length}, classes ${classNames.length}, clean suspects ${clean.issues.length} (${cleanShare}%), seed 7 ${fixedMet ? 'met' : 'NOT met'}, other seeds ${othersMet}/10\n   ${runs.join(' ')}`,
  );
}
