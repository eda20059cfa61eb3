/** Writes docs/errors.md from the error-code table (`npm run docs:errors`). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ErrorArea, errorAreas, errorCodes } from '../src/core/index.ts';

export function renderErrorsDoc(): string {
  const rows = new Map<ErrorArea, string[]>(Object.keys(errorAreas).map((area) => [area as ErrorArea, []]));
  for (const [code, info] of Object.entries(errorCodes)) {
    const status = info.status === 0 ? '—' : String(info.status);
    const exitCode = info.exitCode === null ? '—' : String(info.exitCode);
    rows
      .get(info.area)!
      .push(`| \`${code}\` | ${status} | ${exitCode} | ${info.hint.replace(/\|/g, '\\|')} |`);
  }
  const sections = [...rows.entries()]
    .filter(([, areaRows]) => areaRows.length > 0)
    .map(
      ([area, areaRows]) =>
        `## ${area}\n\n${errorAreas[area]}.\n\n| code | HTTP status | CLI exit | how to fix |\n| --- | --- | --- | --- |\n${areaRows.join('\n')}\n`,
    );
  return `# Error codes\n\nGenerated from \`src/core/error-codes.ts\` by \`npm run docs:errors\`; do not edit by hand.\n\nEvery error Rampart reports has a stable code. The CLI prints \`error CODE: message\` and a hint, and\nexits with the code's CLI exit code: 1 when a check or gate failed, 2 for a usage or I/O error (0 is\nsuccess); a command whose job is a check (\`config check\`, \`data check\`) exits 1 when what it
checks is invalid. HTTP APIs answer \`{"error": {"code", "message", "hint", "type"}}\` with the status below.\n\n${sections.join('\n')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(import.meta.dirname, '..', 'docs', 'errors.md'), renderErrorsDoc());
  process.stdout.write('wrote docs/errors.md\n');
}
