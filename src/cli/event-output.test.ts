import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkEventOutput } from './event-output.ts';

const saved = process.env.RAMPART_SOC_TOKEN;
afterEach(() => {
  if (saved === undefined) delete process.env.RAMPART_SOC_TOKEN;
  else process.env.RAMPART_SOC_TOKEN = saved;
});

describe('--report-to is checked before the work starts', () => {
  it('refuses a value that is not an http(s) URL and a missing ingest token', () => {
    process.env.RAMPART_SOC_TOKEN = 'token';
    expect(() => checkEventOutput({ 'report-to': 'notaurl' })).toThrow(
      expect.objectContaining({ code: 'RAMPART_USAGE' }),
    );
    expect(() => checkEventOutput({ 'report-to': 'ftp://soc:21' })).toThrow(
      expect.objectContaining({ code: 'RAMPART_USAGE' }),
    );
    expect(() => checkEventOutput({ 'report-to': 'https://soc.example' })).not.toThrow();
    expect(() => checkEventOutput({})).not.toThrow();
    delete process.env.RAMPART_SOC_TOKEN;
    expect(() => checkEventOutput({ 'report-to': 'https://soc.example' })).toThrow(/RAMPART_SOC_TOKEN/);
  });

  it('model scan without the token fails at once, before scanning and printing a report', () => {
    const directory = mkdtempSync(join(tmpdir(), 'rampart-report-to-'));
    writeFileSync(join(directory, 'weights.bin'), 'x');
    const environment: Record<string, string | undefined> = { ...process.env };
    delete environment.RAMPART_SOC_TOKEN;
    const result = spawnSync(
      process.execPath,
      [
        resolve(import.meta.dirname, '../../bin/rampart.js'),
        'model',
        'scan',
        directory,
        '--report-to',
        'http://127.0.0.1:9',
      ],
      { encoding: 'utf8', env: environment },
    );
    rmSync(directory, { recursive: true, force: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error RAMPART_USAGE: --report-to needs the SOC ingest token');
    expect(result.stdout).toBe('');
  });
});
