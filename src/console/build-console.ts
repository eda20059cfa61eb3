/**
 * Build the console into dist/console (`npm run build:console`). With `--if-stale` it builds only
 * when the build is missing or older than a console source file (used before `npm test`).
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import config, { consoleOutDir, consoleRoot } from './vite.config.ts';

export const consoleIndex = join(consoleOutDir, 'index.html');

function newestSource(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const path = join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/** True when dist/console is missing or older than any file under src/console. */
export function consoleBuildIsStale(): boolean {
  let built: number;
  try {
    built = statSync(consoleIndex).mtimeMs;
  } catch {
    return true;
  }
  return newestSource(consoleRoot) > built;
}

/** Build the console; returns false when it was fresh and `onlyIfStale` skipped it. */
export async function buildConsole(onlyIfStale = false): Promise<boolean> {
  if (onlyIfStale && !consoleBuildIsStale()) return false;
  await build({ ...config, configFile: false });
  return true;
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const onlyIfStale = process.argv.includes('--if-stale');
  const started = performance.now();
  buildConsole(onlyIfStale).then(
    (built) => {
      process.stdout.write(
        built
          ? `console built into ${consoleOutDir} in ${Math.round(performance.now() - started)} ms\n`
          : 'console build is up to date\n',
      );
    },
    (error: unknown) => {
      process.stderr.write(
        `console build failed: ${error instanceof Error ? error.message : String(error)}\n`,
      );
      process.exitCode = 1;
    },
  );
}
