import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const directory = mkdtempSync(join(tmpdir(), 'rampart-config-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function check(file: string, ...flags: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin/rampart.js'), 'config', 'check', file, ...flags], {
    encoding: 'utf8',
    env: {
      ...process.env,
      RAMPART_ADMIN_TOKEN: 'config-check-admin-token-0123456789',
      OPENAI_API_KEY: 'sk-config-check',
    },
  });
}

describe('rampart config check', () => {
  const example = readFileSync(join(root, 'rampart.example.yaml'), 'utf8');

  it('warns about an admin API on all interfaces without TLS; --strict makes that a failed check', () => {
    const file = join(directory, 'open-admin.yaml');
    const open = example.replace(
      '  host: 127.0.0.1 # keep it on localhost',
      '  host: 0.0.0.0 # keep it on localhost',
    );
    expect(open).not.toBe(example);
    writeFileSync(file, open);
    const result = check(file);
    expect(result.status).toBe(0);
    expect(result.stderr).toContain('warning admin.tls: the admin API listens on 0.0.0.0 without TLS');
    expect(result.stdout).toContain('1 warning(s)');
    expect(check(file, '--strict').status).toBe(1);
  });

  it('accepts rampart.example.yaml, guard settings included', () => {
    const result = check(join(root, 'rampart.example.yaml'));
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('OK — 5 route(s)');
  });

  it('a valid but risky config passes with a warning per risky setting', () => {
    const file = join(directory, 'risky.yaml');
    writeFileSync(
      file,
      [
        'server: { host: 0.0.0.0 }',
        'admin: { host: 0.0.0.0, token: "${RAMPART_ADMIN_TOKEN}" }',
        'upstreams: { demo: { url: "http://127.0.0.1:1" } }',
        'models: [{ name: m, upstream: demo }]',
        'routes: [{ id: chat, path: /v1/chat/completions, kind: chat, guard: false, onError: allow }]',
        'auth: { apiKeys: { enabled: false } }',
      ].join('\n'),
    );
    const result = check(file);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('OK — 1 route(s)');
    for (const rule of [
      'gateway.listener-plaintext',
      'gateway.admin-exposed',
      'gateway.no-authentication',
      'gateway.guard-off',
      'gateway.on-error-allow',
    ])
      expect(result.stdout).toContain(rule);
    expect(result.stdout).toMatch(/warning critical gateway\.no-authentication \(line 6\)/);
  });

  it("checks each route's guard settings as the gateway will compile them, with the field's path", () => {
    const bad = example
      .replace('streamWindow: 128 #', 'streamWindow: 5 #')
      .replace(/promptInjection: \{ threshold: [0-9.]+,/, 'promptInjection: { threshold: 9,');
    expect(bad).not.toBe(example);
    const file = join(directory, 'bad-guard.yaml');
    writeFileSync(file, bad);
    const result = check(file);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('error RAMPART_CONFIG_INVALID');
    expect(result.stderr).toContain('routes.0.guard.streamWindow');
    expect(result.stderr).toContain('routes.0.guard.scanners.promptInjection.threshold');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('reports schema problems and cross-reference problems in one run', () => {
    const file = join(directory, 'both-kinds.yaml');
    writeFileSync(
      file,
      [
        'admin: { token: short }',
        'upstreams: { demo: { url: "http://127.0.0.1:1" } }',
        'models: [{ name: m, upstream: nowhere }]',
        'routes:',
        '  - { id: chat, path: /v1/chat/completions, kind: chat, guard: { threshold: 0.5 } }',
        '  - { id: chat, path: /v1/models, kind: models }',
        'roles: { r: [{ routes: [missing] }] }',
      ].join('\n'),
    );
    const result = check(file);
    expect(result.status).toBe(1);
    for (const path of [
      'admin.token',
      'routes.0.guard.threshold',
      'models.0.upstream',
      'routes.1.id',
      'roles.r.0.routes.0',
    ])
      expect(result.stderr).toContain(`  - ${path}:`);
  });
});
