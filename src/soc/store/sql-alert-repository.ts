import type { Alert, AlertStatus } from '../../core/index.ts';
import type { AlertPage, AlertQuery, AlertRepository } from '../alerts/alert.ts';
import {
  alertFromDoc,
  alertStatusCounts,
  alertValues,
  encodeAlertCursor,
  normaliseAlertQuery,
} from './alert-codec.ts';

/** What the alert repository needs from a backend: run a statement, read rows, render placeholders. */
export interface SqlExecutor {
  rows<Row>(sql: string, params?: readonly unknown[]): Promise<Row[]>;
  run(sql: string, params?: readonly unknown[]): Promise<number>;
  /** '?' for SQLite, '$n' for PostgreSQL. */
  placeholder(position: number): string;
}

/** Alerts in an `alerts` table (doc column holds the JSON), shared by the SQLite and PostgreSQL stores. */
export class SqlAlertRepository implements AlertRepository {
  constructor(
    private readonly sql: SqlExecutor,
    private readonly table: string,
  ) {}

  private params(count: number, offset = 0): string[] {
    return Array.from({ length: count }, (_, index) => this.sql.placeholder(offset + index + 1));
  }

  async insert(alert: Alert): Promise<void> {
    await this.sql.run(
      `INSERT INTO ${this.table} (id, dedup_key, status, rule_id, severity_rank, last_seen, doc) VALUES (${this.params(7).join(', ')})`,
      alertValues(alert),
    );
  }

  async update(alert: Alert): Promise<void> {
    const [id, ...rest] = alertValues(alert);
    const [dedup, status, rule, rank, lastSeen, doc, where] = this.params(7);
    await this.sql.run(
      `UPDATE ${this.table} SET dedup_key = ${dedup}, status = ${status}, rule_id = ${rule}, severity_rank = ${rank}, last_seen = ${lastSeen}, doc = ${doc} WHERE id = ${where}`,
      [...rest, id],
    );
  }

  async get(id: string): Promise<Alert | undefined> {
    const rows = await this.sql.rows<{ doc: string }>(
      `SELECT doc FROM ${this.table} WHERE id = ${this.sql.placeholder(1)}`,
      [id],
    );
    return rows[0] ? alertFromDoc(rows[0].doc) : undefined;
  }

  async findOpen(dedupKey: string): Promise<Alert | undefined> {
    const rows = await this.sql.rows<{ doc: string }>(
      `SELECT doc FROM ${this.table} WHERE dedup_key = ${this.sql.placeholder(1)} AND status != 'resolved' ORDER BY id DESC LIMIT 1`,
      [dedupKey.replaceAll('\u0000', '\ufffd')],
    );
    return rows[0] ? alertFromDoc(rows[0].doc) : undefined;
  }

  async list(query: AlertQuery = {}): Promise<AlertPage> {
    const normalised = normaliseAlertQuery(query);
    const clauses: string[] = [];
    const params: unknown[] = [];
    const add = (value: unknown) => {
      params.push(value);
      return this.sql.placeholder(params.length);
    };
    if (normalised.statuses) {
      clauses.push(
        normalised.statuses.length ? `status IN (${normalised.statuses.map(add).join(', ')})` : '1 = 0',
      );
    }
    if (normalised.ruleId !== undefined) clauses.push(`rule_id = ${add(normalised.ruleId)}`);
    if (normalised.beforeId !== undefined) clauses.push(`id < ${add(normalised.beforeId)}`);
    const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
    const rows = await this.sql.rows<{ doc: string }>(
      `SELECT doc FROM ${this.table} ${where} ORDER BY id DESC LIMIT ${normalised.limit + 1}`,
      params,
    );
    const alerts = rows.slice(0, normalised.limit).map((row) => alertFromDoc(row.doc));
    const page: AlertPage = { alerts };
    if (rows.length > normalised.limit) page.nextCursor = encodeAlertCursor(alerts[alerts.length - 1]!.id);
    return page;
  }

  async countByStatus(): Promise<Record<AlertStatus, number>> {
    const counts = alertStatusCounts();
    const rows = await this.sql.rows<{ status: AlertStatus; n: number | string }>(
      `SELECT status, COUNT(*) AS n FROM ${this.table} GROUP BY status`,
    );
    for (const row of rows) counts[row.status] = Number(row.n);
    return counts;
  }
}
