import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { socConfigSchema } from '../../soc/index.ts';
import { defaultConsoleDir } from './soc-serve.ts';
import up from './up.ts';

const root = resolve(import.meta.dirname, '../../..');

describe('rampart soc serve', () => {
  it('listens by default where `rampart up` puts the SOC, not on the demo model port', async () => {
    const args = (await up.args) as unknown as Record<string, { default?: string }>;
    const port = socConfigSchema.parse({ adminToken: 'a'.repeat(16) }).server.port;
    expect(port).toBe(Number(args['soc-port']?.default));
    expect(port).not.toBe(Number(args['demo-port']?.default));
  });

  it('serves the console that `npm run build:console` writes to dist/console without --static', () => {
    const built = join(root, 'dist', 'console');
    expect(defaultConsoleDir()).toBe(existsSync(join(built, 'index.html')) ? built : undefined);
  });
});

describe('rampart soc serve --static', () => {
  it('refuses a folder without a console build instead of serving the "not built" page', () => {
    const cwd = mkdtempSync(join(tmpdir(), 'rampart-soc-serve-'));
    const result = spawnSync(
      process.execPath,
      [
        join(root, 'bin/rampart.js'),
        'soc',
        'serve',
        '--port',
        '0',
        '--static',
        join(root, 'no-such-console'),
      ],
      { encoding: 'utf8', cwd, timeout: 20_000 },
    );
    rmSync(cwd, { recursive: true, force: true });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('error RAMPART_IO: no console build');
  });
});
