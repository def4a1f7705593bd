import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension (.output/) in Debian's Chromium through playwright-core.
// One file at a time: each launches a browser, and the machines have two cores.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // A page in a browser on a busy two-core machine can take more than poll's default second.
    expect: { poll: { timeout: 10_000 } },
  },
});
