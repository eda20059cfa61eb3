import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseAccessLog } from './access-logs.ts';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'access-logs');
const read = (name: string) => readFileSync(join(fixtures, name), 'utf8');
const summary = (format: 's3-access' | 'cloudtrail' | 'gcs-audit', name: string) =>
  parseAccessLog(format, read(name)).map((event) => ({
    time: event.time,
    principal: event.principal,
    decision: event.decision,
    operation: event.attrs.operation,
    object: event.attrs.object,
    bytes: event.attrs.bytes,
  }));

describe('access logs → data.access events', () => {
  it('reads S3 server access log lines (quoted and bracketed fields, anonymous and refused requests)', () => {
    const events = parseAccessLog('s3-access', read('s3-access.log'));
    expect(events.every((event) => event.kind === 'data.access' && event.source === 'data')).toBe(true);
    expect(events[0]).toMatchObject({
      client_ip: '10.20.1.14',
      attrs: { bucket: 'ml-datasets', store: 's3', log: 's3-access', status: 200 },
    });
    expect(summary('s3-access', 's3-access.log')).toEqual([
      {
        time: '2026-12-07T03:10:01.000Z',
        principal: 'arn:aws:sts::111122223333:assumed-role/train-job/i-0a1b2c',
        decision: 'allow',
        operation: 'read',
        object: 'reviews/v3/train.csv',
        bytes: 18233410,
      },
      {
        time: '2026-12-07T03:41:17.000Z',
        principal: 'arn:aws:iam::111122223333:user/contractor-7',
        decision: 'allow',
        operation: 'list',
        object: undefined,
        bytes: 5120,
      },
      {
        time: '2026-12-07T03:41:52.000Z',
        principal: 'arn:aws:iam::111122223333:user/contractor-7',
        decision: 'allow',
        operation: 'read',
        object: 'reviews/v3/train.csv',
        bytes: 18233410,
      },
      {
        time: '2026-12-07T03:44:09.000Z',
        principal: 'arn:aws:iam::111122223333:user/contractor-7',
        decision: 'allow',
        operation: 'write',
        object: 'reviews/v3/train.csv',
        bytes: 18240112,
      },
      {
        time: '2026-12-07T03:45:30.000Z',
        principal: 'anonymous',
        decision: 'block',
        operation: 'read',
        object: 'reviews/v3/labels.csv',
        bytes: 243,
      },
    ]);
  });

  it('reads CloudTrail S3 data events and leaves other services out', () => {
    expect(
      summary('cloudtrail', 'cloudtrail.json').map((event) => [event.operation, event.decision]),
    ).toEqual([
      ['read', 'allow'],
      ['write', 'allow'],
      ['delete', 'block'],
    ]);
    // The same records as JSON lines.
    const lines = (JSON.parse(read('cloudtrail.json')).Records as unknown[])
      .map((record) => JSON.stringify(record))
      .join('\n');
    expect(parseAccessLog('cloudtrail', lines)).toHaveLength(3);
  });

  it('reads GCS Cloud Audit Log entries (bucket and object from the resource name)', () => {
    const events = parseAccessLog('gcs-audit', read('gcs-audit.jsonl'));
    expect(
      events.map((event) => [event.principal, event.attrs.operation, event.attrs.bucket, event.decision]),
    ).toEqual([
      ['trainer@ml-prod.iam.gserviceaccount.com', 'read', 'ml-datasets-eu', 'allow'],
      ['dana@example.org', 'write', 'ml-datasets-eu', 'allow'],
      ['dana@example.org', 'delete', 'ml-datasets-eu', 'block'],
    ]);
  });

  it('names a malformed record with a code and where it is', () => {
    const cases: Array<['s3-access' | 'cloudtrail' | 'gcs-audit', string]> = [
      ['s3-access', 'owner bucket [not a time] 1.2.3.4'],
      ['s3-access', read('s3-access.log').replace('07/Dec/2026:03:10:01', '2026-12-07 03:10')],
      ['cloudtrail', '{"Records": [{"eventSource": "s3.amazonaws.com"}]}'],
      ['gcs-audit', '{"timestamp": "2026-12-07T00:00:00Z"}'],
      ['gcs-audit', 'not json\n'],
    ];
    for (const [format, text] of cases)
      expect(() => parseAccessLog(format, text), format).toThrow(
        expect.objectContaining({ code: 'RAMPART_SOC_INGEST_INVALID' }),
      );
  });
});
