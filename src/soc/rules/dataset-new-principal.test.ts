import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseAccessLog } from '../ingest/access-logs.ts';
import { createSoc } from '../soc-runtime.ts';
import { openSqliteEventStore } from '../store/sqlite-event-store.ts';
import { defaultRules } from './load-rules.ts';
import { RulesEngine } from './rules-engine.ts';

const fixtures = join(import.meta.dirname, '..', '..', '..', 'test', 'fixtures', 'access-logs');
const directory = mkdtempSync(join(tmpdir(), 'rampart-new-principal-'));
afterAll(() => rmSync(directory, { recursive: true, force: true }));

// Ten days of one bucket's S3 access log: the training job reads daily, dana writes a new version on
// days 2 and 9, and on the last day contractor-9 (never seen) reads the training data and the labels.
const history = parseAccessLog('s3-access', readFileSync(join(fixtures, 's3-access-history.log'), 'utf8'));
const contractor = 'arn:aws:iam::111122223333:user/contractor-9';
const newPrincipalAlerts = (detections: ReturnType<RulesEngine['evaluateAll']>) =>
  detections.filter((detection) => detection.ruleId === 'dataset-new-principal');

describe('dataset-new-principal (default rule) on a recorded S3 access log', () => {
  it('stays silent while learning and for known principals, then raises one alert for the newcomer', () => {
    const engine = new RulesEngine(defaultRules());
    const fired = newPrincipalAlerts(engine.evaluateAll(history));
    expect(fired.map((detection) => detection.group)).toEqual([{ principal: contractor }]);
    expect(fired[0]!.trigger.attrs).toMatchObject({ operation: 'read', object: 'reviews/v3/train.csv' });
    // The refused anonymous read in the same minutes is not an access and raises nothing.
    expect(history.some((event) => event.principal === 'anonymous' && event.decision === 'block')).toBe(true);
  });

  it('the same log replayed without its first week is all learning: nothing fires', () => {
    const lastDays = history.filter((event) => event.time >= '2026-12-01');
    expect(newPrincipalAlerts(new RulesEngine(defaultRules()).evaluateAll(lastDays))).toEqual([]);
  });

  it('a restarted SOC learns from its store and still raises on the newcomer only', async () => {
    const path = join(directory, 'events.db');
    const before = history.filter((event) => event.time < '2026-12-07');
    const lastDay = history.filter((event) => event.time >= '2026-12-07');
    const first = createSoc({ store: openSqliteEventStore({ path }) });
    await first.store.write(before);
    await first.close();

    const restarted = createSoc({ store: openSqliteEventStore({ path }) });
    try {
      const learnt = await restarted.learnHistory({ now: Date.parse('2026-12-07T12:00:00Z') });
      expect(learnt).toBe(before.length);
      restarted.sink.write(lastDay);
      await restarted.idle();
      const alerts = (await restarted.alerts.list({ ruleId: 'dataset-new-principal' })).alerts;
      expect(alerts.map((alert) => alert.principal)).toEqual([contractor]);
      expect(alerts[0]!.detections).toBe(1);
    } finally {
      await restarted.close();
    }
  });
});
