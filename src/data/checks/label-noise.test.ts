import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  checkRows,
  flipLabels,
  labelledRows,
  temporaryDirectory,
  writeCsv,
} from '../../../test/support/data-fixtures.ts';
import { gaussianClasses } from '../../../test/support/poisoning-fixtures.ts';
import { seededRandom } from '../../core/index.ts';
import { Dataset } from '../dataset.ts';
import { defaultPolicy } from '../policy.ts';
import { buildBaseline, runChecks } from '../run-checks.ts';

const clean = labelledRows({ rows: 500 });
const textOnly = clean.map((row) => ({
  id: row.id ?? null,
  text: row.text ?? null,
  label: row.label ?? null,
}));

/** Share of the listed suspects that were flipped, and of the flipped rows that are listed. */
function precisionRecall(suspects: Array<{ row: number }>, flipped: Set<number>) {
  const hits = suspects.filter((suspect) => flipped.has(suspect.row)).length;
  return { precision: hits / suspects.length, recall: hits / flipped.size };
}

describe('label-noise check (out-of-sample label disagreement)', () => {
  it('passes clean data against its own baseline and lists no row of well-separated classes', async () => {
    const { result } = await checkRows(clean, { baselineRows: clean, only: ['label-noise'] });
    const check = result('label-noise');
    expect(check.status).toBe('pass');
    expect(check.suspectCount).toBe(0);
  });

  it('fails on 5% flipped labels and lists the flipped rows', async () => {
    const { rows, flipped } = flipLabels(clean, 0.05);
    const { result } = await checkRows(rows, { baselineRows: clean, only: ['label-noise'] });
    const check = result('label-noise');
    expect(check.status).toBe('fail');
    const { precision, recall } = precisionRecall(check.suspects, flipped);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(check.findings[0]!.frameworks).toContain('AML.T0020');
  });

  it('explains each suspect with the given label, the suggested one and every model', async () => {
    const { rows, flipped } = flipLabels(clean, 0.05);
    const { result } = await checkRows(rows, { only: ['label-noise'] });
    const suspect = result('label-noise').suspects.find((item) => flipped.has(item.row))!;
    const given = rows[suspect.row]!.label;
    const suggested = given === 'spam' ? 'ham' : 'spam';
    expect(suspect.reason).toContain(`labelled "${given}"`);
    expect(suspect.reason).toContain(`say "${suggested}"`);
    expect(suspect.reason).toMatch(
      /neighbours \d+%, class-whitened neighbours \d+%, logistic regression \d+%/,
    );
    expect(suspect.score).toBeGreaterThan(0.5);
  });

  it('fails without a baseline once more than 2% of rows are suspects', async () => {
    const { rows } = flipLabels(clean, 0.05);
    const { result } = await checkRows(rows, { only: ['label-noise'] });
    expect(result('label-noise').status).toBe('fail');
    const { result: cleanResult } = await checkRows(clean, { only: ['label-noise'] });
    expect(cleanResult('label-noise').status).toBe('pass');
  });

  it('finds flipped labels in text-only data from the words of the text column', async () => {
    const { rows, flipped } = flipLabels(textOnly, 0.05);
    const policy = { text: 'text' };
    const { result } = await checkRows(rows, { baselineRows: textOnly, policy, only: ['label-noise'] });
    const check = result('label-noise');
    expect(check.status).toBe('fail');
    const { precision, recall } = precisionRecall(check.suspects, flipped);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(check.suspects[0]!.reason).toMatch(/text naive Bayes \d+%/);
  });

  it('never suspects a row whose text is empty in text-only data', async () => {
    const rows = textOnly.map((row, index) => (index % 10 === 0 ? { ...row, text: '' } : row));
    const flipped = rows.map((row, index) =>
      index % 10 === 0 ? { ...row, label: row.label === 'spam' ? 'ham' : 'spam' } : row,
    );
    const { result } = await checkRows(flipped, { policy: { text: 'text' }, only: ['label-noise'] });
    const check = result('label-noise');
    expect(check.status).toBe('pass');
    expect(check.suspects.filter((suspect) => suspect.row % 10 === 0)).toEqual([]);
  });

  it('names a missing text column instead of skipping silently', async () => {
    await expect(checkRows(clean, { policy: { text: 'body' }, only: ['label-noise'] })).rejects.toMatchObject(
      {
        code: 'RAMPART_DATA_COLUMN_MISSING',
      },
    );
  });

  it('gates on the estimated mislabelled share when flips hide among overlapping classes', async () => {
    // Three heavily overlapping classes: about 1 row in 8 already disagrees with its label.
    const data = gaussianClasses({ rows: 600, classes: 3, separation: 1.5, seed: 3 });
    const rows = (labels: Int32Array) =>
      Array.from(labels, (label, row) => ({
        id: row,
        x0: data.vectors[row * 3]!,
        x1: data.vectors[row * 3 + 1]!,
        x2: data.vectors[row * 3 + 2]!,
        label: `c${label}`,
      }));
    const clean = rows(data.labels);
    const flipped = rows(
      Int32Array.from(data.labels, (label, row) => (row % 20 === 7 ? (label + 1) % 3 : label)),
    );
    const { result, baseline } = await checkRows(flipped, { baselineRows: clean, only: ['label-noise'] });
    const check = result('label-noise');
    expect(baseline!.reference.labelErrorRate).toBeGreaterThan(0.2);
    expect(check.metrics.gatedOn).toBe('estimated mislabelled share');
    // The suspect count barely moves; the estimate rises by more than the allowed 2%.
    expect(Math.abs(Number(check.metrics.rate) - baseline!.reference.labelNoiseRate!)).toBeLessThan(0.02);
    expect(Number(check.metrics.errorRate)).toBeGreaterThan(baseline!.reference.labelErrorRate! + 0.02);
    expect(check.status).toBe('fail');
    const { result: again } = await checkRows(clean, { baselineRows: clean, only: ['label-noise'] });
    expect(again('label-noise').status).toBe('pass');
  });

  it('falls back to the suspect rate with a baseline recorded before the estimate existed', async () => {
    const dir = temporaryDirectory();
    const policy = defaultPolicy({ label: 'label', ignore: ['id'], maxSuspects: 10_000 });
    const approved = await Dataset.open(writeCsv(join(dir, 'baseline.csv'), clean));
    const profile = await buildBaseline(approved, policy);
    approved.close();
    const { labelErrorRate: _dropped, ...older } = profile.reference;
    const { rows } = flipLabels(clean, 0.05);
    const dataset = await Dataset.open(writeCsv(join(dir, 'current.csv'), rows));
    try {
      const run = await runChecks(dataset, policy, { ...profile, reference: older }, ['label-noise']);
      const check = run.results[0]!;
      expect(check.metrics.gatedOn).toBe('suspect rate');
      expect(check.status).toBe('fail');
    } finally {
      dataset.close();
    }
  });

  it('compares the estimate only when the data is at least 80% of the baseline sample', async () => {
    // Fewer rows make weaker out-of-sample models, so the estimate rises without any flip.
    const { result, baseline } = await checkRows(clean.slice(0, 300), {
      baselineRows: clean,
      only: ['label-noise'],
    });
    expect(baseline!.reference.labelRowsScored).toBe(500);
    expect(result('label-noise').metrics.gatedOn).toBe('suspect rate');
    const { result: most } = await checkRows(clean.slice(0, 450), {
      baselineRows: clean,
      only: ['label-noise'],
    });
    expect(most('label-noise').metrics.gatedOn).toBe('estimated mislabelled share');
  });
});

