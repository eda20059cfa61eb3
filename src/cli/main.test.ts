import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import type { CommandDef } from 'citty';
import { describe, expect, it } from 'vitest';
import { unknownOption } from './main.ts';

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
