import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'scripts/**/*.test.ts'],
    exclude: ['node_modules', 'web/**', 'dist/**', 'data/**'],
    // Database suites each boot their own PGlite; keep parallelism modest on 2 cores.
    pool: 'forks',
    maxWorkers: 2,
    // Tests are bounded by their work (a fixed number of passes, accounts, pages), never by how fast
    // the machine is: these limits only catch a hang, so they are far above any test's duration on
    // a busy 2-core machine. Speed is measured in `kindly bench`, not asserted here.
    testTimeout: 15 * 60_000,
    hookTimeout: 15 * 60_000,
  },
});
