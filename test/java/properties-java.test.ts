/**
 * The Java properties reader against Java (issue 16, item 4): the corpus of past disagreements everywhere; where
 * `java` and `javac` are installed (CI installs them), the corpus against Java itself and a bounded differential
 * run with a fixed seed. `npm run fuzz` runs the long differential campaign.
 */
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUICK } from '../fuzz/inputs.js';
import { HEAVY_TEST_TIMEOUT } from '../helpers/timeouts.js';
import { CORPUS } from './corpus.js';
import { corpusEntry, JavaProperties, javaMissing, javaPropertiesFiles, minimise, mismatch, type JavaResult } from './java-properties.js';

const bytesOf = (latin1: string): Uint8Array => new Uint8Array(Buffer.from(latin1, 'latin1'));

describe('Java properties corpus: the reader reads as Java read (no Java needed)', () => {
  for (const entry of CORPUS) {
    it(entry.name, () => {
      expect(mismatch(bytesOf(entry.bytes), entry.java)).toBeUndefined();
    });
  }
});

const missing = javaMissing();
const SEED = 20_260_416;
const CASES = 3_000;

/** The smallest part of a mismatching file, with what Java reads, ready for the corpus. */
function explain(java: JavaProperties, bytes: Uint8Array): string {
  const smallest = minimise(java, bytes);
  const [result] = java.load([smallest]);
  return `seed ${SEED}: ${mismatch(smallest, result as JavaResult)}\nfor test/java/corpus.ts:\n${corpusEntry(smallest, result as JavaResult)}`;
}

describe(missing === undefined ? 'against Java itself' : `against Java itself: skipped, ${missing}`, () => {
  let java: JavaProperties | undefined;
  // javac and a JVM start take seconds, far more on a loaded machine than a hook's default 10 s.
  beforeAll(() => {
    if (missing === undefined) java = new JavaProperties();
  }, HEAVY_TEST_TIMEOUT);
  afterAll(() => java?.close());

  it.skipIf(missing !== undefined)(
    'the corpus holds what Java reads',
    () => {
      const loaded = (java as JavaProperties).load(CORPUS.map((entry) => bytesOf(entry.bytes)));
      expect(loaded).toEqual(CORPUS.map((entry) => entry.java));
    },
    120_000,
  );

  it.skipIf(missing !== undefined)(
    `agrees with Java on ${CASES} generated files (seed ${SEED})`,
    () => {
      const javaProperties = java as JavaProperties;
      const files = fc.sample(javaPropertiesFiles(QUICK), { seed: SEED, numRuns: CASES });
      const loaded = javaProperties.load(files);
      const failing = files.flatMap((bytes, i) => (mismatch(bytes, loaded[i] as JavaResult) === undefined ? [] : [i]));
      expect(failing, failing.length === 0 ? undefined : explain(javaProperties, files[failing[0] as number] as Uint8Array)).toEqual([]);
    },
    300_000,
  );
});
