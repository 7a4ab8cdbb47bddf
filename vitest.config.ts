import { defineConfig } from 'vitest/config';
import { testDatabaseUrl } from './src/server/platform/config.js';

/** PostgreSQL-only integration files (`*.pg.int.test.ts`) join the run when a test database is given. */
const pgOnly = testDatabaseUrl() ? [] : ['src/**/*.pg.int.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
          exclude: ['src/**/*.int.test.ts', 'node_modules/**'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['src/**/*.int.test.ts'],
          exclude: ['node_modules/**', ...pgOnly],
          environment: 'node',
          globalSetup: ['test/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
