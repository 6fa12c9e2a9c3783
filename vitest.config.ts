import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CLI tests spawn the built binary; 2 cores on CI machines. Two test files
    // at a time: vitest would otherwise keep one core for itself and run one.
    testTimeout: 20_000,
    pool: 'forks',
    maxWorkers: 2,
    // Test files share their worker's modules instead of loading them afresh
    // (a third of the run's time on 2 cores). Sound because the code keeps no
    // state between runs that a test could see: each command names its
    // language and report when it starts (cli/cleanup.ts), memos only cache
    // pure answers, and the one spy on process.stdout is restored after use.
    isolate: false,
  },
});
