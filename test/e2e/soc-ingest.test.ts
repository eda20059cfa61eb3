import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createSoc,
  createSocServer,
  openSqliteEventStore,
  type Soc,
  type SocServer,
} from '../../src/soc/index.ts';

const root = resolve(import.meta.dirname, '..', '..');
const fixtures = join(root, 'test', 'fixtures', 'access-logs');
const ingestToken = 'ingest-logs-token-0123456789';

function rampart(args: string[]) {
  return new Promise<{ code: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, [join(root, 'bin', 'rampart.js'), ...args], {
      env: { ...process.env, RAMPART_SOC_TOKEN: ingestToken },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

describe('rampart soc ingest: recorded access logs into a real SOC', { timeout: 90_000 }, () => {
  const work = mkdtempSync(join(tmpdir(), 'rampart-soc-ingest-'));
  let soc: Soc;
  let server: SocServer;
  let url = '';

  beforeAll(async () => {
    soc = createSoc({ store: openSqliteEventStore({ path: join(work, 'events.db') }) });
    server = createSocServer({
      ...soc,
      config: { adminToken: 'ingest-admin-token-0123456789', ingestTokens: [ingestToken] },
    });
    url = await server.listen();
  });
  afterAll(async () => {
    await server.close();
    await soc.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('stores each format as data.access events and alerts on writes to the dataset store', async () => {
    for (const [format, file, count] of [
      ['s3-access', 's3-access.log', 5],
      ['cloudtrail', 'cloudtrail.json', 3],
      ['gcs-audit', 'gcs-audit.jsonl', 3],
    ] as const) {
      const result = await rampart([
        'soc',
        'ingest',
        '--format',
        format,
        join(fixtures, file),
        '--report-to',
        url,
      ]);
      expect(result.stdout, result.stderr).toContain(`${count} data.access event(s)`);
      expect(result.code).toBe(0);
    }
    await soc.idle();
    const events = (await soc.store.query({ kind: 'data.access', limit: 100 })).events;
    expect(events).toHaveLength(11);
    const alerts = (await soc.alerts.list({ ruleId: 'approved-dataset-write' })).alerts;
    // contractor-7's PutObject (in the S3 log and again in CloudTrail: one principal, one object) and
    // dana's create in GCS; refused deletes changed nothing and raise nothing.
    expect(alerts.map((alert) => alert.group)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ principal: 'arn:aws:iam::111122223333:user/contractor-7' }),
        expect.objectContaining({ principal: 'dana@example.org' }),
      ]),
    );
    expect(alerts).toHaveLength(2);
  });

  it('ten days of one bucket: the principal never seen before raises dataset-new-principal, once', async () => {
    // Its own SOC: the learning week starts at the first data.access event the rules see.
    const store = openSqliteEventStore({ path: join(work, 'history.db') });
    const fresh = createSoc({ store });
    const freshServer = createSocServer({
      ...fresh,
      config: { adminToken: 'ingest-admin-token-0123456789', ingestTokens: [ingestToken] },
    });
    const freshUrl = await freshServer.listen();
    try {
      const result = await rampart([
        'soc',
        'ingest',
        '--format',
        's3-access',
        join(fixtures, 's3-access-history.log'),
        '--report-to',
        freshUrl,
      ]);
      expect(result.stdout, result.stderr).toContain('15 data.access event(s)');
      await fresh.idle();
      const alerts = (await fresh.alerts.list({ ruleId: 'dataset-new-principal' })).alerts;
      expect(alerts.map((alert) => alert.principal)).toEqual(['arn:aws:iam::111122223333:user/contractor-9']);
      expect(alerts[0]!.group).toEqual({ principal: 'arn:aws:iam::111122223333:user/contractor-9' });
    } finally {
      await freshServer.close();
      await fresh.close();
    }
  });

  it('refuses an unknown format and a malformed log with a code (exit 2)', async () => {
    const unknown = await rampart([
      'soc',
      'ingest',
      '--format',
      'syslog',
      join(fixtures, 's3-access.log'),
      '--events',
      join(work, 'x.jsonl'),
    ]);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('RAMPART_USAGE');
    const malformed = await rampart([
      'soc',
      'ingest',
      '--format',
      'gcs-audit',
      join(fixtures, 's3-access.log'),
      '--events',
      join(work, 'x.jsonl'),
    ]);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toContain('RAMPART_SOC_INGEST_INVALID');
  });
});
