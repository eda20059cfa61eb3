import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..', '..');
const directory = mkdtempSync(join(tmpdir(), 'rampart-busy-port-'));
let busy: Server;
let busyPort: number;

beforeAll(async () => {
  busy = createServer();
  busyPort = await new Promise<number>((done) =>
    busy.listen(0, '127.0.0.1', () => done((busy.address() as { port: number }).port)),
  );
});
afterAll(async () => {
  await new Promise((done) => busy.close(done));
  rmSync(directory, { recursive: true, force: true });
});

/** Runs `rampart ARGS`; a process still alive after 20 s (the old failure) is killed and reported as such. */
function rampart(args: string[]): Promise<{ status: number | null; stderr: string; timedOut: boolean }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'rampart.js'), ...args], {
      cwd: directory,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      child.kill('SIGKILL');
    }, 20_000);
    child.on('exit', (status) => {
      clearTimeout(timer);
      done({ status, stderr, timedOut });
    });
  });
}

function upArgs(ports: { port?: number; admin?: number; demo?: number; soc?: number }): string[] {
  return [
    'up',
    '--demo',
    '--data-dir',
    join(directory, 'data'),
    '--port',
    String(ports.port ?? 0),
    '--admin-port',
    String(ports.admin ?? 0),
    '--demo-port',
    String(ports.demo ?? 0),
    '--soc-port',
    String(ports.soc ?? 0),
  ];
}

describe('a port that is already taken', () => {
  it.each([
    ['demo model', { demo: 0 }, '--demo-port'],
    ['admin API', { admin: 0 }, '--admin-port'],
    ['SOC console', { soc: 0 }, '--soc-port'],
  ])(
    'rampart up names the %s, its port and the flag that moves it, then exits 2',
    async (server, slot, flag) => {
      const key = Object.keys(slot)[0] as keyof typeof slot;
      const result = await rampart(upArgs({ [key]: busyPort }));
      expect(result.timedOut).toBe(false);
      expect(result.status).toBe(2);
      expect(result.stderr).toContain(
        `error RAMPART_LISTEN_FAILED: cannot start the ${server} on 127.0.0.1:${busyPort}: the port is already in use`,
      );
      expect(result.stderr).toContain(flag);
      expect(result.stderr).not.toMatch(/\n\s+at /);
    },
    30_000,
  );

  it('rampart soc serve reports it as RAMPART_LISTEN_FAILED and exits 2', async () => {
    const result = await rampart([
      'soc',
      'serve',
      '--store',
      join(directory, 'soc.db'),
      '--port',
      String(busyPort),
    ]);
    expect(result.timedOut).toBe(false);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('RAMPART_LISTEN_FAILED');
  }, 30_000);

  it('rampart up refuses a port that is not a number', async () => {
    const result = await rampart([...upArgs({}), '--port', 'eighty']);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('RAMPART_USAGE');
  }, 30_000);
});
