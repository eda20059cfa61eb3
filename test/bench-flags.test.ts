import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = join(import.meta.dirname, '..');
const benches = ['classic', 'data', 'gateway', 'guard', 'model', 'redteam', 'soc', 'sse'];

async function bench(name: string, ...args: string[]) {
  try {
    const { stdout, stderr } = await run(process.execPath, ['--import', 'tsx', `bench/${name}.ts`, ...args], {
      cwd: root,
      timeout: 60_000,
    });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

describe('bench scripts', () => {
  it.each(benches)('bench:%s --help prints its usage and starts nothing', async (name) => {
    const result = await bench(name, '--help');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain(`bench:${name}`);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it.each(benches)('bench:%s refuses an unknown flag with exit 2 and no stack trace', async (name) => {
    const result = await bench(name, '--no-such-flag');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("'--no-such-flag'");
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
