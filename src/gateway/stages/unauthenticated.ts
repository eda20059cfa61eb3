import { createEvent, type NewSecurityEvent, RampartError } from '../../core/index.ts';
import type { GatewayContext } from '../context.ts';
import type { Exchange } from '../exchange.ts';

/**
 * Record a refusal of an unauthenticated request: the first of its kind from this address in the
 * window is written in full (its event plus the request's audit event), later ones are only
 * counted and written as one event with `attrs.count` when the window ends.
 */
export function recordRefusal(
  context: GatewayContext,
  exchange: Exchange,
  key: string,
  event: NewSecurityEvent,
): void {
  const counted = { ...event, attrs: { ...event.attrs, count: 1, request_id: exchange.requestId } };
  if (context.refusals.first(`${exchange.clientIp}\u0000${key}`, counted))
    exchange.events.push(createEvent(counted));
  else exchange.quiet = true;
}

function refusalEvent(exchange: Exchange, limit: string): NewSecurityEvent {
  return {
    source: 'gateway',
    kind: 'limit.rejected',
    severity: 'low',
    route: exchange.route.id,
    client_ip: exchange.clientIp,
    decision: 'block',
    attrs: { limit },
    frameworks: ['LLM10:2025'],
  };
}

/** Address blocks of scope `all` (set by an operator) refuse the request before anything else. */
export function checkAddressBlock(context: GatewayContext, exchange: Exchange): void {
  // Asked as if authenticated: only blocks of scope `all` apply this early.
  const block = context.controls.findAddressBlock(exchange.clientIp, true);
  if (block) refuseBlocked(context, exchange, block.id);
}

/**
 * A request that failed authentication from an address blocked for unauthenticated requests is
 * refused as blocked (403), not told whether its credential was wrong.
 */
export function refuseBlockedUnauthenticated(context: GatewayContext, exchange: Exchange): void {
  const block = context.controls.findAddressBlock(exchange.clientIp, false);
  if (block) refuseBlocked(context, exchange, block.id);
}

function refuseBlocked(context: GatewayContext, exchange: Exchange, blockId: string): never {
  exchange.attrs.block_id = blockId;
  exchange.limitHit = 'block.ip';
  recordRefusal(context, exchange, `block\u0000${blockId}`, {
    ...refusalEvent(exchange, 'block.ip'),
    attrs: { limit: 'block.ip', block_id: blockId },
  });
  throw new RampartError('RAMPART_BLOCKED', 'this client address is blocked');
}

/**
 * An address that spent its budget of failed authentications: a request without credentials is
 * refused here, before authentication; one with credentials is authenticated (cheap: a hash and a
 * lookup), and refused with the same 429 only if they fail. Principals that authenticate from a
 * shared NAT or proxy address are not punished for someone else's guesses there.
 */
export function limitUnauthenticated(context: GatewayContext, exchange: Exchange): void {
  // The local count, or the fleet's when another instance saw this address spend the budget.
  const waitMs = Math.max(
    context.runtime.unauthenticatedFailures.waitFor(exchange.clientIp),
    context.state?.addressWaitMs(exchange.clientIp) ?? 0,
  );
  if (waitMs === 0) return;
  exchange.unauthenticatedWaitMs = waitMs;
  if (!exchange.request.headers.authorization) refuseOverBudget(context, exchange);
}

/** The 429 for a failed or missing credential from an address over its failure budget. */
export function refuseOverBudget(context: GatewayContext, exchange: Exchange): never {
  const limit = 'unauthenticated.failuresPerMinute';
  recordRefusal(context, exchange, limit, refusalEvent(exchange, limit));
  throw new RampartError(
    'RAMPART_LIMIT_UNAUTHENTICATED',
    'too many failed authentications from this address',
    {
      details: {
        limit,
        retryAfterSeconds: Math.max(1, Math.ceil((exchange.unauthenticatedWaitMs ?? 1000) / 1000)),
      },
    },
  );
}
