import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ScannedFile, type ScanOptions, scanFile } from '../../src/model/index.ts';

// Every compression joblib writes (zlib, gzip, bz2, lzma, xz) is unpacked and scanned, bounded
// (issue item 15). Fixtures: src/model/formats/compression/fixtures (generate.py).

const fixtures = join(import.meta.dirname, '../../src/model/formats/compression/fixtures');
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rampart-scan-compression-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

/** Scan a fixture's bytes under another name (e.g. `model.joblib`, as joblib.dump writes it). */
async function scanFixture(fixture: string, name: string, options?: ScanOptions): Promise<ScannedFile> {
  const path = join(directory, name);
  await writeFile(path, await readFile(join(fixtures, fixture)));
  return scanFile(path, options);
}

const rules = (file: ScannedFile) => file.findings.map((finding) => finding.ruleId);

const codecs = [
  ['bz2', '.pkl.bz2', (label: string) => `${label}.pkl.bz2`],
  ['lzma, unknown size + end marker', '.pkl.lzma', (label: string) => `${label}-unknown-size.pkl.lzma`],
  ['lzma, known size', '.pkl.lzma', (label: string) => `${label}-known-size.pkl.lzma`],
  ['xz, CRC64 check', '.pkl.xz', (label: string) => `${label}-crc64.pkl.xz`],
  ['xz, CRC32 check', '.pkl.xz', (label: string) => `${label}-crc32.pkl.xz`],
  ['xz, SHA-256 check', '.pkl.xz', (label: string) => `${label}-sha256.pkl.xz`],
  ['xz, no check', '.pkl.xz', (label: string) => `${label}-no-check.pkl.xz`],
] as const;

describe('compressed joblib and pickle files are unpacked and get the pickle verdict', () => {
  it.each(codecs)(
    '%s: a malicious pickle is malicious (as model.joblib and as %s)',
    async (_, suffix, fixture) => {
      for (const name of ['model.joblib', `model${suffix}`]) {
        const file = await scanFixture(fixture('malicious'), name);
        expect(file.verdict).toBe('malicious');
        expect(rules(file)).toContain('pickle.dangerous-global');
      }
    },
  );

  it.each(codecs)('%s: a benign pickle is clean', async (_, suffix, fixture) => {
    for (const name of ['model.joblib', `model${suffix}`]) {
      const file = await scanFixture(fixture('benign'), name);
      expect(file.findings.filter((finding) => finding.severity !== 'info')).toEqual([]);
      expect(file.verdict).toBe('clean');
    }
  });

  it.each([
    ['bz2, two concatenated streams', 'malicious-multistream.pkl.bz2', 'model.pkl.bz2'],
    ['xz, two blocks', 'malicious-multiblock.pkl.xz', 'model.pkl.xz'],
    ['xz, two streams with stream padding', 'malicious-two-streams.pkl.xz', 'model.joblib'],
  ])('%s: the os.system import in the second part is found', async (_, fixture, name) => {
    const file = await scanFixture(fixture, name);
    expect(file.verdict).toBe('malicious');
    expect(rules(file)).toContain('pickle.dangerous-global');
  });
});

describe('compressed data that cannot be fully verified or decoded is not clean', () => {
  it('an xz block whose CRC64 does not match its data is unsafe', async () => {
    const bytes = await readFile(join(fixtures, 'benign-crc64.pkl.xz'));
    bytes[bytes.length - 21]! ^= 0x01; // last byte of the block's CRC64 (before an 8-byte index and the footer)
    await writeFile(join(directory, 'bad-check.joblib'), bytes);
    const file = await scanFile(join(directory, 'bad-check.joblib'));
    expect(file.verdict).toBe('unsafe');
    expect(rules(file)).toContain('archive.malformed');
  });

  it('a truncated bz2 stream is unsafe, and what came before the cut is still analysed', async () => {
    const bytes = await readFile(join(fixtures, 'malicious.pkl.bz2'));
    await writeFile(join(directory, 'cut.pkl.bz2'), bytes.subarray(0, bytes.length - 6));
    const file = await scanFile(join(directory, 'cut.pkl.bz2'));
    expect(file.verdict).not.toBe('clean');
    expect(rules(file)).toContain('archive.malformed');
  });

  it('an xz filter chain other than LZMA2 alone (Delta) is unsupported, so unsafe', async () => {
    const file = await scanFixture('malicious-delta.pkl.xz', 'model.joblib');
    expect(file.verdict).toBe('unsafe');
    expect(rules(file)).toContain('archive.unsupported-compression');
  });
});

describe('bz2, xz and lzma bombs stop at the bounds', () => {
  it.each([['zeros-64mib.xz'], ['zeros-64mib.lzma'], ['zeros-64mib.bz2']])(
    '%s (64 MiB of zeros in a few KB) stops at the compression ratio',
    async (fixture) => {
      const before = process.memoryUsage().arrayBuffers;
      const file = await scanFixture(fixture, 'model.joblib');
      expect(file.verdict).toBe('unsafe');
      expect(rules(file)).toContain('archive.compression-ratio');
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
    },
  );

  it.each([['zeros-64mib.xz'], ['zeros-64mib.lzma'], ['zeros-64mib.bz2']])(
    '%s stops at the byte limit when the ratio allows it',
    async (fixture) => {
      const limits = { maxCompressionRatio: 1e9, maxMemberBytes: 4 * 1024 * 1024 };
      const file = await scanFixture(fixture, 'model.joblib', { limits });
      expect(file.verdict).toBe('unsafe');
      expect(rules(file)).toContain('scan.analysis-limit');
    },
  );
});
