/**
 * Property-based tests of every reader (issue 8) on small inputs: 10,000 cases per reader (FUZZ_SCALE
 * multiplies that). `npm run fuzz` runs the long campaign over the same properties on whole files.
 */
import { describe, it } from 'vitest';
import { QUICK } from './inputs.js';
import { fuzzReaders } from './readers.js';

const scale = Number(process.env['FUZZ_SCALE'] ?? 1);

describe('readers on random and mutated input: no exception, no case over a second, every position inside the file', () => {
  for (const reader of fuzzReaders(QUICK)) {
    it(`${reader.name}: ${reader.runs * scale} cases`, () => reader.run({ numRuns: reader.runs * scale }), 120_000);
  }
});
