import { generateKeyPairSync } from 'node:crypto';
import { realpathSync, rmSync, symlinkSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  approveDataset,
  labelledRows,
  temporaryDirectory,
  writeCsv,
} from '../../test/support/data-fixtures.ts';
import { type GateReport, runGate } from './gate.ts';
import { defaultPolicy } from './policy.ts';

/**
 * The gate verified the directory against its manifest (one walk, hashing every file), listed the
 * files to read (a second walk), then DuckDB read them: a file rewritten after it was hashed passed as
 * the approved data while the checks ran on other bytes, and a file added after the verification walk
 * was read but never reported as added. The gate now lists the files from the verification's walk and,
 * after the read, walks and hashes the directory again: any difference is a blocking `manifest` error.
 * `afterVerify` runs a writer in that window, on real files.
 */
const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const clean = labelledRows({ rows: 200 });
const policy = { ...defaultPolicy(), label: 'label', text: 'text', ignore: ['id'] };

let data: string;

beforeEach(() => {
  data = realpathSync(temporaryDirectory('rampart-gate-toctou-'));
  writeCsv(join(data, 'train.csv'), clean);
});

afterEach(() => rmSync(data, { recursive: true, force: true }));

const approve = () => approveDataset(data, keys.privateKey);

/** Run the gate on the approved data, with `afterVerify` run between the manifest check and the read. */
const gateWith = (manifestPath: string, afterVerify: () => void) =>
  runGate({ directory: data, policy, manifestPath, publicKey: keys.publicKey, afterVerify });

const manifestResult = (report: GateReport) => report.checks.find((check) => check.id === 'manifest')!;

describe('data gate: the directory read is the directory verified', { timeout: 60_000 }, () => {
  it('a file rewritten after the manifest check hashed it fails the gate (RAMPART_DATA_CHANGED_DURING_READ)', async () => {
    const manifestPath = await approve();
    // The same rows in another order: every data check still passes, only the bytes differ.
    const report = await gateWith(manifestPath, () => {
      writeCsv(join(data, 'train.csv'), [...clean].reverse());
    });
    const manifest = manifestResult(report);
    expect(report.passed).toBe(false);
    expect(report.blocking).toContain('manifest');
    expect(manifest.status).toBe('error');
    expect(manifest.summary).toMatch(
      /^RAMPART_DATA_CHANGED_DURING_READ: the data changed while the gate read it/,
    );
    expect(manifest.findings.map((finding) => finding.message)).toEqual([
      expect.stringMatching(
        /^changed while read: train\.csv \(sha256 [0-9a-f]{12}…, verified [0-9a-f]{12}…\)$/,
      ),
    ]);
    expect(manifest.hint).toMatch(/re-run the gate on a directory nothing writes to/);
    expect(manifest.metrics.changedDuringRead).toBe(1);
    // The other checks ran and passed: without the second look, the gate said PASSED.
    expect(
      report.checks.filter((check) => check.id !== 'manifest').every((check) => check.status !== 'error'),
    ).toBe(true);
  });

  it('a file added after the verification walk is not read, and fails the gate as added', async () => {
    const manifestPath = await approve();
    const report = await gateWith(manifestPath, () => {
      writeCsv(join(data, 'extra.csv'), clean.slice(0, 50));
    });
    const manifest = manifestResult(report);
    expect(report.passed).toBe(false);
    expect(manifest.status).toBe('error');
    expect(manifest.summary).toMatch(/^RAMPART_DATA_CHANGED_DURING_READ: /);
    expect(manifest.findings.map((finding) => finding.message)).toEqual(['added while read: extra.csv']);
    // The files read come from the walk the manifest check verified.
    expect(report.files).toEqual([join(data, 'train.csv')]);
  });

  it('a file removed in that window fails the gate as removed', async () => {
    writeCsv(join(data, 'more.csv'), clean.slice(0, 50));
    const manifestPath = await approve();
    const report = await gateWith(manifestPath, () => rmSync(join(data, 'more.csv')));
    const manifest = manifestResult(report);
    expect(report.passed).toBe(false);
    expect(manifest.status).toBe('error');
    expect(manifest.findings.map((finding) => finding.message)).toContain('removed while read: more.csv');
  });

  it('a link re-pointed in that window at a copy of the same bytes fails the gate as changed', async () => {
    const store = realpathSync(temporaryDirectory('rampart-gate-toctou-store-'));
    try {
      writeCsv(join(store, 'v1.csv'), clean);
      writeCsv(join(store, 'copy.csv'), clean);
      rmSync(join(data, 'train.csv'));
      symlinkSync(join(store, 'v1.csv'), join(data, 'train.csv'));
      const manifestPath = await approve();
      const report = await gateWith(manifestPath, () => {
        unlinkSync(join(data, 'train.csv'));
        symlinkSync(join(store, 'copy.csv'), join(data, 'train.csv'));
      });
      const manifest = manifestResult(report);
      expect(report.passed).toBe(false);
      expect(manifest.status).toBe('error');
      expect(manifest.findings.map((finding) => finding.message)).toEqual([
        expect.stringMatching(
          /^changed while read: train\.csv \(now a symbolic link to .*copy\.csv .*, verified a symbolic link to .*v1\.csv/,
        ),
      ]);
    } finally {
      rmSync(store, { recursive: true, force: true });
    }
  });

  it('a directory nothing writes to still passes, after the hook ran once', async () => {
    const manifestPath = await approve();
    let calls = 0;
    const report = await gateWith(manifestPath, () => {
      calls += 1;
    });
    expect(calls).toBe(1);
    expect(manifestResult(report)).toMatchObject({ status: 'pass' });
    expect(manifestResult(report).metrics.changedDuringRead).toBeUndefined();
    expect(report.passed).toBe(true);
    expect(report.files).toEqual([join(data, 'train.csv')]);
  });

  it('without a manifest check there is nothing to compare: a change in that window is not seen', async () => {
    const unverified = {
      ...policy,
      checks: { ...policy.checks, manifest: { ...policy.checks.manifest, enabled: false } },
    };
    let calls = 0;
    const report = await runGate({
      directory: data,
      policy: unverified,
      afterVerify: () => {
        calls += 1;
        writeCsv(join(data, 'train.csv'), [...clean].reverse());
      },
    });
    expect(calls).toBe(1);
    expect(report.checks.find((check) => check.id === 'manifest')).toBeUndefined();
    expect(report.passed).toBe(true);
  });
});
