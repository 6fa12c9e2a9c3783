import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built binary; 2 cores on CI machines.
    testTimeout: 20_000,
    pool: 'forks',
  },
});
