import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analysePickle, type ScannedFile, type ScanOptions, scanFile } from '../../src/model/index.ts';
import { maliciousPickle, pickle, safetensors, zip } from '../support/model-fixtures.ts';

// The model scanner never calls a file it cannot analyse "clean" (issue items 13, 15-17).

const run = promisify(execFile);
const bin = join(import.meta.dirname, '../../bin/rampart.js');
let directory: string;

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'rampart-scan-limits-'));
});
afterAll(async () => {
  await rm(directory, { recursive: true, force: true });
});

async function scanBytes(name: string, bytes: Uint8Array, options?: ScanOptions): Promise<ScannedFile> {
  const path = join(directory, name);
  await writeFile(path, bytes);
  return scanFile(path, options);
}

const rules = (file: ScannedFile) => file.findings.map((finding) => finding.ruleId);

describe('files the scanner cannot analyse are not clean', () => {
  it('an lzma header (FORMAT_ALONE, which joblib.load reads) over data that is not LZMA is unsafe', async () => {
    // Properties 0x5d, a 4 MiB dictionary, unknown size: the header Python's lzma writes for joblib.
    const header = [0x5d, 0x00, 0x00, 0x40, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff];
    const file = await scanBytes('model.joblib', new Uint8Array([...header, ...maliciousPickle()]));
    expect(file.verdict).toBe('unsafe');
    expect(rules(file)).toContain('archive.malformed');
  });

  it.each([
    ['2^63', 2n ** 63n],
    ['2^64-1', 2n ** 64n - 1n],
  ])('a safetensors file whose header length is %s is unsafe', async (_, length) => {
    const file = await scanBytes(`huge-${_}.safetensors`, safetensors({}, new Uint8Array(8), length));
    expect(file.verdict).toBe('unsafe');
    expect(rules(file)).toContain('scan.not-analysable');
  });

  it('unknown content under a model extension is unsafe unless the user opts in', async () => {
    const noise = new Uint8Array(4096).map((_, index) => (index * 7919 + 13) % 251);
    const strict = await scanBytes('weights.pt', noise);
    expect(strict.verdict).toBe('unsafe');
    expect(rules(strict)).toEqual(['scan.not-analysable']);
    const allowed = await scanBytes('weights.pt', noise, { allowUnanalysable: true });
    expect(allowed).toMatchObject({ verdict: 'skipped', findings: [] });
  });

  it('an empty file under a model extension is unsafe; README.md and an empty .txt are skipped', async () => {
    const empty = await scanBytes('empty.pkl', new Uint8Array(0));
    expect(empty.verdict).toBe('unsafe');
    expect(rules(empty)).toEqual(['scan.not-analysable']);
    expect((await scanBytes('README.md', new TextEncoder().encode('# a model\n'))).verdict).toBe('skipped');
    expect((await scanBytes('notes.txt', new Uint8Array(0))).verdict).toBe('skipped');
  });

  it('a gzip stream under a model extension whose content is unknown is unsafe', async () => {
    const file = await scanBytes('model.pkl.gz', gzipSync(Buffer.from('not a pickle at all')));
    expect(file.verdict).toBe('unsafe');
    expect(rules(file)).toContain('scan.not-analysable');
  });
});

