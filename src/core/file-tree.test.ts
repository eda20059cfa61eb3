import { mkdirSync, mkdtempSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type WalkFileTreeOptions, walkFileTree } from './file-tree.ts';

// The policies themselves (refuse, inside, follow) are covered by src/model/model-files.test.ts
// through walkModel; these cover what the dataset walk adds.
let directory: string;
let root: string;
let outside: string;

beforeEach(() => {
  directory = realpathSync(mkdtempSync(join(tmpdir(), 'rampart-file-tree-')));
  root = join(directory, 'root');
  outside = join(directory, 'outside');
  mkdirSync(join(root, 'sub'), { recursive: true });
  mkdirSync(outside);
  writeFileSync(join(root, 'sub', 'a'), 'a');
  writeFileSync(join(outside, 'b'), 'b');
});

afterEach(() => rmSync(directory, { recursive: true, force: true }));

const walk = (extra: Partial<WalkFileTreeOptions> = {}) =>
  walkFileTree(root, { links: 'follow', errorCode: 'RAMPART_DATA_PATH_INVALID', ...extra });

describe('walkFileTree', () => {
  it('says which links lead out of the root', async () => {
    symlinkSync('sub/a', join(root, 'in'));
    symlinkSync(join(outside, 'b'), join(root, 'out'));
    const tree = await walk();
    expect(tree.links.map((link) => [link.relativePath, link.outside])).toEqual([
      ['in', false],
      ['out', true],
    ]);
  });

  it("under follow, a folder inside itself is walked once, or refused with loops: 'error'", async () => {
    symlinkSync('..', join(root, 'sub', 'up'));
    expect((await walk()).files.map((file) => file.relativePath)).toEqual(['sub/a']);
    await expect(walk({ loops: 'error', wording: { loopHint: 'fix the loop' } })).rejects.toMatchObject({
      code: 'RAMPART_DATA_PATH_INVALID',
      message: 'sub/up forms a symbolic link loop',
      hint: 'fix the loop',
    });
  });

  it("two links to one folder are not a loop: walked once, both links recorded, with loops: 'error'", async () => {
    symlinkSync(outside, join(root, 'first'));
    symlinkSync(outside, join(root, 'second'));
    const tree = await walk({ loops: 'error' });
    expect(tree.files.map((file) => file.relativePath)).toEqual(['first/b', 'sub/a']);
    expect(tree.links.map((link) => link.relativePath)).toEqual(['first', 'second']);
  });

  it('skipNames leaves the named entries out unread (a broken link there included), and nothing else', async () => {
    mkdirSync(join(root, '.git'));
    symlinkSync(join(outside, 'gone'), join(root, '.git', 'broken'));
    writeFileSync(join(root, '.hidden'), 'x');
    await expect(walk()).rejects.toMatchObject({ code: 'RAMPART_DATA_PATH_INVALID' });
    expect((await walk({ skipNames: ['.git'] })).files.map((file) => file.relativePath)).toEqual([
      '.hidden',
      'sub/a',
    ]);
  });

  it("uses the caller's words: the subject in messages, the hint for a broken link", async () => {
    symlinkSync(join(outside, 'gone'), join(root, 'broken'));
    await expect(
      walk({ wording: { subject: 'dataset', danglingHint: 'point it somewhere' } }),
    ).rejects.toMatchObject({
      message: expect.stringContaining('broken is a broken symbolic link'),
      hint: 'point it somewhere',
    });
    await expect(
      walkFileTree(join(directory, 'missing'), {
        links: 'follow',
        errorCode: 'RAMPART_DATA_PATH_INVALID',
        wording: { subject: 'dataset' },
      }),
    ).rejects.toMatchObject({ code: 'RAMPART_IO', message: expect.stringContaining('dataset path') });
  });
});
