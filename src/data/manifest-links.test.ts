import { execFileSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import {
  copyFileSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  approveDataset,
  flipLabels,
  labelledRows,
  temporaryDirectory,
  writeCsv,
} from '../../test/support/data-fixtures.ts';
import { readDataGateAttestation } from '../core/index.ts';
import { runGate } from './gate.ts';
import { attestGate } from './gate-attestation.ts';
import { buildManifest, readManifest, rootDigest, signManifest, verifyManifest } from './manifest.ts';
import { defaultPolicy } from './policy.ts';

/**
 * The data manifest used to skip symbolic links: a dataset file that was a link (to poisoned data, or
 * re-pointed after approval) was neither hashed nor read, so the gate passed data it never saw. The
 * manifest, its verification and the gate now list a dataset with core's walkFileTree.
 */
const keys = generateKeyPairSync('ec', { namedCurve: 'prime256v1' });
const clean = labelledRows({ rows: 200 });
const poisoned = flipLabels(clean, 0.1, 7).rows;
const policy = { ...defaultPolicy(), label: 'label', text: 'text', ignore: ['id'] };

let work: string;
let data: string;
let store: string;

beforeEach(() => {
  work = realpathSync(temporaryDirectory('rampart-manifest-links-'));
  data = join(work, 'data');
  store = join(work, 'store');
  mkdirSync(data);
  mkdirSync(store);
  writeFileSync(join(data, 'README.txt'), 'labelled rows\n');
});

afterEach(() => rmSync(work, { recursive: true, force: true }));

const approve = () => approveDataset(data, keys.privateKey);

const gate = (manifestPath: string) =>
  runGate({ directory: data, policy, manifestPath, publicKey: keys.publicKey });

describe('data manifest: symbolic links are followed, recorded and verified', { timeout: 60_000 }, () => {
  it('hashes the file a link inside the dataset leads to, under the link, and records the link', async () => {
    mkdirSync(join(data, 'v1'));
    writeCsv(join(data, 'v1', 'train.csv'), clean);
    symlinkSync('v1/train.csv', join(data, 'train.csv'));
    const manifest = await buildManifest(data, { exclude: ['manifest.json'], countRows: true });
    expect(manifest.files.map((file) => file.path)).toEqual(['README.txt', 'train.csv', 'v1/train.csv']);
    const viaLink = manifest.files.find((file) => file.path === 'train.csv')!;
    expect(viaLink).toMatchObject({ rows: 200 });
    expect(viaLink.sha256).toBe(manifest.files.find((file) => file.path === 'v1/train.csv')!.sha256);
    expect(manifest.links).toEqual([{ path: 'train.csv', target: 'v1/train.csv', outside: false }]);
    expect(manifest.rootDigest).toBe(rootDigest(manifest.files, manifest.links));
  });

  it('a link re-pointed after approval at poisoned data fails verification and the gate', async () => {
    writeCsv(join(store, 'v1.csv'), clean);
    writeCsv(join(store, 'v2.csv'), poisoned);
    symlinkSync(join(store, 'v1.csv'), join(data, 'train.csv'));
    const manifestPath = await approve();
    expect((await verifyManifest(data, manifestPath, keys.publicKey)).ok).toBe(true);

    unlinkSync(join(data, 'train.csv'));
    symlinkSync(join(store, 'v2.csv'), join(data, 'train.csv'));
    const verification = await verifyManifest(data, manifestPath, keys.publicKey);
    expect(verification.ok).toBe(false);
    expect(verification.changed.map((change) => change.path)).toEqual(['train.csv']);
    expect(verification.changed[0]!.reason).toContain(`now a symbolic link to ${join(store, 'v2.csv')}`);
    const report = await gate(manifestPath);
    expect(report.passed).toBe(false);
    expect(report.files).toEqual([join(data, 'train.csv')]);
    expect(report.checks.find((check) => check.id === 'manifest')?.status).toBe('fail');
  });

  it('a link re-pointed at a copy of the same bytes is another dataset version (root digest)', async () => {
    writeCsv(join(store, 'v1.csv'), clean);
    copyFileSync(join(store, 'v1.csv'), join(store, 'copy.csv'));
    symlinkSync(join(store, 'v1.csv'), join(data, 'train.csv'));
    const manifestPath = await approve();
    const before = await buildManifest(data, { exclude: ['manifest.json'], countRows: false });
    unlinkSync(join(data, 'train.csv'));
    symlinkSync(join(store, 'copy.csv'), join(data, 'train.csv'));
    const after = await buildManifest(data, { exclude: ['manifest.json'], countRows: false });
    expect(after.files).toEqual(before.files);
    expect(after.rootDigest).not.toBe(before.rootDigest);
    const verification = await verifyManifest(data, manifestPath, keys.publicKey);
    expect(verification.ok).toBe(false);
    expect(verification.changed).toEqual([
      { path: 'train.csv', reason: expect.stringContaining('copy.csv') },
    ]);
  });

  it('a link that leads outside the dataset is followed, hashed and reported as outside', async () => {
    mkdirSync(join(store, 'shard'));
    writeCsv(join(store, 'shard', 'part-0.csv'), clean);
    symlinkSync(join(store, 'shard'), join(data, 'shard'));
    const manifestPath = await approve();
    const manifest = readManifest(
      (await import('node:fs')).readFileSync(manifestPath, 'utf8'),
      keys.publicKey,
    );
    expect(manifest.files.map((file) => file.path)).toEqual(['README.txt', 'shard/part-0.csv']);
    expect(manifest.links).toEqual([{ path: 'shard', target: join(store, 'shard'), outside: true }]);
    const report = await gate(manifestPath);
    expect(report.files).toEqual([join(data, 'shard', 'part-0.csv')]);
    expect(report.rowCount).toBe(200);
    const check = report.checks.find((candidate) => candidate.id === 'manifest')!;
    expect(check.status).toBe('pass');
    expect(check.summary).toContain(
      `1 symbolic link(s) lead outside the directory: shard -> ${join(store, 'shard')}`,
    );
    // The data the link leads to changes: the files under it are named.
    writeCsv(join(store, 'shard', 'part-0.csv'), poisoned);
    expect(
      (await verifyManifest(data, manifestPath, keys.publicKey)).changed.map((change) => change.path),
    ).toEqual(['shard/part-0.csv']);
  });

  it('a dangling link, a loop and a FIFO are RAMPART_DATA_PATH_INVALID with a hint, never left out', async () => {
    writeCsv(join(data, 'train.csv'), clean);
    const cases: Array<[string, () => void, RegExp]> = [
      [
        'dangling',
        () => symlinkSync(join(store, 'gone.csv'), join(data, 'extra.csv')),
        /broken symbolic link/,
      ],
      ['loop', () => symlinkSync('.', join(data, 'again')), /symbolic link loop/],
      ['self', () => symlinkSync('self.csv', join(data, 'self.csv')), /symbolic link loop/],
      ['fifo', () => execFileSync('mkfifo', [join(data, 'pipe.csv')]), /FIFO, socket or device/],
    ];
    for (const [name, make, message] of cases) {
      make();
      const error = await buildManifest(data, { countRows: false }).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error, name).toMatchObject({
        code: 'RAMPART_DATA_PATH_INVALID',
        message: expect.stringMatching(message),
      });
      expect((error as { hint: string }).hint, name).toMatch(/\w/);
      for (const entry of ['extra.csv', 'again', 'self.csv', 'pipe.csv'])
        rmSync(join(data, entry), { force: true });
    }
  });

  it('a file name with a newline or other control character is RAMPART_DATA_PATH_INVALID, in the walk and in a manifest', async () => {
    // The root digest hashes one "sha256  size  path" line per file; a newline in a name could make two
    // different file lists read as the same lines.
    writeCsv(join(data, 'train.csv'), clean);
    writeFileSync(join(data, 'a\n0  1  b.csv'), 'x\n');
    await expect(buildManifest(data, { countRows: false })).rejects.toMatchObject({
      code: 'RAMPART_DATA_PATH_INVALID',
      message: expect.stringMatching(/control character/),
      hint: expect.stringMatching(/Rename/),
    });
    rmSync(join(data, 'a\n0  1  b.csv'));
    const manifest = await buildManifest(data, { countRows: false });
    const forged = { ...manifest, files: [{ ...manifest.files[0]!, path: 'train.csv\tx' }] };
    const envelope = JSON.stringify(signManifest(forged, keys.privateKey));
    expect(() => readManifest(envelope, keys.publicKey)).toThrow(/control characters/);
  });

  it('the gate blocks (not run) on a dangling link added after approval, and names it', async () => {
    writeCsv(join(data, 'train.csv'), clean);
    const manifestPath = await approve();
    symlinkSync(join(store, 'gone.csv'), join(data, 'more.csv'));
    const report = await gate(manifestPath);
    expect(report.passed).toBe(false);
    const manifest = report.checks.find((check) => check.id === 'manifest')!;
    expect(manifest.status).toBe('error');
    expect(manifest.summary).toContain('RAMPART_DATA_PATH_INVALID: more.csv is a broken symbolic link');
    expect(report.checks.find((check) => check.id === 'read')?.status).toBe('error');
    expect(report.blocking).toEqual(expect.arrayContaining(['manifest', 'read']));
  });

  it('a dataset without links keeps its manifest shape and root digest; a .git folder is left out', async () => {
    writeCsv(join(data, 'train.csv'), clean);
    mkdirSync(join(data, '.git'));
    symlinkSync(join(store, 'gone'), join(data, '.git', 'dangling'));
    const manifest = await buildManifest(data, { countRows: false });
    expect(manifest).not.toHaveProperty('links');
    expect(manifest.files.map((file) => file.path)).toEqual(['README.txt', 'train.csv']);
    const { createHash } = await import('node:crypto');
    const lines = manifest.files.map((file) => `${file.sha256}  ${file.size}  ${file.path}\n`).join('');
    expect(manifest.rootDigest).toBe(createHash('sha256').update(lines).digest('hex'));
  });

  it('dot-files and dot-folders are data: one added after approval fails verification and the gate', async () => {
    // They used to be left out unread, so poisoned rows in `.extra/train.csv` (a class folder to
    // torchvision's ImageFolder, a glob match to `**/*.csv` with dot-files on) passed as approved data.
    writeCsv(join(data, 'train.csv'), clean);
    mkdirSync(join(data, '.approved'));
    writeFileSync(join(data, '.approved', 'notes.txt'), 'kept with the data\n');
    const manifestPath = await approve();
    const manifest = readManifest(readFileSync(manifestPath, 'utf8'), keys.publicKey, manifestPath);
    expect(manifest.files.map((file) => file.path)).toEqual([
      '.approved/notes.txt',
      'README.txt',
      'train.csv',
    ]);
    expect((await gate(manifestPath)).passed).toBe(true);

    mkdirSync(join(data, '.extra'));
    writeCsv(join(data, '.extra', 'train.csv'), poisoned);
    writeFileSync(join(data, '.approved', 'notes.txt'), 'changed\n');
    const verification = await verifyManifest(data, manifestPath, keys.publicKey);
    expect(verification.ok).toBe(false);
    expect(verification.added).toEqual(['.extra/train.csv']);
    expect(verification.changed.map((change) => change.path)).toEqual(['.approved/notes.txt']);
    const report = await gate(manifestPath);
    expect(report.passed).toBe(false);
    expect(report.blocking).toContain('manifest');
  });

  it('--attest names the root digest the gate checked, not the manifest file read again', async () => {
    writeCsv(join(data, 'train.csv'), clean);
    const manifestPath = await approve();
    const report = await gate(manifestPath);
    expect(report.passed).toBe(true);
    const checked = report.manifestRootDigest!;
    // The manifest file is replaced after the gate ran (here: approved over other data, unsigned).
    writeCsv(join(data, 'other.csv'), poisoned);
    const other = await buildManifest(data, { exclude: ['manifest.json'], countRows: false });
    writeFileSync(manifestPath, JSON.stringify({ ...signManifest(other, keys.privateKey), signatures: [] }));
    const { envelope, rootDigest: attested } = attestGate(
      report,
      { directory: data, policy, manifestPath },
      keys.privateKey,
    );
    expect(attested).toBe(checked);
    expect(readDataGateAttestation(envelope, [keys.publicKey]).rootDigest).toBe(checked);
  });
});
