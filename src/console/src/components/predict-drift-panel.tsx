import { api } from '../api/client.ts';
import type { EventPage } from '../api/types.ts';
import { routeHref } from '../router.ts';
import { useApi } from '../use-api.ts';
import { driftSeries } from './drift-series.ts';
import { ErrorBanner, Panel } from './feedback.tsx';
import { TimeSeriesChart } from './time-series-chart.tsx';

/**
 * Live drift of predict routes: the largest feature PSI of each `predict.drift` window, one line per
 * route (the latest 100 windows). Shows nothing until a route with `input.drift` has reported.
 */
export function PredictDriftPanel() {
  const drift = useApi(
    () => api.get<EventPage>('/api/events', { kind: 'predict.drift', limit: 100 }),
    'predict-drift',
    30_000,
  );
  if (drift.error) return <ErrorBanner error={drift.error} onRetry={drift.reload} />;
  const events = [...(drift.data?.events ?? [])].sort((a, b) => a.time.localeCompare(b.time));
  if (events.length === 0) return null;
  const { times, series } = driftSeries(events);
  const drifted = events.filter((event) => event.severity !== 'info').length;
  return (
    <Panel
      title="Predict-route drift (PSI per window)"
      actions={<a href={routeHref('events', [], { kind: 'predict.drift' })}>windows →</a>}
    >
      <TimeSeriesChart
        label="Largest feature PSI per drift window"
        times={times}
        series={series}
        legend="last"
      />
      <div className="muted">
        {events.length} window(s), {drifted} with drift (PSI above the route's threshold and KS p &lt; 0.01)
      </div>
    </Panel>
  );
}
