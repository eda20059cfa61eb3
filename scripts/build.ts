/**
 * Compile the library and CLI into dist/ (`npm run build`; `npm pack` runs it): JavaScript,
 * declarations and source maps from `tsc -p tsconfig.build.json`, then the files the code reads
 * at run time next to it (the guard's model weights, default SOC rules, the hashing worker).
 * dist/console (the web console, built by Vite) is left alone.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const source = join(root, 'src');
const output = join(root, 'dist');

/** Run-time files under src/ that are not TypeScript: everything but docs, tests, fixtures and the console. */
export function runtimeAssets(directory = source): string[] {
  const found: string[] = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) {
      if (path !== join(source, 'console') && entry.name !== 'fixtures') found.push(...runtimeAssets(path));
    } else if (!/\.(ts|tsx)$/.test(entry.name) && entry.name !== 'README.md') {
      found.push(relative(source, path));
    }
  }
  return found;
}

function build(): void {
  mkdirSync(output, { recursive: true });
  for (const entry of readdirSync(output)) {
    if (entry !== 'console') rmSync(join(output, entry), { recursive: true, force: true });
  }
  const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
  execFileSync(process.execPath, [tsc, '-p', join(root, 'tsconfig.build.json')], { stdio: 'inherit' });
  for (const asset of runtimeAssets()) cpSync(join(source, asset), join(output, asset));
  checkNoTypeScriptImports();
}

/**
 * Fail the build when emitted JavaScript still imports a relative `.ts` file (plain node cannot
 * load it). tsc leaves such a specifier in a dynamic `import()` inside an `export default`
 * expression, which broke `rampart model` and `rampart soc serve` in the published package.
 */
export function checkNoTypeScriptImports(directory = output): void {
  for (const entry of readdirSync(directory, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.js')) continue;
    const path = join(entry.parentPath, entry.name);
    const found = /\b(?:import|from)\s*\(?\s*['"](\.{1,2}\/[^'"]*\.tsx?)['"]/.exec(
      readFileSync(path, 'utf8'),
    );
    if (found)
      throw new Error(
        `${relative(root, path)} imports ${found[1]}: write the import so tsc rewrites it to .js`,
      );
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const started = performance.now();
  build();
  process.stdout.write(`built ${relative(root, output)}/ in ${Math.round(performance.now() - started)} ms\n`);
}
