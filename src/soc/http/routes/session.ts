import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { z } from 'zod';
import { clientAddress, sendJson } from '../../../core/http/index.ts';
import { constantTimeEqual, createEvent } from '../../../core/index.ts';
import { csrfCookie, sessionCookie, unauthorized } from '../console-auth.ts';
import { LoginThrottle } from '../login-throttle.ts';
import { readSocBody, type SocApp, type SocEnv, type SocRouteContext } from '../soc-http.ts';

const loginSchema = z.strictObject({
  token: z.string().min(1).max(4096),
  user: z.string().min(1).max(64).optional(),
});

/** The session and CSRF cookies: SameSite=Strict, the session's HttpOnly; Max-Age 0 clears them. */
function setSessionCookies(
  context: Context,
  values: { session: string; csrf: string },
  maxAge: number,
  secure: boolean,
) {
  const attributes = { path: '/', sameSite: 'Strict', maxAge, secure } as const;
  setCookie(context, sessionCookie, values.session, { ...attributes, httpOnly: true });
  setCookie(context, csrfCookie, values.csrf, attributes);
}

/** POST /api/login (public): the admin token opens a console session; failures are throttled per address. */
export function loginRoute(app: SocApp, routes: SocRouteContext): void {
  const { options, sessions, sink } = routes;
  const throttle = new LoginThrottle();
  app.post('/api/login', async (context) => {
    const ip = clientAddress(context);
    const address = ip ?? 'unknown';
    await throttle.check(address);
    const body = await readSocBody(context, loginSchema, 16 * 1024);
    if (!constantTimeEqual(body.token, options.config.adminToken)) {
      await throttle.failed(address);
      await sink.write([
        createEvent({
          source: 'soc',
          kind: 'auth.failure',
          severity: 'low',
          ...(ip ? { client_ip: ip } : {}),
          attrs: { reason: 'invalid_admin_token', surface: 'soc.console' },
        }),
      ]);
      throw unauthorized('the token is not the admin token');
    }
    await throttle.succeeded(address);
    const session = sessions.create(body.user ?? 'console');
    const maxAge = Math.floor(routes.sessionTtlMs / 1000);
    setSessionCookies(
      context,
      { session: session.id, csrf: session.csrfToken },
      maxAge,
      options.config.secureCookies === true,
    );
    return sendJson(context, {
      csrfToken: session.csrfToken,
      user: session.user,
      expiresAt: new Date(session.expiresAt).toISOString(),
    });
  });
}

/** GET /api/session and POST /api/logout (behind console auth). */
export function sessionRoutes(app: SocApp, routes: SocRouteContext): void {
  app.get('/api/session', (context) => {
    const principal = context.get('principal');
    return sendJson(context, {
      authenticated: true,
      via: principal.kind,
      user: principal.actor,
      ...(principal.session ? { csrfToken: principal.session.csrfToken } : {}),
    });
  });
  app.post('/api/logout', (context: Context<SocEnv>) => {
    const { session } = context.get('principal');
    if (session) routes.sessions.delete(session.id);
    setSessionCookies(context, { session: '', csrf: '' }, 0, routes.options.config.secureCookies === true);
    return sendJson(context, { ok: true });
  });
}
