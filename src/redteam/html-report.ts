import { categoryTitle, type RedteamReport } from './report.ts';
import { percent } from './run-summary.ts';

function escapeHtml(text: string): string {
  return text.replace(/[<>&"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** A horizontal bar chart (inline SVG): one bar per row, value 0..1. */
export function barChart(
  rows: ReadonlyArray<{ label: string; value: number; tone?: 'bad' | 'good' }>,
  title: string,
): string {
  const rowHeight = 26;
  const labelWidth = 300;
  const barWidth = 360;
  const height = rows.length * rowHeight + 30;
  const bars = rows
    .map((row, index) => {
      const y = 24 + index * rowHeight;
      const width = Math.max(1, Math.round(row.value * barWidth));
      const colour = row.tone === 'good' ? '#2e7d32' : row.value > 0 ? '#c62828' : '#9e9e9e';
      return (
        `<text x="${labelWidth - 8}" y="${y + 15}" text-anchor="end">${escapeHtml(row.label)}</text>` +
        `<rect x="${labelWidth}" y="${y + 3}" width="${width}" height="16" fill="${colour}"/>` +
        `<text x="${labelWidth + width + 6}" y="${y + 15}">${percent(row.value)}</text>`
      );
    })
    .join('');
  return `<svg role="img" aria-label="${escapeHtml(title)}" width="${labelWidth + barWidth + 70}" height="${height}" font-family="sans-serif" font-size="12"><text x="0" y="14" font-weight="bold">${escapeHtml(title)}</text>${bars}</svg>`;
}

function transformRows(report: RedteamReport) {
  const byTransform = new Map<string, { succeeded: number; ran: number }>();
  for (const result of report.results) {
    if (result.benign || result.outcome === 'error') continue;
    const entry = byTransform.get(result.transform) ?? { succeeded: 0, ran: 0 };
    entry.ran++;
    if (result.outcome === 'succeeded') entry.succeeded++;
    byTransform.set(result.transform, entry);
  }
  return [...byTransform].map(([label, entry]) => ({
    label,
    value: entry.ran ? entry.succeeded / entry.ran : 0,
  }));
}

/** A self-contained HTML report (no scripts, no CDN): summary, charts, the probes that got through. */
export function renderReportHtml(report: RedteamReport): string {
  const categories = report.summary.categories.map((category) => ({
    label: categoryTitle(category.category),
    value: category.falsePositiveRate ?? category.successRate,
  }));
  const charts = [barChart(categories, 'Attack success per category (benign: share blocked)')];
  if (report.results.length) charts.push(barChart(transformRows(report), 'Attack success per transform'));
  const tabular = report.tabular;
  if (tabular) {
    charts.push(
      barChart(
        tabular.decision.map((row) => ({
          label: `decision-based, budget ${row.budget}`,
          value: row.successRate,
        })),
        'Decision-based evasion success per perturbation budget',
      ),
      barChart(
        tabular.score.map((row) => ({ label: `score-based, budget ${row.budget}`, value: row.successRate })),
        'Score-based evasion success per perturbation budget',
      ),
      barChart(
        tabular.extraction.map((row) => ({ label: `${row.queries} queries`, value: row.agreement })),
        'Extraction: surrogate agreement with the target',
      ),
    );
  }
  const succeeded = report.results.filter((result) => result.outcome === 'succeeded');
  const rows = succeeded
    .slice(0, 500)
    .map(
      (result) =>
        `<tr><td><code>${escapeHtml(result.id)}</code></td><td>${escapeHtml(result.category)}</td><td>${escapeHtml(result.severity)}</td><td>${escapeHtml(result.reason)}</td></tr>`,
    )
    .join('');
  const verdict = report.gate.passed
    ? '<p class="pass">PASSED</p>'
    : `<p class="fail">FAILED</p><ul>${report.gate.reasons.map((reason) => `<li>${escapeHtml(reason)}</li>`).join('')}</ul>`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Rampart red-team report: ${escapeHtml(report.target)}</title>
<style>body{font-family:sans-serif;margin:2rem;max-width:70rem;color:#222}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:left;font-size:13px}.pass{color:#2e7d32;font-weight:bold}.fail{color:#c62828;font-weight:bold}svg{display:block;margin:1rem 0}</style>
</head><body>
<h1>Red-team report</h1>
<p>Target <code>${escapeHtml(report.target)}</code>${report.pack ? ` · pack ${escapeHtml(report.pack.name)} ${escapeHtml(report.pack.version)}` : ''} · started ${escapeHtml(report.startedAt)} · ${(report.durationMs / 1000).toFixed(1)} s</p>
${verdict}
${charts.join('\n')}
${tabular?.membership ? `<p>Membership inference: AUC ${tabular.membership.auc}, advantage ${tabular.membership.advantage}, balanced accuracy ${tabular.membership.balancedAccuracy} (${tabular.membership.queries} queries).</p>` : ''}
${tabular ? `<p>${tabular.queries} rows sent to the target in all.</p>` : ''}
${succeeded.length ? `<h2>Attacks that got through (${succeeded.length})</h2><table><tr><th>probe</th><th>category</th><th>severity</th><th>evidence</th></tr>${rows}</table>` : ''}
</body></html>
`;
}
