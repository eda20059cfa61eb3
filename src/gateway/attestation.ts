import { createEvent, RampartError, type SecurityEvent } from '../core/index.ts';
import type { Exchange } from './exchange.ts';

/** The outcome of one attestation check (signature, scan, ...) for a route's model. */
export interface AttestationCheckResult {
  type: string;
  passed: boolean;
  /** What was found: the signer, the scan verdict, or why the check failed. */
  detail: string;
}

/** A route's attestation, computed outside the gateway (the CLI runs the model checks) and passed in. */
export interface RouteAttestation {
  passed: boolean;
  checks: AttestationCheckResult[];
  checkedAt: string;
}

/** One `model.attestation.result` event per attested route, written when the gateway starts or reloads. */
export function attestationEvent(
  routeId: string,
  model: string | undefined,
  result: RouteAttestation,
): SecurityEvent {
  return createEvent({
    source: 'gateway',
    kind: 'model.attestation.result',
    severity: result.passed ? 'info' : 'high',
    route: routeId,
    model,
    decision: result.passed ? 'allow' : 'block',
    attrs: { passed: result.passed, checks: result.checks, checked_at: result.checkedAt },
    frameworks: ['LLM03:2025', 'AML.T0010'],
  });
}

/**
 * Refuse a request to a route whose model is not attested: a failed check, or checks that were
 * never run (fail closed). The refusal is an event the SOC alerts on.
 */
export function refuseUnattested(exchange: Exchange, result: RouteAttestation | undefined): void {
  const failed = result
    ? result.checks.filter((check) => !check.passed).map((check) => check.type)
    : ['not-checked'];
  exchange.events.push(
    createEvent({
      source: 'gateway',
      kind: 'model.attestation.refused',
      severity: 'high',
      principal: exchange.principal?.name,
      route: exchange.route.id,
      model: exchange.route.config.models[0],
      client_ip: exchange.clientIp,
      decision: 'block',
      attrs: { request_id: exchange.requestId, failed },
      frameworks: ['LLM03:2025', 'AML.T0010'],
    }),
  );
  throw new RampartError(
    'RAMPART_MODEL_NOT_ATTESTED',
    `the model behind this route is not attested (failed: ${failed.join(', ')})`,
  );
}
