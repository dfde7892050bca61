import { defineConfig } from 'vitest/config';

/** End-to-end tests: the built, prerendered site in headless Chromium. */
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Two cores: one browser at a time keeps runs steady.
    fileParallelism: false,
  },
});
