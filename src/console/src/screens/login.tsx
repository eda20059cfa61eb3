import { type FormEvent, useState } from 'react';
import { api, setCsrfToken } from '../api/client.ts';
import type { LoginAnswer } from '../api/types.ts';
import { ErrorBanner } from '../components/feedback.tsx';

/** Admin token → HttpOnly session cookie (+ CSRF token for state-changing calls). */
export function LoginScreen({ reason, onSignedIn }: { reason?: string | undefined; onSignedIn: () => void }) {
  const [token, setToken] = useState('');
  const [user, setUser] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const answer = await api.post<LoginAnswer>('/api/login', {
        token: token.trim(),
        ...(user.trim() ? { user: user.trim() } : {}),
      });
      setCsrfToken(answer.csrfToken);
      setToken('');
      onSignedIn();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="login">
      <form className="login-card" onSubmit={submit}>
        <div className="brand large">
          <span className="brand-mark">▲</span> Rampart <span className="brand-sub">SOC</span>
        </div>
        <p className="muted">
          Sign in with the SOC admin token. <code>rampart up --demo</code> prints where it keeps it.
        </p>
        {reason ? <div className="notice">{reason}</div> : null}
        <label>
          Admin token
          <input
            name="token"
            type="password"
            autoComplete="current-password"
            value={token}
            onChange={(event) => setToken(event.target.value)}
            required
          />
        </label>
        <label>
          Your name <span className="muted">(shown on notes and actions)</span>
          <input
            name="user"
            type="text"
            autoComplete="username"
            maxLength={64}
            value={user}
            onChange={(event) => setUser(event.target.value)}
          />
        </label>
        {error ? <ErrorBanner error={error} /> : null}
        <button type="submit" className="button primary" disabled={busy || token.trim() === ''}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </form>
    </div>
  );
}
