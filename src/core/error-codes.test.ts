import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { errorAreas, errorCodes } from './error-codes.ts';

/** Every source file under src/ (server, CLI and console), tests left out. */
function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory())
      return entry.name === 'node_modules' || entry.name === 'dist' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('error-code table', () => {
  it('puts every code in a named area with an HTTP status and a CLI exit code', () => {
    for (const [code, info] of Object.entries(errorCodes)) {
      expect(Object.keys(errorAreas), code).toContain(info.area);
      expect([1, 2, null], code).toContain(info.exitCode);
      expect(info.hint.length, code).toBeGreaterThan(10);
    }
  });

  it('has the old names without RAMPART_<AREA>_ in their areas', () => {
    expect(errorCodes.RAMPART_BLOCKED.area).toBe('gateway');
    expect(errorCodes.RAMPART_OVERLOADED.area).toBe('gateway');
    expect(errorCodes.RAMPART_NOT_FOUND.area).toBe('core');
    expect(errorCodes.RAMPART_METHOD_NOT_ALLOWED.area).toBe('gateway');
  });

  it('gives exit 1 only to codes that mean a checked thing failed', () => {
    const failed = Object.entries(errorCodes)
      .filter(([, info]) => info.exitCode === 1)
      .map(([code]) => code);
    expect(failed).toContain('RAMPART_MODEL_VERIFY_MISMATCH');
    expect(failed).toContain('RAMPART_DATA_GATE_FAILED');
    expect(failed).not.toContain('RAMPART_CONFIG_NOT_FOUND');
    expect(errorCodes.RAMPART_CONSOLE_OFFLINE.exitCode).toBeNull();
  });

  it('lists every code the source raises, the console included', () => {
    const raised = new Set<string>();
    for (const file of sourceFiles(join(import.meta.dirname, '..'))) {
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(/(?:RampartError\(|code: |code = )'(RAMPART_[A-Z_]+)'/g))
        raised.add(match[1]!);
    }
    expect(raised.size).toBeGreaterThan(50);
    const missing = [...raised].filter((code) => !Object.hasOwn(errorCodes, code));
    expect(missing).toEqual([]);
    expect([...raised]).toContain('RAMPART_CONSOLE_OFFLINE');
  });
});
