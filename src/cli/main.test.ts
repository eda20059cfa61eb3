import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { CommandDef } from 'citty';
import { describe, expect, it } from 'vitest';
import { createEvent } from '../core/index.ts';
import { openSqliteEventStore } from '../soc/index.ts';
import { unknownOption } from './main.ts';
import { wantsColour } from './render-error.ts';

const command: CommandDef = {
  args: {
    path: { type: 'positional' },
    'fail-on': { type: 'string' },
    hash: { type: 'boolean' },
    config: { type: 'string', alias: 'c' },
  },
};

describe('unknown options', () => {
  it('accepts declared options in kebab and camel case, --no- booleans, aliases and values after --', async () => {
    expect(
      await unknownOption(command, ['model', '--fail-on', 'high', '--failOn=never', '--no-hash']),
    ).toBeUndefined();
    expect(
      await unknownOption(command, ['-c', 'x.yaml', '--config=x.yaml', '--', '--anything']),
    ).toBeUndefined();
  });

  it('names the first option the command does not declare', async () => {
    expect(await unknownOption(command, ['model', '--fail-om', 'high'])).toBe('--fail-om');
    expect(await unknownOption(command, ['--format=json'])).toBe('--format');
  });

  it('a mistyped option is a usage error (exit 2), not silently ignored', () => {
    const root = resolve(import.meta.dirname, '../..');
    const result = spawnSync(
      process.execPath,
      [join(root, 'bin/rampart.js'), 'model', 'scan', 'nothing-here', '--fail-om', 'never'],
      { encoding: 'utf8', cwd: root },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error RAMPART_USAGE: unknown option --fail-om');
  });
});

describe('a reader that closes the pipe early', () => {
  it('ends `rampart soc export | head -1` quietly: one line out, no EPIPE stack trace', () => {
    const directory = mkdtempSync(join(tmpdir(), 'rampart-pipe-'));
    try {
      const storePath = join(directory, 'events.db');
      const store = openSqliteEventStore({ path: storePath });
      store.write(
        Array.from({ length: 3000 }, (_, index) =>
          createEvent({ source: 'gateway', kind: 'auth.failure', severity: 'low', attrs: { index } }),
        ),
      );
      store.close();
      const bin = resolve(import.meta.dirname, '../../bin/rampart.js');
      const result = spawnSync(
        'bash',
        [
          '-c',
          `"${process.execPath}" "${bin}" soc export --format ocsf --store "${storePath}" | head -1; echo "status=\${PIPESTATUS[0]}" >&2`,
        ],
        { encoding: 'utf8' },
      );
      expect(result.stdout.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).not.toContain('EPIPE');
      expect(result.stderr).toContain('status=0');
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});

describe('colour', () => {
  const root = resolve(import.meta.dirname, '../..');
  // citty colours its usage unless TEST or CI is set, and the test runner sets TEST: clear both.
  const { TEST: _test, CI: _ci, NO_COLOR: _noColour, FORCE_COLOR: _force, ...plain } = process.env;
  const run = (args: string[], environment: NodeJS.ProcessEnv) =>
    spawnSync(process.execPath, [join(root, 'bin/rampart.js'), ...args], {
      encoding: 'utf8',
      cwd: root,
      env: environment,
    });

  it('usage and usage errors written to a pipe carry no ANSI escape codes', () => {
    const help = run(['soc', '--help'], plain);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('USAGE');
    expect(help.stdout).not.toContain('\x1b[');
    const usage = run(['model', 'scan', 'nothing-here', '--fail-om', 'never'], plain);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('RAMPART_USAGE');
    expect(usage.stderr).not.toContain('\x1b[');
  });

  it('FORCE_COLOR keeps the colour on a pipe', () => {
    expect(run(['soc', '--help'], { ...plain, FORCE_COLOR: '1' }).stdout).toContain('\x1b[');
  });

  it('a terminal gets colour unless NO_COLOR or TERM=dumb; FORCE_COLOR=0 turns it off', () => {
    expect(wantsColour({ isTTY: true }, {})).toBe(true);
    expect(wantsColour({ isTTY: false }, {})).toBe(false);
    expect(wantsColour({}, {})).toBe(false);
    expect(wantsColour({ isTTY: true }, { NO_COLOR: '1' })).toBe(false);
    expect(wantsColour({ isTTY: true }, { TERM: 'dumb' })).toBe(false);
    expect(wantsColour({ isTTY: true }, { FORCE_COLOR: '0' })).toBe(false);
    expect(wantsColour({ isTTY: false }, { FORCE_COLOR: '1', NO_COLOR: '1' })).toBe(true);
  });
});
