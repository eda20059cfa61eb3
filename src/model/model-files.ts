import type { Dirent, Stats } from 'node:fs';
import { lstat, readdir, readlink, realpath, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { type ErrorCode, RampartError } from '../core/index.ts';

/**
 * The one walk over a model's files: signing, verifying and the ML-BOM (`serializeModel`), the scan
 * and its attestation (`collectFiles`) and the gateway's attestation watch all list a model with it,
 * so a symbolic link means the same thing to each of them.
 *
 * - `refuse`: a link anywhere is an error (signing without --allow-symlinks).
 * - `inside`: a link is followed when it resolves inside the model; a directory reached twice
 *   through links is a loop, an error (signing with --allow-symlinks).
 * - `follow`: every link is followed, as the model server that loads the folder follows them; a
 *   directory reached twice is walked once (the scan, the watch).
 *
 * In every policy a link that points nowhere is an error, never a file left out.
 */
export type LinkPolicy = 'refuse' | 'inside' | 'follow';

export interface ModelFile {
  /** The path as reached from the root (through links, never resolved). */
  absolutePath: string;
  /** Relative to the root, POSIX separators; `.` when the model is one file. */
  relativePath: string;
  /** The file the path leads to once every link is resolved. */
  realPath: string;
  size: number;
  /** A FIFO, socket or device: listed only under `specialFiles: 'list'`, never to be read whole. */
  special: boolean;
}

/** A symbolic link the walk met, followed or not (a link to a folder walked already). */
export interface ModelLink {
  absolutePath: string;
  relativePath: string;
  /** What the link says (readlink), before resolving. */
  target: string;
  /** What it resolves to. */
  realPath: string;
}

export interface ModelTree {
  /** Every file, in walk order (entries sorted by name, UTF-16 order). */
  files: ModelFile[];
  links: ModelLink[];
}

export interface WalkModelOptions {
  links: LinkPolicy;
  /** The code for a path the policy refuses (a link, a dangling link, a loop, a special file). */
  errorCode: ErrorCode;
  /** Paths left out, relative to the root with POSIX separators; a folder leaves out all under it. */
  ignorePaths?: readonly string[];
  /** `refuse` (default): a special file is an error; `list`: listed with `special: true`. */
  specialFiles?: 'refuse' | 'list';
  /** Stop with RAMPART_MODEL_SCAN_TOO_MANY_FILES past this many files. */
  maxFiles?: number;
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

/** Resolve one link (its target must exist), or throw the caller's code. */
async function followLink(
  absolutePath: string,
  relativePath: string,
  realRoot: string,
  options: WalkModelOptions,
): Promise<{ link: ModelLink; stats: Stats }> {
  if (options.links === 'refuse') {
    throw new RampartError(options.errorCode, `${relativePath} is a symbolic link`, {
      hint: 'Symbolic links are refused unless --allow-symlinks is given (and then must stay inside the model).',
    });
  }
  let target: string;
  let real: string;
  let stats: Stats;
  try {
    target = await readlink(absolutePath);
    real = await realpath(absolutePath);
    stats = await stat(absolutePath);
  } catch (error) {
    throw new RampartError(
      options.errorCode,
      `${relativePath} is a broken symbolic link: it points nowhere readable (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`,
      { cause: error },
    );
  }
  if (options.links === 'inside' && real !== realRoot && !real.startsWith(realRoot + sep)) {
    throw new RampartError(options.errorCode, `${relativePath} links outside the model directory`);
  }
  return { link: { absolutePath, relativePath, target, realPath: real }, stats };
}

/**
 * List the files under `root` (a folder, a file, or a link to either) under one link policy. Paths
 * are built from `root` as given: pass it resolved for absolute paths.
 */
export async function walkModel(root: string, options: WalkModelOptions): Promise<ModelTree> {
  const ignorePaths = options.ignorePaths ?? [];
  const tree: ModelTree = { files: [], links: [] };
  const relativeOf = (path: string) => relative(root, path).split(sep).join('/') || '.';
  let rootStats: Stats;
  try {
    rootStats = await lstat(root);
  } catch (error) {
    throw new RampartError('RAMPART_IO', `model path ${root} does not exist or cannot be read`, {
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
  const addFile = (absolutePath: string, realPath: string, stats: Stats) => {
    const special = !stats.isFile();
    if (special && options.specialFiles !== 'list') {
      throw new RampartError(
        options.errorCode,
        `${relativeOf(absolutePath)} is not a regular file or directory`,
        {
          hint: 'Remove sockets, pipes and device files from the model directory, or ignore them with --ignore-paths.',
        },
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
        'RAMPART_MODEL_SCAN_TOO_MANY_FILES',
        `more than ${options.maxFiles} files under ${root}`,
      );
    }
  };
  const visit = async (directory: string, real: string, throughLink: boolean): Promise<void> => {
    if (options.links === 'follow') {
      // As the server reads it: a folder reached twice (a loop, an alias) is walked once.
      if (walked.has(real)) return;
      walked.add(real);
    } else if (throughLink) {
      // As the reference signing tool: a folder reached again through a link is a loop.
      if (walked.has(real))
        throw new RampartError(options.errorCode, `${relativeOf(directory)} forms a symbolic link loop`);
      walked.add(real);
    }
    let entries: Dirent[];
    try {
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      throw new RampartError('RAMPART_IO', `could not list ${directory}`, { cause: error });
    }
    entries.sort(byName);
    for (const entry of entries) {
      const absolutePath = join(directory, entry.name);
      const relativePath = relativeOf(absolutePath);
      if (isIgnored(relativePath, ignorePaths)) continue;
      if (entry.isSymbolicLink()) {
        const { link, stats } = await followLink(absolutePath, relativePath, realRoot, options);
        tree.links.push(link);
        if (stats.isDirectory()) await visit(absolutePath, link.realPath, true);
        else addFile(absolutePath, link.realPath, stats);
      } else if (entry.isDirectory()) {
        await visit(absolutePath, join(real, entry.name), false);
      } else {
        addFile(absolutePath, join(real, entry.name), await stat(absolutePath));
      }
    }
  };
  if (rootStats.isDirectory()) await visit(root, realRoot, false);
  else addFile(root, realRoot, rootStats);
  return tree;
}
