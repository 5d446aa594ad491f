import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Decides the browser once and prints which one runs (tests/support/chromium.ts).
    globalSetup: ['tests/support/global-setup.ts'],
    // Every fast-check property runs with a fixed seed, unless ATLAS_EXPLORE is set.
    setupFiles: ['tests/support/fast-check-setup.ts'],
    // Builds and browser tests are slow on a 2-core machine; correctness, not speed, is asserted.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
