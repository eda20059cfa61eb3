import type { Severity } from './events.ts';

/*
 * The SOC's read model: the shapes its HTTP API returns (alerts, rule status, compliance report).
 * They live in core because two folders need them: soc builds them and the console shows them,
 * and the console may import only from core.
 */

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

/** A rule's state as the SOC reports it (GET /api/rules). */
export interface RuleStatus {
  id: string;
  title: string;
  description?: string;
  enabled: boolean;
  severity: Severity;
  frameworks: string[];
  correlation: string;
  responses: string[];
  matched: number;
  fired: number;
  lastFiredAt?: string;
  /** Groups currently held in correlation memory. */
  groups: number;
}

export const complianceFrameworks = ['owasp-llm', 'atlas', 'nist-ai-rmf', 'eu-ai-act'] as const;
export type ComplianceFramework = (typeof complianceFrameworks)[number];

/** One Rampart feature under a control: whether it is on, and the events that prove it ran. */
export interface FeatureEvidence {
  id: string;
  name: string;
  enabled: boolean;
  /** 'config' when the configuration says so, 'observed' when inferred from events in the range. */
  enabledBy: 'config' | 'observed';
  events: Record<string, number>;
  latest?: { kind: string; time: string; summary: string };
}

export interface ControlReport {
  id: string;
  title: string;
  status: 'covered' | 'enabled' | 'available' | 'not-covered';
  features: FeatureEvidence[];
  rules: Array<{ id: string; title: string; enabled: boolean; fired: number; alerts: number }>;
}

/** GET /api/compliance and `rampart soc report --format json`. */
export interface ComplianceReport {
  framework: ComplianceFramework;
  title: string;
  generatedAt: string;
  from: string;
  to: string;
  summary: { controls: number; covered: number; enabled: number; available: number; notCovered: number };
  controls: ControlReport[];
  note: string;
}
