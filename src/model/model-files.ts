import {
  type FileTree,
  type LinkPolicy,
  type TreeFile,
  type TreeLink,
  type WalkFileTreeOptions,
  walkFileTree,
} from '../core/index.ts';

/**
 * The one walk over a model's files: signing, verifying and the ML-BOM (`serializeModel`), the scan
 * and its attestation (`collectFiles`) and the gateway's attestation watch all list a model with it,
 * so a symbolic link means the same thing to each of them. It is core's `walkFileTree` (which the
 * data manifest walks a dataset with) in the model's words: the link policy (`refuse` when signing
 * without --allow-symlinks, `inside` with it, `follow` for the scan and the watch) is the only
 * difference between its callers.
 */
export type { LinkPolicy };
export type ModelFile = TreeFile;
export type ModelLink = TreeLink;
export type ModelTree = FileTree;
export type WalkModelOptions = Omit<WalkFileTreeOptions, 'wording' | 'tooManyFilesCode' | 'skipNames'>;

/**
 * List the files under `root` (a folder, a file, or a link to either) under one link policy. Paths
 * are built from `root` as given: pass it resolved for absolute paths.
 */
export function walkModel(root: string, options: WalkModelOptions): Promise<ModelTree> {
  return walkFileTree(root, {
    ...options,
    tooManyFilesCode: 'RAMPART_MODEL_SCAN_TOO_MANY_FILES',
    wording: {
      subject: 'model',
      linkHint:
        'Symbolic links are refused unless --allow-symlinks is given (and then must stay inside the model).',
      specialHint:
        'Remove sockets, pipes and device files from the model directory, or ignore them with --ignore-paths.',
    },
  });
}
