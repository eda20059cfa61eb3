import type { Finding } from '../../core/index.ts';
import { type DataCheck, locateSuspects, round, type SuspectRow } from '../check.ts';
import { identifier, literal } from '../dataset.ts';

const rule = (what: string) => `data.schema.${what}`;

/**
 * Schema: columns added, removed or retyped since the baseline; nulls beyond the baseline's; numeric
 * values outside the baseline's range; categories the baseline never saw. Without a baseline it
 * checks nulls only.
 */
export const schemaCheck: DataCheck = {
  id: 'schema',
  title: 'Schema, nulls, ranges and categories',
  async run({ dataset, current, baseline, policy }) {
    const options = policy.checks.schema;
    const findings: Finding[] = [];
    const suspects: SuspectRow[] = [];
    const metrics: Record<string, number> = {};
    const ignored = new Set(policy.ignore);
    const currentColumns = new Map(current.columns.map((column) => [column.name, column]));
    let suspectCount = 0;

    if (policy.label) {
      const label = currentColumns.get(policy.label);
      if (label && label.nullCount > 0) {
        findings.push({
          ruleId: rule('label-null'),
          severity: options.severity,
          message: `label column "${policy.label}" has ${label.nullCount} empty value(s)`,
          location: { detail: `column ${policy.label}` },
        });
        const rows = await dataset.query(
          `SELECT rowid AS r FROM data WHERE ${identifier(policy.label)} IS NULL ORDER BY rowid LIMIT ${policy.maxSuspects}`,
        );
        for (const row of rows)
          suspects.push({ row: Number(row.r), check: 'schema', reason: 'label is empty', score: 1 });
        suspectCount += label.nullCount;
      }
    }

    if (!baseline) {
      for (const column of current.columns) {
        if (ignored.has(column.name) || column.nullFraction <= options.maxNullFraction) continue;
        findings.push({
          ruleId: rule('nulls'),
          severity: options.severity,
          message: `column "${column.name}" is ${round(column.nullFraction * 100, 1)}% empty (limit ${options.maxNullFraction * 100}%)`,
          location: { detail: `column ${column.name}` },
        });
      }
      return {
        status: findings.length > 0 ? 'fail' : 'pass',
        summary:
          findings.length > 0
            ? `${findings.length} problem(s); no baseline, so ranges and categories were not compared`
            : 'nulls within limits; no baseline, so ranges and categories were not compared',
        metrics,
        findings,
        suspects: locateSuspects(dataset, suspects, policy.maxSuspects),
        suspectCount,
        charts: [],
      };
    }

    const baselineColumns = new Map(baseline.columns.map((column) => [column.name, column]));
    for (const column of baseline.columns) {
      if (ignored.has(column.name) || currentColumns.has(column.name)) continue;
      findings.push({
        ruleId: rule('missing-column'),
        severity: options.severity,
        message: `column "${column.name}" (${column.type}) is missing`,
        location: { detail: `column ${column.name}` },
      });
    }
    for (const column of current.columns) {
      if (ignored.has(column.name)) continue;
      const before = baselineColumns.get(column.name);
      if (!before) {
        findings.push({
          ruleId: rule('extra-column'),
          severity: options.severity,
          message: `column "${column.name}" (${column.type}) is not in the baseline`,
          location: { detail: `column ${column.name}` },
        });
        continue;
      }
      if (before.kind !== column.kind && !(before.kind === 'categorical' && column.kind === 'text')) {
        findings.push({
          ruleId: rule('retyped-column'),
          severity: options.severity,
          message: `column "${column.name}" changed from ${before.kind} (${before.type}) to ${column.kind} (${column.type})`,
          location: { detail: `column ${column.name}` },
        });
        continue;
      }
      if (column.nullFraction > before.nullFraction + options.nullTolerance) {
        findings.push({
          ruleId: rule('nulls'),
          severity: options.severity,
          message: `column "${column.name}" is ${round(column.nullFraction * 100, 2)}% empty (baseline ${round(before.nullFraction * 100, 2)}%)`,
          location: { detail: `column ${column.name}` },
        });
      }
    }

    // Out-of-range numeric values, scored by how far outside the range they are (in baseline std units).
    const ranged = current.columns.filter(
      (column) => !ignored.has(column.name) && column.numeric && baselineColumns.get(column.name)?.numeric,
    );
    if (ranged.length > 0) {
      const terms = ranged.map((column) => {
        const before = baselineColumns.get(column.name)!.numeric!;
        const slack = (before.max - before.min) * options.rangeTolerance;
        const low = before.min - slack;
        const high = before.max + slack;
        const scale = before.std > 0 ? before.std : 1;
        const value = `${identifier(column.name)}::DOUBLE`;
        return {
          column: column.name,
          low,
          high,
          sql: `CASE WHEN ${value} < ${low} THEN (${low} - ${value}) / ${scale} WHEN ${value} > ${high} THEN (${value} - ${high}) / ${scale} ELSE 0 END`,
        };
      });
      const scoreSql =
        terms.length === 1 ? terms[0]!.sql : `greatest(${terms.map((term) => term.sql).join(', ')})`;
      const columnSql = `CASE ${terms.map((term, index) => `WHEN (${term.sql}) > 0 THEN ${index}`).join(' ')} END`;
      const [counts] = await dataset.query(`SELECT count(*)::DOUBLE AS n FROM data WHERE (${scoreSql}) > 0`);
      const outside = Number(counts?.n ?? 0);
      metrics.outOfRangeRows = outside;
      if (outside > 0) {
        const rows = await dataset.query(
          `SELECT rowid AS r, (${scoreSql}) AS s, ${columnSql} AS c FROM data WHERE (${scoreSql}) > 0 ORDER BY s DESC, rowid LIMIT ${policy.maxSuspects}`,
        );
        for (const row of rows) {
          const term = terms[Number(row.c)]!;
          suspects.push({
            row: Number(row.r),
            check: 'schema',
            reason: `${term.column} outside the baseline range [${round(term.low, 4)}, ${round(term.high, 4)}]`,
            score: round(Number(row.s), 3),
          });
        }
        suspectCount += outside;
        if (outside / current.rowCount > options.maxOutOfRangeFraction) {
          findings.push({
            ruleId: rule('out-of-range'),
            severity: options.severity,
            message: `${outside} row(s) hold values outside the baseline range`,
            data: { rows: outside },
          });
        }
      }
    }

    // Categories the baseline never saw (only where the baseline kept every category).
    const categorical = current.columns.filter((column) => {
      const before = baselineColumns.get(column.name);
      return (
        !ignored.has(column.name) &&
        column.name !== policy.label &&
        column.kind === 'categorical' &&
        before?.categories &&
        before.categories.otherCount === 0
      );
    });
    for (const column of categorical) {
      const known = Object.keys(baselineColumns.get(column.name)!.categories!.values);
      const list = known.length > 0 ? known.map(literal).join(', ') : "''";
      const value = `${identifier(column.name)}::VARCHAR`;
      const [counted] = await dataset.query(
        `SELECT count(*)::DOUBLE AS n, list(DISTINCT ${value})[1:5] AS sample FROM data WHERE ${value} IS NOT NULL AND ${value} NOT IN (${list})`,
      );
      const unseen = Number(counted?.n ?? 0);
      if (unseen === 0) continue;
      metrics[`unseen.${column.name}`] = unseen;
      const rows = await dataset.query(
        `SELECT rowid AS r, ${value} AS v FROM data WHERE ${value} IS NOT NULL AND ${value} NOT IN (${list}) ORDER BY rowid LIMIT ${policy.maxSuspects}`,
      );
      for (const row of rows) {
        suspects.push({
          row: Number(row.r),
          check: 'schema',
          reason: `${column.name} has unseen category "${String(row.v).slice(0, 40)}"`,
          score: 1,
        });
      }
      suspectCount += unseen;
      if (unseen / current.rowCount > options.maxUnseenCategoryFraction) {
        findings.push({
          ruleId: rule('unseen-category'),
          severity: options.severity,
          message: `column "${column.name}" has ${unseen} row(s) with categories not in the baseline (${(counted?.sample as string[] | undefined)?.map((item) => JSON.stringify(String(item).slice(0, 40))).join(', ')})`,
          location: { detail: `column ${column.name}` },
        });
      }
    }
    return {
      status: findings.length > 0 ? 'fail' : 'pass',
      summary:
        findings.length > 0
          ? `${findings.length} schema problem(s)`
          : 'schema, nulls, ranges and categories match the baseline',
      metrics,
      findings,
      suspects: locateSuspects(dataset, suspects, policy.maxSuspects),
      suspectCount,
      charts: [],
    };
  },
};
