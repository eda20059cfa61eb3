import type { Severity } from '../../core/index.ts';

export const alertStatuses = ['new', 'acknowledged', 'resolved'] as const;
export type AlertStatus = (typeof alertStatuses)[number];

export interface AlertNote {
  time: string;
  author: string;
  text: string;
}

export type ResponseAction = 'webhook' | 'revoke_key' | 'block' | 'tighten_limit';

/** One response carried out (or attempted) for an alert. */
export interface ResponseRecord {
  id: string;
  action: ResponseAction;
  /** 'automatic' (from the rule) or the actor who asked for it. */
  requestedBy: string;
  status: 'executed' | 'failed' | 'reverted';
  /** What it acted on: a key id/prefix, a principal, an address, a webhook host. */
  target?: string;
  /** The gateway's id for the block or limit override (needed to revert it). */
  gatewayId?: string;
  expiresAt?: string;
  executedAt: string;
  revertedAt?: string;
  /** Why it failed (never a secret or a response body). */
  error?: string;
  /** Blocks and limit overrides can be reverted; a revoked key and a sent webhook cannot. */
  reversible: boolean;
}

/** A deduplicated alert: repeat detections with the same rule and group key fold into it. */
export interface Alert {
  id: string;
  ruleId: string;
  ruleTitle: string;
  severity: Severity;
  frameworks: string[];
  status: AlertStatus;
  dedupKey: string;
  group: Record<string, string>;
  principal?: string;
  clientIp?: string;
  model?: string;
  /** API key id or public prefix seen on the triggering event (what a revoke acts on). */
  keyId?: string;
  /** How many detections folded into this alert, and a sample of the events behind them. */
  detections: number;
  eventIds: string[];
  firstSeen: string;
  lastSeen: string;
  createdAt: string;
  updatedAt: string;
  assignee?: string;
  notes: AlertNote[];
  responses: ResponseRecord[];
}

export interface AlertQuery {
  status?: AlertStatus | AlertStatus[];
  ruleId?: string;
  limit?: number;
  /** Opaque cursor from a previous page. */
  cursor?: string;
}

export interface AlertPage {
  alerts: Alert[];
  nextCursor?: string;
}

/** Where alerts live: beside the events, in the same database. */
export interface AlertRepository {
  insert(alert: Alert): Promise<void>;
  update(alert: Alert): Promise<void>;
  get(id: string): Promise<Alert | undefined>;
  /** The most recent alert with this dedup key that is not resolved. */
  findOpen(dedupKey: string): Promise<Alert | undefined>;
  list(query?: AlertQuery): Promise<AlertPage>;
  /** Alert counts by status (for the console's badges). */
  countByStatus(): Promise<Record<AlertStatus, number>>;
}
