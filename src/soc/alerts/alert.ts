import type { Alert, AlertStatus } from '../../core/index.ts';

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
