import { defineConfig } from 'vitest/config';

export default defineConfig({
  define: {
    __STATUS_ORIGIN__: JSON.stringify('https://status.claude.com'),
    __FALLBACK_ORIGIN__: JSON.stringify('https://anthropic.statuspage.io'),
    __BANNER_SHADOW_MODE__: JSON.stringify('closed'),
    __REPLAY_CLOCK__: JSON.stringify(''),
    __REPLAY_CLOCK_ON__: 'false',
  },
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'test/replay/**/*.test.ts', 'test/repo/**/*.test.ts'],
    testTimeout: 20_000,
    environment: 'node',
  },
});
