/** Writes docs/errors.md from the error-code table (`npm run docs:errors`). */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorCodes } from '../src/core/index.ts';

export function renderErrorsDoc(): string {
  const areas = new Map<string, string[]>();
  for (const [code, info] of Object.entries(errorCodes)) {
    const area = code.split('_')[1]!.toLowerCase();
    const rows = areas.get(area) ?? [];
    rows.push(`| \`${code}\` | ${info.status} | ${info.hint.replace(/\|/g, '\\|')} |`);
    areas.set(area, rows);
  }
  const sections = [...areas.entries()].map(
    ([area, rows]) =>
      `## ${area}\n\n| code | HTTP status | how to fix |\n| --- | --- | --- |\n${rows.join('\n')}\n`,
  );
  return `# Error codes\n\nGenerated from \`src/core/error-codes.ts\` by \`npm run docs:errors\`; do not edit by hand.\n\nEvery error Rampart reports has a stable code. The CLI prints \`error CODE: message\` and a hint;\nHTTP APIs answer \`{"error": {"code", "message", "hint", "type"}}\` with the status below.\nCLI exit codes: 0 ok, 1 a check or gate failed, 2 usage or I/O error.\n\n${sections.join('\n')}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  writeFileSync(join(import.meta.dirname, '..', 'docs', 'errors.md'), renderErrorsDoc());
  process.stdout.write('wrote docs/errors.md\n');
}
