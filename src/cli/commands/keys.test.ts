import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseExpiry } from './keys.ts';

const root = resolve(import.meta.dirname, '../../..');
const directory = mkdtempSync(join(tmpdir(), 'rampart-keys-cli-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

function rampart(...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'bin/rampart.js'), 'keys', ...args], {
    encoding: 'utf8',
    cwd: directory,
  });
}

function expectCoded(result: ReturnType<typeof rampart>, code: string) {
  expect(result.status).toBe(2);
  expect(result.stderr).toContain(`error ${code}:`);
  expect(result.stderr).toContain('hint:');
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

describe('parseExpiry', () => {
  const now = Date.parse('2026-06-01T00:00:00Z');

  it('turns a lifetime or a future date into an ISO time', () => {
    expect(parseExpiry('30d', now)).toBe('2026-07-01T00:00:00.000Z');
    expect(parseExpiry('2027-01-01', now)).toBe('2027-01-01T00:00:00.000Z');
  });

  it('takes the duration grammar of every config file', () => {
    expect(parseExpiry('90s', now)).toBe('2026-06-01T00:01:30.000Z');
    expect(parseExpiry('1.5h', now)).toBe('2026-06-01T01:30:00.000Z');
  });

  it('refuses a date in the past, which would create a key that never works', () => {
    expect(() => parseExpiry('2020-01-01', now)).toThrow(expect.objectContaining({ code: 'RAMPART_USAGE' }));
  });
});

describe('rampart keys', () => {
  it('list and revoke refuse a data directory without a key store, and create nothing there', () => {
    const missing = join(directory, 'typo');
    expectCoded(rampart('list', '--data-dir', missing), 'RAMPART_IO');
    expectCoded(rampart('revoke', 'rk_00000000', '--data-dir', missing), 'RAMPART_IO');
    expect(existsSync(missing)).toBe(false);
  });

  it('a data directory that is a file is an I/O error, not an internal one', () => {
    const file = join(directory, 'not-a-folder');
    writeFileSync(file, 'x');
    expectCoded(
      rampart('create', '--principal', 'alice', '--roles', 'analyst', '--data-dir', file),
      'RAMPART_IO',
    );
  });

  it('create refuses an empty role list and an expiry in the past', () => {
    const dataDir = join(directory, 'data');
    expectCoded(
      rampart('create', '--principal', 'alice', '--roles', ',', '--data-dir', dataDir),
      'RAMPART_USAGE',
    );
    const create = (expires: string) =>
      rampart(
        'create',
        '--principal',
        'alice',
        '--roles',
        'analyst',
        '--expires',
        expires,
        '--data-dir',
        dataDir,
      );
    expectCoded(create('2020-01-01'), 'RAMPART_USAGE');
    const created = create('30d');
    expect(created.status).toBe(0);
    const listed = rampart('list', '--data-dir', dataDir);
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain('alice');
  });

  it("list and revoke --config read only the data directory, not the config's ${SECRETS}", () => {
    const dataDir = join(directory, 'from-config');
    expect(rampart('create', '--principal', 'bob', '--roles', 'analyst', '--data-dir', dataDir).status).toBe(
      0,
    );
    const config = join(directory, 'gateway.yaml');
    writeFileSync(
      config,
      `dataDir: ${dataDir}\nupstreams: { openai: { url: "https://api.example.com", apiKey: "\${RAMPART_TEST_UNSET_SECRET}" } }\n`,
    );
    const listed = rampart('list', '--config', config);
    expect(listed.stderr).toBe('');
    expect(listed.status).toBe(0);
    expect(listed.stdout).toContain('bob');
    writeFileSync(config, 'dataDir: ${RAMPART_TEST_UNSET_DIR}\n');
    expectCoded(rampart('list', '--config', config), 'RAMPART_CONFIG_ENV_MISSING');
  });
});
