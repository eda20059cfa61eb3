import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { ErrorCode } from './error-codes.ts';
import { RampartError } from './errors.ts';

/**
 * The one walk over a folder of files that a check hashes or reads: a model (sign, verify, the
 * ML-BOM, the scan and the gateway's attestation watch, through model's `walkModel`) and a dataset
 * (the data manifest and the data gate). A symbolic link means the same thing to each of them.
 *
 * - `refuse`: a link anywhere is an error (model signing without --allow-symlinks).
 * - `inside`: a link is followed when it resolves inside the root; a directory reached twice
 *   through links is a loop, an error (model signing with --allow-symlinks).
 * - `follow`: every link is followed, as the program that loads the folder follows them; a
 *   directory reached twice is walked once (the model scan, the watch, the data manifest). With
 *   `loops: 'error'`, a directory that contains itself through a link is an error (the data manifest).
 *
 * In every policy a link that points nowhere is an error, never a file left out.
 */
export type LinkPolicy = 'refuse' | 'inside' | 'follow';

export interface TreeFile {
  /** The path as reached from the root (through links, never resolved). */
  absolutePath: string;
  /** Relative to the root, POSIX separators; `.` when the root is one file. */
  relativePath: string;
  /** The file the path leads to once every link is resolved. */
  realPath: string;
  size: number;
  /** A FIFO, socket or device: listed only under `specialFiles: 'list'`, never to be read whole. */
  special: boolean;
}

/** A symbolic link the walk met, followed or not (a link to a folder walked already). */
export interface TreeLink {
  absolutePath: string;
  relativePath: string;
  /** What the link says (readlink), before resolving. */
  target: string;
  /** What it resolves to. */
  realPath: string;
  /** It resolves to a path outside the root folder. */
  outside: boolean;
}

export interface FileTree {
  /** Every file, in walk order (entries sorted by name, UTF-16 order). */
  files: TreeFile[];
  links: TreeLink[];
}

/** How the errors of one caller read: what the root is, and how to fix each refused path. */
export interface FileTreeWording {
  /** What the root is, in messages: `folder` (default), `model`, `dataset`. */
  subject?: string;
  /** How to fix a link refused by `refuse` (a link out of the root under `inside` gets the code's hint). */
  linkHint?: string;
  /** How to fix a link that points nowhere. */
  danglingHint?: string;
  /** How to fix a symbolic link loop. */
  loopHint?: string;
  /** How to fix a FIFO, socket or device under `specialFiles: 'refuse'`. */
  specialHint?: string;
}

export interface WalkFileTreeOptions {
  links: LinkPolicy;
  /** The code for a path the policy refuses (a link, a dangling link, a loop, a special file). */
  errorCode: ErrorCode;
  /** Under `follow`: a directory that contains itself through a link is walked once (default) or an error. */
  loops?: 'walk-once' | 'error';
  /** Paths left out, relative to the root with POSIX separators; a folder leaves out all under it. */
  ignorePaths?: readonly string[];
  /** Entry names left out wherever they appear, unread with all under them (a dataset's `.git`). */
  skipNames?: readonly string[];
  /** `refuse` (default): a special file is an error; `list`: listed with `special: true`. */
  specialFiles?: 'refuse' | 'list';
  /** Stop with `tooManyFilesCode` past this many files. */
  maxFiles?: number;
  /** The code past `maxFiles` (default `errorCode`). */
  tooManyFilesCode?: ErrorCode;
  wording?: FileTreeWording;
}

function isIgnored(relativePath: string, ignorePaths: readonly string[]): boolean {
  for (const ignored of ignorePaths) {
    if (ignored === '' || relativePath === ignored || relativePath.startsWith(`${ignored}/`)) return true;
  }
  return false;
}

function byName(left: Dirent, right: Dirent): number {
  return left.name < right.name ? -1 : left.name > right.name ? 1 : 0;
}

function hinted(hint: string | undefined): { hint?: string } {
  return hint ? { hint } : {};
}

function isOutside(real: string, realRoot: string): boolean {
  return real !== realRoot && !real.startsWith(realRoot + sep);
}

