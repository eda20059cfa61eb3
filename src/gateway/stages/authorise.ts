import { createEvent, RampartError, verifyRequest } from '../../core/index.ts';
import { refuseUnattested } from '../attestation.ts';
import type { GatewayContext } from '../context.ts';
import type { Exchange } from '../exchange.ts';

function deny(exchange: Exchange, reason: string): never {
  exchange.events.push(
    createEvent({
      source: 'gateway',
      kind: 'authz.denied',
      severity: 'low',
      principal: exchange.principal?.name,
      route: exchange.route.id,
      model: exchange.model,
      client_ip: exchange.clientIp,
      decision: 'block',
      attrs: {
        reason,
        action: exchange.action,
        request_id: exchange.requestId,
        roles: exchange.principal?.roles ?? [],
      },
    }),
  );
  throw new RampartError('RAMPART_AUTHZ_DENIED', `not allowed: ${reason}`);
}

/** Principal blocks set by operators or SOC responses apply as soon as the principal is known. */
export function checkPrincipalBlock(context: GatewayContext, exchange: Exchange): void {
  const block = context.controls.findPrincipalBlock(exchange.principal!.name);
  if (!block) return;
  exchange.attrs.block_id = block.id;
  exchange.limitHit = 'block.principal';
  throw new RampartError('RAMPART_BLOCKED', `this principal is blocked until ${block.expiresAt}`);
}

/** Route-level check before the body is read: the principal needs some grant on this route. */
export function authoriseRoute(context: GatewayContext, exchange: Exchange): void {
  const decision = context.runtime.authoriser.decide(
    exchange.principal!,
    exchange.route.id,
    undefined,
    undefined,
  );
  if (!decision.allowed) deny(exchange, `no role grants route "${exchange.route.id}"`);
}

/** Full check once the model is known: route × model × action, default deny. */
export function authoriseModel(context: GatewayContext, exchange: Exchange): void {
  const decision = context.runtime.authoriser.decide(
    exchange.principal!,
    exchange.route.id,
    exchange.model,
    exchange.action,
  );
  if (!decision.allowed) {
    deny(
      exchange,
      `no role grants ${exchange.action} on model "${exchange.model ?? ''}" via route "${exchange.route.id}"`,
    );
  }
  exchange.attrs['authz.role'] = decision.role;
}

/** Attested routing: a route with `attest` serves only while its model passed every check. */
export function checkAttestation(context: GatewayContext, exchange: Exchange): void {
  if (!exchange.route.config.attest) return;
  const result = context.attestations.get(exchange.route.id);
  if (!result?.passed) refuseUnattested(exchange, result);
}

/** Routes with `sign.clientKeys`: the request must carry a fresh RFC 9421 signature by one of them. */
export function checkRequestSignature(context: GatewayContext, exchange: Exchange): void {
  const keys = context.runtime.clientKeys.get(exchange.route.id);
  if (!keys) return;
  const { request } = exchange;
  const verified = verifyRequest(
    {
      method: request.method ?? 'POST',
      path: request.url ?? '/',
      headers: request.headers,
      body: exchange.body ?? '',
    },
    keys,
    exchange.route.config.sign.maxRequestAgeSeconds,
  );
  exchange.attrs['request_signature.keyid'] = verified.keyId;
}
