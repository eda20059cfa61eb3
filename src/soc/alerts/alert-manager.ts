import {
  type Alert,
  type AlertStatus,
  createEvent,
  RampartError,
  type ResponseRecord,
  type SecurityEvent,
  type Severity,
  uuidv7,
} from '../../core/index.ts';
import type { DatasetLocation } from '../responses/dataset-approval.ts';
import type { GatewayAdminClient } from '../responses/gateway-admin-client.ts';
import {
  executeResponse,
  keyOf,
  type ResponseDependencies,
  type ResponseRequest,
  requestFromSpec,
  revertResponse,
} from '../responses/response-executor.ts';
import type { Detection } from '../rules/rules-engine.ts';
import type { AlertPage, AlertQuery, AlertRepository } from './alert.ts';

export interface AlertManagerOptions {
  repository: AlertRepository;
  /** Where alert.raised / alert.updated / response.executed events go (the SOC's store and stream). */
  emit: (events: SecurityEvent[]) => void | Promise<void>;
  gateway?: GatewayAdminClient;
  /** Approved datasets' locations and provenance logs (the revoke_approval response). */
  datasets?: readonly DatasetLocation[];
  /** Run rules' automated responses (default true). */
  automaticResponses?: boolean;
  /**
   * Find the API key behind a triggering event that does not carry one itself (a guard.detection
   * carries the request id; the request's inference.request event carries the credential id).
   */
  resolveKey?: (trigger: SecurityEvent) => Promise<string | undefined>;
}

export interface HandleResult {
  alert: Alert;
  created: boolean;
}

const maxEventIds = 50;
const maxNotes = 200;

/**
 * Turns detections into deduplicated alerts, runs each rule's automated responses when an alert
 * is raised, and carries out people's actions (acknowledge, resolve, assign, note, respond,
 * revert). Every change is recorded as an event. Work is serialised so two detections with the
 * same key never raise two alerts.
 */
export class AlertManager {
  private queue: Promise<unknown> = Promise.resolve();
  private readonly repository: AlertRepository;

  constructor(private readonly options: AlertManagerOptions) {
    this.repository = options.repository;
  }

  /** Fold a detection into its open alert, or raise a new one (and run its automated responses). */
  handle(detection: Detection): Promise<HandleResult> {
    return this.serialise(() => this.handleNow(detection));
  }

  /** Resolves once every detection handed in so far has been processed (tests, shutdown). */
  async idle(): Promise<void> {
    let current: Promise<unknown>;
    do {
      current = this.queue;
      await current.catch(() => undefined);
    } while (current !== this.queue);
  }

  get(id: string): Promise<Alert | undefined> {
    return this.repository.get(id);
  }

  list(query?: AlertQuery): Promise<AlertPage> {
    return this.repository.list(query);
  }

  countByStatus(): Promise<Record<AlertStatus, number>> {
    return this.repository.countByStatus();
  }

  acknowledge(id: string, actor: string): Promise<Alert> {
    return this.change(id, actor, 'acknowledged', (alert) => {
      if (alert.status !== 'new') throw transition(alert, 'acknowledged');
      alert.status = 'acknowledged';
    });
  }

  resolve(id: string, actor: string): Promise<Alert> {
    return this.change(id, actor, 'resolved', (alert) => {
      if (alert.status === 'resolved') throw transition(alert, 'resolved');
      alert.status = 'resolved';
    });
  }

  assign(id: string, assignee: string, actor: string): Promise<Alert> {
    return this.change(id, actor, 'assigned', (alert) => {
      alert.assignee = assignee;
    });
  }

  addNote(id: string, text: string, actor: string): Promise<Alert> {
    return this.change(id, actor, 'noted', (alert) => {
      if (alert.notes.length >= maxNotes) {
        throw new RampartError('RAMPART_SOC_ALERT_INVALID', `an alert holds at most ${maxNotes} notes`);
      }
      alert.notes.push({ time: new Date().toISOString(), author: actor, text });
    });
  }

  /** Carry out a response someone asked for; the outcome (executed or failed) is returned and recorded. */
  respond(
    id: string,
    request: ResponseRequest,
    actor: string,
  ): Promise<{ alert: Alert; response: ResponseRecord }> {
    return this.serialise(async () => {
      const alert = await this.load(id);
      const response = await executeResponse(request, { alert, requestedBy: actor }, this.dependencies());
      alert.responses.push(response);
      alert.updatedAt = new Date().toISOString();
      await this.repository.update(alert);
      await this.options.emit([responseEvent(alert, response)]);
      return { alert, response };
    });
  }

  /** Undo a block or limit override. Revoked keys and sent webhooks cannot be undone. */
  revert(id: string, responseId: string, actor: string): Promise<{ alert: Alert; response: ResponseRecord }> {
    return this.serialise(async () => {
      const alert = await this.load(id);
      const response = alert.responses.find((item) => item.id === responseId);
      if (!response) throw new RampartError('RAMPART_NOT_FOUND', `alert ${id} has no response ${responseId}`);
      await revertResponse(response, this.dependencies());
      response.status = 'reverted';
      response.revertedAt = new Date().toISOString();
      alert.updatedAt = response.revertedAt;
      await this.repository.update(alert);
      await this.options.emit([responseEvent(alert, response, 'response.reverted', actor)]);
      return { alert, response };
    });
  }

  private dependencies(): ResponseDependencies {
    return {
      ...(this.options.gateway ? { gateway: this.options.gateway } : {}),
      ...(this.options.datasets ? { datasets: this.options.datasets } : {}),
    };
  }

