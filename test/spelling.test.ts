import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const source = join(import.meta.dirname, '..', 'src');

function files(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : files(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

describe('identifier spelling', () => {
  // British spelling for our own identifiers (normalise, like the guard's normalise/ folder); the
  // platform's String.prototype.normalize and node:path's normalize keep theirs.
  it('names things normalise, never normalize, outside platform APIs', () => {
    const offenders = files(source).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, index) => ({ line, where: `${file}:${index + 1}` }))
        .filter(({ line }) =>
          /normaliz/i.test(line.replace(/\.normalize\(|\bnormalize\b(?=[,(]|\s*\})/g, '')),
        )
        .map(({ where }) => where),
    );
    expect(offenders).toEqual([]);
  });
});
