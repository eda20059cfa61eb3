import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BufferSource } from '../byte-source.ts';
import { FormatError } from '../sequential-reader.ts';
import { type DecodedCompression, decompressBounded } from './decompress.ts';

const fixtures = join(import.meta.dirname, 'fixtures');
const digests = JSON.parse(readFileSync(join(fixtures, 'digests.json'), 'utf8')) as Record<
  string,
  { sha256: string; size: number }
>;
const fixture = (name: string) => new Uint8Array(readFileSync(join(fixtures, name)));
const kindOf = (name: string): DecodedCompression =>
  name.endsWith('.bz2') ? 'bzip2' : name.endsWith('.xz') ? 'xz' : 'lzma';
const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const unbounded = { limit: 256 * 1024 * 1024 };

describe('decompressBounded decodes what Python wrote, byte for byte', () => {
  const decodable = Object.keys(digests).filter((name) => !name.includes('delta'));
  it.each(decodable)('%s', async (name) => {
    const result = await decompressBounded(new BufferSource(fixture(name)), kindOf(name), unbounded);
    expect(result.failure).toBeUndefined();
    expect(result.truncated).toBe(false);
    expect(result.bytes.length).toBe(digests[name]!.size);
    expect(sha256(result.bytes)).toBe(digests[name]!.sha256);
  });
});

describe('decompressBounded stops at its bounds', () => {
  it.each(['mixed-preset6.lzma', 'mixed-preset9e.xz', 'mixed-preset9.bz2'])(
    '%s stops at exactly the byte limit',
    async (name) => {
      const result = await decompressBounded(new BufferSource(fixture(name)), kindOf(name), {
        limit: 50_000,
      });
      expect(result).toMatchObject({ truncated: 'size' });
      expect(result.bytes.length).toBe(50_000);
    },
  );

  it.each(['zeros-64mib.xz', 'zeros-64mib.lzma', 'zeros-64mib.bz2'])(
    '%s stops at the ratio',
    async (name) => {
      const bounds = { limit: 1 << 30, maxRatio: 100, ratioFloor: 1 << 20 };
      const result = await decompressBounded(new BufferSource(fixture(name)), kindOf(name), bounds);
      expect(result.truncated).toBe('ratio');
      expect(result.bytes.length).toBeLessThan(2 << 20);
    },
  );

  it('an xz integrity check that does not match is a failure, with the data before it kept', async () => {
    const bytes = fixture('malicious-crc32.pkl.xz');
    bytes[bytes.length - 21]! ^= 0xff; // last byte of the block's CRC32 (before an 8-byte index and the footer)
    const result = await decompressBounded(new BufferSource(bytes), 'xz', unbounded);
    expect(result.failure).toBeInstanceOf(FormatError);
    expect(result.failure?.message).toMatch(/integrity check/);
    expect(result.bytes.length).toBe(digests['malicious-crc32.pkl.xz']!.size);
  });
});

// Hostile input: whatever the bytes, the decoder resolves with at most `limit` bytes and, if it
// stops early, a FormatError (never another exception, never a hang).
const limit = 1 << 20;
const bounds = { limit, maxRatio: 200, ratioFloor: 64 * 1024 };
const seeds = [
  'malicious.pkl.bz2',
  'malicious-multistream.pkl.bz2',
  'benign-unknown-size.pkl.lzma',
  'benign-known-size.pkl.lzma',
  'benign-crc64.pkl.xz',
  'malicious-multiblock.pkl.xz',
  'malicious-two-streams.pkl.xz',
  'zeros-64mib.bz2',
];
const magic: Record<DecodedCompression, number[]> = {
  bzip2: [0x42, 0x5a, 0x68, 0x39],
  xz: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00, 0x00, 0x04, 0xe6, 0xd6, 0xb4, 0x46],
  // The header, then the range coder's leading zero, so the random tail reaches the LZMA decoder.
  lzma: [0x5d, 0x00, 0x00, 0x80, 0x00, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x00],
};

async function decodesSafely(bytes: Uint8Array, kind: DecodedCompression): Promise<void> {
  const result = await decompressBounded(new BufferSource(bytes), kind, bounds);
  expect(result.bytes.length).toBeLessThanOrEqual(limit);
  if (result.failure !== undefined) expect(result.failure).toBeInstanceOf(FormatError);
}

describe('decompressBounded on hostile bytes', () => {
  it('random bytes after each format magic', async () => {
    const kinds = fc.constantFrom<DecodedCompression>('bzip2', 'xz', 'lzma');
    await fc.assert(
      fc.asyncProperty(kinds, fc.uint8Array({ maxLength: 600 }), async (kind, tail) => {
        await decodesSafely(new Uint8Array([...magic[kind], ...tail]), kind);
      }),
      { numRuns: 300 },
    );
  });

  it('valid streams with flipped bytes and truncations', async () => {
    const mutation = fc.record({
      seed: fc.constantFrom(...seeds),
      flips: fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 255 })), { maxLength: 4 }),
      cut: fc.option(fc.nat(), { nil: undefined }),
    });
    await fc.assert(
      fc.asyncProperty(mutation, async ({ seed, flips, cut }) => {
        const original = fixture(seed);
        let bytes = original.slice();
        for (const [at, mask] of flips) bytes[at % bytes.length]! ^= mask;
        if (cut !== undefined) bytes = bytes.subarray(0, cut % (bytes.length + 1));
        await decodesSafely(bytes, kindOf(seed));
      }),
      { numRuns: 400 },
    );
  });
});
