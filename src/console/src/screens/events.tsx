import { type FormEvent, useState } from 'react';
import { api } from '../api/client.ts';
import type { EventPage } from '../api/types.ts';
import { decisionList, severityList } from '../api/types.ts';
import { EventTable } from '../components/event-table.tsx';
import { EmptyState, ErrorBanner, Loading, Panel } from '../components/feedback.tsx';
import { localInputToIso } from '../format.ts';
import { navigate, type Route, routeHref } from '../router.ts';
import { useApi } from '../use-api.ts';

const filterNames = ['from', 'to', 'kind', 'principal', 'model', 'source', 'severity', 'decision'] as const;
type Filters = Record<(typeof filterNames)[number], string>;

const presets = [
  { label: '15m', ms: 15 * 60_000 },
  { label: '1h', ms: 3_600_000 },
  { label: '24h', ms: 86_400_000 },
  { label: '7d', ms: 7 * 86_400_000 },
];

/** A Date as a datetime-local input value in the browser's time zone. */
function toLocalInput(date: Date): string {
  const local = new Date(date.getTime() - date.getTimezoneOffset() * 60_000);
  return local.toISOString().slice(0, 16);
}

function filtersFrom(params: URLSearchParams): Filters {
  const filters = {} as Filters;
  for (const name of filterNames) filters[name] = params.get(name) ?? '';
  return filters;
}

/** Search stored events by time, kind, principal, model, severity and decision, with cursor paging. */
export function EventsScreen({ route }: { route: Route }) {
  const applied = filtersFrom(route.params);
  const [draft, setDraft] = useState<Filters>(applied);
  const [pageSize, setPageSize] = useState(50);
  // Cursors of the pages before the current one (Back pops), and the current page's cursor.
  const [cursors, setCursors] = useState<string[]>([]);
  const [cursor, setCursor] = useState<string>();
  const appliedKey = filterNames.map((name) => applied[name]).join('|');

  const page = useApi(
    () =>
      api.get<EventPage>('/api/events', {
        from: localInputToIso(applied.from),
        to: localInputToIso(applied.to),
        kind: applied.kind.replace(/\s+/g, ''),
        principal: applied.principal,
        model: applied.model,
        source: applied.source,
        severity: applied.severity,
        decision: applied.decision,
        limit: pageSize,
        cursor,
      }),
    `${appliedKey}:${pageSize}:${cursor ?? ''}`,
  );

  const search = (event: FormEvent) => {
    event.preventDefault();
    setCursors([]);
    setCursor(undefined);
    const params: Record<string, string> = {};
    for (const name of filterNames) if (draft[name]) params[name] = draft[name];
    navigate(routeHref('events', [], params));
  };
  const toggle = (name: 'severity' | 'decision', value: string) => {
    const values = new Set(draft[name].split(',').filter(Boolean));
    if (values.has(value)) values.delete(value);
    else values.add(value);
    setDraft({ ...draft, [name]: [...values].join(',') });
  };
  const set = (name: keyof Filters) => (event: { target: { value: string } }) =>
    setDraft({ ...draft, [name]: event.target.value });

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>Events</h1>
      </header>
      <form className="filters" onSubmit={search} aria-label="Event filters">
        <div className="presets">
          <span className="muted">Last</span>
          {presets.map((preset) => (
            <button
              key={preset.label}
              type="button"
              className="button small ghost"
              onClick={() => {
                const now = Date.now();
                setDraft({ ...draft, from: toLocalInput(new Date(now - preset.ms)), to: '' });
              }}
            >
              {preset.label}
            </button>
          ))}
        </div>
        <label>
          From
          <input type="datetime-local" value={draft.from} onChange={set('from')} />
        </label>
        <label>
          To
          <input type="datetime-local" value={draft.to} onChange={set('to')} />
        </label>
        <label>
          Kind
          <input
            name="kind"
            value={draft.kind}
            placeholder="auth.failure,guard.detection"
            onChange={set('kind')}
          />
        </label>
        <label>
          Principal
          <input name="principal" value={draft.principal} onChange={set('principal')} />
        </label>
        <label>
          Model
          <input name="model" value={draft.model} onChange={set('model')} />
        </label>
        <label>
          Source
          <select value={draft.source} onChange={set('source')}>
            <option value="">any</option>
            {['gateway', 'guard', 'model', 'data', 'redteam', 'monitor', 'soc'].map((source) => (
              <option key={source} value={source}>
                {source}
              </option>
            ))}
          </select>
        </label>
        <fieldset className="checks">
          <legend>Severity</legend>
          {severityList.map((severity) => (
            <label key={severity} className="check">
              <input
                type="checkbox"
                checked={draft.severity.split(',').includes(severity)}
                onChange={() => toggle('severity', severity)}
              />
              {severity}
            </label>
          ))}
        </fieldset>
        <fieldset className="checks">
          <legend>Decision</legend>
          {decisionList.map((decision) => (
            <label key={decision} className="check">
              <input
                type="checkbox"
                checked={draft.decision.split(',').includes(decision)}
                onChange={() => toggle('decision', decision)}
              />
              {decision}
            </label>
          ))}
        </fieldset>
        <div className="filter-buttons">
          <button type="submit" className="button primary">
            Search
          </button>
          <button
            type="button"
            className="button ghost"
            onClick={() => {
              setDraft(filtersFrom(new URLSearchParams()));
              setCursors([]);
              setCursor(undefined);
              navigate(routeHref('events'));
            }}
          >
            Reset
          </button>
        </div>
      </form>
      {page.error ? <ErrorBanner error={page.error} onRetry={page.reload} /> : null}
      <Panel
        title="Results"
        actions={
          <div className="pager">
            <label className="inline">
              per page
              <select value={pageSize} onChange={(event) => setPageSize(Number(event.target.value))}>
                {[25, 50, 100, 250].map((size) => (
                  <option key={size} value={size}>
                    {size}
                  </option>
                ))}
              </select>
            </label>
            <span className="muted">page {cursors.length + 1}</span>
            <button
              type="button"
              className="button small"
              disabled={cursors.length === 0}
              onClick={() => {
                const previous = [...cursors];
                const back = previous.pop();
                setCursors(previous);
                setCursor(back === '' ? undefined : back);
              }}
            >
              ← Newer
            </button>
            <button
              type="button"
              className="button small"
              disabled={!page.data?.nextCursor}
              onClick={() => {
                setCursors([...cursors, cursor ?? '']);
                setCursor(page.data?.nextCursor);
              }}
            >
              Older →
            </button>
          </div>
        }
      >
        {page.loading && !page.data ? <Loading /> : null}
        {page.data && page.data.events.length === 0 ? (
          <EmptyState title="No events match">Widen the time range or clear a filter.</EmptyState>
        ) : null}
        {page.data && page.data.events.length > 0 ? <EventTable events={page.data.events} /> : null}
      </Panel>
    </div>
  );
}
