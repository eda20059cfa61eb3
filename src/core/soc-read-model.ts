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

export type ResponseAction =
  | 'webhook'
  | 'revoke_key'
  | 'block'
  | 'tighten_limit'
  | 'degrade'
  | 'revoke_approval';

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

/**
 * What a status rests on. observed: the feature's own events in the period; configured: the
 * configuration given to the report turns it on; not-configured: that configuration turns it off;
 * no-evidence: no own events and nothing configured to say otherwise; unknown: the feature is set in
 * a configuration the report was not given (for example no gateway config).
 */
export type EvidenceBasis = 'observed' | 'configured' | 'not-configured' | 'no-evidence' | 'unknown';

/** One Rampart feature under a control: what its state rests on, and its own events in the period. */
export interface FeatureEvidence {
  id: string;
  name: string;
  basis: EvidenceBasis;
  /** The basis in words: "3 events of guard.detection (direction=output) since ...", "gateway config: ...". */
  detail: string;
  /** Own evidence in the period: event selector (kind, and attributes when narrowed) -> count. */
  events: Record<string, number>;
  latest?: { kind: string; time: string; summary: string };
}

/**
 * covered: a mapped feature or rule has its own events in the period; enabled: configured, no events;
 * available: Rampart has a feature but it is off or has no evidence; unknown: its state is in a
 * configuration the report was not given; not-covered: no Rampart feature addresses the control.
 */
export type ControlStatus = 'covered' | 'enabled' | 'available' | 'unknown' | 'not-covered';

export interface ControlReport {
  id: string;
  title: string;
  status: ControlStatus;
  basis: EvidenceBasis;
  /** Why: the features (and rules) the status rests on. */
  detail: string;
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
  summary: {
    controls: number;
    covered: number;
    enabled: number;
    available: number;
    unknown: number;
    notCovered: number;
  };
  /** Which configurations the report was given: without the gateway's, gateway features are unknown. */
  configuration: { gateway: boolean; soc: boolean };
  controls: ControlReport[];
  note: string;
}
