import { describe, expect, it } from 'vitest';
import { RampartError } from '../core/index.ts';
import { cliExitCode, exitCodes } from './render-error.ts';

describe('cliExitCode', () => {
  it("takes the error table's exit code: 1 for a failed verification, 2 for a usage error", () => {
    expect(cliExitCode(new RampartError('RAMPART_MODEL_VERIFY_MISMATCH', 'differs'))).toBe(exitCodes.failed);
    expect(cliExitCode(new RampartError('RAMPART_DATA_GATE_FAILED', 'gate'))).toBe(exitCodes.failed);
    expect(cliExitCode(new RampartError('RAMPART_CONFIG_NOT_FOUND', 'missing'))).toBe(exitCodes.error);
  });

  it('answers 2 for anything that is not a RampartError', () => {
    expect(cliExitCode(new Error('boom'))).toBe(exitCodes.error);
  });
});