describe('label-noise check on a many-class table from the frozen benchmark set', () => {
  // Massachusetts county from a zip code's latitude/longitude (bench/label-noise-tables, built from
  // vega-datasets): 711 rows, 14 classes. 5% of the labels go to a random other county.
  const text = readFileSync(
    join(import.meta.dirname, '../../../bench/label-noise-tables/zip-massachusetts-county.csv'),
    'utf8',
  );
  const table = text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [latitude, longitude, label] = line.split(',');
      return { latitude: Number(latitude), longitude: Number(longitude), label: label! };
    });
  const counties = [...new Set(table.map((row) => row.label))].sort();

  it('finds 5% random flips among 14 classes at precision and recall of at least 0.8, and passes the clean table', async () => {
    const random = seededRandom(7);
    const flipped = new Set<number>();
    while (flipped.size < Math.round(0.05 * table.length)) flipped.add(Math.floor(random() * table.length));
    const rows = table.map((row, index) => {
      if (!flipped.has(index)) return row;
      const others = counties.filter((county) => county !== row.label);
      return { ...row, label: others[Math.floor(random() * others.length)]! };
    });
    const { result } = await checkRows(rows, { baselineRows: table, only: ['label-noise'] });
    const check = result('label-noise');
    expect(check.status).toBe('fail');
    const { precision, recall } = precisionRecall(check.suspects, flipped);
    expect(precision).toBeGreaterThanOrEqual(0.8);
    expect(recall).toBeGreaterThanOrEqual(0.8);
    const { result: clean } = await checkRows(table, { only: ['label-noise'] });
    expect(clean('label-noise').status).toBe('pass');
  }, 60_000);
});
