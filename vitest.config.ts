import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts', 'engine/**/*.test.ts', 'dialogs/**/*.test.ts', 'bot/**/*.test.ts'],
    exclude: ['**/node_modules/**', 'test/.tmp/**', 'data/**'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    reporters: ['default', './test/support/count-reporter.ts'],
  },
});
