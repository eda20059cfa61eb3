import { execFile } from 'node:child_process';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..', '..');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
  /** The signal that ended the process (e.g. SIGSEGV), or null. */
  signal: NodeJS.Signals | null;
}

/**
 * Run the real `rampart` CLI (bin/rampart.js) in a child process; resolves with its exit code and
 * output. A run past `timeoutMs` is killed (SIGTERM), so a hung command cannot outlive its test.
 */
export function runRampart(
  args: string[],
  env: Record<string, string> = {},
  timeoutMs = 60_000,
): Promise<CliResult> {
  return new Promise((done) => {
    execFile(
      process.execPath,
      [join(root, 'bin', 'rampart.js'), ...args],
      { env: { ...process.env, ...env }, maxBuffer: 1 << 24, timeout: timeoutMs },
      (error, stdout, stderr) => {
        const code = error ? (error as { code?: unknown }).code : 0;
        done({
          code: typeof code === 'number' ? code : 1,
          stdout,
          stderr,
          signal: error?.signal ?? null,
        });
      },
    );
  });
}
