import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bin = join(import.meta.dirname, '../../../bin/rampart.js');
const fixtures = join(import.meta.dirname, '../../../test/fixtures/audit');

async function rampart(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [bin, ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}

let directory: string;
beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rampart-cli-audit-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

describe('rampart audit', () => {
  it('exits 1 on the bad fixtures with a table of findings and their fixes', async () => {
    const result = await rampart('audit', join(fixtures, 'bad'));
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/critical\s+gateway\.no-authentication\s+\S*rampart\.yaml:39/);
    expect(result.stdout).toContain('How to fix:');
    expect(result.stdout).toMatch(
      /5 files audited \(0 skipped, 0 errors\): 3 low, \d+ medium, \d+ high, 5 critical/,
    );
  });

  it('exits 0 on the good fixtures', async () => {
    const result = await rampart('audit', join(fixtures, 'good'));
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('no findings');
  });

  it('--fail-on decides the exit code: a file with only low findings passes at medium and fails at low', async () => {
    const path = join(directory, 'rampart.yaml');
    await writeFile(
      path,
      'server: { host: 127.0.0.1 }\nroutes: [{ id: c, path: /v1/chat/completions, kind: chat, captureText: true }]\n',
    );
    expect((await rampart('audit', path)).code).toBe(0);
    expect((await rampart('audit', path, '--fail-on', 'low')).code).toBe(1);
    expect((await rampart('audit', join(fixtures, 'bad'), '--fail-on', 'never')).code).toBe(0);
  });

  it('writes SARIF to --output', async () => {
    const output = join(directory, 'audit.sarif');
    const result = await rampart(
      'audit',
      join(fixtures, 'bad', 'Dockerfile'),
      '--format',
      'sarif',
      '--output',
      output,
    );
    expect(result.code).toBe(1);
    const log = JSON.parse(await readFile(output, 'utf8'));
    expect(log.version).toBe('2.1.0');
    expect(log.runs[0].results.map((entry: { ruleId: string }) => entry.ruleId)).toContain(
      'dockerfile.root-user',
    );
  });

  it('a directory with nothing to audit is an error (exit 2), not a pass', async () => {
    const empty = join(directory, 'empty');
    await run('mkdir', [empty]);
    await writeFile(join(empty, 'notes.yaml'), 'title: not a deployment file\n');
    const result = await rampart('audit', empty);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('RAMPART_AUDIT_NOTHING_AUDITED');
  });

  it('an invalid YAML file makes the run exit 2', async () => {
    const path = join(directory, 'compose.yaml');
    await writeFile(path, 'services: [\n');
    const result = await rampart('audit', path);
    expect(result.code).toBe(2);
    expect(result.stdout).toMatch(/error\s+\S*compose\.yaml: not valid YAML/);
  });
});
