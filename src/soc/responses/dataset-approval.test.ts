import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import {
  appendLogEntry,
  createEvent,
  decidingEntry,
  standingApprovals,
  verifyLogFile,
} from '../../core/index.ts';
import { defaultRules } from '../rules/load-rules.ts';
import { createSoc, type Soc } from '../soc-runtime.ts';
import { openSqliteEventStore } from '../store/sqlite-event-store.ts';
import type { DatasetLocation } from './dataset-approval.ts';

const directory = mkdtempSync(join(tmpdir(), 'rampart-revoke-approval-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

const rootV3 = 'a'.repeat(64);
const rootV2 = 'b'.repeat(64);
let counter = 0;
let soc: Soc | undefined;
afterEach(async () => {
  await soc?.close();
  soc = undefined;
});

function approvedLog(): string {
  const path = join(directory, `provenance-${counter++}.jsonl`);
  appendLogEntry(path, { action: 'approve', rootDigest: rootV2, approvedBy: 'alice', version: 'v2' });
  appendLogEntry(path, { action: 'approve', rootDigest: rootV3, approvedBy: 'alice', version: 'v3' });
  return path;
}

function write(
  principal: string,
  object: string,
  operation = 'write',
  decision: 'allow' | 'block' = 'allow',
) {
  return createEvent({
    source: 'data',
    kind: 'data.access',
    principal,
    client_ip: '198.51.100.23',
    decision,
    attrs: { operation, action: 'REST.PUT.OBJECT', store: 's3', bucket: 'ml-datasets', object, bytes: 10 },
  });
}

async function socWith(datasets: DatasetLocation[]): Promise<Soc> {
  soc = createSoc({
    store: openSqliteEventStore({ path: join(directory, `events-${counter++}.db`) }),
    rules: defaultRules(),
    datasets,
  });
  return soc;
}

const dataset = (log: string, extra: Partial<DatasetLocation> = {}): DatasetLocation => ({
  name: 'reviews',
  bucket: 'ml-datasets',
  prefix: 'reviews/v3/',
  log,
  ...extra,
});

describe('revoke_approval (default response of approved-dataset-write)', () => {
  it('a write into an approved dataset revokes its standing approvals, with the alert as evidence', async () => {
    const log = approvedLog();
    const running = await socWith([dataset(log)]);
    const event = write('contractor-7', 'reviews/v3/train.csv');
    running.sink.write([event]);
    await running.idle();
    const [alert] = (await running.alerts.list({ ruleId: 'approved-dataset-write' })).alerts;
    expect(alert!.responses).toEqual([
      expect.objectContaining({
        action: 'revoke_approval',
        status: 'executed',
        target: 'reviews: 2 approval(s) revoked',
      }),
    ]);
    const verification = verifyLogFile(log);
    expect(verification.ok).toBe(true);
    expect(standingApprovals(verification.entries)).toEqual([]);
    expect(decidingEntry(verification.entries, rootV3)).toMatchObject({
      action: 'revoke',
      approvedBy: 'rampart-soc',
      version: 'v3',
      evidence: {
        alertId: alert!.id,
        ruleId: 'approved-dataset-write',
        principal: 'contractor-7',
        store: 's3',
        bucket: 'ml-datasets',
        object: 'reviews/v3/train.csv',
        operation: 'write',
        eventId: event.id,
      },
    });
    const executed = (await running.store.query({ kind: 'response.executed', limit: 10 })).events;
    expect(executed[0]!.attrs).toMatchObject({ action: 'revoke_approval', status: 'executed' });
  });

  it('touches only the dataset the object falls in, and only the configured version', async () => {
    const v3Log = approvedLog();
    const otherLog = approvedLog();
    const running = await socWith([
      dataset(v3Log, { version: 'v3' }),
      dataset(otherLog, { name: 'images', prefix: 'images/' }),
    ]);
    running.sink.write([write('contractor-7', 'reviews/v3/train.csv')]);
    await running.idle();
    expect(standingApprovals(verifyLogFile(v3Log).entries).map((entry) => entry.version)).toEqual(['v2']);
    expect(readFileSync(otherLog, 'utf8').trimEnd().split('\n')).toHaveLength(2);
  });

  it('fails closed and visibly: no dataset holds the object, or its log is broken or missing', async () => {
    const log = approvedLog();
    const broken = approvedLog();
    writeFileSync(broken, readFileSync(broken, 'utf8').replace('alice', 'mallory'));
    const running = await socWith([
      dataset(log),
      dataset(broken, { name: 'tabular', prefix: 'tabular/' }),
      dataset(join(directory, 'absent.jsonl'), { name: 'audio', prefix: 'audio/' }),
    ]);
    running.sink.write([
      write('contractor-7', 'elsewhere/file.csv'),
      write('contractor-7', 'tabular/rows.csv'),
      write('contractor-7', 'audio/clip.wav'),
    ]);
    await running.idle();
    const alerts = (await running.alerts.list({ ruleId: 'approved-dataset-write' })).alerts;
    expect(alerts).toHaveLength(3);
    const failures = alerts.map((alert) => alert.responses[0]!);
    for (const failure of failures)
      expect(failure).toMatchObject({ action: 'revoke_approval', status: 'failed' });
    const errors = failures.map((failure) => failure.error).join('\n');
    expect(errors).toContain('no dataset in soc.yaml datasets: holds ml-datasets/elsewhere/file.csv');
    expect(errors).toContain('line 1');
    expect(errors).toContain('cannot read');
    // The unrelated, intact log is untouched; the broken one gains no line.
    expect(readFileSync(log, 'utf8').trimEnd().split('\n')).toHaveLength(2);
    expect(readFileSync(broken, 'utf8').trimEnd().split('\n')).toHaveLength(2);
  });

  it('a refused write or a read revokes nothing', async () => {
    const log = approvedLog();
    const running = await socWith([dataset(log)]);
    running.sink.write([
      write('anonymous', 'reviews/v3/train.csv', 'delete', 'block'),
      write('train-job', 'reviews/v3/train.csv', 'read'),
    ]);
    await running.idle();
    expect(standingApprovals(verifyLogFile(log).entries)).toHaveLength(2);
  });

  it('a person can revoke from an alert through the API request shape, named as the actor', async () => {
    const log = approvedLog();
    const running = await socWith([]);
    running.sink.write([write('contractor-7', 'reviews/v3/train.csv')]);
    await running.idle();
    const [alert] = (await running.alerts.list({ ruleId: 'approved-dataset-write' })).alerts;
    expect(alert!.responses[0]).toMatchObject({ status: 'failed' });
    // Once the dataset is configured a person re-runs the response from the alert (its group names the object).
    const configured = createSoc({ store: running.store, rules: defaultRules(), datasets: [dataset(log)] });
    const { response } = await configured.alerts.respond(
      alert!.id,
      { action: 'revoke_approval' },
      'ops@example.org',
    );
    expect(response).toMatchObject({ status: 'executed', requestedBy: 'ops@example.org' });
    expect(decidingEntry(verifyLogFile(log).entries, rootV3)).toMatchObject({
      action: 'revoke',
      approvedBy: 'ops@example.org',
      evidence: { alertId: alert!.id, object: 'reviews/v3/train.csv' },
    });
  });

  it('a person revokes for a dataset configured with its store: the alert group carries attrs.store', async () => {
    const log = approvedLog();
    soc = createSoc({
      store: openSqliteEventStore({ path: join(directory, `events-${counter++}.db`) }),
      rules: defaultRules(),
      datasets: [dataset(log, { store: 's3' })],
      automaticResponses: false,
    });
    soc.sink.write([write('contractor-7', 'reviews/v3/train.csv')]);
    await soc.idle();
    const [alert] = (await soc.alerts.list({ ruleId: 'approved-dataset-write' })).alerts;
    expect(alert!.group).toMatchObject({ 'attrs.store': 's3', 'attrs.bucket': 'ml-datasets' });
    expect(alert!.responses).toEqual([]);
    const { response } = await soc.alerts.respond(
      alert!.id,
      { action: 'revoke_approval' },
      'ops@example.org',
    );
    expect(response).toMatchObject({ status: 'executed', target: 'reviews: 2 approval(s) revoked' });
    expect(decidingEntry(verifyLogFile(log).entries, rootV3)).toMatchObject({
      action: 'revoke',
      evidence: { store: 's3', bucket: 'ml-datasets', object: 'reviews/v3/train.csv' },
    });
  });
});
