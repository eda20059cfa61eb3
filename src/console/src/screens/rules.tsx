import { api } from '../api/client.ts';
import type { RuleStatus } from '../api/types.ts';
import { EmptyState, ErrorBanner, Loading, Panel, SeverityBadge } from '../components/feedback.tsx';
import { formatAgo, formatCount, formatTime } from '../format.ts';
import { routeHref } from '../router.ts';
import { useApi } from '../use-api.ts';

/** Detection rules: enabled, what they correlate, how often they matched and fired. */
export function RulesScreen({ alertVersion }: { alertVersion: number }) {
  const rules = useApi(() => api.get<{ rules: RuleStatus[] }>('/api/rules'), String(alertVersion), 15_000);
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>Detection rules</h1>
        {rules.data ? (
          <span className="muted">
            {rules.data.rules.filter((rule) => rule.enabled).length} of {rules.data.rules.length} enabled
          </span>
        ) : null}
      </header>
      {rules.error ? <ErrorBanner error={rules.error} onRetry={rules.reload} /> : null}
      {rules.loading && !rules.data ? <Loading /> : null}
      {rules.data && rules.data.rules.length === 0 ? (
        <EmptyState title="No rules loaded">Add YAML rules to the SOC's rules directory.</EmptyState>
      ) : null}
      {rules.data && rules.data.rules.length > 0 ? (
        <Panel title="Rules">
          <table className="table rules-table">
            <thead>
              <tr>
                <th>Rule</th>
                <th>Severity</th>
                <th>Enabled</th>
                <th>Correlation</th>
                <th>Responses</th>
                <th className="number">Matched</th>
                <th className="number">Fired</th>
                <th>Last fired</th>
              </tr>
            </thead>
            <tbody>
              {rules.data.rules.map((rule) => (
                <tr key={rule.id} data-rule={rule.id}>
                  <td>
                    <div className="rule-title">{rule.title}</div>
                    <div className="muted">
                      <code>{rule.id}</code>{' '}
                      {rule.frameworks.map((framework) => (
                        <span key={framework} className="tag">
                          {framework}
                        </span>
                      ))}
                    </div>
                  </td>
                  <td>
                    <SeverityBadge severity={rule.severity} />
                  </td>
                  <td>
                    {rule.enabled ? <span className="ok">● on</span> : <span className="muted">○ off</span>}
                  </td>
                  <td className="muted">{rule.correlation}</td>
                  <td>
                    {rule.responses.length ? (
                      rule.responses.join(', ')
                    ) : (
                      <span className="muted">alert only</span>
                    )}
                  </td>
                  <td className="number">{formatCount(rule.matched)}</td>
                  <td className="number">{formatCount(rule.fired)}</td>
                  <td className="nowrap" title={formatTime(rule.lastFiredAt)}>
                    {rule.lastFiredAt ? (
                      <a href={routeHref('alerts', [], { status: 'all', rule: rule.id })}>
                        {formatAgo(rule.lastFiredAt)}
                      </a>
                    ) : (
                      <span className="muted">never</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Panel>
      ) : null}
    </div>
  );
}
