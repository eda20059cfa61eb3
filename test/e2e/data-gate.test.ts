import { execFile } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLogFile } from '../../src/data/index.ts';
import {
  flipLabels,
  labelledRows,
  plantTrigger,
  temporaryDirectory,
  writeCsv,
} from '../support/data-fixtures.ts';

const root = resolve(import.meta.dirname, '..', '..');

function rampart(
  args: string[],
  env: Record<string, string> = {},
): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    execFile(
      'node',
      [join(root, 'bin', 'rampart.js'), ...args],
      { env: { ...process.env, ...env }, maxBuffer: 1 << 24 },
      (error, stdout, stderr) => {
        done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

describe('rampart data gate (end to end)', { timeout: 90_000 }, () => {
  const work = temporaryDirectory('rampart-gate-');
  const cleanDir = join(work, 'clean');
  const poisonedDir = join(work, 'poisoned');
  const received: Array<{ authorization?: string; body: { events: Array<Record<string, unknown>> } }> = [];
  let server: Server;
  let socUrl = '';
  let refuse = false;
  const clean = labelledRows({ rows: 800 });
  const flips = flipLabels(clean, 0.06, 21);
  const backdoor = plantTrigger(flips.rows, 'zq', 0.05, 22);

  beforeAll(async () => {
    mkdirSync(cleanDir);
    mkdirSync(poisonedDir);
    writeCsv(join(cleanDir, 'train.csv'), clean);
    writeCsv(join(poisonedDir, 'train.csv'), backdoor.rows);
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    writeFileSync(join(work, 'signing.pem'), keys.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(join(work, 'signing.pub.pem'), keys.publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(
      join(work, 'data-policy.yaml'),
      'version: 1\nlabel: label\ntext: text\nignore: [id]\nfailOn: high\nbaseline: baseline.json\n',
    );
    server = createServer((request: IncomingMessage, response) => {
      let body = '';
      request.on('data', (chunk) => {
        body += chunk;
      });
      request.on('end', () => {
        if (refuse) {
          response.writeHead(401).end();
          return;
        }
        received.push({ authorization: request.headers.authorization, body: JSON.parse(body) });
        response.writeHead(202, { 'content-type': 'application/json' }).end('{"accepted":1}');
      });
    });
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
    socUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });

  afterAll(() => new Promise<void>((done) => server.close(() => done())));

  it('approves, profiles and passes the clean dataset, reporting to the SOC', async () => {
    const manifest = await rampart([
      'data',
      'manifest',
      cleanDir,
      '--key',
      join(work, 'signing.pem'),
      '--by',
      'alice@example.com',
      '--log',
      join(cleanDir, 'provenance.jsonl'),
      '--version',
      'v1',
    ]);
    expect(manifest.code).toBe(0);
    expect(manifest.stdout).toContain('train.csv');
    const profile = await rampart([
      'data',
      'profile',
      join(cleanDir, 'train.csv'),
      '--policy',
      join(work, 'data-policy.yaml'),
      '--out',
      join(work, 'baseline.json'),
    ]);
    expect(profile.code).toBe(0);
    expect(profile.stdout).toMatch(/label label:/);
    const gate = await rampart(
      [
        'data',
        'gate',
        cleanDir,
        '--policy',
        join(work, 'data-policy.yaml'),
        '--manifest',
        join(cleanDir, 'manifest.json'),
        '--key',
        join(work, 'signing.pub.pem'),
        '--json',
        join(work, 'clean.json'),
        '--sarif',
        join(work, 'clean.sarif'),
        '--junit',
        join(work, 'clean.xml'),
        '--html',
        join(work, 'clean.html'),
        '--report-to',
        socUrl,
      ],
      { RAMPART_SOC_TOKEN: 'test-token' },
    );
    expect(gate.stdout).toContain('PASSED');
    expect(gate.code).toBe(0);
    const report = JSON.parse(readFileSync(join(work, 'clean.json'), 'utf8'));
    expect(report.checks.find((check: { id: string }) => check.id === 'manifest').status).toBe('pass');
    expect(report.checks.find((check: { id: string }) => check.id === 'provenance-log').status).toBe('pass');
    expect(received).toHaveLength(1);
    expect(received[0]!.authorization).toBe('Bearer test-token');
    expect(received[0]!.body.events[0]).toMatchObject({
      kind: 'data.gate.result',
      source: 'data',
      decision: 'allow',
    });
    const html = readFileSync(join(work, 'clean.html'), 'utf8');
    expect(html).toContain('<svg');
    expect(html).not.toMatch(/<script|src="http|href="http/);
  });

  it('blocks the poisoned dataset (label flips + backdoor trigger) and lists the suspect rows', async () => {
    const gate = await rampart([
      'data',
      'gate',
      poisonedDir,
      '--policy',
      join(work, 'data-policy.yaml'),
      '--json',
      join(work, 'poisoned.json'),
      '--sarif',
      join(work, 'poisoned.sarif'),
      '--junit',
      join(work, 'poisoned.xml'),
    ]);
    expect(gate.code).toBe(1);
    expect(gate.stdout).toContain('BLOCKED');
    const report = JSON.parse(readFileSync(join(work, 'poisoned.json'), 'utf8'));
    expect(report.blocking).toEqual(expect.arrayContaining(['label-noise', 'backdoor-triggers']));
    const rows = new Set(report.suspects.map((suspect: { row: number }) => suspect.row));
    const injected = [...flips.flipped, ...backdoor.poisoned];
    expect(injected.filter((row) => rows.has(row)).length / injected.length).toBeGreaterThan(0.8);
    const sarif = JSON.parse(readFileSync(join(work, 'poisoned.sarif'), 'utf8'));
    expect(sarif.runs[0].results.map((result: { ruleId: string }) => result.ruleId)).toContain(
      'data.poisoning.backdoor-trigger',
    );
    expect(readFileSync(join(work, 'poisoned.xml'), 'utf8')).toMatch(
      /<testcase name="label-noise"[^>]*>\s*<failure/,
    );
  });

  it('verify names the changed file; log verify names the edited line', async () => {
    writeFileSync(
      join(cleanDir, 'train.csv'),
      `${readFileSync(join(cleanDir, 'train.csv'), 'utf8')}9999,0,0,web,hello,ham\n`,
    );
    const verify = await rampart([
      'data',
      'verify',
      cleanDir,
      '--manifest',
      join(cleanDir, 'manifest.json'),
      '--key',
      join(work, 'signing.pub.pem'),
      '--log',
      join(cleanDir, 'provenance.jsonl'),
    ]);
    expect(verify.code).toBe(1);
    expect(verify.stdout).toMatch(/changed {2}train\.csv/);
    const log = join(cleanDir, 'provenance.jsonl');
    writeFileSync(log, readFileSync(log, 'utf8').replace('alice@example.com', 'mallory@example.com'));
    expect(verifyLogFile(log).problem).toMatchObject({ line: 1 });
  });

  it('fails with a coded error, not a stack trace, when the SOC refuses the event', async () => {
    refuse = true;
    const gate = await rampart(
      [
        'data',
        'check',
        join(poisonedDir, 'train.csv'),
        '--label',
        'label',
        '--ignore',
        'id',
        '--report-to',
        socUrl,
      ],
      { RAMPART_SOC_TOKEN: 'bad' },
    );
    expect(gate.code).toBe(2);
    expect(gate.stderr).toContain('RAMPART_SOC_FORWARD_FAILED');
    expect(gate.stderr).not.toMatch(/\n\s+at /);
  });
});
