import { describe, expect, it } from 'vitest';
import { zip } from '../../../../test/support/model-fixtures.ts';
import { BufferSource } from '../byte-source.ts';
import { FormatError } from '../sequential-reader.ts';
import { readZipDirectory, readZipEntry } from './zip-reader.ts';

describe('zip reader', () => {
  it('lists entries from the central directory', async () => {
    const source = new BufferSource(zip({ 'a.txt': 'hello', 'dir/b.bin': new Uint8Array(3) }, 6));
    const entries = await readZipDirectory(source);
    expect(entries.map((entry) => [entry.name, entry.size, entry.method])).toEqual([
      ['a.txt', 5, 8],
      ['dir/b.bin', 3, 8],
    ]);
    expect(new TextDecoder().decode((await readZipEntry(source, entries[0]!, 100)).bytes)).toBe('hello');
  });

  it('stops inflating at the limit (decompression bombs never allocate)', async () => {
    const source = new BufferSource(zip({ 'zeros.bin': new Uint8Array(4 << 20) }, 6));
    expect(source.size).toBeLessThan(16 * 1024);
    const [entry] = await readZipDirectory(source);
    const read = await readZipEntry(source, entry!, 1000);
    expect(read).toMatchObject({ truncated: 'size' });
    expect(read.bytes.length).toBe(1000);
  });

  it('rejects a file without an end-of-central-directory record', async () => {
    await expect(
      readZipDirectory(new BufferSource(new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))),
    ).rejects.toBeInstanceOf(FormatError);
  });
});
