import { randomBytes } from 'node:crypto';

export interface Session {
  id: string;
  csrfToken: string;
  expiresAt: number;
  /** Who signed in (the name given at login; "console" when none). */
  user: string;
}

/**
 * Console sessions, in memory (a restart logs everyone out). Bounded: past `maxSessions` the
 * oldest is dropped. Ids and CSRF tokens are 256-bit random values.
 */
export class SessionStore {
  private readonly sessions = new Map<string, Session>();
  constructor(
    private readonly ttlMs: number,
    private readonly maxSessions = 1000,
  ) {}

  create(user = 'console'): Session {
    const session: Session = {
      id: randomBytes(32).toString('base64url'),
      csrfToken: randomBytes(32).toString('base64url'),
      expiresAt: Date.now() + this.ttlMs,
      user,
    };
    if (this.sessions.size >= this.maxSessions) {
      const oldest = this.sessions.keys().next().value as string;
      this.sessions.delete(oldest);
    }
    this.sessions.set(session.id, session);
    return session;
  }

  get(id: string | undefined): Session | undefined {
    if (!id) return undefined;
    const session = this.sessions.get(id);
    if (!session) return undefined;
    if (session.expiresAt <= Date.now()) {
      this.sessions.delete(id);
      return undefined;
    }
    return session;
  }

  delete(id: string): void {
    this.sessions.delete(id);
  }
}
