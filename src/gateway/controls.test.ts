import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GatewayControls } from './controls.ts';

const dir = mkdtempSync(join(tmpdir(), 'rampart-controls-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('GatewayControls with a state file', () => {
  it('a block and an override survive a restart; removed and expired ones do not', () => {
    const path = join(dir, 'a', 'controls.json');
    const first = new GatewayControls({ path });
    const block = first.addBlock('principal', 'mallory', 3600, 'prompt-injection burst');
    const gone = first.addBlock('ip', '203.0.113.9', 3600, 'stuffing');
    first.addBlock('ip', '198.51.100.1', 1, 'short', { now: Date.now() - 5_000 });
    first.addOverride('bob', 5, 600, 'denial of wallet');
    expect(first.removeBlock(gone.id)).toBe(true);

    const second = new GatewayControls({ path });
    expect(second.findPrincipalBlock('mallory')?.id).toBe(block.id);
    expect(second.findAddressBlock('203.0.113.9', false)).toBeUndefined();
    expect(second.findAddressBlock('198.51.100.1', false)).toBeUndefined();
    expect(second.overrideFor('bob')).toMatchObject({ requestsPerMinute: 5, reason: 'denial of wallet' });
    expect(second.overrideFor('bob')!.limiter.points).toBe(5);
    expect(readFileSync(path, 'utf8')).not.toContain('limiter');
  });

  it('a shared snapshot replaces every control, is saved, and keeps revoked keys across a restart', () => {
    const path = join(dir, 'snapshot', 'controls.json');
    const first = new GatewayControls({ path });
    const changes: string[] = [];
    first.onChange((change) => changes.push(change.op));
    first.addBlock('principal', 'local-only', 3600, 'replaced below');
    first.noteRevocation('key-a', '2026-12-07T00:00:00.000Z');
    expect(first.isKeyRevoked('key-a')).toBe(true);
    const remote = new GatewayControls();
    const block = remote.addBlock('ip', '203.0.113.7', 3600, 'from another instance');
    const expired = { ...block, id: 'expired', expiresAt: new Date(Date.now() - 1_000).toISOString() };
    first.addDegrade('local-degrade', 3600, 'replaced below');
    const degrade = remote.addDegrade('eve', 3600, 'extraction suspected on another instance');
    first.applySnapshot({
      blocks: [block, expired],
      overrides: [],
      revokedKeys: [{ id: 'key-b', revokedAt: '2026-12-07T00:00:01.000Z' }],
      degrades: [degrade],
    });
    // Applying what the shared store holds is not a local change to write back.
    expect(changes).toEqual(['block.add', 'key.revoke', 'degrade.add']);
    expect(first.isDegraded('eve')).toBe(true);
    expect(first.isDegraded('local-degrade')).toBe(false);
    expect(first.findPrincipalBlock('local-only')).toBeUndefined();
    expect(first.listBlocks().map((entry) => entry.id)).toEqual([block.id]);
    const second = new GatewayControls({ path });
    expect(second.findAddressBlock('203.0.113.7', true)?.id).toBe(block.id);
    expect(second.isKeyRevoked('key-b')).toBe(true);
    expect(second.isKeyRevoked('key-a')).toBe(false);
    expect(second.isDegraded('eve')).toBe(true);
  });

  it('refuses to start from a damaged file instead of forgetting its blocks', () => {
    const path = join(dir, 'damaged.json');
    writeFileSync(path, '{"version":1,"blocks":[{"id":"x"');
    expect(() => new GatewayControls({ path })).toThrow(
      expect.objectContaining({ code: 'RAMPART_CONTROLS_STATE_FAILED' }),
    );
    writeFileSync(path, JSON.stringify({ version: 2, blocks: [], overrides: [] }));
    expect(() => new GatewayControls({ path })).toThrow(
      expect.objectContaining({ code: 'RAMPART_CONTROLS_STATE_FAILED' }),
    );
  });

  it('a block that cannot be saved is not acknowledged and not applied', () => {
    // The parent "folder" is a file, so saving fails (for root too, which file modes would not stop).
    const notAFolder = join(dir, 'not-a-folder');
    writeFileSync(notAFolder, '');
    const controls = new GatewayControls({ path: join(notAFolder, 'controls.json') });
    expect(() => controls.addBlock('principal', 'eve', 60, 'x')).toThrow(
      expect.objectContaining({ code: 'RAMPART_CONTROLS_STATE_FAILED' }),
    );
    expect(controls.findPrincipalBlock('eve')).toBeUndefined();
    expect(controls.listBlocks()).toEqual([]);
  });

  it('without a path it keeps everything in memory', () => {
    const controls = new GatewayControls();
    controls.addBlock('principal', 'mallory', 60, 'x');
    expect(controls.findPrincipalBlock('mallory')).toBeDefined();
  });
});

describe('block scopes', () => {
  it('an unauthenticated-scope address block spares authenticated requests; an all-scope one does not', () => {
    const controls = new GatewayControls();
    const partial = controls.addBlock('ip', '203.0.113.9', 60, 'stuffing', { scope: 'unauthenticated' });
    expect(controls.findAddressBlock('203.0.113.9', true)).toBeUndefined();
    expect(controls.findAddressBlock('203.0.113.9', false)?.id).toBe(partial.id);
    const full = controls.addBlock('ip', '203.0.113.9', 60, 'by hand');
    expect(controls.findAddressBlock('203.0.113.9', true)?.id).toBe(full.id);
  });
});
