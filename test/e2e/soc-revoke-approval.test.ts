import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { verifyLogFile } from '../../src/core/index.ts';
import { labelledRows, temporaryDirectory, writeCsv } from '../support/data-fixtures.ts';

const root = resolve(import.meta.dirname, '..', '..');
const adminToken = 'revoke-e2e-admin-token-0123456789';
const ingestToken = 'revoke-e2e-ingest-token-0123456789';

function rampart(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((done) => {
    execFile(
      process.execPath,
      [join(root, 'bin', 'rampart.js'), ...args],
      { env: { ...process.env, ...env }, maxBuffer: 1 << 24 },
      (error, stdout, stderr) => {
        done({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      },
    );
  });
}

/**
 * The whole loop with real processes: a dataset approved with a signed manifest and a provenance log,
 * `rampart soc serve` configured with where that dataset lives in S3, `rampart soc ingest` of the
 * recorded S3 access log (contractor-7 overwrites reviews/v3/train.csv), the default rule's
 * revoke_approval response, and the next `rampart data gate` failing on the revocation.
 */
describe('SOC revokes a dataset approval after a write to it (end to end)', { timeout: 120_000 }, () => {
  const work = temporaryDirectory('rampart-revoke-e2e-');
  const dataDir = join(work, 'reviews-v3');
  const log = join(dataDir, 'provenance.jsonl');
  let soc: ChildProcess | undefined;
  let socUrl = '';
  const gateArgs = () => [
    'data',
    'gate',
    dataDir,
    '--policy',
    join(work, 'data-policy.yaml'),
    '--manifest',
    join(dataDir, 'manifest.json'),
    '--key',
    join(work, 'signing.pub.pem'),
  ];

  beforeAll(async () => {
    mkdirSync(dataDir);
    writeCsv(join(dataDir, 'train.csv'), labelledRows({ rows: 400 }));
    const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
    writeFileSync(join(work, 'signing.pem'), keys.privateKey.export({ type: 'pkcs8', format: 'pem' }));
    writeFileSync(join(work, 'signing.pub.pem'), keys.publicKey.export({ type: 'spki', format: 'pem' }));
    writeFileSync(
      join(work, 'data-policy.yaml'),
      'version: 1\nlabel: label\ntext: text\nignore: [id]\nfailOn: high\nbaseline: baseline.json\n',
    );
    writeFileSync(
      join(work, 'soc.yaml'),
      [
        'store: { backend: sqlite, path: events.db }',
        'server: { port: 0 }',
        `adminToken: ${adminToken}`,
        `ingestTokens: [${ingestToken}]`,
        'datasets:',
        `  - { name: reviews-v3, store: s3, bucket: ml-datasets, prefix: reviews/v3/, log: ${JSON.stringify(log)} }`,
        '',
      ].join('\n'),
    );
    let output = '';
    soc = spawn(process.execPath, [join(root, 'bin', 'rampart.js'), 'soc', 'serve', '--config', 'soc.yaml'], {
      cwd: work,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    soc.stdout!.on('data', (chunk) => {
      output += chunk;
    });
    soc.stderr!.on('data', (chunk) => {
      output += chunk;
    });
    const deadline = Date.now() + 30_000;
    const runningLine = /running at (http:\/\/\S+)/;
    while (!runningLine.test(output)) {
      if (Date.now() > deadline || soc.exitCode !== null) throw new Error(`SOC did not start: ${output}`);
      await new Promise((wait) => setTimeout(wait, 50));
    }
    socUrl = runningLine.exec(output)![1]!;
  }, 60_000);

  afterAll(async () => {
    if (soc && soc.exitCode === null) {
      const exited = new Promise((done) => soc!.once('exit', done));
      soc.kill('SIGTERM');
      const timer = setTimeout(() => soc!.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
  });

  it('the approved dataset passes the gate before the write', async () => {
    const manifest = await rampart([
      'data',
      'manifest',
      dataDir,
      '--key',
      join(work, 'signing.pem'),
      '--by',
      'alice@example.com',
      '--log',
      log,
      '--version',
      'v3',
    ]);
    expect(manifest.code, manifest.stderr).toBe(0);
    const profile = await rampart([
      'data',
      'profile',
      join(dataDir, 'train.csv'),
      '--policy',
      join(work, 'data-policy.yaml'),
      '--out',
      join(work, 'baseline.json'),
    ]);
    expect(profile.code, profile.stderr).toBe(0);
    const gate = await rampart(gateArgs());
    expect(gate.stdout, gate.stderr).toContain('PASSED');
    expect(gate.code).toBe(0);
  });

  it('ingesting the write raises the alert, the response revokes, and the next gate fails naming it', async () => {
    const ingest = await rampart(
      [
        'soc',
        'ingest',
        '--format',
        's3-access',
        join(root, 'test', 'fixtures', 'access-logs', 's3-access.log'),
        '--report-to',
        socUrl,
      ],
      { RAMPART_SOC_TOKEN: ingestToken },
    );
    expect(ingest.stdout, ingest.stderr).toContain('5 data.access event(s)');
    expect(ingest.code).toBe(0);

    // The response runs after the batch is stored; wait for it on the alert.
    type Alert = { id: string; principal?: string; responses: Array<Record<string, unknown>> };
    let alert: Alert | undefined;
    const deadline = Date.now() + 20_000;
    while (!alert?.responses.length) {
      if (Date.now() > deadline) throw new Error(`no response on the alert: ${JSON.stringify(alert)}`);
      const response = await fetch(`${socUrl}/api/alerts?rule=approved-dataset-write`, {
        headers: { authorization: `Bearer ${adminToken}` },
      });
      expect(response.status).toBe(200);
      alert = ((await response.json()) as { alerts: Alert[] }).alerts[0];
      if (!alert?.responses.length) await new Promise((wait) => setTimeout(wait, 100));
    }
    expect(alert.principal).toBe('arn:aws:iam::111122223333:user/contractor-7');
    expect(alert.responses[0]).toMatchObject({
      action: 'revoke_approval',
      status: 'executed',
      requestedBy: 'automatic',
      target: 'reviews-v3: 1 approval(s) revoked',
    });

    const verification = verifyLogFile(log);
    expect(verification.ok).toBe(true);
    expect(verification.entries.map((entry) => entry.action)).toEqual(['approve', 'revoke']);
    expect(verification.entries[1]).toMatchObject({
      approvedBy: 'rampart-soc',
      rootDigest: verification.entries[0]!.rootDigest,
      evidence: {
        alertId: alert.id,
        ruleId: 'approved-dataset-write',
        principal: 'arn:aws:iam::111122223333:user/contractor-7',
        bucket: 'ml-datasets',
        object: 'reviews/v3/train.csv',
        operation: 'write',
      },
    });

    const gate = await rampart([...gateArgs(), '--json', join(work, 'after.json')]);
    expect(gate.code).toBe(1);
    expect(gate.stdout).not.toContain('PASSED');
    expect(gate.stdout).toContain('revoked in entry 1 by rampart-soc');
    expect(gate.stdout).toContain(alert.id);

    // The log verifies from the CLI too: the appended entry kept the chain intact.
    const verify = await rampart(['data', 'log', 'verify', log]);
    expect(verify.code).toBe(0);
    expect(verify.stdout).toContain('revoke');
  });
});
