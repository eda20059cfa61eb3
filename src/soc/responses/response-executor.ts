import {
  type Alert,
  RampartError,
  type ResponseAction,
  type ResponseRecord,
  type SecurityEvent,
  toRampartError,
  uuidv7,
} from '../../core/index.ts';
import { parseDuration } from '../rules/duration.ts';
import { compileFieldPath } from '../rules/field-path.ts';
import type { ResponseSpec } from '../rules/rule-schema.ts';
import { type DatasetLocation, revokeDatasetApprovals } from './dataset-approval.ts';
import type { GatewayAdminClient } from './gateway-admin-client.ts';
import { deliverWebhook } from './webhook.ts';

/** A response asked for by a person (console / API) rather than by a rule. */
export type ResponseRequest =
  | { action: 'revoke_key'; key?: string }
  | {
      action: 'block';
      target: 'principal' | 'ip';
      value?: string;
      ttl?: string | number;
      /** ip blocks: every request (`all`, the default for people) or only unauthenticated ones. */
      scope?: 'all' | 'unauthenticated';
    }
  | { action: 'tighten_limit'; principal?: string; requestsPerMinute: number; ttl?: string | number }
  | { action: 'degrade'; principal?: string; ttl?: string | number }
  | { action: 'revoke_approval'; by?: string };

export interface ResponseContext {
  alert: Alert;
  /** The event that completed the detection (automatic responses only). */
  trigger?: SecurityEvent;
  requestedBy: string;
}

export interface ResponseDependencies {
  gateway?: GatewayAdminClient;
  /** Where approved datasets live and their provenance logs (revoke_approval). */
  datasets?: readonly DatasetLocation[];
}

const defaultTtl = '15m';

/** The key id or public prefix an alert's trigger carried: attrs.key_id, attrs.credential_id, then attrs.key_prefix. */
export function keyOf(event: SecurityEvent | undefined, field?: string): string | undefined {
  if (!event) return undefined;
  const fields = field ? [field] : ['attrs.key_id', 'attrs.credential_id', 'attrs.key_prefix'];
  for (const name of fields) {
    const value = compileFieldPath(name)?.(event);
    if (typeof value === 'string' && value !== '') return value;
  }
  return undefined;
}

function requireGateway(dependencies: ResponseDependencies): GatewayAdminClient {
  if (!dependencies.gateway) {
    throw new RampartError(
      'RAMPART_SOC_RESPONSE_FAILED',
      'no gateway admin API is configured (soc.gateway.adminUrl and adminToken)',
    );
  }
  return dependencies.gateway;
}

function requireTarget(value: string | undefined, what: string): string {
  if (!value) throw new RampartError('RAMPART_SOC_RESPONSE_FAILED', `the alert has no ${what} to act on`);
  return value;
}

/** Turn a rule's response spec into the same request shape people send. */
export function requestFromSpec(spec: ResponseSpec): ResponseRequest | undefined {
  switch (spec.type) {
    case 'revoke_key':
      return { action: 'revoke_key' };
    case 'block':
      return { action: 'block', target: spec.target, ttl: spec.ttl, scope: spec.scope };
    case 'tighten_limit':
      return { action: 'tighten_limit', requestsPerMinute: spec.requests_per_minute, ttl: spec.ttl };
    case 'degrade':
      return { action: 'degrade', ttl: spec.ttl };
    case 'revoke_approval':
      return { action: 'revoke_approval', by: spec.by };
    case 'webhook':
      return undefined;
  }
}

/**
 * Carry out one response through the gateway admin API (or a webhook) and describe the outcome.
 * Never throws for an action that fails: the failure is recorded on the alert instead.
 */
