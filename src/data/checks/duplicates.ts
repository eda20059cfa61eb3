import type { Finding } from '../../core/index.ts';
import { type DataCheck, locateSuspects, round, type SuspectRow } from '../check.ts';
import { identifier } from '../dataset.ts';
import { nearDuplicatePairs } from '../minhash.ts';

/**
 * Exact duplicate rows, groups of identical features with conflicting labels (over every row, in
 * SQL), and near-duplicate texts (MinHash/LSH over a bounded sample of the text column).
 */
export const duplicatesCheck: DataCheck = {
  id: 'duplicates',
  title: 'Exact and near duplicates, conflicting labels',
  async run({ dataset, current, baseline, policy }) {
    const options = policy.checks.duplicates;
    const ignored = new Set(policy.ignore);
    const columns = current.columns
      .filter((column) => !ignored.has(column.name))
      .map((column) => column.name);
    const features = columns.filter((name) => name !== policy.label);
    const all = columns.map(identifier).join(', ');
    const suspects: SuspectRow[] = [];
    const findings: Finding[] = [];

    // The profile already counted exact duplicates over the same (non-ignored) columns.
    const duplicates = Math.round(current.duplicateRate * current.rowCount);
    if (duplicates > 0) {
      const rows = await dataset.query(
        `SELECT r, first_row FROM (SELECT rowid AS r, first_value(rowid) OVER (PARTITION BY hash(${all}) ORDER BY rowid) AS first_row FROM data WHERE hash(${features.length > 0 ? features.map(identifier).join(', ') : "''"}) IN (SELECT h FROM __repeats)) WHERE r <> first_row ORDER BY r LIMIT ${policy.maxSuspects}`,
      );
      for (const row of rows) {
        suspects.push({
          row: Number(row.r),
          check: 'duplicates',
          reason: `exact duplicate of row ${Number(row.first_row)}`,
          score: 0.5,
        });
      }
    }

    const conflictingGroups = current.conflictingGroups ?? 0;
    const conflictingRows = current.conflictingRows ?? 0;
    if (policy.label && conflictingGroups > 0) {
      const featureHash = `hash(${features.length > 0 ? features.map(identifier).join(', ') : "''"})`;
      const rows = await dataset.query(
        `SELECT rowid AS r, ${identifier(policy.label)}::VARCHAR AS l FROM data WHERE ${featureHash} IN (SELECT h FROM __repeats WHERE low <> high) ORDER BY rowid LIMIT ${policy.maxSuspects}`,
      );
      for (const row of rows) {
        suspects.push({
          row: Number(row.r),
          check: 'duplicates',
          reason: `same features as another row with a different label (this row: "${String(row.l)}")`,
          score: 0.9,
        });
      }
    }

    let nearPairs = 0;
    let sampled = 0;
    if (policy.text && dataset.column(policy.text)) {
      const complete = dataset.rowCount <= options.sampleSize;
      const sample = complete
        ? ''
        : ` USING SAMPLE reservoir(${options.sampleSize} ROWS) REPEATABLE (${policy.seed})`;
      const label = policy.label ? `${identifier(policy.label)}::VARCHAR` : "''";
      const rows = await dataset.query(
        `SELECT r, t, l FROM (SELECT rowid AS r, ${identifier(policy.text)}::VARCHAR AS t, ${label} AS l FROM data${sample}) ORDER BY r`,
      );
      sampled = rows.length;
      const texts = rows.map((row) => String(row.t ?? ''));
      const pairs = nearDuplicatePairs(texts, options.nearDuplicateThreshold);
      const reported = new Set<number>();
      for (const pair of pairs) {
        const left = rows[pair.left]!;
        const right = rows[pair.right]!;
        if (texts[pair.left] === texts[pair.right] && left.l === right.l) continue; // exact: counted above
        nearPairs++;
        if (reported.has(pair.right)) continue;
        reported.add(pair.right);
        const conflicting = left.l !== right.l;
        suspects.push({
          row: Number(right.r),
          check: 'duplicates',
          reason: `near duplicate (Jaccard ≈ ${round(pair.similarity, 2)}) of row ${Number(left.r)}${conflicting ? ` with a different label ("${String(left.l)}" vs "${String(right.l)}")` : ''}`,
          score: conflicting ? 0.8 : 0.4,
        });
      }
    }

    const rate = duplicates / current.rowCount;
    const referenceRate = baseline?.duplicateRate;
    const limit = (referenceRate ?? 0) + options.maxExcessRate;
    if (rate > limit) {
      findings.push({
        ruleId: 'data.duplicates.rate',
        severity: options.severity,
        message: `${duplicates} exact duplicate row(s) (${round(rate * 100, 2)}%; limit ${round(limit * 100, 2)}%)`,
      });
    }
    const groupLimit = Math.max(options.maxConflictingGroups, baseline?.reference.conflictingGroups ?? 0);
    if (conflictingGroups > groupLimit) {
      findings.push({
        ruleId: 'data.duplicates.conflicting-labels',
        severity: options.severity,
        message: `${conflictingGroups} group(s) of identical features carry different labels (${conflictingRows} rows)`,
        frameworks: ['LLM04:2025', 'AML.T0020'],
      });
    }
    return {
      status: findings.length > 0 ? 'fail' : 'pass',
      summary: `${duplicates} exact duplicate(s) (${round(rate * 100, 2)}%), ${conflictingGroups} conflicting-label group(s)${policy.text ? `, ${nearPairs} near-duplicate pair(s) in ${sampled} text(s)` : ''}`,
      metrics: {
        duplicates,
        rate: round(rate, 5),
        limit: round(limit, 5),
        conflictingGroups,
        conflictingRows,
        nearPairs,
      },
      findings,
      suspects: locateSuspects(dataset, suspects, policy.maxSuspects),
      suspectCount: duplicates + conflictingRows + nearPairs,
      charts: [],
    };
  },
};
