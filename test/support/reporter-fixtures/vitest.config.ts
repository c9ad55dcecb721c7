/** Runs the deliberately failing fixtures of test/support/count-reporter.test.ts (never part of the suite). */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('.', import.meta.url)),
    include: ['*.fixture.ts'],
    reporters: ['default', fileURLToPath(new URL('../count-reporter.ts', import.meta.url))],
  },
});
