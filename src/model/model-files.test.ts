import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type LinkPolicy, walkModel } from './model-files.ts';

let directory: string;
let model: string;
let outside: string;

beforeEach(() => {
  directory = realpathSync(mkdtempSync(join(tmpdir(), 'rampart-model-files-')));
  model = join(directory, 'model');
  outside = join(directory, 'outside');
  mkdirSync(join(model, 'blobs'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(model, 'config.json'), '{}');
  writeFileSync(join(model, 'blobs', 'a'), 'weights a');
  writeFileSync(join(outside, 'b'), 'weights b');
});

afterEach(() => rmSync(directory, { recursive: true, force: true }));

const walk = (links: LinkPolicy, extra: { specialFiles?: 'refuse' | 'list' } = {}) =>
  walkModel(model, { links, errorCode: 'RAMPART_MODEL_VERIFY_PATH_INVALID', ...extra });

describe('walkModel: one meaning for a symbolic link in sign, verify, scan and the watch', () => {
  it('lists regular files sorted, with their real paths, under every policy', async () => {
    for (const policy of ['refuse', 'inside', 'follow'] as const) {
      const tree = await walk(policy);
      expect(tree.files.map((file) => [file.relativePath, file.realPath])).toEqual([
        ['blobs/a', join(model, 'blobs', 'a')],
        ['config.json', join(model, 'config.json')],
      ]);
      expect(tree.links).toEqual([]);
    }
  });

  it('a link inside the model: refused, or followed and recorded with its target', async () => {
    symlinkSync('blobs/a', join(model, 'weights.bin'));
    await expect(walk('refuse')).rejects.toMatchObject({ code: 'RAMPART_MODEL_VERIFY_PATH_INVALID' });
    for (const policy of ['inside', 'follow'] as const) {
      const tree = await walk(policy);
      expect(tree.files.find((file) => file.relativePath === 'weights.bin')?.realPath).toBe(
        join(model, 'blobs', 'a'),
      );
      expect(tree.links).toMatchObject([
        { relativePath: 'weights.bin', target: 'blobs/a', realPath: join(model, 'blobs', 'a') },
      ]);
    }
  });

  it('a link out of the model: followed only by the scan policy', async () => {
    symlinkSync(join(outside, 'b'), join(model, 'weights.bin'));
    await expect(walk('inside')).rejects.toMatchObject({ code: 'RAMPART_MODEL_VERIFY_PATH_INVALID' });
    const tree = await walk('follow');
    expect(tree.files.find((file) => file.relativePath === 'weights.bin')?.realPath).toBe(join(outside, 'b'));
  });

  it('a dangling link is a coded error under every policy, never a file left out', async () => {
    symlinkSync(join(outside, 'gone'), join(model, 'weights.bin'));
    for (const policy of ['refuse', 'inside', 'follow'] as const)
      await expect(walk(policy)).rejects.toMatchObject({ code: 'RAMPART_MODEL_VERIFY_PATH_INVALID' });
  });

  it('a loop: an error when signing, walked once by the scan (the link still recorded)', async () => {
    symlinkSync('.', join(model, 'loop'));
    await expect(walk('inside')).rejects.toMatchObject({ code: 'RAMPART_MODEL_VERIFY_PATH_INVALID' });
    const tree = await walk('follow');
    expect(tree.files.map((file) => file.relativePath)).toEqual(['blobs/a', 'config.json']);
    expect(tree.links.map((link) => link.relativePath)).toEqual(['loop']);
  });

  it('a FIFO is refused, or listed as special for the scan to report (never left out)', async () => {
    execFileSync('mkfifo', [join(model, 'pipe')]);
    await expect(walk('follow')).rejects.toMatchObject({ code: 'RAMPART_MODEL_VERIFY_PATH_INVALID' });
    const tree = await walk('follow', { specialFiles: 'list' });
    expect(tree.files.find((file) => file.relativePath === 'pipe')?.special).toBe(true);
  });
});
