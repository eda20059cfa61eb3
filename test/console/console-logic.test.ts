import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { datasetObjectOf } from '../../src/console/src/alert-targets.ts';
import { withQuery } from '../../src/console/src/api/query.ts';
import { driftSeries } from '../../src/console/src/components/drift-series.ts';
import {
  alertTally,
  countNoun,
  formatAgo,
  formatCount,
  localInputToIso,
  niceMax,
  summariseAttrs,
} from '../../src/console/src/format.ts';
import { passedOf, statusTone } from '../../src/console/src/report-fields.ts';
import type { SecurityEvent } from '../../src/core/index.ts';

const event = (attrs: Record<string, unknown>, decision?: SecurityEvent['decision']): SecurityEvent => ({
  id: '0193a000-0000-7000-8000-000000000000',
  time: '2026-03-01T10:00:00.000Z',
  source: 'model',
  kind: 'model.scan.result',
  severity: 'info',
  attrs,
  frameworks: [],
  ...(decision ? { decision } : {}),
});

describe('console query strings', () => {
  it('leaves out empty values and joins lists with commas', () => {
    expect(
      withQuery('/api/events', {
        kind: ['auth.failure', 'guard.detection'],
        principal: '',
        model: undefined,
        severity: [],
        limit: 50,
      }),
    ).toBe('/api/events?kind=auth.failure%2Cguard.detection&limit=50');
    expect(withQuery('/api/rules')).toBe('/api/rules');
  });

  it('round-trips any filter value through URLSearchParams', () => {
    fc.assert(
      fc.property(
        fc.string({ minLength: 1, maxLength: 40 }),
        fc.string({ minLength: 1, maxLength: 40 }),
        (principal, model) => {
          const url = new URL(withQuery('/api/events', { principal, model }), 'http://soc.invalid');
          expect(url.searchParams.get('principal')).toBe(principal);
          expect(url.searchParams.get('model')).toBe(model);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('console formatting', () => {
  it('rounds chart axes up to 1, 2 or 5 times a power of ten', () => {
    expect(niceMax(0)).toBe(1);
    expect(niceMax(7)).toBe(10);
    expect(niceMax(12)).toBe(20);
    expect(niceMax(4_100)).toBe(5_000);
    fc.assert(
      fc.property(fc.double({ min: 0.001, max: 1e9, noNaN: true }), (value) => {
        const max = niceMax(value);
        expect(max).toBeGreaterThanOrEqual(value);
        expect(max).toBeLessThanOrEqual(value * 5 + 1e-9);
      }),
      { numRuns: 300 },
    );
  });

  it('says how long ago something happened', () => {
    const now = Date.parse('2026-03-01T12:00:00Z');
    expect(formatAgo('2026-03-01T11:59:30Z', now)).toBe('30s ago');
    expect(formatAgo('2026-03-01T11:15:00Z', now)).toBe('45m ago');
    expect(formatAgo('2026-02-27T12:00:00Z', now)).toBe('2d ago');
    expect(formatAgo(undefined, now)).toBe('never');
  });

  it('tallies an alert in the right number: one detection can rest on several events', () => {
    expect(countNoun(1, 'event')).toBe('1 event');
    expect(countNoun(0, 'event')).toBe('0 events');
    expect(alertTally(1, 5)).toBe('1 detection from 5 evidence events');
    expect(alertTally(2, 1)).toBe('2 detections from 1 evidence event');
  });

  it('shortens large counts and summarises scalar attributes only', () => {
    expect(formatCount(950)).toBe('950');
    expect(formatCount(12_345)).toBe('12.3k');
    expect(formatCount(2_500_000)).toBe('2.5M');
    expect(summariseAttrs({ reason: 'revoked', nested: { a: 1 }, score: 0.9, extra: null }, 4)).toBe(
      'reason=revoked · score=0.9',
    );
  });

  it('turns a datetime-local value into ISO 8601 and refuses garbage', () => {
    expect(localInputToIso('')).toBeUndefined();
    expect(localInputToIso('not a date')).toBeUndefined();
    expect(localInputToIso('2026-03-01T10:00')).toMatch(/^2026-03-01T\d\d:00:00\.000Z$/);
  });
});

describe('console report fields', () => {
  it('reads pass or fail from the usual attribute names', () => {
    expect(passedOf(event({ passed: false }))).toBe(false);
    expect(passedOf(event({ verified: true }))).toBe(true);
    expect(passedOf(event({ status: 'PASSED' }))).toBe(true);
    expect(passedOf(event({ status: 'failed' }))).toBe(false);
    expect(passedOf(event({}, 'block'))).toBe(false);
    expect(passedOf(event({ findings: 3 }))).toBeUndefined();
    // model.scan.result events as `rampart model scan --report-to` sends them
    expect(passedOf(event({ 'rampart.verdict': 'clean' }, 'allow'))).toBe(true);
    expect(passedOf(event({ 'rampart.verdict': 'unsafe' }, 'flag'))).toBe(false);
  });

  it('colours compliance statuses: covered and enabled good, available partial, not-covered bad', () => {
    expect(statusTone('covered')).toBe('good');
    expect(statusTone('enabled')).toBe('good');
    expect(statusTone('available')).toBe('partial');
    expect(statusTone('not-covered')).toBe('bad');
  });
});

describe('alert response targets', () => {
  it('names the dataset object of a data.access alert from its group, and nothing without a bucket', () => {
    const group = {
      principal: 'contractor-7',
      'attrs.bucket': 'ml-datasets',
      'attrs.object': 'reviews/v3/a.csv',
    };
    expect(datasetObjectOf({ group })).toEqual({
      bucket: 'ml-datasets',
      object: 'reviews/v3/a.csv',
      label: 'ml-datasets/reviews/v3/a.csv',
    });
    expect(datasetObjectOf({ group: { ...group, 'attrs.store': 's3' } })?.label).toBe(
      's3://ml-datasets/reviews/v3/a.csv',
    );
    expect(datasetObjectOf({ group: { 'attrs.bucket': 'ml-datasets' } })?.label).toBe('ml-datasets/');
    expect(datasetObjectOf({ group: { principal: 'mallory' } })).toBeUndefined();
    expect(datasetObjectOf({ group: { 'attrs.bucket': '', 'attrs.object': 'x' } })).toBeUndefined();
  });
});

describe('drift chart series', () => {
  const drift = (time: string, route: string, maxPsi: number): SecurityEvent => ({
    id: `0193a000-0000-7000-8000-00000000000${time.slice(-1)}`,
    time: `2026-03-01T10:00:0${time.slice(-1)}.000Z`,
    source: 'gateway',
    kind: 'predict.drift',
    severity: maxPsi > 0.2 ? 'medium' : 'info',
    route,
    attrs: { max_psi: maxPsi },
    frameworks: [],
  });

  it('draws one line per route, each holding its latest window until the next', () => {
    const { times, series } = driftSeries([
      drift('1', 'iris', 0.05),
      drift('2', 'credit', 0.1),
      drift('3', 'iris', 0.6),
    ]);
    expect(times).toHaveLength(3);
    expect(series.map((line) => line.name)).toEqual(['iris max PSI', 'credit max PSI']);
    expect(series[0]!.values).toEqual([0.05, 0.05, 0.6]);
    expect(series[1]!.values).toEqual([0, 0.1, 0.1]);
  });
});
