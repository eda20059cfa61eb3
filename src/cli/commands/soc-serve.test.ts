import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultConsoleDir } from './soc-serve.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('rampart soc serve', () => {
  it('serves the console that `npm run build:console` writes to dist/console without --static', () => {
    const built = join(root, 'dist', 'console');
    expect(defaultConsoleDir()).toBe(existsSync(join(built, 'index.html')) ? built : undefined);
  });
});
