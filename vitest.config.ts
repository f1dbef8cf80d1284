import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The machines are shared and have 2 cores: keep the worker count small and predictable.
    maxWorkers: 2,
    // Generous: a loaded machine runs the CLI tests several times slower. Timeouts only stop runaway cases;
    // speed is measured by npm run bench, never asserted here (issue 7).
    testTimeout: 60_000,
  },
});
