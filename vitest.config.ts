import { defineConfig } from 'vitest/config';

// .ci/run sets SAMSYN_TEST_REPORT to collect counts from each run for its one summary line.
const report = process.env.SAMSYN_TEST_REPORT;

export default defineConfig({
  test: {
    include: ['server/**/*.test.ts', 'shared/**/*.test.ts', 'client/**/*.test.{ts,tsx}', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    setupFiles: ['test/setup/no-server-errors.ts'],
    // PGlite takes seconds to start and the real server is a child process: generous, not timing asserts.
    testTimeout: 30_000,
    hookTimeout: 60_000,
    reporters: report ? ['default', ['json', { outputFile: report }]] : ['default'],
  },
});