  private serialise<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }

  private async load(id: string): Promise<Alert> {
    const alert = await this.repository.get(id);
    if (!alert) throw new RampartError('RAMPART_NOT_FOUND', `no alert ${id}`);
    return alert;
  }

  private change(id: string, actor: string, what: string, apply: (alert: Alert) => void): Promise<Alert> {
    return this.serialise(async () => {
      const alert = await this.load(id);
      apply(alert);
      alert.updatedAt = new Date().toISOString();
      await this.repository.update(alert);
      await this.options.emit([
        createEvent({
          source: 'soc',
          kind: 'alert.updated',
          severity: 'info',
          ...(alert.principal ? { principal: alert.principal } : {}),
          attrs: { alert_id: alert.id, rule_id: alert.ruleId, change: what, status: alert.status, actor },
        }),
      ]);
      return alert;
    });
  }

  private async handleNow(detection: Detection): Promise<HandleResult> {
    const existing = await this.repository.findOpen(detection.dedupKey);
    const detectedAt = Date.parse(detection.time);
    if (existing && detectedAt - Date.parse(existing.lastSeen) <= detection.dedupWindowMs) {
      existing.detections++;
      if (detection.time > existing.lastSeen) existing.lastSeen = detection.time;
      existing.eventIds = [
        ...existing.eventIds,
        ...detection.eventIds.filter((eventId) => !existing.eventIds.includes(eventId)),
      ].slice(-maxEventIds);
      existing.updatedAt = new Date().toISOString();
      await this.repository.update(existing);
      return { alert: existing, created: false };
    }
    const now = new Date().toISOString();
    const trigger = detection.trigger;
    const alert: Alert = {
      id: uuidv7(),
      ruleId: detection.ruleId,
      ruleTitle: detection.ruleTitle,
      severity: detection.severity,
      frameworks: detection.frameworks,
      status: 'new',
      dedupKey: detection.dedupKey,
      group: detection.group,
      detections: 1,
      eventIds: detection.eventIds.slice(-maxEventIds),
      firstSeen: detection.time,
      lastSeen: detection.time,
      createdAt: now,
      updatedAt: now,
      notes: [],
      responses: [],
    };
    if (trigger.principal) alert.principal = trigger.principal;
    if (trigger.client_ip) alert.clientIp = trigger.client_ip;
    if (trigger.model) alert.model = trigger.model;
    const key = keyOf(trigger) ?? (await this.options.resolveKey?.(trigger).catch(() => undefined));
    if (key) alert.keyId = key;
    await this.repository.insert(alert);
    await this.options.emit([raisedEvent(alert, detection)]);
    if (this.options.automaticResponses !== false && detection.responses.length > 0) {
      for (const spec of detection.responses) {
        const request = spec.type === 'webhook' ? spec : requestFromSpec(spec)!;
        const keyField = spec.type === 'revoke_key' ? spec.key_field : undefined;
        const response = await executeResponse(
          request,
          { alert, trigger, requestedBy: 'automatic' },
          this.dependencies(),
          keyField,
        );
        alert.responses.push(response);
        await this.options.emit([responseEvent(alert, response)]);
      }
      alert.updatedAt = new Date().toISOString();
      await this.repository.update(alert);
    }
    return { alert, created: true };
  }
}

function transition(alert: Alert, to: AlertStatus): RampartError {
  return new RampartError(
    'RAMPART_SOC_ALERT_TRANSITION',
    `alert ${alert.id} is ${alert.status}; it cannot become ${to}`,
  );
}

function raisedEvent(alert: Alert, detection: Detection): SecurityEvent {
  return createEvent({
    source: 'soc',
    kind: 'alert.raised',
    severity: alert.severity,
    ...(alert.principal ? { principal: alert.principal } : {}),
    ...(alert.model ? { model: alert.model } : {}),
    ...(alert.clientIp ? { client_ip: alert.clientIp } : {}),
    attrs: {
      alert_id: alert.id,
      rule_id: alert.ruleId,
      rule_title: alert.ruleTitle,
      group: alert.group,
      count: detection.count,
      event_ids: detection.eventIds,
      trigger_event_id: detection.trigger.id,
      ...detection.facts,
    },
    frameworks: alert.frameworks,
  });
}

function responseEvent(
  alert: Alert,
  response: ResponseRecord,
  kind = 'response.executed',
  actor?: string,
): SecurityEvent {
  const severity: Severity = response.status === 'failed' ? 'medium' : 'info';
  const attrs: Record<string, unknown> = {
    alert_id: alert.id,
    rule_id: alert.ruleId,
    response_id: response.id,
    action: response.action,
    status: response.status,
    requested_by: actor ?? response.requestedBy,
    reversible: response.reversible,
  };
  if (response.target !== undefined) attrs.target = response.target;
  if (response.gatewayId !== undefined) attrs.gateway_id = response.gatewayId;
  if (response.expiresAt !== undefined) attrs.expires_at = response.expiresAt;
  if (response.error !== undefined) attrs.error = response.error;
  return createEvent({
    source: 'soc',
    kind,
    severity,
    ...(alert.principal ? { principal: alert.principal } : {}),
    ...(alert.clientIp ? { client_ip: alert.clientIp } : {}),
    decision: response.action === 'webhook' ? 'allow' : 'block',
    attrs,
    frameworks: alert.frameworks,
  });
}
