import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

/** The console builds into dist/console, which the SOC serves (createSocServer staticDir). */
export const consoleRoot = import.meta.dirname;
export const consoleOutDir = resolve(import.meta.dirname, '..', '..', 'dist', 'console');

export default defineConfig({
  root: consoleRoot,
  base: '/',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    outDir: consoleOutDir,
    emptyOutDir: true,
    sourcemap: false,
    target: 'es2022',
    // The SOC's CSP forbids inline scripts; keep every script a file.
    modulePreload: { polyfill: false },
    chunkSizeWarningLimit: 600,
  },
  server: {
    // `npm run dev:console` proxies the API to a running SOC (rampart up --demo).
    proxy: { '/api': process.env.RAMPART_SOC_URL ?? 'http://127.0.0.1:8082' },
  },
});
