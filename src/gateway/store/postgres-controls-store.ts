import type pg from 'pg';
import { postgresError } from '../../core/postgres/index.ts';
import type {
  Block,
  ControlsChange,
  ControlsSnapshot,
  ControlsStore,
  Degrade,
  SavedOverride,
} from '../controls.ts';
import { PostgresChangeFeed } from './postgres-change-feed.ts';

interface ControlRow {
  kind: 'block' | 'override' | 'degrade';
  doc: string;
}

/**
 * Blocks, limit overrides and degrades in PostgreSQL, shared by every gateway: one row each (the record as
 * JSON), written in a transaction that bumps the controls version, so the other gateways reload
 * them within 1 s. Expired rows are skipped on load and deleted on the next change.
 */
export class PostgresControlsStore implements ControlsStore {
  constructor(
    private readonly pool: pg.Pool,
    private readonly schema: string,
    private readonly channel: string,
  ) {}

  async load(): Promise<ControlsSnapshot> {
    let rows: ControlRow[];
    try {
      rows = (
        await this.pool.query<ControlRow>(
          `SELECT kind, doc FROM ${this.schema}.controls WHERE expires_at > now() ORDER BY id`,
        )
      ).rows;
    } catch (error) {
      throw postgresError('cannot read the blocks and overrides', error);
    }
    const snapshot: ControlsSnapshot = { blocks: [], overrides: [], degrades: [] };
    for (const row of rows) {
      if (row.kind === 'block') snapshot.blocks.push(JSON.parse(row.doc) as Block);
      else if (row.kind === 'degrade') snapshot.degrades.push(JSON.parse(row.doc) as Degrade);
      else snapshot.overrides.push(JSON.parse(row.doc) as SavedOverride);
    }
    return snapshot;
  }

  async apply(change: ControlsChange): Promise<void> {
    let client: pg.PoolClient;
    try {
      client = await this.pool.connect();
    } catch (error) {
      throw postgresError('cannot save the change', error);
    }
    const table = `${this.schema}.controls`;
    try {
      await client.query('BEGIN');
      await client.query(`DELETE FROM ${table} WHERE expires_at <= now()`);
      switch (change.type) {
        case 'add-block':
          await client.query(
            `INSERT INTO ${table} (id, kind, principal, doc, expires_at) VALUES ($1, 'block', NULL, $2, $3)`,
            [change.block.id, JSON.stringify(change.block), change.block.expiresAt],
          );
          break;
        case 'add-override':
          await client.query(`DELETE FROM ${table} WHERE kind = 'override' AND principal = $1`, [
            change.override.principal,
          ]);
          await client.query(
            `INSERT INTO ${table} (id, kind, principal, doc, expires_at) VALUES ($1, 'override', $2, $3, $4)`,
            [
              change.override.id,
              change.override.principal,
              JSON.stringify(change.override),
              change.override.expiresAt,
            ],
          );
          break;
        case 'add-degrade':
          await client.query(`DELETE FROM ${table} WHERE kind = 'degrade' AND principal = $1`, [
            change.degrade.principal,
          ]);
          await client.query(
            `INSERT INTO ${table} (id, kind, principal, doc, expires_at) VALUES ($1, 'degrade', $2, $3, $4)`,
            [
              change.degrade.id,
              change.degrade.principal,
              JSON.stringify(change.degrade),
              change.degrade.expiresAt,
            ],
          );
          break;
        case 'remove-block':
        case 'remove-override':
        case 'remove-degrade':
          await client.query(`DELETE FROM ${table} WHERE id = $1`, [change.id]);
          break;
      }
      await PostgresChangeFeed.announce(client, this.schema, this.channel, 'controls');
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw postgresError('cannot save the change', error);
    } finally {
      client.release();
    }
  }
}
