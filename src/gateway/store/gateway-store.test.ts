import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { findTestPostgres } from '../../../test/support/event-store-backends.ts';
import { type GatewayStore, openGatewayStore } from './gateway-store.ts';

const url = await findTestPostgres();
const skipReason =
  'no PostgreSQL server answered at 127.0.0.1:5432; set RAMPART_TEST_POSTGRES_URL to run this test';
const schema = `rampart_gwstore_${process.pid}_${Date.now()}`;
const dataDir = mkdtempSync(join(tmpdir(), 'rampart-gateway-store-'));
const opened: GatewayStore[] = [];

afterAll(async () => {
  await Promise.all(opened.map((store) => store.close()));
  rmSync(dataDir, { recursive: true, force: true });
  if (!url) return;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  await client.end();
});

async function open(): Promise<GatewayStore> {
  const store = await openGatewayStore({
    dataDir,
    store: { postgres: { url: url!, schema, maxConnections: 3 } },
  });
  opened.push(store);
  return store;
}

/** Poll `condition` every 20 ms; the time it took, or a failure after `limitMs`. */
async function within(limitMs: number, condition: () => boolean): Promise<number> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > limitMs) throw new Error(`not within ${limitMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  return Date.now() - started;
}

describe('gateway store in PostgreSQL (two gateways, one database)', () => {
  it('two gateways opening a fresh schema together both start (migrations under a lock)', async (context) => {
    if (!url) return context.skip(skipReason);
    const [first, second] = await Promise.all([open(), open()]);
    expect(first.backend).toBe('postgres');
    expect(second.backend).toBe('postgres');
  });

  it('a key created on one gateway works on the other within 1 s; a revoke there stops it within 1 s', async (context) => {
    if (!url) return context.skip(skipReason);
    const [first, second] = [opened[0]!, opened[1]!];
    const created = await first.keys.create({ name: 'ci', principal: 'builder', roles: ['user'] });
    expect(first.keys.check(created.key).ok).toBe(true);
    await within(1_000, () => second.keys.check(created.key).ok);
    const check = second.keys.check(created.key);
    expect(check.ok && check.record.principal).toBe('builder');
    expect(second.keys.check(`${created.key.slice(0, -1)}x`)).toMatchObject({
      ok: false,
      reason: 'mismatch',
    });
    await first.keys.revoke(created.prefix);
    expect(first.keys.check(created.key)).toMatchObject({ ok: false, reason: 'revoked' });
    await within(1_000, () => !second.keys.check(created.key).ok);
    expect(second.keys.check(created.key)).toMatchObject({ ok: false, reason: 'revoked' });
    expect((await second.keys.list()).map((key) => key.id)).toContain(created.id);
  });

  it('keeps only the SHA-256 of a key secret at rest', async (context) => {
    if (!url) return context.skip(skipReason);
    const created = await opened[0]!.keys.create({ name: 'rest', principal: 'p', roles: [] });
    const secret = created.key.split('_')[2]!;
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(`SELECT * FROM "${schema}".api_keys WHERE id = $1`, [created.id]);
      const stored = JSON.stringify(rows[0], (_key, value) =>
        value?.type === 'Buffer' ? Buffer.from(value.data).toString('hex') : value,
      );
      expect(stored).not.toContain(secret);
      expect(Buffer.isBuffer(rows[0].secret_sha256) && rows[0].secret_sha256.length).toBe(32);
    } finally {
      await client.end();
    }
  });

  it('a block and an override set on one gateway apply on the other within 1 s, and their removal too', async (context) => {
    if (!url) return context.skip(skipReason);
    const [first, second] = [opened[0]!, opened[1]!];
    const block = first.controls.addBlock('principal', 'mallory', 600, 'prompt-injection burst');
    const override = first.controls.addOverride('bob', 5, 600, 'denial of wallet');
    await first.controls.flush();
    await within(1_000, () => second.controls.findPrincipalBlock('mallory') !== undefined);
    await within(1_000, () => second.controls.overrideFor('bob') !== undefined);
    expect(second.controls.findPrincipalBlock('mallory')?.id).toBe(block.id);
    expect(second.controls.overrideFor('bob')).toMatchObject({
      requestsPerMinute: 5,
      limiter: { points: 5 },
    });
    expect(first.controls.removeBlock(block.id)).toBe(true);
    expect(first.controls.removeOverride(override.id)).toBe(true);
    await first.controls.flush();
    await within(1_000, () => second.controls.findPrincipalBlock('mallory') === undefined);
    await within(1_000, () => second.controls.overrideFor('bob') === undefined);
  });

  it('a third gateway started later loads the current keys and blocks', async (context) => {
    if (!url) return context.skip(skipReason);
    const block = opened[0]!.controls.addBlock('ip', '203.0.113.5', 600, 'stuffing', {
      scope: 'unauthenticated',
    });
    await opened[0]!.controls.flush();
    const created = await opened[1]!.keys.create({ name: 'late', principal: 'late', roles: [] });
    const third = await open();
    expect(third.controls.findAddressBlock('203.0.113.5', false)?.id).toBe(block.id);
    expect(third.controls.findAddressBlock('203.0.113.5', true)).toBeUndefined();
    expect(third.keys.check(created.key).ok).toBe(true);
  });

  it('a change the database refuses is undone and reported by flush()', async (context) => {
    if (!url) return context.skip(skipReason);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const store = opened[0]!;
    try {
      await client.query(`ALTER TABLE "${schema}".controls RENAME TO controls_away`);
      store.controls.addBlock('principal', 'eve', 600, 'test');
      expect(store.controls.findPrincipalBlock('eve')).toBeDefined();
      await expect(store.controls.flush()).rejects.toMatchObject({ code: 'RAMPART_CONTROLS_STATE_FAILED' });
      expect(store.controls.findPrincipalBlock('eve')).toBeUndefined();
    } finally {
      await client.query(`ALTER TABLE "${schema}".controls_away RENAME TO controls`);
      await client.end();
    }
  });
});

describe('gateway store with PostgreSQL failing after start', () => {
  it('keeps the last keys and blocks in force, reports once, and catches up when it answers again', async (context) => {
    if (!url) return context.skip(skipReason);
    const errors: unknown[] = [];
    const watcher = await openGatewayStore(
      { dataDir, store: { postgres: { url, schema, maxConnections: 3 } } },
      { onError: (error) => errors.push(error) },
    );
    opened.push(watcher);
    const writer = opened[0]!;
    const kept = await writer.keys.create({ name: 'kept', principal: 'kept', roles: [] });
    await within(1_000, () => watcher.keys.check(kept.key).ok);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query(`ALTER TABLE "${schema}".state_versions RENAME TO state_versions_away`);
      await within(2_000, () => errors.length > 0);
      await new Promise((resolve) => setTimeout(resolve, 1_200));
      expect(errors.length).toBe(1);
      expect(watcher.keys.check(kept.key).ok).toBe(true);
      await client.query(`UPDATE "${schema}".api_keys SET revoked_at = $1 WHERE id = $2`, [
        new Date().toISOString(),
        kept.id,
      ]);
      await client.query(
        `UPDATE "${schema}".state_versions_away SET version = version + 1 WHERE topic = 'keys'`,
      );
    } finally {
      await client.query(`ALTER TABLE "${schema}".state_versions_away RENAME TO state_versions`);
      await client.end();
    }
    await within(1_000, () => !watcher.keys.check(kept.key).ok);
  });
});

describe('gateway store default', () => {
  it('without store.postgres keys and controls stay in the data directory (SQLite and a JSON file)', async () => {
    const store = await openGatewayStore({ dataDir, store: {} });
    try {
      expect(store.backend).toBe('sqlite');
      const created = await store.keys.create({ name: 'local', principal: 'p', roles: [] });
      expect(store.keys.check(created.key).ok).toBe(true);
    } finally {
      await store.close();
    }
  });
});
