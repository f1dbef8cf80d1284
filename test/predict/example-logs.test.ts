/** The example ctagent.log files are the simulator's (npm run example-logs rewrites them). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleLogs } from '../../scripts/example-logs.mjs';

describe('example logs', () => {
  for (const { path, text } of exampleLogs()) {
    it(`${path} is what the simulator writes (run npm run example-logs when this fails)`, () => {
      expect(readFileSync(new URL(`../../${path}`, import.meta.url), 'utf8')).toBe(text);
    });
  }
});
