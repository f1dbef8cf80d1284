/**
 * Property-based tests of every reader (issue 8) on small inputs: 10,000 cases per reader (FUZZ_SCALE
 * multiplies that). `npm run fuzz` runs the long campaign over the same properties on whole files.
 */
import { describe, it } from 'vitest';
import { HEAVY_TEST_TIMEOUT } from '../helpers/timeouts.js';
import { QUICK } from './inputs.js';
import { fuzzReaders } from './readers.js';

const scale = Number(process.env['FUZZ_SCALE'] ?? 1);
/**
 * Every run of npm test tries the same cases, so that it gives the same answer each time (issue 16); new inputs
 * are tried by `npm run fuzz`, with a random seed per campaign. What a campaign finds is pinned as a regression
 * test beside the reader's other tests.
 */
const SEED = 1_613_161;

describe('readers on random and mutated input: no exception, every position inside the file', () => {
  for (const reader of fuzzReaders(QUICK)) {
    it(`${reader.name}: ${reader.runs * scale} cases, seed ${SEED}`, () => reader.run({ numRuns: reader.runs * scale, seed: SEED }), HEAVY_TEST_TIMEOUT);
  }
});
