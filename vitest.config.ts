import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    pool: 'forks',
    // One injected seed for every property test (test/setup-property-seed.ts).
    setupFiles: ['test/setup-property-seed.ts'],
  },
});
