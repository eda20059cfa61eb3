import { describe, expect, it } from 'vitest';
import { socConfigSchema } from './soc-config.ts';

describe('soc config', () => {
  it('checks the console session lifetime with the duration grammar when the file loads', () => {
    const base = { adminToken: 'a'.repeat(16) };
    expect(socConfigSchema.parse({ ...base, console: { sessionTtl: '90m' } }).console.sessionTtl).toBe('90m');
    const result = socConfigSchema.safeParse({ ...base, console: { sessionTtl: 'forever' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path).toEqual(['console', 'sessionTtl']);
  });
});
