import type { ReportChart } from '../check.ts';
import type { GateReport } from '../gate.ts';

function escapeHtml(text: unknown): string {
  return String(text).replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

const palette = ['#4c78a8', '#f58518', '#54a24b', '#e45756'];

/** An inline SVG bar chart of one histogram. */
function histogramSvg(counts: readonly number[], width = 220, height = 60): string {
  const top = Math.max(1, ...counts);
  const step = width / Math.max(1, counts.length);
  const bars = counts
    .map((count, index) => {
      const barHeight = (count / top) * (height - 2);
      return `<rect x="${(index * step).toFixed(1)}" y="${(height - barHeight).toFixed(1)}" width="${Math.max(1, step - 1).toFixed(1)}" height="${barHeight.toFixed(1)}" fill="${palette[0]}"><title>${count}</title></rect>`;
    })
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" role="img">${bars}</svg>`;
}

/** Grouped horizontal bars (e.g. baseline vs current share per class). */
function chartSvg(chart: ReportChart): string {
  const rowHeight = 14 * chart.series.length + 6;
  const labelWidth = 140;
  const barWidth = 320;
  const height = rowHeight * chart.labels.length + 24;
  const parts: string[] = [];
  chart.series.forEach((series, index) => {
    parts.push(
      `<rect x="${labelWidth + index * 90}" y="2" width="10" height="10" fill="${palette[index % palette.length]}"/><text x="${labelWidth + index * 90 + 14}" y="11" font-size="11">${escapeHtml(series.name)}</text>`,
    );
  });
  chart.labels.forEach((label, row) => {
    const y = 20 + row * rowHeight;
    parts.push(`<text x="0" y="${y + 11}" font-size="11">${escapeHtml(label.slice(0, 22))}</text>`);
    chart.series.forEach((series, index) => {
      const value = series.values[row] ?? 0;
      parts.push(
        `<rect x="${labelWidth}" y="${y + index * 14}" width="${(Math.max(0, Math.min(1, value)) * barWidth).toFixed(1)}" height="12" fill="${palette[index % palette.length]}"><title>${(value * 100).toFixed(2)}%</title></rect>`,
        `<text x="${labelWidth + Math.min(1, value) * barWidth + 4}" y="${y + index * 14 + 10}" font-size="10">${(value * 100).toFixed(1)}%</text>`,
      );
    });
  });
  return `<figure><figcaption>${escapeHtml(chart.title)}</figcaption><svg xmlns="http://www.w3.org/2000/svg" width="${labelWidth + barWidth + 60}" height="${height}" role="img">${parts.join('')}</svg></figure>`;
}

/** A self-contained HTML report (inline CSS and SVG; no scripts, no external resources). */
export function renderGateHtml(report: GateReport, options: { maxSuspects?: number } = {}): string {
  const verdict = report.passed ? 'PASSED' : 'BLOCKED';
  const checks = report.checks
    .map(
      (check) =>
        `<tr class="${check.status}"><td>${escapeHtml(check.id)}</td><td>${escapeHtml(check.status.toUpperCase())}</td><td>${escapeHtml(check.severity)}</td><td>${check.suspectCount || ''}</td><td>${escapeHtml(check.summary)}${
          check.findings.length > 0 && check.status !== 'pass'
            ? `<ul>${check.findings
                .slice(0, 20)
                .map((finding) => `<li>${escapeHtml(finding.message)}</li>`)
                .join('')}</ul>`
            : ''
        }</td></tr>`,
    )
    .join('\n');
  const charts = report.checks.flatMap((check) => check.charts.map(chartSvg)).join('\n');
  const columns = (report.profile?.columns ?? [])
    .map((column) => {
      let shape = '';
      let detail = '';
      if (column.numeric) {
        shape = histogramSvg(column.numeric.histogram.counts);
        detail = `${column.numeric.min.toPrecision(4)} … ${column.numeric.max.toPrecision(4)}, median ${column.numeric.median.toPrecision(4)}`;
      } else if (column.categories) {
        const entries = Object.entries(column.categories.values).slice(0, 20);
        shape = histogramSvg(entries.map(([, count]) => count));
        detail = entries
          .slice(0, 6)
          .map(([name, count]) => `${escapeHtml(name.slice(0, 24))}: ${count}`)
          .join(', ');
      }
      return `<tr><td>${escapeHtml(column.name)}</td><td>${escapeHtml(column.type)}</td><td>${column.kind}</td><td>${(column.nullFraction * 100).toFixed(2)}%</td><td>${shape}</td><td>${detail}</td></tr>`;
    })
    .join('\n');
  const suspects = report.suspects
    .slice(0, options.maxSuspects ?? 500)
    .map(
      (suspect) =>
        `<tr><td>${suspect.row}</td><td>${escapeHtml(suspect.file ? `${suspect.file.split('/').at(-1)}${suspect.line ? `:${suspect.line}` : ''}` : '')}</td><td>${escapeHtml(suspect.check)}</td><td>${suspect.score}</td><td>${escapeHtml(suspect.reason)}</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>rampart data gate: ${verdict}</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<style>
body{font:14px/1.4 system-ui,sans-serif;margin:2rem;color:#222}
h1 span{padding:.1em .5em;border-radius:4px;color:#fff}
.PASSED{background:#2e7d32}.BLOCKED{background:#c62828}
table{border-collapse:collapse;margin:1rem 0}td,th{border:1px solid #ddd;padding:4px 8px;vertical-align:top;text-align:left}
tr.fail td:nth-child(2),tr.error td:nth-child(2){color:#c62828;font-weight:bold}tr.pass td:nth-child(2){color:#2e7d32}
figure{display:inline-block;margin:1rem 2rem 1rem 0}figcaption{font-weight:bold}
</style></head><body>
<h1>Data gate <span class="${verdict}">${verdict}</span></h1>
<p>${report.rowCount} rows in ${report.files.map((file) => escapeHtml(file)).join(', ')}; fail-on <b>${report.failOn}</b>; ${new Date(report.createdAt).toISOString()}; ${(report.durationMs / 1000).toFixed(1)} s.${report.passed ? '' : ` Blocked by: <b>${report.blocking.map(escapeHtml).join(', ')}</b>.`}</p>
<h2>Checks</h2>
<table><tr><th>check</th><th>status</th><th>severity</th><th>suspects</th><th>summary</th></tr>
${checks}
</table>
${charts ? `<h2>Label distribution</h2>${charts}` : ''}
${columns ? `<h2>Columns</h2><table><tr><th>column</th><th>type</th><th>kind</th><th>nulls</th><th>histogram</th><th>range / top values</th></tr>\n${columns}\n</table>` : ''}
<h2>Suspect rows (${report.suspects.length})</h2>
${suspects ? `<table><tr><th>row</th><th>where</th><th>check</th><th>score</th><th>reason</th></tr>\n${suspects}\n</table>` : '<p>none</p>'}
</body></html>
`;
}
