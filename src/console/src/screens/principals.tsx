import { useState } from 'react';
import { api } from '../api/client.ts';
import type { Alert, AlertPage, PrincipalRow } from '../api/types.ts';
import { EmptyState, ErrorBanner, Loading, Panel, StatusBadge } from '../components/feedback.tsx';
import { Segmented } from '../components/segmented.tsx';
import { formatAgo, formatCount } from '../format.ts';
import { routeHref } from '../router.ts';
import { useApi } from '../use-api.ts';

const spans = [
  { id: '1h', ms: 3_600_000 },
  { id: '24h', ms: 86_400_000 },
  { id: '7d', ms: 7 * 86_400_000 },
  { id: '30d', ms: 30 * 86_400_000 },
];

interface KeyRow {
  key: string;
  principal: string | undefined;
  alerts: number;
  open: number;
  revoked: boolean;
  lastAlert: Alert;
}

/** Keys the SOC has seen on alerts, with whether a revoke was carried out. */
function keysFromAlerts(alerts: Alert[]): KeyRow[] {
  const rows = new Map<string, KeyRow>();
  for (const alert of alerts) {
    if (!alert.keyId) continue;
    const row = rows.get(alert.keyId) ?? {
      key: alert.keyId,
      principal: alert.principal,
      alerts: 0,
      open: 0,
      revoked: false,
      lastAlert: alert,
    };
    row.alerts += 1;
    if (alert.status !== 'resolved') row.open += 1;
    if (
      alert.responses.some((response) => response.action === 'revoke_key' && response.status === 'executed')
    )
      row.revoked = true;
    if (alert.lastSeen > row.lastAlert.lastSeen) row.lastAlert = alert;
    rows.set(alert.keyId, row);
  }
  return [...rows.values()].sort((left, right) =>
    right.lastAlert.lastSeen.localeCompare(left.lastAlert.lastSeen),
  );
}

export function PrincipalsScreen() {
  const [span, setSpan] = useState('24h');
  const principals = useApi(() => {
    const to = new Date();
    const from = new Date(to.getTime() - (spans.find((item) => item.id === span)?.ms ?? 86_400_000));
    return api.get<{ principals: PrincipalRow[] }>('/api/principals', {
      from: from.toISOString(),
      to: to.toISOString(),
    });
  }, span);
  const alerts = useApi(() => api.get<AlertPage>('/api/alerts', { limit: 500 }), 'keys');
  const keys = alerts.data ? keysFromAlerts(alerts.data.alerts) : [];

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>Principals &amp; keys</h1>
        <Segmented
          label="Time range"
          options={spans.map((item) => ({ id: item.id, label: item.id }))}
          value={span}
          onChange={setSpan}
        />
      </header>
      <Panel title="Principals">
        {principals.error ? <ErrorBanner error={principals.error} onRetry={principals.reload} /> : null}
        {principals.loading && !principals.data ? <Loading /> : null}
        {principals.data && principals.data.principals.length === 0 ? (
          <EmptyState title="No principals in this range">
            A principal is the identity behind an API key or token; it appears once it sends a request.
          </EmptyState>
        ) : null}
        {principals.data && principals.data.principals.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th>Principal</th>
                <th className="number">Requests</th>
                <th className="number">Blocked</th>
                <th className="number">Detections</th>
                <th className="number">Auth failures</th>
                <th className="number">Block rate</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {principals.data.principals.map((row) => (
                <tr key={row.principal}>
                  <td>
                    <code>{row.principal}</code>
                  </td>
                  <td className="number">{formatCount(row.requests)}</td>
                  <td className="number">{formatCount(row.blocks)}</td>
                  <td className="number">{formatCount(row.detections)}</td>
                  <td className="number">{formatCount(row.authFailures)}</td>
                  <td className="number">
                    {row.requests ? `${Math.round((row.blocks / row.requests) * 100)}%` : '—'}
                  </td>
                  <td>
                    <a href={routeHref('events', [], { principal: row.principal })}>events →</a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Panel>
      <Panel title="API keys seen on alerts">
        {alerts.error ? <ErrorBanner error={alerts.error} onRetry={alerts.reload} /> : null}
        {alerts.data && keys.length === 0 ? (
          <EmptyState title="No keys on alerts">
            Keys appear here when an alert names one; revoke them from the alert. Key management itself is on
            the gateway (<code>rampart keys</code>).
          </EmptyState>
        ) : null}
        {keys.length > 0 ? (
          <table className="table">
            <thead>
              <tr>
                <th>Key</th>
                <th>Principal</th>
                <th className="number">Alerts</th>
                <th className="number">Open</th>
                <th>State</th>
                <th>Latest alert</th>
              </tr>
            </thead>
            <tbody>
              {keys.map((row) => (
                <tr key={row.key}>
                  <td>
                    <code>{row.key}</code>
                  </td>
                  <td>{row.principal ?? '—'}</td>
                  <td className="number">{row.alerts}</td>
                  <td className="number">{row.open}</td>
                  <td>{row.revoked ? <StatusBadge status="revoked" /> : <StatusBadge status="active" />}</td>
                  <td>
                    <a href={routeHref('alerts', [row.lastAlert.id], { status: 'all' })}>
                      {row.lastAlert.ruleTitle}
                    </a>{' '}
                    <span className="muted">{formatAgo(row.lastAlert.lastSeen)}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </Panel>
    </div>
  );
}
