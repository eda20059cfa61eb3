import { createRequire } from 'node:module';
import { RampartError } from './errors.ts';

/**
 * Packages the `rampart` package declares as optional peers: an app that only uses the guard does
 * not install them, and the code that needs one loads it when it runs (never at import time).
 * Each names the feature it serves, for the error a user sees when it is missing.
 */
export const optionalPackages = {
  '@duckdb/node-api': 'dataset checks (rampart data, rampart/data)',
  pg: 'the PostgreSQL event store',
  pdfkit: 'PDF compliance reports',
  libsql: 'the SQLite stores (events, alerts, API keys)',
  hono: 'the gateway and SOC HTTP servers',
  '@hono/node-server': 'the gateway and SOC HTTP servers',
  jose: 'the gateway (JWT authentication)',
  pino: 'the gateway and SOC logs',
  'prom-client': 'the gateway metrics',
  'rate-limiter-flexible': 'the gateway limits',
  undici: 'the gateway upstream client',
  'eventsource-parser': 'the gateway (reading upstream event streams)',
  '@sigstore/bundle': 'certificate and Sigstore signature verification (rampart model verify)',
  '@sigstore/core': 'certificate and Sigstore signature verification (rampart model verify)',
  '@sigstore/protobuf-specs': 'certificate and Sigstore signature verification (rampart model verify)',
  '@sigstore/verify': 'certificate and Sigstore signature verification (rampart model verify)',
  ioredis: 'shared gateway state in Redis (state.redis in the config)',
  sharp: 'image sanitisers on predict routes (images:)',
} as const;

export type OptionalPackage = keyof typeof optionalPackages;

/** The packages `rampart up`, `rampart gateway` and `rampart soc` need besides the package itself. */
export const serverPackages: readonly OptionalPackage[] = [
  'libsql',
  'hono',
  '@hono/node-server',
  'jose',
  'pino',
  'prom-client',
  'rate-limiter-flexible',
  'undici',
  'eventsource-parser',
];

/** The packages certificate-chain and Sigstore bundle verification need (key signatures need none). */
export const sigstorePackages: readonly OptionalPackage[] = [
  '@sigstore/bundle',
  '@sigstore/core',
  '@sigstore/protobuf-specs',
  '@sigstore/verify',
];

/**
 * The optional package a module-resolution error says is missing, or undefined when the error is
 * something else (a missing file of our own, a syntax error, a failing native binding).
 */
export function missingOptionalPackage(error: unknown): OptionalPackage | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') return undefined;
  const message = error instanceof Error ? error.message : '';
  const named = /Cannot find (?:package|module) '([^']+)'/.exec(message)?.[1];
  if (named === undefined) return undefined;
  const name = named.startsWith('@') ? named.split('/').slice(0, 2).join('/') : named.split('/')[0]!;
  return name in optionalPackages ? (name as OptionalPackage) : undefined;
}

/**
 * The coded error for a missing optional package; the hint is the exact install command. A missing
 * server package names all of them, so one command makes `rampart up` work.
 */
export function dependencyMissing(packageName: OptionalPackage, cause?: unknown): RampartError {
  const packages = serverPackages.includes(packageName)
    ? serverPackages
    : sigstorePackages.includes(packageName)
      ? sigstorePackages
      : [packageName];
  return new RampartError(
    'RAMPART_DEPENDENCY_MISSING',
    `the optional package ${packageName} is not installed; it is needed for ${optionalPackages[packageName]}`,
    { hint: `Run \`npm install ${packages.join(' ')}\` in your project, then try again.`, cause },
  );
}

/**
 * Load an optional package with `import()` when the feature that needs it runs: pass the import as
 * a function (`() => import('pg')`) so its types are kept. A missing package becomes
 * RAMPART_DEPENDENCY_MISSING; any other failure passes through unchanged.
 */
export async function importOptional<T>(packageName: OptionalPackage, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    if (missingOptionalPackage(error) === packageName) throw dependencyMissing(packageName, error);
    throw error;
  }
}

const requireFromHere = createRequire(import.meta.url);

/** `require` an optional CommonJS package synchronously (libsql), with the same error as `importOptional`. */
export function requireOptional<T>(packageName: OptionalPackage): T {
  try {
    return requireFromHere(packageName) as T;
  } catch (error) {
    if (missingOptionalPackage(error) === packageName) throw dependencyMissing(packageName, error);
    throw error;
  }
}
