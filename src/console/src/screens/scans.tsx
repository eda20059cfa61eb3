import { api } from '../api/client.ts';
import type { ScanResults, SecurityEvent } from '../api/types.ts';
import { EmptyState, ErrorBanner, Loading, Panel, SeverityBadge } from '../components/feedback.tsx';
import { formatTime, summariseAttrs } from '../format.ts';
import { passedOf } from '../report-fields.ts';
import { useApi } from '../use-api.ts';

function subjectOf(event: SecurityEvent): string {
  for (const name of ['model', 'path', 'file', 'dataset', 'target', 'suite', 'name']) {
    const value = name === 'model' ? event.model : event.attrs[name];
    if (typeof value === 'string' && value) return value;
  }
  return '—';
}

function ScanTable({ events, empty }: { events: SecurityEvent[]; empty: string }) {
  if (events.length === 0) return <EmptyState title="Nothing reported yet">{empty}</EmptyState>;
  return (
    <table className="table">
      <thead>
        <tr>
          <th>Time</th>
          <th>Subject</th>
          <th>Kind</th>
          <th>Result</th>
          <th>Severity</th>
          <th>Details</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => {
          const passed = passedOf(event);
          return (
            <tr key={event.id}>
              <td className="nowrap">{formatTime(event.time)}</td>
              <td>
                <code>{subjectOf(event)}</code>
              </td>
              <td>
                <code>{event.kind}</code>
              </td>
              <td>
                {passed === true ? <span className="badge tone-good">pass</span> : null}
                {passed === false ? <span className="badge tone-bad">fail</span> : null}
                {passed === undefined ? <span className="muted">—</span> : null}
              </td>
              <td>
                <SeverityBadge severity={event.severity} />
              </td>
              <td className="muted">{summariseAttrs(event.attrs, 5)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** Supply-chain results the CI tools reported to this SOC (`--report-to`). */
export function ScansScreen() {
  const scans = useApi(() => api.get<ScanResults>('/api/scans'), 'scans', 30_000);
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>Model, data and red-team results</h1>
      </header>
      {scans.error ? <ErrorBanner error={scans.error} onRetry={scans.reload} /> : null}
      {scans.loading && !scans.data ? <Loading /> : null}
      {scans.data ? (
        <>
          <Panel title="Model scans and signature checks">
            <ScanTable
              events={scans.data.model}
              empty="Run `rampart model scan FILE --report-to <SOC URL>` in CI to see results here."
            />
          </Panel>
          <Panel title="Dataset gates">
            <ScanTable
              events={scans.data.data}
              empty="Run `rampart data gate --report-to <SOC URL>` before training to see results here."
            />
          </Panel>
          <Panel title="Red-team runs">
            <ScanTable
              events={scans.data.redteam}
              empty="Run `rampart redteam ... --report-to <SOC URL>` to see results here."
            />
          </Panel>
        </>
      ) : null}
    </div>
  );
}
