import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in Debian's Chromium (playwright-core). Run by scripts/e2e.mjs after a build.
export default defineConfig({
  test: {
    environment: 'node',
    include: ['tests/e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
