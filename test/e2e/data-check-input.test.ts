import { spawnSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');

describe('rampart data check on a file that is not there', () => {
  it('is an I/O error with exit code 2, as docs/data-gate.md says, not a failed check', () => {
    const result = spawnSync(
      process.execPath,
      [join(root, 'bin', 'rampart.js'), 'data', 'check', join(root, 'no-such-data.csv'), '--label', 'label'],
      { encoding: 'utf8', cwd: root },
    );
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error RAMPART_IO: cannot read');
    expect(result.stderr).toContain('hint:');
    expect(result.stdout).not.toContain('blocked by');
  });
});
