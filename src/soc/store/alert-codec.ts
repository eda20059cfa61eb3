import { type Alert, type AlertStatus, alertStatuses, RampartError, severityRank } from '../../core/index.ts';
import type { AlertQuery } from '../alerts/alert.ts';

/** What both backends need to list alerts: statuses, rule, limit and the id to continue after. */
export interface NormalisedAlertQuery {
  statuses?: AlertStatus[];
  ruleId?: string;
  limit: number;
  beforeId?: string;
}

const cursorPrefix = 'a1.';

export function normaliseAlertQuery(query: AlertQuery = {}): NormalisedAlertQuery {
  const limit = query.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RampartError('RAMPART_STORE_QUERY_INVALID', 'limit must be a positive integer');
  }
  const normalised: NormalisedAlertQuery = { limit: Math.min(limit, 500) };
  if (query.status !== undefined) {
    const statuses = Array.isArray(query.status) ? query.status : [query.status];
    for (const status of statuses) {
      if (!alertStatuses.includes(status)) {
        throw new RampartError('RAMPART_STORE_QUERY_INVALID', `unknown alert status '${String(status)}'`);
      }
    }
    normalised.statuses = statuses;
  }
  if (query.ruleId !== undefined) normalised.ruleId = query.ruleId;
  if (query.cursor) {
    const id = query.cursor.startsWith(cursorPrefix)
      ? Buffer.from(query.cursor.slice(cursorPrefix.length), 'base64url').toString('utf8')
      : '';
    if (!/^[0-9a-f-]{36}$/.test(id)) {
      throw new RampartError('RAMPART_STORE_CURSOR_INVALID', 'the cursor is not one this store returned');
    }
    normalised.beforeId = id;
  }
  return normalised;
}

export function encodeAlertCursor(id: string): string {
  return cursorPrefix + Buffer.from(id, 'utf8').toString('base64url');
}

/** Column values for an alert row: id, dedup_key, status, rule_id, severity_rank, last_seen, doc. */
export function alertValues(alert: Alert): unknown[] {
  return [
    alert.id,
    alert.dedupKey.replaceAll('\u0000', '\ufffd'),
    alert.status,
    alert.ruleId,
    severityRank(alert.severity),
    alert.lastSeen,
    JSON.stringify(alert),
  ];
}

export function alertFromDoc(doc: string | Alert): Alert {
  return typeof doc === 'string' ? (JSON.parse(doc) as Alert) : doc;
}

export const alertStatusCounts = (): Record<AlertStatus, number> => ({
  new: 0,
  acknowledged: 0,
  resolved: 0,
});
