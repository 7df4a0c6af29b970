import { defineConfig } from 'vitest/config'

/**
 * Two layers: `unit` (pure functions, fast) and `int` (real Payload on SQLite and PostgreSQL, real
 * search engine, real site server). Playwright e2e tests live in tests/e2e (playwright.config.ts).
 */
export default defineConfig({
  test: {
    environment: 'node',
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'int',
          include: ['tests/int/**/*.test.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          maxWorkers: 2,
        },
      },
    ],
  },
})
