import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPolicy } from './policy.ts';

const directory = mkdtempSync(join(tmpdir(), 'rampart-policy-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

describe('loadPolicy', () => {
  it('a missing policy file is named with a data-policy hint, not the gateway config one', () => {
    expect(() => loadPolicy(join(directory, 'nope.yaml'))).toThrow(
      expect.objectContaining({
        code: 'RAMPART_DATA_POLICY_NOT_FOUND',
        hint: expect.stringContaining('--policy'),
      }),
    );
  });

  it('a policy with a wrong field is RAMPART_DATA_POLICY_INVALID', () => {
    const path = join(directory, 'bad.yaml');
    writeFileSync(path, 'version: 1\nlabel: 3\n');
    expect(() => loadPolicy(path)).toThrow(expect.objectContaining({ code: 'RAMPART_DATA_POLICY_INVALID' }));
  });
});
