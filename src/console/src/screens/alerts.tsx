import { type FormEvent, useState } from 'react';
import { datasetObjectOf } from '../alert-targets.ts';
import { ApiError, api } from '../api/client.ts';
import type {
  Alert,
  AlertPage,
  AlertStatus,
  RespondAnswer,
  ResponseRecord,
  SecurityEvent,
} from '../api/types.ts';
import {
  EmptyState,
  ErrorBanner,
  Loading,
  Panel,
  SeverityBadge,
  StatusBadge,
} from '../components/feedback.tsx';
import { alertTally, formatAgo, formatTime } from '../format.ts';
import { navigate, type Route, routeHref } from '../router.ts';
import { useApi } from '../use-api.ts';

const tabs: Array<{ id: string; label: string; status: AlertStatus[] | undefined }> = [
  { id: 'open', label: 'Open', status: ['new', 'acknowledged'] },
  { id: 'new', label: 'New', status: ['new'] },
  { id: 'acknowledged', label: 'Acknowledged', status: ['acknowledged'] },
  { id: 'resolved', label: 'Resolved', status: ['resolved'] },
  { id: 'all', label: 'All', status: undefined },
];

/** The alerts queue (left) and the selected alert with its actions (right). */
export function AlertsScreen({ route, alertVersion }: { route: Route; alertVersion: number }) {
  const tabId = route.params.get('status') ?? 'open';
  const tab = tabs.find((item) => item.id === tabId) ?? tabs[0]!;
  const selectedId = route.rest[0];
  const rule = route.params.get('rule') ?? undefined;
  const [cursor, setCursor] = useState<string>();
  const list = useApi(
    () => api.get<AlertPage>('/api/alerts', { status: tab.status, rule, limit: 50, cursor }),
    `${tab.id}:${rule ?? ''}:${cursor ?? ''}:${alertVersion}`,
    15_000,
  );
  const counts = list.data?.counts;
  const countOf = (status: AlertStatus[] | undefined) =>
    counts
      ? (status ?? (['new', 'acknowledged', 'resolved'] as AlertStatus[])).reduce(
          (sum, name) => sum + (counts[name] ?? 0),
          0,
        )
      : undefined;
  const link = (id: string | undefined, status = tab.id, withRule = rule) => {
    const params: Record<string, string> = {};
    if (status !== 'open') params.status = status;
    if (withRule) params.rule = withRule;
    return routeHref('alerts', id ? [id] : [], params);
  };

  return (
    <div className="screen">
      <header className="screen-header">
        <h1>Alerts</h1>
        <div className="segmented" role="tablist" aria-label="Alert status">
          {tabs.map((item) => (
            <a
              key={item.id}
              role="tab"
              aria-selected={item.id === tab.id}
              className={item.id === tab.id ? 'active' : ''}
              href={link(selectedId, item.id)}
              onClick={() => setCursor(undefined)}
            >
              {item.label} <span className="tab-count">{countOf(item.status) ?? ''}</span>
            </a>
          ))}
        </div>
      </header>
      {rule ? (
        <div className="notice">
          Showing alerts of rule <code>{rule}</code> only (status counts are for all rules).{' '}
          <a href={link(undefined, tab.id, '')}>Show every rule</a>
        </div>
      ) : null}
      {list.error ? <ErrorBanner error={list.error} onRetry={list.reload} /> : null}
      <div className="split">
        <section className="alert-list" aria-label="Alert queue">
          {list.loading && !list.data ? <Loading /> : null}
          {list.data && list.data.alerts.length === 0 ? (
            <EmptyState title={`No ${tab.id === 'all' ? '' : `${tab.label.toLowerCase()} `}alerts`}>
              When a detection rule fires, its alert lands here (deduplicated per rule and group).
            </EmptyState>
          ) : null}
          {list.data?.alerts.map((alert) => (
            <a
              key={alert.id}
              href={link(alert.id)}
              className={`alert-row${alert.id === selectedId ? ' selected' : ''}`}
              data-alert-rule={alert.ruleId}
            >
              <div className="alert-row-top">
                <SeverityBadge severity={alert.severity} />
                <span className="alert-title">{alert.ruleTitle}</span>
              </div>
              <div className="alert-row-bottom muted">
                <StatusBadge status={alert.status} />
                <span>{alert.principal ?? alert.clientIp ?? Object.values(alert.group).join(' ')}</span>
                <span>×{alert.detections}</span>
                <span>{formatAgo(alert.lastSeen)}</span>
              </div>
            </a>
          ))}
          {list.data?.nextCursor ? (
            <button type="button" className="button small" onClick={() => setCursor(list.data?.nextCursor)}>
              Older alerts →
            </button>
          ) : null}
          {cursor ? (
            <button type="button" className="button small ghost" onClick={() => setCursor(undefined)}>
              Back to newest
            </button>
          ) : null}
        </section>
        <section className="alert-detail">
          {selectedId ? (
            <AlertDetail
              id={selectedId}
              version={alertVersion}
              onChanged={list.reload}
              onClose={() => navigate(link(undefined))}
            />
          ) : (
            <EmptyState title="Select an alert">Its detections, responses and actions show here.</EmptyState>
          )}
        </section>
      </div>
    </div>
  );
}

