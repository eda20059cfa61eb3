import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['src/console/**', 'node_modules/**'],
    testTimeout: 45_000,
    hookTimeout: 45_000,
    pool: 'forks',
    reporters: ['default'],
  },
});
