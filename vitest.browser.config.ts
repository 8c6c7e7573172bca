import { defineConfig } from 'vitest/config';

// Real-browser suites: one browser at a time (two cores), generous but bounded time per test.
export default defineConfig({
  test: {
    include: ['test/browser/**/*.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 90_000,
  },
});
