/**
 * Every ```bash, ```sh and ```console block of README.md and docs/*.md runs as written, in a copy of
 * examples/ (where the docs say to run them), with `rampart` and `npx rampart` being this checkout's
 * bin/rampart.js. A block that cannot run offline says so just above its fence:
 *
 *   <!-- doc-test: skip (needs a running gateway) -->
 *   <!-- doc-test: exit 1 -->            the block ends with exit status 1
 *
 * Console blocks: each `$ command` must exit 0 (or be followed by `$ echo $?`, whose shown value is
 * then checked), and the first and last line of the output the doc shows must appear (hashes,
 * UUIDs, timestamps and durations may differ; a line cut off with … or ... matches its start).
 * Blocks of one page run in order in one folder; pages run in parallel.
 */
import { execFile } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const pages = [
  'README.md',
  ...readdirSync(join(root, 'docs'))
    .filter((name) => name.endsWith('.md'))
    .map((name) => `docs/${name}`),
];
const work = mkdtempSync(join(tmpdir(), 'rampart-docs-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

interface Block {
  page: string;
  line: number;
  language: string;
  body: string;
  skip?: string;
  exit: number;
}

/** The runnable blocks of a page, with the doc-test comment just above each fence. */
export function extractBlocks(page: string, text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  for (let index = 0; index < lines.length; index++) {
    const fence = /^```(\w*)/.exec(lines[index]!);
    if (!fence) continue;
    const end = lines.findIndex((line, at) => at > index && line.startsWith('```'));
    const language = fence[1]!;
    if (['bash', 'sh', 'console'].includes(language)) {
      let above = index - 1;
      while (above >= 0 && lines[above]!.trim() === '') above--;
      const directive = /^<!-- doc-test: (.*) -->$/.exec(lines[above]?.trim() ?? '')?.[1];
      const skip = directive && /^skip\b/.test(directive) ? directive.replace(/^skip\s*/, '') : undefined;
      if (directive && !skip && !/^exit \d+$/.test(directive)) {
        throw new Error(`${page}:${above + 1}: unknown doc-test directive "${directive}"`);
      }
      blocks.push({
        page,
        line: index + 1,
        language,
        body: lines.slice(index + 1, end).join('\n'),
        ...(skip !== undefined ? { skip } : {}),
        exit: directive?.startsWith('exit ') ? Number(directive.slice(5)) : 0,
      });
    }
    index = end;
  }
  return blocks;
}

interface Step {
  command: string;
  output: string[];
}

/** A console block's `$ command` lines (with `\` continuations) and the output shown after each. */
export function consoleSteps(body: string): Step[] {
  const steps: Step[] = [];
  const lines = body.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith('$ ')) {
      let command = line.slice(2);
      while (command.endsWith('\\') && index + 1 < lines.length) command = `${command}\n${lines[++index]}`;
      steps.push({ command, output: [] });
    } else if (steps.length > 0 && line.trim() !== '') {
      steps.at(-1)!.output.push(line);
    }
  }
  return steps;
}

const squash = (line: string) => line.trim().replace(/\s+/g, ' ');

/** A shown output line as a pattern: values that differ per run (hashes, ids, times) match anything. */
export function linePattern(shown: string): RegExp {
  let text = squash(shown);
  const truncated = /(…|\.\.\.)$/.test(text) && !/^\.\.\.$/.test(text);
  if (truncated) text = text.replace(/(…|\.\.\.)$/, '');
  const escaped = text
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/g, '[0-9a-f-]{36}')
    .replace(/\d{4}-\d\d-\d\dT[\d:]+(\\\.\d+)?Z/g, '\\S+')
    .replace(/\b[0-9a-f]{12,}…?/g, '[0-9a-f]+…?')
    .replace(/\b\d+(\\\.\d+)? s\b/g, '[\\d.]+ s');
  return new RegExp(`^${escaped}${truncated ? '' : '$'}`);
}

function script(block: Block): string {
  if (block.language !== 'console') return `set -e -o pipefail\n${block.body}\n`;
  const steps = consoleSteps(block.body);
  return steps
    .map((step, index) => {
      const next = steps[index + 1]?.command ?? '';
      const checked = !step.command.includes('$?') && !next.startsWith('echo $?') && index < steps.length - 1;
      return checked ? `${step.command}\n__status=$?; [ "$__status" = 0 ] || exit "$__status"` : step.command;
    })
    .join('\n');
}

function run(directory: string, source: string): Promise<{ code: number; output: string }> {
  const bin = join(directory, '.bin');
  return new Promise((done) => {
    execFile(
      'bash',
      [
        '-c',
        `npx() { if [ "$1" = rampart ]; then shift; rampart "$@"; else command npx "$@"; fi; }\n${source}`,
      ],
      {
        cwd: directory,
        env: { PATH: `${bin}:${process.env.PATH}`, HOME: directory, NO_COLOR: '1', LANG: 'C.UTF-8' },
        maxBuffer: 1 << 24,
        timeout: 180_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (error as { code?: unknown }).code : 0;
        const killed = error && (error as { killed?: boolean }).killed ? '\n(killed: over 180 s)' : '';
        done({ code: typeof code === 'number' ? code : 1, output: `${stdout}\n${stderr}${killed}` });
      },
    );
  });
}

/** A fresh copy of examples/ with a `rampart` on PATH that runs this checkout. */
function sandbox(page: string): string {
  const directory = join(work, page.replaceAll('/', '-'));
  cpSync(join(root, 'examples'), directory, { recursive: true });
  mkdirSync(join(directory, '.bin'));
  const launcher = join(directory, '.bin', 'rampart');
  writeFileSync(
    launcher,
    `#!/bin/sh\nexec "${process.execPath}" "${join(root, 'bin', 'rampart.js')}" "$@"\n`,
  );
  chmodSync(launcher, 0o755);
  return directory;
}

describe('docs: every command block runs as written', () => {
  const all = pages.flatMap((page) => extractBlocks(page, readFileSync(join(root, page), 'utf8')));

  it('every skipped block says why', () => {
    const skipped = all.filter((block) => block.skip !== undefined);
    for (const block of skipped) expect(block.skip, `${block.page}:${block.line}`).toMatch(/^\(.+\)$/);
    console.info(
      `doc blocks: ${all.length - skipped.length} run, ${skipped.length} skipped\n${skipped
        .map((block) => `  skipped ${block.page}:${block.line} ${block.skip}`)
        .join('\n')}`,
    );
  });

  for (const page of pages) {
    const blocks = all.filter((block) => block.page === page && block.skip === undefined);
    if (blocks.length === 0) continue;
    it.concurrent(`${page}: ${blocks.length} block(s)`, { timeout: 300_000 }, async () => {
      const directory = sandbox(page);
      for (const block of blocks) {
        const where = `${page}:${block.line}`;
        const { code, output } = await run(directory, script(block));
        const lines = stripVTControlCharacters(output)
          .replaceAll(`${directory}/`, '')
          .split('\n')
          .map(squash);
        expect(code, `${where} exit status\n${output}`).toBe(block.exit);
        if (block.language !== 'console') continue;
        for (const step of consoleSteps(block.body)) {
          const key = [...new Set([step.output[0], step.output.at(-1)])].filter(
            (line): line is string => line !== undefined && squash(line) !== '...',
          );
          for (const shown of key) {
            const pattern = linePattern(shown);
            expect(
              lines.some((line) => pattern.test(line)),
              `${where}: \`${step.command}\` should print a line like\n  ${shown}\nbut printed\n${output}`,
            ).toBe(true);
          }
        }
      }
    });
  }
});
