import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const directory = mkdtempSync(join(tmpdir(), 'rampart-soc-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function rampart(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin/rampart.js'), ...args], {
    encoding: 'utf8',
    cwd: root,
  });
}

describe('rampart soc rules test', () => {
  it('shows which rules fire on an event file, and refuses a malformed one with exit code 2', () => {
    const base = Date.parse('2026-03-01T10:00:00Z');
    const lines = Array.from({ length: 5 }, (_, index) =>
      JSON.stringify({
        source: 'gateway',
        kind: 'auth.failure',
        time: new Date(base + index * 1000).toISOString(),
        client_ip: '203.0.113.9',
        attrs: { key_prefix: `rk_${index}` },
      }),
    );
    const events = join(directory, 'attack.jsonl');
    writeFileSync(events, `${lines.join('\n')}\n`);
    const rule = join(directory, 'rule.yaml');
    writeFileSync(
      rule,
      'id: three-failures\ntitle: t\nseverity: low\nselection: { kind: auth.failure }\ncorrelation: { type: event_count, window: 1m, gte: 3 }\n',
    );
    const builtIn = rampart('soc', 'rules', 'test', '--events', events);
    expect(builtIn.status).toBe(0);
    expect(builtIn.stdout).toContain('auth-key-stuffing');
    const custom = rampart('soc', 'rules', 'test', rule, '--events', events, '--format', 'json');
    expect(custom.status).toBe(0);
    const report = JSON.parse(custom.stdout) as { detections: Array<{ ruleId: string }> };
    expect(report.detections.map((detection) => detection.ruleId)).toEqual(['three-failures']);
    writeFileSync(join(directory, 'bad.jsonl'), '{"kind": 1}\n');
    const bad = rampart('soc', 'rules', 'test', '--events', join(directory, 'bad.jsonl'));
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('RAMPART_STORE_EVENT_INVALID');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
  });
});
