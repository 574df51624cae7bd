import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 120_000,
    pool: 'forks',
    // The summary reporter prints the plain "N passed, N failed" line CI counts.
    reporters: ['default', './test-support/summary-reporter.ts'],
  },
});