describe('pickle analysis is bounded in memory and time', () => {
  it('a 24 MB pickle of stacked None is unsafe (analysis limit) in a 256 MB heap, not a crash', async () => {
    const bytes = new Uint8Array(24 * 1024 * 1024 + 3).fill(0x4e); // NONE
    bytes.set([0x80, 0x04], 0);
    bytes[bytes.length - 1] = 0x2e; // STOP
    const path = join(directory, 'stacked-none.pkl');
    await writeFile(path, bytes);
    const result = await run(
      process.execPath,
      ['--max-old-space-size=256', bin, 'model', 'scan', '--format', 'json', path],
      { timeout: 60_000, maxBuffer: 1 << 24 },
    ).then(
      (done) => ({ code: 0, stdout: done.stdout }),
      (error: { code: number; stdout: string }) => ({ code: error.code, stdout: error.stdout }),
    );
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { files: ScannedFile[] };
    expect(report.files[0]!.verdict).toBe('unsafe');
    expect(rules(report.files[0]!)).toContain('scan.analysis-limit');
  }, 60_000);

  it.each([
    ['stack', [0x28], { maxPickleStackItems: 1000 }, /stack/], // MARK
    ['memo', [0x94], { maxPickleMemoEntries: 1000 }, /memo/], // MEMOIZE
    ['opcode', [0x32, 0x30], { maxPickleOpcodes: 5000 }, /opcodes/], // DUP, POP
  ])('stops at the %s limit with an analysis-limit finding', async (name, opcodes, limits, message) => {
    const body = Array.from({ length: 3000 }, () => opcodes).flat();
    const bytes = new Uint8Array([0x80, 0x04, 0x4e, ...body, 0x2e]);
    const file = await scanBytes(`${name}.pkl`, bytes, { limits });
    expect(file.verdict).toBe('unsafe');
    const finding = file.findings.find((entry) => entry.ruleId === 'scan.analysis-limit');
    expect(finding?.message).toMatch(message);
  });

  it('stops at the time limit', async () => {
    const long = new Uint8Array([
      0x80,
      0x04,
      0x4e,
      ...new Uint8Array(1 << 20).map((_, i) => (i % 2 ? 0x30 : 0x32)),
      0x2e,
    ]);
    const file = await scanBytes('slow.pkl', long, { limits: { maxSeconds: 0 } });
    expect(file.verdict).toBe('unsafe');
    expect(rules(file)).toContain('scan.analysis-limit');
  });

  it('a chain of nested tuples keeps memory flat (TUPLE1 repeated)', () => {
    const chain = new Uint8Array([0x80, 0x04, 0x4e, ...new Uint8Array(4_000_000).fill(0x85), 0x2e]);
    const before = process.memoryUsage().heapUsed;
    const analysis = analysePickle(chain);
    expect(analysis.complete).toBe(true);
    expect(process.memoryUsage().heapUsed - before).toBeLessThan(64 * 1024 * 1024);
  });
});

describe('decompression is bounded in bytes and ratio', () => {
  it('a zip entry with an extreme compression ratio is unsafe and never inflated', async () => {
    const file = await scanBytes('bomb.zip', zip({ 'zeros.bin': new Uint8Array(8 * 1024 * 1024) }, 6));
    expect(file.verdict).toBe('unsafe');
    expect(rules(file)).toContain('archive.compression-ratio');
  });

  it('a gzip stream that expands past the ratio stops inflating and is unsafe', async () => {
    const file = await scanBytes('bomb.pkl.gz', gzipSync(new Uint8Array(16 * 1024 * 1024)));
    expect(file.verdict).toBe('unsafe');
    expect(rules(file)).toContain('archive.compression-ratio');
  });

  it('members past the per-file inflation budget are an analysis limit', async () => {
    const noise = (seed: number) =>
      new Uint8Array(300_000).map((_, index) => ((index + seed) * 2654435761) >>> 24);
    const archive = zip({ 'a.bin': noise(1), 'b.bin': noise(2), 'c.bin': noise(3) }, 6);
    const file = await scanBytes('budget.zip', archive, { limits: { maxInflatedBytes: 700_000 } });
    expect(file.verdict).toBe('unsafe');
    expect(rules(file)).toContain('scan.analysis-limit');
  });

  it('an ordinary compressed pickle inside a zip is still analysed', async () => {
    const evil = pickle((p) => p.proto(2).global('os', 'system').text('id').tuple1().reduce().stop());
    const file = await scanBytes('evil.zip', zip({ 'model.pkl': evil }, 6));
    expect(file.verdict).toBe('malicious');
  });
});