type Pending =
  | { kind: 'revoke' }
  | { kind: 'block'; target: 'principal' | 'ip' }
  | { kind: 'limit' }
  | { kind: 'degrade' }
  | { kind: 'revoke_approval' }
  | undefined;

function AlertDetail({
  id,
  version,
  onChanged,
  onClose,
}: {
  id: string;
  version: number;
  onChanged: () => void;
  onClose: () => void;
}) {
  const loaded = useApi(() => api.get<Alert>(`/api/alerts/${id}`), `${id}:${version}`);
  const [override, setOverride] = useState<Alert>();
  const [actionError, setActionError] = useState<unknown>();
  const [message, setMessage] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [pending, setPending] = useState<Pending>();
  const [ttl, setTtl] = useState('1h');
  const [rate, setRate] = useState(5);
  const [assignee, setAssignee] = useState('');
  const [note, setNote] = useState('');

  const alert =
    override && override.id === id && override.updatedAt >= (loaded.data?.updatedAt ?? '')
      ? override
      : loaded.data;

  const run = async (work: () => Promise<Alert>, done: string | (() => string)) => {
    setBusy(true);
    setActionError(undefined);
    setMessage(undefined);
    try {
      setOverride(await work());
      setMessage(typeof done === 'string' ? done : done());
      onChanged();
    } catch (failure) {
      // A failed response still comes back with the updated alert (502 + body).
      const body =
        failure instanceof ApiError ? (failure.body as Partial<RespondAnswer> | undefined) : undefined;
      if (body?.alert) setOverride(body.alert);
      setActionError(
        body?.response?.error && failure instanceof ApiError
          ? new ApiError(failure.status, {
              code: failure.code,
              message: `${failure.message}: ${body.response.error}`,
              ...(failure.hint ? { hint: failure.hint } : {}),
            })
          : failure,
      );
    } finally {
      setBusy(false);
      setPending(undefined);
    }
  };
  const update = (body: Record<string, string>, done: string) =>
    run(() => api.post<Alert>(`/api/alerts/${id}`, body), done);
  /** `done` may be worded from the recorded response (its target says what the SOC did). */
  const respond = (body: Record<string, unknown>, done: string | ((response: ResponseRecord) => string)) => {
    let recorded: ResponseRecord | undefined;
    return run(
      async () => {
        const answer = await api.post<RespondAnswer>(`/api/alerts/${id}/respond`, body);
        recorded = answer.response;
        return answer.alert;
      },
      typeof done === 'string' ? done : () => done(recorded!),
    );
  };
  const revert = (response: ResponseRecord) =>
    run(
      async () => (await api.post<RespondAnswer>(`/api/alerts/${id}/responses/${response.id}/revert`)).alert,
      `Reverted ${response.action} on ${response.target ?? ''}`,
    );

  if (loaded.error && !alert) return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  if (!alert) return <Loading />;
  const revoked = alert.responses.some(
    (response) => response.action === 'revoke_key' && response.status === 'executed',
  );
  const dataset = datasetObjectOf(alert);

  return (
    <div className="detail" data-alert-id={alert.id}>
      <header className="detail-header">
        <div>
          <SeverityBadge severity={alert.severity} /> <StatusBadge status={alert.status} />
          <h2>{alert.ruleTitle}</h2>
          <div className="muted">
            rule <code>{alert.ruleId}</code> · {alertTally(alert.detections, alert.eventIds.length)} · first{' '}
            {formatTime(alert.firstSeen)} · last {formatTime(alert.lastSeen)}
          </div>
        </div>
        <button type="button" className="button small ghost" onClick={onClose} aria-label="Close alert">
          ✕
        </button>
      </header>

      <dl className="facts">
        <dt>Principal</dt>
        <dd>{alert.principal ?? '—'}</dd>
        <dt>Client address</dt>
        <dd>{alert.clientIp ?? '—'}</dd>
        <dt>Key</dt>
        <dd>
          {alert.keyId ? <code>{alert.keyId}</code> : '—'}{' '}
          {revoked ? <span className="badge severity-high">revoked</span> : null}
        </dd>
        <dt>Model</dt>
        <dd>{alert.model ?? '—'}</dd>
        <dt>Group</dt>
        <dd>
          {Object.entries(alert.group)
            .map(([name, value]) => `${name}=${value}`)
            .join(', ') || '—'}
        </dd>
        <dt>Assignee</dt>
        <dd>{alert.assignee ?? <span className="muted">unassigned</span>}</dd>
        <dt>Frameworks</dt>
        <dd className="tags">
          {alert.frameworks.map((framework) => (
            <span key={framework} className="tag">
              {framework}
            </span>
          ))}
        </dd>
      </dl>

      {message ? (
        <div className="notice success" role="status">
          {message}
        </div>
      ) : null}
      {actionError ? <ErrorBanner error={actionError} /> : null}

      <div className="actions">
        <div className="action-group">
          <span className="action-label">Triage</span>
          <button
            type="button"
            className="button"
            disabled={busy || alert.status !== 'new'}
            onClick={() => update({ action: 'acknowledge' }, 'Acknowledged')}
          >
            Acknowledge
          </button>
          <button
            type="button"
            className="button"
            disabled={busy || alert.status === 'resolved'}
            onClick={() => update({ action: 'resolve' }, 'Resolved')}
          >
            Resolve
          </button>
          <form
            className="inline-form"
            onSubmit={(event: FormEvent) => {
              event.preventDefault();
              if (assignee.trim())
                update({ action: 'assign', assignee: assignee.trim() }, `Assigned to ${assignee.trim()}`);
            }}
          >
            <input
              aria-label="Assignee"
              placeholder="assignee"
              value={assignee}
              maxLength={128}
              onChange={(event) => setAssignee(event.target.value)}
            />
            <button type="submit" className="button" disabled={busy || !assignee.trim()}>
              Assign
            </button>
          </form>
        </div>
        <div className="action-group">
          <span className="action-label">Respond</span>
          <button
            type="button"
            className="button danger"
            disabled={busy || !alert.keyId || revoked}
            title={alert.keyId ? `Revoke API key ${alert.keyId}` : 'No API key was seen on this alert'}
            onClick={() => setPending({ kind: 'revoke' })}
          >
            Revoke key
          </button>
          <button
            type="button"
            className="button warn"
            disabled={busy || !alert.principal}
            onClick={() => setPending({ kind: 'block', target: 'principal' })}
          >
            Block principal
          </button>
          <button
            type="button"
            className="button warn"
            disabled={busy || !alert.clientIp}
            onClick={() => setPending({ kind: 'block', target: 'ip' })}
          >
            Block IP
          </button>
          <button
            type="button"
            className="button warn"
            disabled={busy || !alert.principal}
            onClick={() => setPending({ kind: 'limit' })}
          >
            Tighten limit
          </button>
          <button
            type="button"
            className="button warn"
            disabled={busy || !alert.principal}
            title={
              alert.principal
                ? `Serve hardened answers to principal ${alert.principal} for a while`
                : 'No principal was seen on this alert'
            }
            onClick={() => setPending({ kind: 'degrade' })}
          >
            Degrade
          </button>
          <button
            type="button"
            className="button danger"
            disabled={busy || !dataset}
            title={
              dataset
                ? `Revoke the standing approvals of the dataset that holds ${dataset.label}`
                : 'Only an alert about a write to a dataset object (data.access events grouped by attrs.bucket, e.g. approved-dataset-write) names a dataset to revoke'
            }
            onClick={() => setPending({ kind: 'revoke_approval' })}
          >
            Revoke dataset approval
          </button>
        </div>
        {pending ? (
          <div className="confirm" role="dialog" aria-label="Confirm response">
            {pending.kind === 'revoke' ? (
              <p>
                Revoke API key <code>{alert.keyId}</code>? Every request with it is refused from now on. This
                cannot be undone.
              </p>
            ) : pending.kind === 'block' ? (
              <p>
                Block {pending.target === 'ip' ? 'address' : 'principal'}{' '}
                <code>{pending.target === 'ip' ? alert.clientIp : alert.principal}</code> at the gateway for{' '}
                <DurationSelect value={ttl} onChange={setTtl} />? You can revert it below.
              </p>
            ) : pending.kind === 'degrade' ? (
              <p>
                Serve hardened answers to principal <code>{alert.principal}</code> for{' '}
                <DurationSelect value={ttl} onChange={setTtl} />? You can revert it below.
              </p>
            ) : pending.kind === 'revoke_approval' ? (
              <p>
                Revoke the standing approvals of the dataset that holds <code>{dataset?.label}</code>? The SOC
                appends a <code>revoke</code> entry, with this alert as evidence, to the provenance log of
                each dataset in soc.yaml <code>datasets:</code> the object falls in, so the next{' '}
                <code>rampart data gate</code> on it fails until the data is checked and approved again.
              </p>
            ) : (
              <p>
                Limit principal <code>{alert.principal}</code> to{' '}
                <select
                  aria-label="Requests per minute"
                  value={rate}
                  onChange={(event) => setRate(Number(event.target.value))}
                >
                  {[0, 1, 5, 10, 30, 60].map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </select>{' '}
                requests per minute for <DurationSelect value={ttl} onChange={setTtl} />? You can revert it
                below.
              </p>
            )}
            <button
              type="button"
              className="button danger"
              disabled={busy}
              onClick={() => {
                if (pending.kind === 'revoke')
                  respond({ action: 'revoke_key' }, `Key ${alert.keyId} revoked`);
                else if (pending.kind === 'block')
                  respond(
                    { action: 'block', target: pending.target, ttl },
                    `Blocked ${pending.target === 'ip' ? alert.clientIp : alert.principal} for ${ttl}`,
                  );
                else if (pending.kind === 'degrade')
                  respond({ action: 'degrade', ttl }, `Degraded ${alert.principal} for ${ttl}`);
                else if (pending.kind === 'revoke_approval')
                  respond(
                    { action: 'revoke_approval' },
                    (response) =>
                      `Dataset approval revoked for ${dataset?.label}: ${response.target ?? 'done'}`,
                  );
                else
                  respond(
                    { action: 'tighten_limit', requestsPerMinute: rate, ttl },
                    `Limited ${alert.principal} to ${rate}/min for ${ttl}`,
                  );
              }}
            >
              {pending.kind === 'revoke'
                ? 'Confirm revoke'
                : pending.kind === 'block'
                  ? 'Confirm block'
                  : pending.kind === 'degrade'
                    ? 'Confirm degrade'
                    : pending.kind === 'revoke_approval'
                      ? 'Confirm revoke approval'
                      : 'Confirm limit'}
            </button>
            <button type="button" className="button ghost" onClick={() => setPending(undefined)}>
              Cancel
            </button>
          </div>
        ) : null}
      </div>

      <Panel title="Responses">
        {alert.responses.length === 0 ? (
          <div className="muted">No responses yet.</div>
        ) : (
          <table className="table">
            <thead>
              <tr>
                <th>Action</th>
                <th>Target</th>
                <th>Status</th>
                <th>By</th>
                <th>When</th>
                <th>Expires</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {alert.responses.map((response) => (
                <tr key={response.id} data-response={response.action}>
                  <td>
                    <code>{response.action}</code>
                  </td>
                  <td>{response.target ?? '—'}</td>
                  <td>
                    <StatusBadge status={response.status} />
                    {response.error ? <div className="error-inline">{response.error}</div> : null}
                  </td>
                  <td>{response.requestedBy}</td>
                  <td className="nowrap">{formatTime(response.executedAt)}</td>
                  <td className="nowrap">{response.expiresAt ? formatTime(response.expiresAt) : '—'}</td>
                  <td>
                    {response.reversible && response.status === 'executed' ? (
                      <button
                        type="button"
                        className="button small"
                        disabled={busy}
                        onClick={() => revert(response)}
                      >
                        Revert
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Panel>

      <Panel title="Notes">
        {alert.notes.length === 0 ? <div className="muted">No notes yet.</div> : null}
        <ul className="notes">
          {alert.notes.map((item) => (
            <li key={`${item.time}:${item.author}`}>
              <div className="muted">
                {item.author} · {formatTime(item.time)}
              </div>
              <div>{item.text}</div>
            </li>
          ))}
        </ul>
        <form
          className="note-form"
          onSubmit={(event: FormEvent) => {
            event.preventDefault();
            if (!note.trim()) return;
            update({ action: 'note', text: note.trim() }, 'Note added').then(() => setNote(''));
          }}
        >
          <textarea
            aria-label="Note"
            placeholder="Add a note for the next analyst…"
            value={note}
            maxLength={4000}
            onChange={(event) => setNote(event.target.value)}
          />
          <button type="submit" className="button" disabled={busy || !note.trim()}>
            Add note
          </button>
        </form>
      </Panel>

      <Panel title="Evidence">
        <div className="muted">
          Latest events behind this alert ({alert.eventIds.length} kept; click one to see it):
        </div>
        <ul className="evidence">
          {alert.eventIds.slice(-10).map((eventId) => (
            <EvidenceEvent key={eventId} id={eventId} />
          ))}
        </ul>
        {alert.principal ? (
          <a className="button small" href={routeHref('events', [], { principal: alert.principal })}>
            Search this principal's events
          </a>
        ) : null}
      </Panel>
    </div>
  );
}

/** One event behind an alert: its id, and the whole event on demand (GET /api/events/{id}). */
function EvidenceEvent({ id }: { id: string }) {
  const [open, setOpen] = useState(false);
  const [event, setEvent] = useState<SecurityEvent>();
  const [error, setError] = useState<unknown>();
  const toggle = () => {
    setOpen(!open);
    if (!event && !open) {
      api.get<SecurityEvent>(`/api/events/${id}`).then(setEvent, setError);
    }
  };
  return (
    <li>
      <button type="button" className="link" onClick={toggle} aria-expanded={open}>
        <code>{id}</code>
      </button>
      {event ? (
        <span className="muted">
          {' '}
          {event.kind} · {formatTime(event.time)}
        </span>
      ) : null}
      {open && error ? <ErrorBanner error={error} /> : null}
      {open && event ? <pre className="evidence-json">{JSON.stringify(event, null, 2)}</pre> : null}
    </li>
  );
}

function DurationSelect({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  return (
    <select aria-label="Duration" value={value} onChange={(event) => onChange(event.target.value)}>
      {['15m', '1h', '6h', '24h', '7d'].map((option) => (
        <option key={option} value={option}>
          {option}
        </option>
      ))}
    </select>
  );
}
