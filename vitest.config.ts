import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of the pure core (no services), and integration suites that
// start their own Temporal dev server and PostgreSQL (one file at a time: 2-core machines).
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/SummaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['{engine,documents,definitions,workflows,workers,store,server,cli,scripts}/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
