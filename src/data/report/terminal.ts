import { renderTable } from '../../core/index.ts';
import type { GateReport } from '../gate.ts';
import type { DatasetProfile } from '../profile.ts';
import { bar, sparkline } from './bars.ts';

const statusMark: Record<string, string> = { pass: 'PASS', fail: 'FAIL', skip: 'skip', error: 'ERROR' };

function compact(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const magnitude = Math.abs(value);
  if (magnitude !== 0 && (magnitude >= 1e6 || magnitude < 1e-3)) return value.toExponential(2);
  return String(Math.round(value * 1000) / 1000);
}

/** Per-column summary with a histogram sparkline (numeric) or the top categories. */
export function renderProfileText(profile: DatasetProfile): string {
  const rows = profile.columns.map((column) => {
    let shape = '';
    let range = '';
    if (column.numeric) {
      shape = sparkline(column.numeric.histogram.counts);
      range = `${compact(column.numeric.min)} … ${compact(column.numeric.max)} (median ${compact(column.numeric.median)})`;
    } else if (column.categories) {
      const entries = Object.entries(column.categories.values);
      shape = sparkline(entries.map(([, count]) => count).slice(0, 20));
      range = entries
        .slice(0, 4)
        .map(([name, count]) => `${name.slice(0, 16)}:${count}`)
        .join(' ');
      if (entries.length > 4) range += ` +${entries.length - 4}`;
    } else if (column.text) {
      range = `text, mean length ${compact(column.text.meanLength)}`;
    }
    return [column.name, column.type, column.kind, `${compact(column.nullFraction * 100)}%`, shape, range];
  });
  const lines = [
    `${profile.rowCount} rows, ${profile.columns.length} columns, ${compact(profile.duplicateRate * 100)}% duplicate rows`,
    renderTable(['column', 'type', 'kind', 'nulls', 'histogram', 'range / top values'], rows),
  ];
  if (profile.label) {
    const total = Object.values(profile.labelDistribution).reduce((sum, count) => sum + count, 0) || 1;
    lines.push('', `label ${profile.label}:`);
    for (const [name, count] of Object.entries(profile.labelDistribution).slice(0, 20)) {
      lines.push(
        `  ${name.slice(0, 24).padEnd(24)} ${bar(count / total, 30).padEnd(30)} ${count} (${compact((count / total) * 100)}%)`,
      );
    }
  }
  return lines.join('\n');
}

/** The gate's report for people: verdict, one line per check, charts, the suspect rows. */
export function renderGateText(
  report: GateReport,
  options: { maxSuspects?: number; title?: string } = {},
): string {
  const lines: string[] = [];
  lines.push(
    `${options.title ?? 'rampart data gate'}: ${report.passed ? 'PASSED' : 'BLOCKED'}  (${report.rowCount} rows in ${report.files.length} file(s), fail-on ${report.failOn}, ${(report.durationMs / 1000).toFixed(1)} s)`,
  );
  if (report.label?.inferred)
    lines.push(`label "${report.label.column}" (found by its name; --label COLUMN to name another)`);
  lines.push('');
  lines.push(
    renderTable(
      ['check', 'status', 'severity', 'suspects', 'summary'],
      report.checks.map((check) => [
        check.id,
        statusMark[check.status] ?? check.status,
        check.severity,
        check.suspectCount || '',
        check.summary.length > 110 ? `${check.summary.slice(0, 107)}...` : check.summary,
      ]),
    ),
  );
  for (const check of report.checks) {
    for (const chart of check.charts) {
      lines.push('', `${chart.title}:`);
      chart.labels.forEach((label, index) => {
        const cells = chart.series.map(
          (series) =>
            `${series.name.padEnd(8)} ${bar(series.values[index] ?? 0, 24).padEnd(24)} ${compact((series.values[index] ?? 0) * 100)}%`,
        );
        lines.push(`  ${label.slice(0, 20).padEnd(20)} ${cells.join('  ')}`);
      });
    }
  }
  if (report.profile) {
    const numeric = report.profile.columns.filter((column) => column.numeric).slice(0, 12);
    if (numeric.length > 0) {
      lines.push('', 'histograms:');
      for (const column of numeric) {
        lines.push(
          `  ${column.name.slice(0, 20).padEnd(20)} ${sparkline(column.numeric!.histogram.counts)}  ${compact(column.numeric!.min)} … ${compact(column.numeric!.max)}`,
        );
      }
    }
  }
  const limit = options.maxSuspects ?? 20;
  if (report.suspects.length > 0) {
    lines.push(
      '',
      `suspect rows (top ${Math.min(limit, report.suspects.length)} of ${report.suspects.length} listed):`,
    );
    lines.push(
      renderTable(
        ['row', 'where', 'check', 'score', 'reason'],
        report.suspects
          .slice(0, limit)
          .map((suspect) => [
            suspect.row,
            suspect.file ? `${suspect.file.split('/').at(-1)}${suspect.line ? `:${suspect.line}` : ''}` : '',
            suspect.check,
            compact(suspect.score),
            suspect.reason.length > 100 ? `${suspect.reason.slice(0, 97)}...` : suspect.reason,
          ]),
      ),
    );
  }
  const notRun = report.checks.filter((check) => check.status === 'error');
  if (notRun.length > 0) {
    lines.push('', 'could not run (counts as failed):');
    for (const check of notRun) {
      lines.push(`  ${check.id}: ${check.summary}`);
      if (check.hint) lines.push(`    hint: ${check.hint}`);
    }
  }
  // A failed check whose summary the table cut is shown whole (a revocation names its SOC alert).
  const cut = report.checks.filter((check) => check.status === 'fail' && check.summary.length > 110);
  if (cut.length > 0) {
    lines.push('', 'failed checks in full:');
    for (const check of cut) {
      lines.push(`  ${check.id}: ${check.summary}`);
      if (check.hint) lines.push(`    hint: ${check.hint}`);
    }
  }
  if (!report.passed) lines.push('', `blocked by: ${report.blocking.join(', ')}`);
  return lines.join('\n');
}
