import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { bearerToken, tokenMatcher } from '../../core/http/index.ts';
import { constantTimeEqual, RampartError } from '../../core/index.ts';
import type { SessionStore } from './session-store.ts';
import type { SocEnv } from './soc-http.ts';

export const sessionCookie = 'rampart_session';
export const csrfCookie = 'rampart_csrf';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function unauthorized(
  message = 'sign in to the console or send `Authorization: Bearer <admin token>`',
) {
  return new RampartError('RAMPART_SOC_UNAUTHORIZED', message);
}

/**
 * Who is calling /api: the admin bearer token, or a console session cookie. A session that
 * changes state must also send the double-submit CSRF token (X-CSRF-Token header matching the
 * rampart_csrf cookie and the session's token).
 */
export function consoleAuth(adminToken: string, sessions: SessionStore): MiddlewareHandler<SocEnv> {
  const isAdmin = tokenMatcher([adminToken]);
  return async (context, next) => {
    const token = bearerToken(context.req.header('authorization'));
    if (token !== undefined) {
      if (!isAdmin(token)) throw unauthorized();
      context.set('principal', { kind: 'admin', actor: 'api' });
      return next();
    }
    const session = sessions.get(getCookie(context, sessionCookie));
    if (!session) throw unauthorized();
    if (!safeMethods.has(context.req.method)) {
      const given = context.req.header('x-csrf-token') ?? '';
      const cookie = getCookie(context, csrfCookie) ?? '';
      if (
        !given ||
        !constantTimeEqual(given, session.csrfToken) ||
        !constantTimeEqual(cookie, session.csrfToken)
      ) {
        throw new RampartError('RAMPART_SOC_CSRF', 'missing or wrong X-CSRF-Token header');
      }
    }
    context.set('principal', { kind: 'session', actor: session.user, session });
    return next();
  };
}