export async function executeResponse(
  request: ResponseRequest | Extract<ResponseSpec, { type: 'webhook' }>,
  context: ResponseContext,
  dependencies: ResponseDependencies,
  keyField?: string,
): Promise<ResponseRecord> {
  const action: ResponseAction = 'type' in request ? 'webhook' : request.action;
  const record: ResponseRecord = {
    id: uuidv7(),
    action,
    requestedBy: context.requestedBy,
    status: 'executed',
    executedAt: new Date().toISOString(),
    reversible: action === 'block' || action === 'tighten_limit' || action === 'degrade',
  };
  const { alert } = context;
  const reason = `rampart alert ${alert.id}: ${alert.ruleTitle}`;
  try {
    if ('type' in request) {
      record.target = new URL(request.url).host;
      await deliverWebhook({
        url: request.url,
        secret: request.secret,
        event: 'alert.raised',
        deliveryId: record.id,
        payload: { type: 'alert.raised', alert },
        ...(request.timeout === undefined
          ? {}
          : { timeoutMs: parseDuration(request.timeout, 'webhook timeout') }),
      });
    } else if (request.action === 'revoke_key') {
      const key = requireTarget(request.key ?? keyOf(context.trigger, keyField) ?? alert.keyId, 'API key id');
      record.target = key;
      await requireGateway(dependencies).revokeKey(key);
    } else if (request.action === 'block') {
      const value = requireTarget(
        request.value ?? (request.target === 'principal' ? alert.principal : alert.clientIp),
        request.target === 'principal' ? 'principal' : 'client address',
      );
      const scope = request.target === 'ip' ? (request.scope ?? 'all') : 'all';
      record.target = `${request.target}:${value}${scope === 'unauthenticated' ? ' (unauthenticated)' : ''}`;
      const ttlSeconds = Math.ceil(parseDuration(request.ttl ?? defaultTtl, 'ttl') / 1000);
      const grant = await requireGateway(dependencies).block(
        request.target,
        value,
        ttlSeconds,
        reason,
        scope,
      );
      record.gatewayId = grant.id;
      if (grant.expiresAt) record.expiresAt = grant.expiresAt;
    } else if (request.action === 'revoke_approval') {
      const outcome = revokeDatasetApprovals(
        dependencies.datasets ?? [],
        alert,
        context.trigger,
        request.by ?? (context.requestedBy === 'automatic' ? 'rampart-soc' : context.requestedBy),
      );
      record.target = outcome.target;
    } else if (request.action === 'degrade') {
      const principal = requireTarget(request.principal ?? alert.principal, 'principal');
      record.target = `principal:${principal}`;
      const ttlSeconds = Math.ceil(parseDuration(request.ttl ?? defaultTtl, 'ttl') / 1000);
      const grant = await requireGateway(dependencies).degrade(principal, ttlSeconds, reason);
      record.gatewayId = grant.id;
      if (grant.expiresAt) record.expiresAt = grant.expiresAt;
    } else {
      const principal = requireTarget(request.principal ?? alert.principal, 'principal');
      record.target = `principal:${principal}`;
      const ttlSeconds = Math.ceil(parseDuration(request.ttl ?? defaultTtl, 'ttl') / 1000);
      const grant = await requireGateway(dependencies).overrideLimit(
        principal,
        request.requestsPerMinute,
        ttlSeconds,
        reason,
      );
      record.gatewayId = grant.id;
      if (grant.expiresAt) record.expiresAt = grant.expiresAt;
    }
  } catch (error) {
    record.status = 'failed';
    record.reversible = false;
    record.error = toRampartError(error, 'RAMPART_SOC_RESPONSE_FAILED').message;
  }
  return record;
}

/** Undo a block or a limit override. A revoked key cannot be un-revoked: issue a new key instead. */
export async function revertResponse(
  record: ResponseRecord,
  dependencies: ResponseDependencies,
): Promise<void> {
  if (record.status !== 'executed' || !record.reversible || !record.gatewayId) {
    throw new RampartError(
      'RAMPART_SOC_RESPONSE_NOT_REVERSIBLE',
      record.action === 'revoke_key'
        ? 'a revoked API key cannot be un-revoked: create a new key for the principal'
        : `response ${record.id} (${record.action}, ${record.status}) cannot be reverted`,
    );
  }
  const gateway = requireGateway(dependencies);
  if (record.action === 'block') await gateway.unblock(record.gatewayId);
  else if (record.action === 'degrade') await gateway.removeDegrade(record.gatewayId);
  else await gateway.removeLimitOverride(record.gatewayId);
}
