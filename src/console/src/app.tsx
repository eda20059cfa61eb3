import { useCallback, useEffect, useState } from 'react';
import { ApiError, api, onUnauthorized, setCsrfToken } from './api/client.ts';
import type { AlertPage, SessionInfo } from './api/types.ts';
import { ErrorBanner, Loading } from './components/feedback.tsx';
import { useEventStream } from './live.ts';
import { routeHref, useRoute } from './router.ts';
import { AlertsScreen } from './screens/alerts.tsx';
import { ComplianceScreen } from './screens/compliance.tsx';
import { EventsScreen } from './screens/events.tsx';
import { LiveScreen } from './screens/live.tsx';
import { LoginScreen } from './screens/login.tsx';
import { OverviewScreen } from './screens/overview.tsx';
import { PrincipalsScreen } from './screens/principals.tsx';
import { RulesScreen } from './screens/rules.tsx';
import { ScansScreen } from './screens/scans.tsx';

const screens = [
  { id: 'overview', label: 'Overview' },
  { id: 'live', label: 'Live stream' },
  { id: 'events', label: 'Events' },
  { id: 'alerts', label: 'Alerts' },
  { id: 'principals', label: 'Principals & keys' },
  { id: 'rules', label: 'Rules' },
  { id: 'compliance', label: 'Compliance' },
  { id: 'scans', label: 'Scans' },
] as const;

type SessionState =
  | { kind: 'checking' }
  | { kind: 'signed-out'; reason?: string }
  | { kind: 'signed-in'; session: SessionInfo }
  | { kind: 'failed'; error: unknown };

export function App() {
  const [state, setState] = useState<SessionState>({ kind: 'checking' });

  const check = useCallback(() => {
    setState({ kind: 'checking' });
    api.get<SessionInfo>('/api/session').then(
      (session) => {
        setCsrfToken(session.csrfToken);
        setState({ kind: 'signed-in', session });
      },
      (error: unknown) => {
        if (error instanceof ApiError && error.status === 401) setState({ kind: 'signed-out' });
        else setState({ kind: 'failed', error });
      },
    );
  }, []);

  useEffect(() => {
    check();
    return onUnauthorized(() => {
      setCsrfToken(undefined);
      setState({ kind: 'signed-out', reason: 'Your session ended. Sign in again.' });
    });
  }, [check]);

  if (state.kind === 'checking') return <Loading />;
  if (state.kind === 'failed')
    return (
      <div className="centered">
        <ErrorBanner error={state.error} onRetry={check} />
      </div>
    );
  if (state.kind === 'signed-out') return <LoginScreen reason={state.reason} onSignedIn={check} />;
  return (
    <Shell
      session={state.session}
      onSignOut={() => {
        api.post('/api/logout').finally(() => {
          setCsrfToken(undefined);
          setState({ kind: 'signed-out' });
        });
      }}
    />
  );
}

function Shell({ session, onSignOut }: { session: SessionInfo; onSignOut: () => void }) {
  const route = useRoute();
  const [openAlerts, setOpenAlerts] = useState<number>();
  const [alertVersion, setAlertVersion] = useState(0);

  // The badge and the alert screens refresh as soon as an alert or response event is committed.
  const refreshCounts = useCallback(() => {
    api.get<AlertPage>('/api/alerts', { status: 'new', limit: 1 }).then(
      (page) => setOpenAlerts(page.counts.new),
      () => undefined,
    );
  }, []);
  useEffect(refreshCounts, [alertVersion]);
  const streamState = useEventStream(
    'kind=alert.raised,alert.updated,response.executed,response.reverted',
    () => setAlertVersion((value) => value + 1),
  );

  const screen = route.screen;
  return (
    <div className="shell">
      <aside className="sidebar">
        <div className="brand">
          <span className="brand-mark">▲</span> Rampart <span className="brand-sub">SOC</span>
        </div>
        <nav>
          {screens.map((item) => (
            <a
              key={item.id}
              href={routeHref(item.id)}
              className={screen === item.id ? 'nav-item active' : 'nav-item'}
              data-screen={item.id}
            >
              {item.label}
              {item.id === 'alerts' && openAlerts ? (
                <span className="nav-count" data-testid="new-alert-count">
                  {openAlerts}
                </span>
              ) : null}
            </a>
          ))}
        </nav>
        <div className="sidebar-footer">
          <div className={`stream-state ${streamState}`}>
            <i /> {streamState === 'live' ? 'live' : streamState}
          </div>
          <div className="user">
            {session.user} <span className="muted">({session.via})</span>
          </div>
          <button type="button" className="button small ghost" onClick={onSignOut}>
            Sign out
          </button>
        </div>
      </aside>
      <main className="content">
        {screen === 'overview' && <OverviewScreen alertVersion={alertVersion} />}
        {screen === 'live' && <LiveScreen />}
        {screen === 'events' && <EventsScreen route={route} />}
        {screen === 'alerts' && <AlertsScreen route={route} alertVersion={alertVersion} />}
        {screen === 'principals' && <PrincipalsScreen />}
        {screen === 'rules' && <RulesScreen alertVersion={alertVersion} />}
        {screen === 'compliance' && <ComplianceScreen />}
        {screen === 'scans' && <ScansScreen />}
        {!screens.some((item) => item.id === screen) && (
          <ErrorBanner
            error={
              new ApiError(404, {
                code: 'RAMPART_NOT_FOUND',
                message: `no console page "${screen}"`,
                hint: 'Pick a page from the menu.',
              })
            }
          />
        )}
      </main>
    </div>
  );
}
