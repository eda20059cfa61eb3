import { useCallback, useRef, useState } from 'react';
import type { SecurityEvent, Severity } from '../api/types.ts';
import { severityList } from '../api/types.ts';
import { EventTable } from '../components/event-table.tsx';
import { EmptyState, Panel } from '../components/feedback.tsx';
import { useEventStream } from '../live.ts';

const keep = 300;

/** Committed events as they arrive (SSE), newest first. */
export function LiveScreen() {
  const [events, setEvents] = useState<SecurityEvent[]>([]);
  const [minSeverity, setMinSeverity] = useState<Severity>('info');
  const [kinds, setKinds] = useState('');
  const [kindsDraft, setKindsDraft] = useState('');
  const [paused, setPaused] = useState(false);
  const [dropped, setDropped] = useState(0);
  const fresh = useRef(new Set<string>());

  const onEvent = useCallback((event: SecurityEvent) => {
    fresh.current.add(event.id);
    setTimeout(() => fresh.current.delete(event.id), 1500);
    setEvents((current) => [event, ...current].slice(0, keep));
  }, []);
  const query = new URLSearchParams({
    ...(minSeverity !== 'info' ? { minSeverity } : {}),
    ...(kinds.trim() ? { kind: kinds.replace(/\s+/g, '') } : {}),
  }).toString();
  const state = useEventStream(query, onEvent, (count) => setDropped((total) => total + count), !paused);

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>Live stream</h1>
        <div className={`stream-state ${paused ? 'paused' : state}`}>
          <i /> {paused ? 'paused' : state}
        </div>
      </header>
      <div className="filters">
        <label>
          Minimum severity
          <select value={minSeverity} onChange={(event) => setMinSeverity(event.target.value as Severity)}>
            {severityList.map((severity) => (
              <option key={severity} value={severity}>
                {severity}
              </option>
            ))}
          </select>
        </label>
        <form
          className="inline-form"
          onSubmit={(event) => {
            event.preventDefault();
            setKinds(kindsDraft);
          }}
        >
          <label>
            Kinds (comma-separated, Enter to apply)
            <input
              value={kindsDraft}
              placeholder="e.g. guard.detection,auth.failure"
              onChange={(event) => setKindsDraft(event.target.value)}
              onBlur={() => setKinds(kindsDraft)}
            />
          </label>
        </form>
        <button type="button" className="button" onClick={() => setPaused(!paused)}>
          {paused ? 'Resume' : 'Pause'}
        </button>
        <button type="button" className="button ghost" onClick={() => setEvents([])}>
          Clear
        </button>
      </div>
      {dropped > 0 ? (
        <div className="notice">
          {dropped} events were skipped because this browser fell behind; search them under Events.
        </div>
      ) : null}
      <Panel title={`Most recent ${events.length ? `(${events.length})` : ''}`}>
        {events.length === 0 ? (
          <EmptyState title="Waiting for events">
            New events appear here the moment the SOC commits them. Send a request through the gateway.
          </EmptyState>
        ) : (
          <EventTable events={events} fresh={fresh.current} />
        )}
      </Panel>
    </div>
  );
}
