import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // The machines are shared and have 2 cores: keep the worker count small and predictable.
    maxWorkers: 2,
  },
});
