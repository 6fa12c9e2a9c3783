import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built binary; 2 cores on CI machines. Two test files
    // at a time: vitest would otherwise keep one core for itself and run one.
    testTimeout: 20_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
