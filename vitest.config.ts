import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // The machines are shared and have 2 cores: keep the worker count small and predictable.
    maxWorkers: 2,
    // Generous: a loaded machine runs the CLI tests several times slower. Timeouts only stop runaway cases;
    // speed is measured by npm run bench, never asserted here (issue 7).
    testTimeout: 60_000,
    // Each test file removes the temporary directories it made (test/helpers/temp.ts).
    setupFiles: ['test/setup/temp-directories.ts'],
    projects: [
      { extends: true, test: { name: 'suite', include: ['test/**/*.test.ts'], exclude: ['test/install.test.ts'] } },
      // npm and pre-commit installing the package take both cores for a minute or more: after the suite, not
      // beside its timed tests (worker threads, the browser).
      { extends: true, test: { name: 'install', include: ['test/install.test.ts'], sequence: { groupOrder: 1 } } },
    ],
  },
});
