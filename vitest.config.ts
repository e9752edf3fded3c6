import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // The SQLite and PostgreSQL suites each use their own files and databases.
    fileParallelism: true,
    reporters: ['default', './test/summary-reporter.ts'],
  },
})
