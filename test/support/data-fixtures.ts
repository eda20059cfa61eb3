/** Fixture builders shared by the data tests (internal: not exported from index.ts). */
import type { KeyObject } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { Dataset } from '../../src/data/dataset.ts';
import { buildManifest, signManifest } from '../../src/data/manifest.ts';
import { defaultPolicy } from '../../src/data/policy.ts';
import type { DatasetProfile } from '../../src/data/profile.ts';
import { buildBaseline, runChecks } from '../../src/data/run-checks.ts';
import { seededRandom } from '../../src/data/statistics.ts';

export type FixtureRow = Record<string, string | number | null>;

/** Approve `directory` as alice would: a manifest signed with `privateKey`, written to manifest.json there. */
export async function approveDataset(directory: string, privateKey: KeyObject): Promise<string> {
  const manifest = await buildManifest(directory, {
    createdBy: 'alice@example.com',
    exclude: ['manifest.json'],
  });
  const path = join(directory, 'manifest.json');
  writeFileSync(path, JSON.stringify(signManifest(manifest, privateKey)));
  return path;
}

export function temporaryDirectory(prefix = 'rampart-data-'): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  mkdirSync(dir, { recursive: true });
  return dir;
}

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function writeCsv(path: string, rows: readonly FixtureRow[]): string {
  const columns = Object.keys(rows[0]!);
  writeFileSync(
    path,
    `${[columns.join(','), ...rows.map((row) => columns.map((column) => cell(row[column])).join(','))].join('\n')}\n`,
  );
  return path;
}

export function writeJsonl(path: string, rows: readonly FixtureRow[]): string {
  writeFileSync(path, `${rows.map((row) => JSON.stringify(row)).join('\n')}\n`);
  return path;
}

/** Convert a CSV to Parquet with DuckDB's COPY. */
export async function csvToParquet(csvPath: string, parquetPath: string): Promise<string> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  await connection.run(
    `COPY (SELECT * FROM read_csv('${csvPath}', header=true)) TO '${parquetPath}' (FORMAT parquet)`,
  );
  connection.closeSync();
  instance.closeSync();
  return parquetPath;
}

const hamWords =
  'meeting project report schedule team lunch agenda review budget notes draft call weekly office plan update minutes'.split(
    ' ',
  );
const spamWords =
  'winner prize free offer cash bonus click claim urgent deal cheap credit loan viagra lottery discount'.split(
    ' ',
  );
const sharedWords = 'the a to and of for you your this is on with'.split(' ');

export interface LabelledOptions {
  rows?: number;
  seed?: number;
}

/**
 * Two classes ("ham", "spam") with two well-separated numeric features, a category and a text
 * column drawn from class vocabularies: every check passes on it against its own baseline.
 */
export function labelledRows(options: LabelledOptions = {}): FixtureRow[] {
  const random = seededRandom(options.seed ?? 1);
  const gaussian = () => {
    const u = Math.max(random(), 1e-12);
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random());
  };
  const rows: FixtureRow[] = [];
  for (let index = 0; index < (options.rows ?? 600); index++) {
    const spam = random() < 0.4;
    const vocabulary = spam ? spamWords : hamWords;
    const words: string[] = [];
    for (let word = 0; word < 12; word++) {
      words.push(
        random() < 0.7
          ? vocabulary[Math.floor(random() * vocabulary.length)]!
          : sharedWords[Math.floor(random() * sharedWords.length)]!,
      );
    }
    rows.push({
      id: index,
      x1: Math.round(((spam ? 5 : 0) + gaussian()) * 100) / 100,
      x2: Math.round(((spam ? -4 : 2) + gaussian()) * 100) / 100,
      channel: ['web', 'mail', 'app'][Math.floor(random() * 3)]!,
      text: words.join(' '),
      label: spam ? 'spam' : 'ham',
    });
  }
  return rows;
}

/** Flip `rate` of the labels (fixed seed); returns the rows and the flipped row numbers. */
export function flipLabels(
  rows: readonly FixtureRow[],
  rate: number,
  seed = 2,
): { rows: FixtureRow[]; flipped: Set<number> } {
  const random = seededRandom(seed);
  const flipped = new Set<number>();
  const out = rows.map((row, index) => {
    if (random() >= rate) return row;
    flipped.add(index);
    return { ...row, label: row.label === 'spam' ? 'ham' : 'spam' };
  });
  return { rows: out, flipped };
}

/** Add `trigger` to `rate` of the ham rows and relabel them spam (a dirty-label backdoor). */
export function plantTrigger(
  rows: readonly FixtureRow[],
  trigger: string,
  rate: number,
  seed = 3,
): { rows: FixtureRow[]; poisoned: Set<number> } {
  const random = seededRandom(seed);
  const poisoned = new Set<number>();
  const out = rows.map((row, index) => {
    if (row.label !== 'ham' || random() >= rate) return row;
    poisoned.add(index);
    const words = String(row.text).split(' ');
    words.splice(Math.floor(random() * words.length), 0, trigger);
    return { ...row, text: words.join(' '), label: 'spam' };
  });
  return { rows: out, poisoned };
}

/** Run checks on rows against a baseline built from other rows (both written as CSV). */
export async function checkRows(
  rows: readonly FixtureRow[],
  options: {
    baselineRows?: readonly FixtureRow[];
    policy?: Parameters<typeof defaultPolicy>[0];
    only?: string[];
  } = {},
) {
  const dir = temporaryDirectory();
  const policy = defaultPolicy({ label: 'label', ignore: ['id'], maxSuspects: 10_000, ...options.policy });
  let baseline: DatasetProfile | undefined;
  if (options.baselineRows) {
    const approved = await Dataset.open(writeCsv(join(dir, 'baseline.csv'), options.baselineRows));
    try {
      baseline = await buildBaseline(approved, policy);
    } finally {
      approved.close();
    }
  }
  const dataset = await Dataset.open(writeCsv(join(dir, 'current.csv'), rows));
  try {
    const run = await runChecks(dataset, policy, baseline, options.only);
    return { ...run, baseline, result: (id: string) => run.results.find((item) => item.id === id)! };
  } finally {
    dataset.close();
  }
}
