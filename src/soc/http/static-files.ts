import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

const contentSecurityPolicy =
  "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'";

const placeholder = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Rampart SOC</title></head>
<body><h1>Rampart SOC</h1><p>The web console is not built: run <code>npm run build:console</code> and restart. The HTTP API is at <code>/api</code> (see docs/soc-api.md).</p></body></html>`;

/**
 * A file from `root` (the console's build output) with an SPA fallback: a path that is not a file
 * gets index.html, so client-side routes survive a reload. Paths never escape `root`. HEAD gets
 * the headers without reading the file.
 */
export async function staticFile(
  root: string | undefined,
  pathname: string,
  headOnly: boolean,
): Promise<{ body: Uint8Array<ArrayBuffer> | string | null; headers: Record<string, string> }> {
  const headers = { 'content-security-policy': contentSecurityPolicy };
  const page = (body: string) => ({
    body: headOnly ? null : body,
    headers: { ...headers, 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
  });
  if (!root) return page(placeholder);
  const base = resolve(root);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    decoded = '/';
  }
  let file = resolve(base, `.${normalize(`/${decoded}`)}`);
  if (file !== base && !file.startsWith(base + sep)) file = join(base, 'index.html');
  let size = isFile(file);
  const fallback = size === undefined;
  if (fallback) {
    file = join(base, 'index.html');
    size = isFile(file);
  }
  if (size === undefined) return page(placeholder);
  const immutable = !fallback && /\/assets\//.test(file);
  return {
    body: headOnly ? null : new Uint8Array(await readFile(file)),
    headers: {
      ...headers,
      'content-type': types[extname(file).toLowerCase()] ?? 'application/octet-stream',
      'content-length': String(size),
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    },
  };
}

function isFile(path: string): number | undefined {
  try {
    const stats = statSync(path);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}
