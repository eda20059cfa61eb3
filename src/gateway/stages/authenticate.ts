import { RampartError } from '../../core/index.ts';
import type { GatewayContext } from '../context.ts';
import type { Exchange } from '../exchange.ts';
import type { JwtVerifier } from '../jwt-verifier.ts';
import { recordRefusal, refuseBlockedUnauthenticated, refuseOverBudget } from './unauthenticated.ts';

const jwtShape = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$/;

/**
 * A failed authentication is refused as blocked when the address is blocked for unauthenticated
 * requests, with 429 when the address already spent its failure budget (spending no more of it),
 * else spends one of the address's failures; it is counted per address, reason and key
 * prefix (each distinct prefix still gets its own event, which the key-stuffing rule counts).
 */
function fail(
  context: GatewayContext,
  exchange: Exchange,
  code:
    | 'RAMPART_AUTH_MISSING'
    | 'RAMPART_AUTH_INVALID_KEY'
    | 'RAMPART_AUTH_INVALID_TOKEN'
    | 'RAMPART_AUTH_INVALID_CERT',
  reason: string,
  credentialId?: string,
): never {
  refuseBlockedUnauthenticated(context, exchange);
  if (exchange.unauthenticatedWaitMs !== undefined) refuseOverBudget(context, exchange);
  const failures = context.runtime.unauthenticatedFailures;
  failures.take(exchange.clientIp);
  context.state?.countAuthFailure(exchange.clientIp, failures.limit, failures.windowMs);
  recordRefusal(context, exchange, `auth\u0000${reason}\u0000${credentialId ?? ''}`, {
    source: 'gateway',
    kind: 'auth.failure',
    severity: 'medium',
    route: exchange.route.id,
    client_ip: exchange.clientIp,
    decision: 'block',
    attrs: { reason, ...(credentialId ? { key_prefix: credentialId } : {}) },
    frameworks: ['AML.T0040'],
  });
  const messages = {
    RAMPART_AUTH_MISSING: 'no credentials: send an Authorization: Bearer header',
    RAMPART_AUTH_INVALID_KEY: 'invalid API key',
    RAMPART_AUTH_INVALID_TOKEN: 'invalid bearer token',
    RAMPART_AUTH_INVALID_CERT: 'client certificate not accepted',
  };
  throw new RampartError(code, messages[code]);
}

/**
 * A client certificate (auth.mtls), else an API key or JWT from `Authorization: Bearer`. A request
 * that presents a certificate is judged by it alone: untrusted or unmapped is refused even with a
 * bearer. Every failure is an auth.failure event; the reason is never told to the client. API keys
 * and certificates are checked synchronously (no promise per request); only JWTs, whose keys may
 * come from a JWKS URL, are awaited.
 */
export function authenticate(context: GatewayContext, exchange: Exchange): void | Promise<void> {
  const certificates = context.runtime.certificates;
  if (certificates) {
    const check = certificates.check(exchange.request.socket);
    if (check.ok) {
      exchange.principal = check.principal;
      return;
    }
    if (check.reason !== 'no_certificate')
      fail(
        context,
        exchange,
        'RAMPART_AUTH_INVALID_CERT',
        `certificate_${check.reason}`,
        `sha256:${check.fingerprint.slice(0, 16)}`,
      );
    if (certificates.required) fail(context, exchange, 'RAMPART_AUTH_MISSING', 'no_certificate');
  }
  const header = exchange.request.headers.authorization;
  if (!header) fail(context, exchange, 'RAMPART_AUTH_MISSING', 'missing');
  const token = header.startsWith('Bearer ') ? header.slice(7).trim() : '';
  if (!token) fail(context, exchange, 'RAMPART_AUTH_MISSING', 'not_bearer');
  const runtime = context.runtime;
  if (token.startsWith('rk_')) {
    if (!runtime.config.auth.apiKeys.enabled)
      fail(context, exchange, 'RAMPART_AUTH_INVALID_KEY', 'api_keys_disabled');
    const check = context.keys.check(token);
    if (!check.ok) fail(context, exchange, 'RAMPART_AUTH_INVALID_KEY', check.reason, check.prefix);
    if (context.controls.isKeyRevoked(check.record.id))
      fail(context, exchange, 'RAMPART_AUTH_INVALID_KEY', 'revoked', check.record.prefix);
    exchange.principal = {
      name: check.record.principal,
      roles: check.record.roles,
      via: 'api_key',
      credentialId: check.record.prefix,
    };
    return;
  }
  if (runtime.jwt && jwtShape.test(token)) return authenticateJwt(context, runtime.jwt, exchange, token);
  fail(context, exchange, 'RAMPART_AUTH_INVALID_KEY', 'malformed');
}

async function authenticateJwt(
  context: GatewayContext,
  jwt: JwtVerifier,
  exchange: Exchange,
  token: string,
): Promise<void> {
  const check = await jwt.verify(token);
  if (!check.ok) fail(context, exchange, 'RAMPART_AUTH_INVALID_TOKEN', check.reason);
  exchange.principal = check.principal;
}
