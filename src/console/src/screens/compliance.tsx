import { useState } from 'react';
import { api } from '../api/client.ts';
import type { ComplianceReport } from '../api/types.ts';
import { EmptyState, ErrorBanner, Loading, Panel } from '../components/feedback.tsx';
import { controlState, stateTone } from '../report-fields.ts';
import { useApi } from '../use-api.ts';

const frameworks = [
  { id: 'owasp-llm', label: 'OWASP LLM Top 10 (2025)' },
  { id: 'atlas', label: 'MITRE ATLAS' },
  { id: 'nist-ai-rmf', label: 'NIST AI RMF' },
  { id: 'eu-ai-act', label: 'EU AI Act' },
];

/** Render a feature or evidence value: strings, numbers, lists and small objects. */
function Value({ value }: { value: unknown }) {
  if (value === undefined || value === null || value === '') return <span className="muted">—</span>;
  if (Array.isArray(value)) {
    if (value.length === 0) return <span className="muted">—</span>;
    return (
      <ul className="plain">
        {value.map((item, index) => (
          <li key={index}>
            <Value value={item} />
          </li>
        ))}
      </ul>
    );
  }
  if (typeof value === 'object') {
    const record = value as Record<string, unknown>;
    const name = record.name ?? record.title ?? record.feature ?? record.id;
    if (typeof name === 'string' && Object.keys(record).length <= 4) {
      const enabled = record.enabled;
      return (
        <span>
          {name}
          {enabled === true ? <span className="ok"> ● enabled</span> : null}
          {enabled === false ? <span className="muted"> ○ not enabled</span> : null}
          {typeof record.count === 'number' ? <b> {record.count}</b> : null}
        </span>
      );
    }
    return (
      <dl className="kv">
        {Object.entries(record).map(([key, item]) => (
          <div key={key}>
            <dt>{key}</dt>
            <dd>{typeof item === 'object' && item !== null ? JSON.stringify(item) : String(item)}</dd>
          </div>
        ))}
      </dl>
    );
  }
  return <span>{String(value)}</span>;
}

export function ComplianceScreen() {
  const [framework, setFramework] = useState('owasp-llm');
  const [days, setDays] = useState(30);
  const report = useApi(() => {
    const to = new Date();
    const from = new Date(to.getTime() - days * 86_400_000);
    return api.get<ComplianceReport>('/api/compliance', {
      framework,
      from: from.toISOString(),
      to: to.toISOString(),
    });
  }, `${framework}:${days}`);
  const controls = report.data?.controls ?? [];
  const states = new Map<string, number>();
  for (const control of controls) {
    const state = controlState(control);
    states.set(state, (states.get(state) ?? 0) + 1);
  }
  const good = controls.filter((control) => stateTone(controlState(control)) === 'good').length;

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>Compliance</h1>
        <div className="filters compact">
          <label>
            Framework
            <select value={framework} onChange={(event) => setFramework(event.target.value)}>
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
        </div>
      </header>
      {report.error ? <ErrorBanner error={report.error} onRetry={report.reload} /> : null}
      {report.loading && !report.data ? <Loading /> : null}
      {report.data ? (
        <>
          <div className="counters">
            <div className="counter">
              <div className="counter-value">
                {controls.length ? `${Math.round((good / controls.length) * 100)}%` : '—'}
              </div>
              <div className="counter-label">coverage</div>
            </div>
            {[...states.entries()].map(([state, count]) => (
              <div key={state} className={`counter tone-${stateTone(state)}`}>
                <div className="counter-value">{count}</div>
                <div className="counter-label">{state}</div>
              </div>
            ))}
          </div>
          <Panel title={`Controls${controls.length ? ` (${controls.length})` : ''}`}>
            {controls.length === 0 ? (
              <EmptyState title="The report lists no controls">
                Pick another framework or widen the window.
              </EmptyState>
            ) : (
              <table className="table compliance-table">
                <thead>
                  <tr>
                    <th>Control</th>
                    <th>State</th>
                    <th>Covered by</th>
                    <th>Evidence</th>
                  </tr>
                </thead>
                <tbody>
                  {controls.map((control) => {
                    const state = controlState(control);
                    return (
                      <tr key={control.id}>
                        <td>
                          <code>{control.id}</code>
                          <div>{control.title ?? control.name ?? ''}</div>
                        </td>
                        <td>
                          <span className={`badge tone-${stateTone(state)}`}>{state}</span>
                        </td>
                        <td>
                          <Value value={control.features} />
                        </td>
                        <td>
                          <Value value={control.evidence} />
                        </td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </Panel>
        </>
      ) : null}
    </div>
  );
}
