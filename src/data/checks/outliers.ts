import {
  type DataCheck,
  locateSuspects,
  numericFeatures,
  round,
  type SuspectRow,
  skipped,
} from '../check.ts';
import { identifier } from '../dataset.ts';
import { loadFeatureSample, sampleNeighbours } from '../feature-sample.ts';
import { median, medianAbsoluteDeviation } from '../statistics.ts';

/**
 * Statistical outliers: the modified z-score 0.6745·(x − median)/MAD per numeric column over every
 * row (in SQL, against the baseline's median and MAD when there is one), and the mean distance to
 * the k nearest neighbours over a bounded sample for multivariate outliers.
 */
export const outliersCheck: DataCheck = {
  id: 'outliers',
  title: 'Statistical outliers (robust z-score, kNN distance)',
  async run(context) {
    const { dataset, current, baseline, policy } = context;
    const options = policy.checks.outliers;
    const features = numericFeatures(context);
    if (features.length === 0) return skipped('no numeric feature columns');
    const suspects: SuspectRow[] = [];
    const reference = new Map((baseline ?? current).columns.map((column) => [column.name, column.numeric]));
    const terms: string[] = [];
    const used: string[] = [];
    for (const name of features) {
      const summary = reference.get(name) ?? current.columns.find((column) => column.name === name)!.numeric!;
      if (!summary || summary.mad <= 0) continue;
      terms.push(
        `coalesce(abs(0.6745 * (${identifier(name)}::DOUBLE - ${summary.median}) / ${summary.mad}), 0)`,
      );
      used.push(name);
    }
    let outlierRows = 0;
    if (terms.length > 0) {
      const score = terms.length === 1 ? terms[0]! : `greatest(${terms.join(', ')})`;
      // One scan: keep the outlier rows (few, or the check fails anyway) in a temp table.
      await dataset.query(
        `CREATE OR REPLACE TEMP TABLE __outliers AS SELECT __row, __score FROM (SELECT rowid AS __row, ${score} AS __score FROM data) WHERE __score > ${options.zThreshold}`,
      );
      try {
        const [counted] = await dataset.query('SELECT count(*)::DOUBLE AS n FROM __outliers');
        outlierRows = Number(counted?.n ?? 0);
        if (outlierRows > 0) {
          const which = `CASE ${terms.map((term, index) => `WHEN ${term} = __score THEN ${index}`).join(' ')} END`;
          const rows = await dataset.query(
            `WITH top AS (SELECT __row, __score FROM __outliers ORDER BY __score DESC, __row LIMIT ${policy.maxSuspects})
             SELECT top.__row AS r, top.__score AS s, ${which} AS c FROM top JOIN (SELECT rowid AS __rowid, * FROM data) d ON d.__rowid = top.__row ORDER BY s DESC, r`,
          );
          for (const row of rows) {
            suspects.push({
              row: Number(row.r),
              check: 'outliers',
              reason: `${used[Number(row.c)] ?? 'a column'}: robust z-score ${round(Number(row.s), 2)}`,
              score: round(Number(row.s), 3),
            });
          }
        }
      } finally {
        await dataset.query('DROP TABLE IF EXISTS __outliers');
      }
    }

    // Multivariate: rows far from all their neighbours.
    const sample = await loadFeatureSample(context, options.sampleSize);
    let multivariate = 0;
    if (sample.rows.length > options.k + 1 && sample.dimensions > 1) {
      const neighbours = sampleNeighbours(sample, options.k);
      const scores = sample.rows.map((_, i) => {
        let sum = 0;
        for (let j = 0; j < neighbours.k; j++) sum += neighbours.distances[i * neighbours.k + j]!;
        return sum / neighbours.k;
      });
      const center = median(scores);
      const spread = medianAbsoluteDeviation(scores, center);
      if (spread > 0) {
        scores.forEach((value, i) => {
          const z = (0.6745 * (value - center)) / spread;
          if (z > options.zThreshold * 2) {
            multivariate++;
            suspects.push({
              row: sample.rows[i]!,
              check: 'outliers',
              reason: `far from its ${neighbours.k} nearest neighbours (kNN distance z ${round(z, 2)})`,
              score: round(z / 2, 3),
            });
          }
        });
      }
    }
    const rate = outlierRows / current.rowCount;
    const referenceRate = baseline?.reference.outlierRate;
    const limit = (referenceRate ?? 0) + options.maxExcessRate;
    const failed = rate > limit;
    return {
      status: failed ? 'fail' : 'pass',
      summary: `${outlierRows} row(s) with a robust z-score above ${options.zThreshold} (${round(rate * 100, 2)}%; limit ${round(limit * 100, 2)}%), ${multivariate} multivariate outlier(s) in ${sample.rows.length}${sample.complete ? '' : ' sampled'} row(s)`,
      metrics: { outlierRows, rate: round(rate, 5), limit: round(limit, 5), multivariate },
      findings: failed
        ? [
            {
              ruleId: 'data.outliers.rate',
              severity: options.severity,
              message: `${round(rate * 100, 2)}% of rows are outliers (limit ${round(limit * 100, 2)}%)`,
            },
          ]
        : [],
      suspects: locateSuspects(dataset, suspects, policy.maxSuspects),
      suspectCount: outlierRows + multivariate,
      charts: [],
    };
  },
};
