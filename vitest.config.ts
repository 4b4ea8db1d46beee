import { defineConfig } from 'vitest/config';

// Two projects: fast unit tests of the pure core (no services), and integration suites that
// share one Temporal dev server and one PostgreSQL cluster per run (tests/support/globalSetup.ts;
// a database and task queue per suite) and run one file at a time (2-core machines).
export default defineConfig({
  test: {
    reporters: ['default', './tests/support/SummaryReporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          // CPU-bound tests (tsc over generated types, RSA keys for test PKIs) outgrew the 5 s
          // default on a loaded 2-core machine; a stuck test still fails, only later.
          testTimeout: 30_000,
          include: ['{engine,config,documents,definitions,workflows,workers,store,server,cli,scripts,ui,portal,workbench,designer}/**/*.test.ts', 'tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          // Browser suites (tests/e2e) drive Debian's Chromium against the same services.
          include: ['tests/integration/**/*.test.ts', 'tests/e2e/**/*.test.ts'],
          globalSetup: ['./tests/support/globalSetup.ts', './tests/support/buildUiSetup.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
