import { RampartError } from '../core/index.ts';

const reasons: Record<string, string> = {
  EADDRINUSE: 'the port is already in use',
  EACCES: 'permission denied (ports below 1024 need privileges)',
  EADDRNOTAVAIL: 'the address is not one of this machine',
};

/**
 * A server that could not listen, as a coded error that names the server, the address and the flag
 * or config field that moves it; any other error is returned unchanged.
 */
export function listenError(error: unknown, server: string, moveWith: string): unknown {
  const system = error as { syscall?: string; code?: string; address?: string; port?: number };
  // A cluster worker's listen is done by the primary, which reports it as `bind`.
  if ((system?.syscall !== 'listen' && system?.syscall !== 'bind') || !system.code) return error;
  const where = system.address === undefined ? `port ${system.port}` : `${system.address}:${system.port}`;
  return new RampartError(
    'RAMPART_LISTEN_FAILED',
    `cannot start the ${server} on ${where}: ${reasons[system.code] ?? system.code}`,
    { cause: error, hint: `Stop the program that holds it, or choose another port with ${moveWith}.` },
  );
}

/** Run `start` (a server's listen) and turn a listen failure into RAMPART_LISTEN_FAILED. */
export async function listening<T>(server: string, moveWith: string, start: () => Promise<T>): Promise<T> {
  try {
    return await start();
  } catch (error) {
    throw listenError(error, server, moveWith);
  }
}
