import type { ReactNode } from 'react';
import { ApiError } from '../api/client.ts';

/** An API error as the SOC sent it: code, message, and the hint on how to fix it. */
export function ErrorBanner({ error, onRetry }: { error: unknown; onRetry?: () => void }) {
  const apiError =
    error instanceof ApiError
      ? error
      : new ApiError(0, {
          code: 'RAMPART_CONSOLE_ERROR',
          message: error instanceof Error ? error.message : String(error),
        });
  return (
    <div className="error-banner" role="alert">
      <div>
        <code className="error-code">{apiError.code}</code>
        <span className="error-message">{apiError.message}</span>
      </div>
      {apiError.hint ? <div className="error-hint">{apiError.hint}</div> : null}
      {apiError.details?.length ? (
        <ul className="error-details">
          {apiError.details.map((detail) => (
            <li key={`${detail.path}:${detail.message}`}>
              <code>{detail.path}</code> {detail.message}
            </li>
          ))}
        </ul>
      ) : null}
      {onRetry ? (
        <button type="button" className="button small" onClick={onRetry}>
          Retry
        </button>
      ) : null}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="empty-state">
      <div className="empty-title">{title}</div>
      {children ? <div className="empty-body">{children}</div> : null}
    </div>
  );
}

export function Loading() {
  return <div className="loading">Loading…</div>;
}

export function SeverityBadge({ severity }: { severity: string }) {
  return <span className={`badge severity-${severity}`}>{severity}</span>;
}

export function StatusBadge({ status }: { status: string }) {
  return <span className={`badge status-${status}`}>{status}</span>;
}

export function DecisionBadge({ decision }: { decision: string | undefined }) {
  if (!decision) return <span className="muted">—</span>;
  return <span className={`badge decision-${decision}`}>{decision}</span>;
}

export function Panel({
  title,
  actions,
  children,
}: {
  title: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="panel">
      <header className="panel-header">
        <h2>{title}</h2>
        {actions ? <div className="panel-actions">{actions}</div> : null}
      </header>
      <div className="panel-body">{children}</div>
    </section>
  );
}
