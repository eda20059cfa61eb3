import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { HashWorkerPool } from './hash-pool.ts';

const scratch = mkdtempSync(join(tmpdir(), 'rampart-pool-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('HashWorkerPool', () => {
  it('hashes whole files and byte ranges like createHash, with progress', async () => {
    const data = Buffer.alloc(300_000);
    for (let index = 0; index < data.length; index++) data[index] = (index * 31) % 251;
    const path = join(scratch, 'data.bin');
    writeFileSync(path, data);
    const pool = new HashWorkerPool(2);
    let progressed = 0;
    try {
      const [whole, range] = await Promise.all([
        pool.hash({ path, start: 0, end: null }, (bytes) => {
          progressed += bytes;
        }),
        pool.hash({ path, start: 1000, end: 70_000 }),
      ]);
      expect(whole).toBe(createHash('sha256').update(data).digest('hex'));
      expect(range).toBe(createHash('sha256').update(data.subarray(1000, 70_000)).digest('hex'));
      expect(progressed).toBe(data.length);
    } finally {
      await pool.close();
    }
  });

  it('reports unreadable files and ranges past the end as coded errors', async () => {
    const pool = new HashWorkerPool(1);
    const path = join(scratch, 'short.bin');
    writeFileSync(path, 'short');
    try {
      await expect(pool.hash({ path: join(scratch, 'missing'), start: 0, end: null })).rejects.toMatchObject({
        code: 'RAMPART_IO',
      });
      await expect(pool.hash({ path, start: 0, end: 100 })).rejects.toMatchObject({ code: 'RAMPART_IO' });
      // The worker survives errors and keeps serving.
      await expect(pool.hash({ path, start: 0, end: 5 })).resolves.toBe(
        createHash('sha256').update('short').digest('hex'),
      );
    } finally {
      await pool.close();
    }
  });
});
