import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Builds and browser tests are slow on a 2-core machine; correctness, not speed, is asserted.
    testTimeout: 120_000,
    hookTimeout: 180_000,
  },
});
