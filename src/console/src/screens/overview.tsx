import { useState } from 'react';
import { api } from '../api/client.ts';
import type { AlertPage, EventPage, Stats } from '../api/types.ts';
import { EventTable } from '../components/event-table.tsx';
import {
  EmptyState,
  ErrorBanner,
  Loading,
  Panel,
  SeverityBadge,
  StatusBadge,
} from '../components/feedback.tsx';
import { PredictDriftPanel } from '../components/predict-drift-panel.tsx';
import { Segmented } from '../components/segmented.tsx';
import { BarList, TimeSeriesChart } from '../components/time-series-chart.tsx';
import { formatAgo, formatCount } from '../format.ts';
import { routeHref } from '../router.ts';
import { useApi } from '../use-api.ts';

const ranges = [
  { id: '1h', label: 'Last hour', ms: 3_600_000, bucket: '1m' },
  { id: '6h', label: '6 hours', ms: 6 * 3_600_000, bucket: '10m' },
  { id: '24h', label: '24 hours', ms: 86_400_000, bucket: '30m' },
  { id: '7d', label: '7 days', ms: 7 * 86_400_000, bucket: '4h' },
];

export function OverviewScreen({ alertVersion }: { alertVersion: number }) {
  const [rangeId, setRangeId] = useState('1h');
  const range = ranges.find((item) => item.id === rangeId) ?? ranges[0]!;
  const stats = useApi(
    () => {
      const to = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
      const from = new Date(to.getTime() - range.ms);
      return api.get<Stats>('/api/stats', {
        from: from.toISOString(),
        to: to.toISOString(),
        bucket: range.bucket,
      });
    },
    `${rangeId}:${alertVersion}`,
    10_000,
  );
  const openAlerts = useApi(
    () => api.get<AlertPage>('/api/alerts', { status: ['new', 'acknowledged'], limit: 6 }),
    String(alertVersion),
    10_000,
  );

  const notable = useApi(
    () => api.get<EventPage>('/api/events', { minSeverity: 'medium', limit: 8 }),
    String(alertVersion),
    10_000,
  );

  const data = stats.data;
  const times = data?.series.map((point) => point.time) ?? [];
  return (
    <div className="screen">
      <header className="screen-header">
        <h1>Overview</h1>
        <Segmented label="Time range" options={ranges} value={rangeId} onChange={setRangeId} />
      </header>
      {stats.error ? <ErrorBanner error={stats.error} onRetry={stats.reload} /> : null}
      {!data && stats.loading ? <Loading /> : null}
      {data ? (
        <>
          <div className="counters">
            <Counter label="Requests" value={data.totals.requests} />
            <Counter label="Blocked" value={data.totals.blocks} tone="warn" />
            <Counter label="Detections" value={data.totals.detections} tone="warn" />
            <Counter label="Alerts raised" value={data.totals.alerts} tone="danger" />
            <Counter
              label="Open alerts"
              value={(data.alerts.new ?? 0) + (data.alerts.acknowledged ?? 0)}
              tone={(data.alerts.new ?? 0) > 0 ? 'danger' : undefined}
              href={routeHref('alerts')}
            />
            <Counter label="All events" value={data.totals.events} />
          </div>
          <div className="grid two">
            <Panel title="Traffic">
              <TimeSeriesChart
                label="Requests and blocks over time"
                times={times}
                series={[
                  { name: 'requests', color: '#5b9cff', values: data.series.map((point) => point.requests) },
                  { name: 'blocked', color: '#f5a524', values: data.series.map((point) => point.blocks) },
                ]}
              />
            </Panel>
            <Panel title="Detections and alerts">
              <TimeSeriesChart
                label="Detections and alerts over time"
                times={times}
                series={[
                  {
                    name: 'detections',
                    color: '#c084fc',
                    values: data.series.map((point) => point.detections),
                  },
                  { name: 'alerts', color: '#f87171', values: data.series.map((point) => point.alerts) },
                ]}
              />
            </Panel>
          </div>
          <PredictDriftPanel />
          <div className="grid three">
            <Panel title="Open alerts">
              {openAlerts.error ? <ErrorBanner error={openAlerts.error} /> : null}
              {openAlerts.data && openAlerts.data.alerts.length === 0 ? (
                <EmptyState title="No open alerts">Detections that fire a rule show up here.</EmptyState>
              ) : null}
              <ul className="compact-list">
                {openAlerts.data?.alerts.map((alert) => (
                  <li key={alert.id}>
                    <a href={routeHref('alerts', [alert.id])}>
                      <SeverityBadge severity={alert.severity} /> {alert.ruleTitle}
                    </a>
                    <span className="muted">
                      {alert.principal ?? alert.clientIp ?? ''} · {formatAgo(alert.lastSeen)}{' '}
                      <StatusBadge status={alert.status} />
                    </span>
                  </li>
                ))}
              </ul>
            </Panel>
            <Panel title="Top principals (requests)">
              <BarList rows={data.topPrincipals} empty="No requests in this range." />
            </Panel>
            <Panel title="Event kinds">
              <BarList rows={data.topKinds} empty="No events in this range." />
            </Panel>
          </div>
          <Panel
            title="Latest notable events (medium and above)"
            actions={<a href={routeHref('events', [], { severity: 'medium,high,critical' })}>search all →</a>}
          >
            {notable.error ? <ErrorBanner error={notable.error} /> : null}
            {notable.data && notable.data.events.length === 0 ? (
              <EmptyState title="Nothing notable yet">
                Detections, auth failures and alerts show up here.
              </EmptyState>
            ) : null}
            {notable.data && notable.data.events.length > 0 ? (
              <EventTable events={notable.data.events} />
            ) : null}
          </Panel>
        </>
      ) : null}
    </div>
  );
}

function Counter({
  label,
  value,
  tone,
  href,
}: {
  label: string;
  value: number;
  tone?: 'warn' | 'danger' | undefined;
  href?: string;
}) {
  const body = (
    <>
      <div className="counter-value">{formatCount(value)}</div>
      <div className="counter-label">{label}</div>
    </>
  );
  const className = `counter${tone && value > 0 ? ` ${tone}` : ''}`;
  return href ? (
    <a className={className} href={href} data-counter={label}>
      {body}
    </a>
  ) : (
    <div className={className} data-counter={label}>
      {body}
    </div>
  );
}
