import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { cpus } from 'node:os';
import { freePort } from '../../test/support/ports.ts';

/** Child processes of the bench scripts: CPU pinning, ports, start and stop, CPU time from /proc. */

/** Whether processes can be pinned to CPUs (taskset exists and there are at least two). */
export const hasTaskset = (() => {
  try {
    execFileSync('taskset', ['-V'], { stdio: 'ignore' });
    return cpus().length >= 2;
  } catch {
    return false;
  }
})();

/** The command and arguments that run `command` pinned to `cpu` (as given when taskset is missing). */
export function pinned(cpu: number | string, command: string, args: string[]): [string, string[]] {
  return hasTaskset ? ['taskset', ['-c', String(cpu), command, ...args]] : [command, args];
}

/** Starts `command` pinned to `cpu` in `cwd`, stdout ignored unless `capture`, stderr inherited. */
export function startPinned(
  cpu: number | string,
  command: string,
  args: string[],
  options: { cwd: string; env?: Record<string, string>; capture?: boolean },
): ChildProcess {
  const [file, argv] = pinned(cpu, command, args);
  return spawn(file, argv, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', options.capture ? 'pipe' : 'ignore', 'inherit'],
  });
}

/** A port nobody listens on now (fixed ports collide with other runs on a shared machine). */
export { freePort };

/**
 * Waits until something listens on `port`; with `child`, fails if it exits first (so another
 * process's server is never measured).
 */
export async function waitPort(port: number, child?: ChildProcess, seconds = 30): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (child && child.exitCode !== null)
      throw new Error(`${child.spawnargs.join(' ')} exited before listening`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = createConnection(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.on('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`port ${port} did not open`);
}

/** SIGTERM, then SIGKILL after 5 s; resolves once the process has exited. */
export async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(timer);
}

/** CPU ticks (user + system, 1/100 s) of a process, and of its descendants too with `descendants` (Linux /proc; 0 elsewhere). */
export function cpuTicks(pid: number, descendants = false): number {
  let total = 0;
  const visit = (id: number) => {
    try {
      const stat = readFileSync(`/proc/${id}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += Number(fields[11]) + Number(fields[12]);
      if (!descendants) return;
      for (const task of readFileSync(`/proc/${id}/task/${id}/children`, 'utf8')
        .trim()
        .split(' ')
        .filter(Boolean))
        visit(Number(task));
    } catch {}
  };
  visit(pid);
  return total;
}
