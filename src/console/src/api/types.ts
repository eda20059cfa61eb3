import type {
  Alert,
  AlertStatus,
  ControlReport,
  Decision,
  ResponseRecord,
  SecurityEvent,
  Severity,
} from '../../../core/index.ts';

// The SOC's read model is shared with the SOC through core (type-only: nothing of core is bundled).
export type {
  Alert,
  AlertNote,
  AlertStatus,
  ComplianceReport,
  Decision,
  FeatureEvidence,
  ResponseRecord,
  RuleStatus,
  SecurityEvent,
  Severity,
} from '../../../core/index.ts';

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

export interface AlertPage {
  alerts: Alert[];
  nextCursor?: string;
  counts: Record<AlertStatus, number>;
}

export interface RespondAnswer {
  alert: Alert;
  response: ResponseRecord;
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

/** GET /api/compliance: per control, the features that cover it and the evidence. */
export type ComplianceControl = ControlReport;
