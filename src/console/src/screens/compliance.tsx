import { useState } from 'react';
import { api } from '../api/client.ts';
import type { ComplianceControl, ComplianceReport } from '../api/types.ts';
import { EmptyState, ErrorBanner, Loading, Panel } from '../components/feedback.tsx';
import { formatCount, formatTime } from '../format.ts';
import { statusMeaning, statusTone } from '../report-fields.ts';
import { useApi } from '../use-api.ts';

const frameworks = [
  { id: 'owasp-llm', label: 'OWASP LLM Top 10 (2025)' },
  { id: 'atlas', label: 'MITRE ATLAS' },
  { id: 'nist-ai-rmf', label: 'NIST AI RMF' },
  { id: 'eu-ai-act', label: 'EU AI Act' },
];

const statusFilters = ['all', 'covered', 'enabled', 'unknown', 'available', 'not-covered'];

/** How each basis reads in the table. */
const basisLabel: Record<ComplianceControl['basis'], string> = {
  observed: 'observed',
  configured: 'configured',
  'not-configured': 'off in the config',
  'no-evidence': 'no evidence',
  unknown: 'unknown',
};

function Features({ control }: { control: ComplianceControl }) {
  if (control.features.length === 0) return <span className="muted">—</span>;
  return (
    <ul className="plain features">
      {control.features.map((feature) => (
        <li key={feature.id}>
          {feature.basis === 'observed' || feature.basis === 'configured' ? (
            <span className="ok">●</span>
          ) : (
            <span className="muted">○</span>
          )}{' '}
          {feature.name}{' '}
          <span className="muted" title={feature.detail} data-basis={feature.basis}>
            ({basisLabel[feature.basis]}: {feature.detail})
          </span>
        </li>
      ))}
    </ul>
  );
}

function Evidence({ control }: { control: ComplianceControl }) {
  const counts = new Map<string, number>();
  let latest: ComplianceControl['features'][number]['latest'];
  for (const feature of control.features) {
    for (const [kind, count] of Object.entries(feature.events)) {
      counts.set(kind, Math.max(counts.get(kind) ?? 0, count));
    }
    if (feature.latest && (!latest || feature.latest.time > latest.time)) latest = feature.latest;
  }
  const seen = [...counts.entries()].filter(([, count]) => count > 0);
  const fired = control.rules.filter((rule) => rule.fired > 0 || rule.alerts > 0);
  if (seen.length === 0 && !latest && control.rules.length === 0)
    return <span className="muted">none in window</span>;
  return (
    <div className="evidence-cell">
      {seen.length > 0 ? (
        <div>
          {seen.map(([kind, count]) => (
            <span key={kind} className="tag">
              {kind} <b>{formatCount(count)}</b>
            </span>
          ))}
        </div>
      ) : (
        <div className="muted">no events in window</div>
      )}
      {latest ? (
        <div className="muted">
          latest {latest.kind}: {latest.summary} · {formatTime(latest.time)}
        </div>
      ) : null}
      {control.rules.length > 0 ? (
        <div className="muted">
          rules: {control.rules.length} mapped
          {fired.length > 0
            ? `, fired: ${fired.map((rule) => `${rule.id} (${rule.alerts} alert${rule.alerts === 1 ? '' : 's'})`).join(', ')}`
            : ', none fired'}
        </div>
      ) : null}
    </div>
  );
}

/** Per framework: each control, the Rampart features covering it, whether they are on, and the evidence. */
export function ComplianceScreen() {
  const [framework, setFramework] = useState('owasp-llm');
  const [days, setDays] = useState(30);
  const [filter, setFilter] = useState('all');
  const report = useApi(() => {
    const to = new Date();
    const from = new Date(to.getTime() - days * 86_400_000);
    return api.get<ComplianceReport>('/api/compliance', {
      framework,
      from: from.toISOString(),
      to: to.toISOString(),
    });
  }, `${framework}:${days}`);
  const data = report.data;
  const controls = (data?.controls ?? []).filter((control) => filter === 'all' || control.status === filter);
  const summary = data?.summary;
  const coverage =
    summary && summary.controls > 0
      ? Math.round(((summary.covered + summary.enabled) / summary.controls) * 100)
      : 0;

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>Compliance</h1>
        <div className="filters compact">
          <label>
            Framework
            <select name="framework" value={framework} onChange={(event) => setFramework(event.target.value)}>
              {frameworks.map((item) => (
                <option key={item.id} value={item.id}>
                  {item.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            Evidence window
            <select value={days} onChange={(event) => setDays(Number(event.target.value))}>
              {[1, 7, 30, 90].map((value) => (
                <option key={value} value={value}>
                  last {value} day{value === 1 ? '' : 's'}
                </option>
              ))}
            </select>
          </label>
          <label>
            Show
            <select value={filter} onChange={(event) => setFilter(event.target.value)}>
              {statusFilters.map((value) => (
                <option key={value} value={value}>
                  {value}
                </option>
              ))}
            </select>
          </label>
        </div>
      </header>
      {report.error ? <ErrorBanner error={report.error} onRetry={report.reload} /> : null}
      {report.loading && !data ? <Loading /> : null}
      {data && summary ? (
        <>
          <div className="counters">
            <div className="counter" data-counter="coverage">
              <div className="counter-value">{coverage}%</div>
              <div className="counter-label">covered or enabled</div>
            </div>
            <div className="counter tone-good" title={statusMeaning.covered}>
              <div className="counter-value">{summary.covered}</div>
              <div className="counter-label">covered</div>
            </div>
            <div className="counter tone-good" title={statusMeaning.enabled}>
              <div className="counter-value">{summary.enabled}</div>
              <div className="counter-label">enabled</div>
            </div>
            <div className="counter tone-partial" title={statusMeaning.unknown}>
              <div className="counter-value">{summary.unknown}</div>
              <div className="counter-label">unknown</div>
            </div>
            <div className="counter tone-partial" title={statusMeaning.available}>
              <div className="counter-value">{summary.available}</div>
              <div className="counter-label">available</div>
            </div>
            <div className="counter tone-bad" title={statusMeaning['not-covered']}>
              <div className="counter-value">{summary.notCovered}</div>
              <div className="counter-label">not covered</div>
            </div>
          </div>
          <Panel
            title={`${data.title} — ${controls.length} control${controls.length === 1 ? '' : 's'}`}
            actions={
              <span className="muted">
                evidence {formatTime(data.from)} → {formatTime(data.to)}
              </span>
            }
          >
            {controls.length === 0 ? (
              <EmptyState title="No controls to show">Pick another framework or status.</EmptyState>
            ) : (
              <table className="table compliance-table">
                <thead>
                  <tr>
                    <th>Control</th>
                    <th>Status</th>
                    <th>Covered by</th>
                    <th>Evidence</th>
                  </tr>
                </thead>
                <tbody>
                  {controls.map((control) => (
                    <tr key={control.id} data-control={control.id}>
                      <td>
                        <code>{control.id}</code>
                        <div>{control.title}</div>
                      </td>
                      <td>
                        <span
                          className={`badge tone-${statusTone(control.status)}`}
                          title={statusMeaning[control.status]}
                        >
                          {control.status}
                        </span>
                        <div className="muted" data-basis={control.basis}>
                          {basisLabel[control.basis]}: {control.detail}
                        </div>
                      </td>
                      <td>
                        <Features control={control} />
                      </td>
                      <td>
                        <Evidence control={control} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
            {data.note ? <p className="muted note">{data.note}</p> : null}
          </Panel>
        </>
      ) : null}
    </div>
  );
}
