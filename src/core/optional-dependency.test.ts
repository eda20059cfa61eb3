import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { RampartError } from './errors.ts';
import { importOptional, missingOptionalPackage, requireOptional } from './optional-dependency.ts';

// A folder with no node_modules above it that has these packages: resolution there fails for real.
const bare = mkdtempSync(join(tmpdir(), 'rampart-optional-'));
afterAll(() => rmSync(bare, { recursive: true, force: true }));

/**
 * The error plain Node raises when a module in `bare` imports `specifier` (run in a child process:
 * the test runner resolves imports itself and would find the package in this checkout).
 */
function importFailure(specifier: string): Error {
  const file = join(bare, `import-${specifier.replaceAll('/', '-')}.mjs`);
  writeFileSync(file, `export * from '${specifier}';\n`);
  const script = `import(${JSON.stringify(pathToFileURL(file).href)}).then(
    () => console.log('{}'),
    (error) => console.log(JSON.stringify({ code: error.code, message: error.message })),
  );`;
  const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: bare });
  const { code, message } = JSON.parse(output.toString()) as { code?: string; message?: string };
  return Object.assign(new Error(message), { code });
}

describe('optional dependencies', () => {
  it('a missing optional package imported with import() becomes RAMPART_DEPENDENCY_MISSING naming the install command', async () => {
    const failure = importFailure('pdfkit');
    const error = await importOptional('pdfkit', () => Promise.reject(failure)).catch(
      (caught: unknown) => caught,
    );
    expect(RampartError.is(error)).toBe(true);
    expect((error as RampartError).code).toBe('RAMPART_DEPENDENCY_MISSING');
    expect((error as RampartError).hint).toContain('npm install pdfkit');
    expect((error as RampartError).cause).toBe(failure);
  });

  it('a scoped package deep import is recognised by its package name', async () => {
    expect(missingOptionalPackage(importFailure('@duckdb/node-api/package.json'))).toBe('@duckdb/node-api');
  });

  it('a missing server package names every server package in one install command', async () => {
    const failure = createRequireFailure('libsql');
    expect(missingOptionalPackage(failure)).toBe('libsql');
    const error = await importOptional('libsql', () => Promise.reject(failure)).catch(
      (caught: unknown) => caught,
    );
    expect((error as RampartError).hint).toContain('npm install libsql hono @hono/node-server');
  });

  it('a missing Sigstore package (deep import included) names the four Sigstore packages in one install command', async () => {
    const failure = importFailure('@sigstore/verify/dist/key/certificate.js');
    expect(missingOptionalPackage(failure)).toBe('@sigstore/verify');
    const error = await importOptional('@sigstore/verify', () => Promise.reject(failure)).catch(
      (caught: unknown) => caught,
    );
    expect((error as RampartError).code).toBe('RAMPART_DEPENDENCY_MISSING');
    expect((error as RampartError).hint).toContain(
      'npm install @sigstore/bundle @sigstore/core @sigstore/protobuf-specs @sigstore/verify',
    );
  });

  it('other failures pass through unchanged: a package that is not optional, or a different error', async () => {
    const notOptional = importFailure('left-pad');
    expect(missingOptionalPackage(notOptional)).toBeUndefined();
    await expect(importOptional('pg', () => Promise.reject(notOptional))).rejects.toBe(notOptional);
    const other = new TypeError('boom');
    await expect(importOptional('pg', () => Promise.reject(other))).rejects.toBe(other);
  });

  it('an installed package loads, with import() or require()', async () => {
    const pino = await importOptional('pino', () => import('pino'));
    expect(typeof pino.default).toBe('function');
    expect(typeof requireOptional<new (path: string) => unknown>('libsql')).toBe('function');
  });
});

function createRequireFailure(name: string): unknown {
  try {
    createRequire(join(bare, 'index.js'))(name);
  } catch (error) {
    return error;
  }
  throw new Error(`${name} resolved from ${bare}`);
}
