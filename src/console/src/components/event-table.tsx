import { Fragment, useState } from 'react';
import type { SecurityEvent } from '../api/types.ts';
import { formatTime, summariseAttrs } from '../format.ts';
import { ExplainEvent, explainable } from './explain-event.tsx';
import { DecisionBadge, SeverityBadge } from './feedback.tsx';

/** Events as a table; a row's "details" button shows the whole event. */
export function EventTable({ events, fresh }: { events: SecurityEvent[]; fresh?: ReadonlySet<string> }) {
  const [open, setOpen] = useState<string>();
  return (
    <table className="table events-table">
      <thead>
        <tr>
          <th>Time</th>
          <th>Kind</th>
          <th>Severity</th>
          <th>Decision</th>
          <th>Principal</th>
          <th>Model</th>
          <th>Client</th>
          <th>Details</th>
        </tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <Fragment key={event.id}>
            <tr className={fresh?.has(event.id) ? 'fresh' : undefined} data-kind={event.kind}>
              <td className="nowrap">{formatTime(event.time)}</td>
              <td>
                <code>{event.kind}</code>
                <span className="muted source"> {event.source}</span>
              </td>
              <td>
                <SeverityBadge severity={event.severity} />
              </td>
              <td>
                <DecisionBadge decision={event.decision} />
              </td>
              <td>{event.principal ?? <span className="muted">—</span>}</td>
              <td>{event.model ?? <span className="muted">—</span>}</td>
              <td className="nowrap">{event.client_ip ?? <span className="muted">—</span>}</td>
              <td className="attrs">
                <button
                  type="button"
                  className="link"
                  onClick={() => setOpen(open === event.id ? undefined : event.id)}
                  aria-expanded={open === event.id}
                >
                  {open === event.id ? 'hide' : 'show'}
                </button>{' '}
                <span className="muted">{summariseAttrs(event.attrs)}</span>
              </td>
            </tr>
            {open === event.id ? (
              <tr className="detail-row">
                <td colSpan={8}>
                  {explainable(event) ? <ExplainEvent event={event} /> : null}
                  <pre>{JSON.stringify(event, null, 2)}</pre>
                </td>
              </tr>
            ) : null}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}
