import type { Decision, SecurityEvent, Severity } from '../../../core/index.ts';

export type { Decision, SecurityEvent, Severity };

export const severityList: readonly Severity[] = ['info', 'low', 'medium', 'high', 'critical'];
export const decisionList: readonly Decision[] = ['allow', 'flag', 'redact', 'block'];

export interface SessionInfo {
  authenticated: boolean;
  via: 'session' | 'admin';
  user: string;
  csrfToken?: string;
}

export interface LoginAnswer {
  csrfToken: string;
  user: string;
  expiresAt: string;
}

export interface EventPage {
  events: SecurityEvent[];
  nextCursor?: string;
  endCursor?: string;
}

export type AlertStatus = 'new' | 'acknowledged' | 'resolved';

export interface AlertNote {
  time: string;
  author: string;
  text: string;
}

export interface ResponseRecord {
  id: string;
  action: 'webhook' | 'revoke_key' | 'block' | 'tighten_limit';
  requestedBy: string;
  status: 'executed' | 'failed' | 'reverted';
  target?: string;
  gatewayId?: string;
  expiresAt?: string;
  executedAt: string;
  revertedAt?: string;
  error?: string;
  reversible: boolean;
}

export interface Alert {
  id: string;
  ruleId: string;
  ruleTitle: string;
  severity: Severity;
  frameworks: string[];
  status: AlertStatus;
  group: Record<string, string>;
  principal?: string;
  clientIp?: string;
  model?: string;
  keyId?: string;
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

export interface AlertPage {
  alerts: Alert[];
  nextCursor?: string;
  counts: Record<AlertStatus, number>;
}

export interface RespondAnswer {
  alert: Alert;
  response: ResponseRecord;
}

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
  groups?: number;
}

export interface StatsPoint {
  time: string;
  requests: number;
  blocks: number;
  detections: number;
  alerts: number;
}

export interface ValueCount {
  value: string;
  count: number;
}

export interface Stats {
  from: string;
  to: string;
  bucketMs: number;
  series: StatsPoint[];
  totals: { requests: number; blocks: number; detections: number; alerts: number; events: number };
  alerts: Record<AlertStatus, number>;
  topPrincipals: ValueCount[];
  topKinds: ValueCount[];
}

export interface PrincipalRow {
  principal: string;
  requests: number;
  blocks: number;
  detections: number;
  authFailures: number;
}

export interface ScanResults {
  model: SecurityEvent[];
  data: SecurityEvent[];
  redteam: SecurityEvent[];
}

/** GET /api/compliance (src/soc/compliance): per control, the features that cover it and the evidence. */
export interface FeatureEvidence {
  id: string;
  name: string;
  enabled: boolean;
  enabledBy: 'config' | 'observed';
  events: Record<string, number>;
  latest?: { kind: string; time: string; summary: string };
}

export interface ComplianceControl {
  id: string;
  title: string;
  status: 'covered' | 'enabled' | 'available' | 'not-covered' | string;
  features: FeatureEvidence[];
  rules: Array<{ id: string; title: string; enabled: boolean; fired: number; alerts: number }>;
}

export interface ComplianceReport {
  framework: string;
  title: string;
  generatedAt: string;
  from: string;
  to: string;
  summary: { controls: number; covered: number; enabled: number; available: number; notCovered: number };
  controls: ComplianceControl[];
  note?: string;
}
