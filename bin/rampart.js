#!/usr/bin/env node
// Launcher. The published package runs the compiled CLI in dist/ with plain Node. A checkout of
// the repository (src/ present, tsx installed as a dev dependency) runs the TypeScript sources
// through tsx instead, so `npm start` needs no build step and never runs a stale dist/.
import { existsSync } from 'node:fs';

const source = new URL('../src/cli/main.ts', import.meta.url);
const compiled = new URL('../dist/cli/main.js', import.meta.url);

async function loadTsx() {
  try {
    return await import('tsx/esm/api');
  } catch {
    return undefined;
  }
}

const tsx = existsSync(source) ? await loadTsx() : undefined;
if (tsx) {
  tsx.register();
  const { runCli } = await import(source.href);
  await runCli(process.argv.slice(2));
} else if (existsSync(compiled)) {
  const { runCli } = await import(compiled.href);
  await runCli(process.argv.slice(2));
} else {
  process.stderr.write(
    'error RAMPART_INTERNAL: this copy of rampart has no compiled CLI (dist/cli/main.js)\n' +
      '  hint: in a checkout of the repository run `npm install` (for tsx) or `npm run build`.\n',
  );
  process.exitCode = 2;
}