/** Resolve one link (its target must exist), or throw the caller's code. */
async function followLink(
  absolutePath: string,
  relativePath: string,
  realRoot: string,
  options: WalkFileTreeOptions,
): Promise<{ link: TreeLink; stats: Stats }> {
  const wording = options.wording ?? {};
  if (options.links === 'refuse') {
    throw new RampartError(options.errorCode, `${relativePath} is a symbolic link`, hinted(wording.linkHint));
  }
  let target: string;
  let real: string;
  let stats: Stats;
  try {
    target = await readlink(absolutePath);
    real = await realpath(absolutePath);
    stats = await stat(absolutePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ELOOP')
      throw new RampartError(
        options.errorCode,
        `${relativePath} is a symbolic link loop: following it never reaches a file`,
        { cause: error, ...hinted(wording.loopHint) },
      );
    throw new RampartError(
      options.errorCode,
      `${relativePath} is a broken symbolic link: it points nowhere readable (${code ?? (error as Error).message})`,
      { cause: error, ...hinted(wording.danglingHint) },
    );
  }
  const outside = isOutside(real, realRoot);
  if (options.links === 'inside' && outside) {
    throw new RampartError(
      options.errorCode,
      `${relativePath} links outside the ${wording.subject ?? 'folder'} directory`,
    );
  }
  return { link: { absolutePath, relativePath, target, realPath: real, outside }, stats };
}

/**
 * List the files under `root` (a folder, a file, or a link to either) under one link policy. Paths
 * are built from `root` as given: pass it resolved for absolute paths.
 */
export async function walkFileTree(root: string, options: WalkFileTreeOptions): Promise<FileTree> {
  const ignorePaths = options.ignorePaths ?? [];
  const wording = options.wording ?? {};
  const subject = wording.subject ?? 'folder';
  const tree: FileTree = { files: [], links: [] };
  const relativeOf = (path: string) => relative(root, path).split(sep).join('/') || '.';
  let rootStats: Stats;
  try {
    rootStats = await lstat(root);
  } catch (error) {
    throw new RampartError('RAMPART_IO', `${subject} path ${root} does not exist or cannot be read`, {
      cause: error,
    });
  }
  const realRoot = await realpath(root).catch(() => root);
  if (rootStats.isSymbolicLink()) {
    const followed = await followLink(root, root, realRoot, options);
    tree.links.push(followed.link);
    rootStats = followed.stats;
  }
  const walked = new Set<string>(options.links === 'follow' ? [] : [realRoot]);
  const loopError = (directory: string) =>
    new RampartError(
      options.errorCode,
      `${relativeOf(directory)} forms a symbolic link loop`,
      hinted(wording.loopHint),
    );
  const addFile = (absolutePath: string, realPath: string, stats: Stats) => {
    const special = !stats.isFile();
    if (special && options.specialFiles !== 'list') {
      throw new RampartError(
        options.errorCode,
        `${relativeOf(absolutePath)} is not a regular file or directory (a FIFO, socket or device)`,
        hinted(wording.specialHint),
      );
    }
    tree.files.push({
      absolutePath,
      relativePath: relativeOf(absolutePath),
      realPath,
      size: stats.size,
      special,
    });
    if (options.maxFiles !== undefined && tree.files.length > options.maxFiles) {
      throw new RampartError(
        options.tooManyFilesCode ?? options.errorCode,
        `more than ${options.maxFiles} files under ${root}`,
      );
    }
  };
  /** `ancestors`: the real paths of the folders the walk is inside now, root first. */
  const visit = async (
    directory: string,
    real: string,
    throughLink: boolean,
    ancestors: ReadonlySet<string>,
  ): Promise<void> => {
    if (options.links === 'follow') {
      // As the loader reads it: a folder reached twice (an alias) is walked once; a folder inside
      // itself is a loop, walked once or refused.
      if (ancestors.has(real) && options.loops === 'error') throw loopError(directory);
      if (walked.has(real)) return;
      walked.add(real);
    } else if (throughLink) {
      // As the reference signing tool: a folder reached again through a link is a loop.
      if (walked.has(real)) throw loopError(directory);
      walked.add(real);
    }
    let entries: Dirent[];
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      throw new RampartError('RAMPART_IO', `could not list ${directory}`, { cause: error });
    }
    entries.sort(byName);
    const inside = new Set(ancestors).add(real);
    for (const entry of entries) {
      if (options.skipNames?.includes(entry.name)) continue;
      const absolutePath = join(directory, entry.name);
      const relativePath = relativeOf(absolutePath);
      if (isIgnored(relativePath, ignorePaths)) continue;
      if (entry.isSymbolicLink()) {
        const { link, stats } = await followLink(absolutePath, relativePath, realRoot, options);
        tree.links.push(link);
        if (stats.isDirectory()) await visit(absolutePath, link.realPath, true, inside);
        else addFile(absolutePath, link.realPath, stats);
      } else if (entry.isDirectory()) {
        await visit(absolutePath, join(real, entry.name), false, inside);
      } else {
        addFile(absolutePath, join(real, entry.name), await stat(absolutePath));
      }
    }
  };
  if (rootStats.isDirectory()) await visit(root, realRoot, false, new Set());
  else addFile(root, realRoot, rootStats);
  return tree;
}
