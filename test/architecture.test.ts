import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/** Which domains each domain may import (besides itself). Mirrors ARCHITECTURE.md. */
const allowed: Record<string, string[]> = {
  core: [],
  guard: ['core'],
  gateway: ['guard', 'core'],
  soc: ['guard', 'core'],
  data: ['guard', 'core'],
  model: ['guard', 'core'],
  redteam: ['guard', 'core'],
  monitor: ['data', 'guard', 'core'],
  audit: ['core'],
  cli: ['gateway', 'soc', 'data', 'model', 'redteam', 'monitor', 'audit', 'guard', 'core'],
  console: ['core'],
};

/**
 * Second entries of a domain, imported through their own index.ts: core's HTTP layer loads the server
 * packages (optional for an app that wants the guard), so core/index.ts, which the guard imports, does not
 * carry it; core's PostgreSQL helpers name the optional pg package in their types, likewise.
 */
const subEntries = new Set(['core/http', 'core/postgres']);

const root = resolve(import.meta.dirname, '..', 'src');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === 'dist') continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path));
    else if (/\.(ts|tsx)$/.test(name) && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

const importPattern =
  /(?:^|\n)\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g;

describe('architecture', () => {
  const files = sourceFiles(root);

  it('finds source files to check', () => {
    expect(files.length).toBeGreaterThan(5);
  });

  it('imports point one way and only through index.ts of another domain', () => {
    const violations: string[] = [];
    for (const file of files) {
      const domain = relative(root, file).split(sep)[0]!;
      const text = readFileSync(file, 'utf8');
      for (const match of text.matchAll(importPattern)) {
        const specifier = match[1] ?? match[2]!;
        if (!specifier.startsWith('.')) continue;
        const target = resolve(file, '..', specifier);
        const targetRelative = relative(root, target);
        if (targetRelative.startsWith('..')) continue;
        const parts = targetRelative.split(sep);
        const targetDomain = parts[0]!;
        if (targetDomain === domain) continue;
        const where = `${relative(root, file)} -> ${specifier}`;
        if (!(allowed[domain] ?? []).includes(targetDomain)) {
          violations.push(`${where}: ${domain} may not import ${targetDomain}`);
        } else if (
          !(parts.length === 3 && subEntries.has(`${parts[0]}/${parts[1]}`) && parts[2] === 'index.ts') &&
          (parts.length > 2 || (parts.length === 2 && !/^index\.tsx?$/.test(parts[1]!)))
        ) {
          violations.push(`${where}: import ${targetDomain} through its index.ts`);
        }
      }
    }
    expect(violations).toEqual([]);
  });

  it('the guard entry loads no server package: core/index.ts does not reach the HTTP layer', () => {
    const text = readFileSync(join(root, 'core', 'index.ts'), 'utf8');
    expect(text).not.toMatch(/from '\.\/http\//);
    // Nor the PostgreSQL helpers, whose types name the optional pg package.
    expect(text).not.toMatch(/from '\.\/postgres\//);
  });
});
