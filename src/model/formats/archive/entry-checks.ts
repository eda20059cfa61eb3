import type { Finding } from '../../../core/index.ts';
import { ruleFinding } from '../../scan-rules.ts';

/** True when extracting `name` would write outside the target directory. */
export function escapesDirectory(name: string): boolean {
  const normal = name.replace(/\\/g, '/');
  if (normal.startsWith('/') || /^[A-Za-z]:/.test(normal)) return true;
  let depth = 0;
  for (const part of normal.split('/')) {
    if (part === '..') depth--;
    else if (part !== '' && part !== '.') depth++;
    if (depth < 0) return true;
  }
  return false;
}

/** Findings for one archive entry's name and kind. */
export function entryFindings(
  name: string,
  kind: 'file' | 'directory' | 'symlink' | 'hardlink' | 'special' | 'other',
  detail: string | undefined,
  offset: number,
  target?: string,
): Finding[] {
  const findings: Finding[] = [];
  const where = { offset, detail: detail ? `${detail}!${name}` : name };
  if (escapesDirectory(name)) {
    findings.push(
      ruleFinding(
        'archive.path-traversal',
        `entry ${JSON.stringify(name)} extracts outside the target directory`,
        where,
      ),
    );
  }
  if (kind === 'symlink' || kind === 'hardlink') {
    const escapes =
      target !== undefined && (escapesDirectory(target) || escapesDirectory(`${name}/../${target}`));
    findings.push(
      ruleFinding(
        escapes ? 'archive.path-traversal' : 'archive.link',
        `entry ${JSON.stringify(name)} is a ${kind === 'symlink' ? 'symbolic' : 'hard'} link${target === undefined ? '' : ` to ${JSON.stringify(target)}`}`,
        where,
      ),
    );
  }
  if (kind === 'special') {
    findings.push(
      ruleFinding(
        'archive.link',
        `entry ${JSON.stringify(name)} is a device or FIFO, not a regular file`,
        where,
      ),
    );
  }
  return findings;
}
