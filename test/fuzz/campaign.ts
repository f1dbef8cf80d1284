/**
 * The long fuzz campaign (`npm run fuzz`): the properties of test/fuzz/readers.ts on whole files and long lines,
 * and the prediction model against the simulator (test/fuzz/prediction.ts), 1,000,000 cases in all by default,
 * shared among the readers as in npm test; then, where `java` is installed, the
 * Java properties reader against Java itself on 100,000 files (test/java/java-properties.ts). A random seed unless
 * --seed is given (npm test runs fixed seeds, so this is where new inputs are tried). Prints the seed first, cases
 * per second per reader, and for a failure the counterexample and the commands that replay it.
 *
 *   npm run fuzz -- [--cases N] [--java N] [--reader <part of a name>] [--seed N]
 */
import { randomInt } from 'node:crypto';
import { parseArgs } from 'node:util';
import fc from 'fast-check';
import { corpusEntry, JavaProperties, javaMissing, javaPropertiesFiles, minimise, mismatch, type JavaResult } from '../java/java-properties.js';
import { CAMPAIGN } from './inputs.js';
import { fuzzReaders } from './readers.js';
import { modelProperties } from './prediction.js';

const { values } = parseArgs({
  options: { cases: { type: 'string', default: '1000000' }, java: { type: 'string', default: '100000' }, reader: { type: 'string' }, seed: { type: 'string' } },
});
const total = Number(values.cases);
const readers = [...fuzzReaders(CAMPAIGN), ...modelProperties()].filter((reader) => values.reader === undefined || reader.name.includes(values.reader));
const weight = readers.reduce((sum, reader) => sum + reader.runs, 0);
const baseSeed = values.seed !== undefined ? Number(values.seed) : randomInt(2 ** 31);
if (!Number.isInteger(baseSeed) || baseSeed < 0 || baseSeed >= 2 ** 31) throw new Error(`--seed ${values.seed}: not a whole number from 0 to ${2 ** 31 - 1}`);
/** The options of this run that select its cases: given again with its seed, they replay it. */
const selection = `${values.reader !== undefined ? ` --reader ${JSON.stringify(values.reader)}` : ''} --cases ${total}`;
/** Cases per fast-check run: a progress line each, and a seed of its own. */
const CHUNK = 10_000;

console.log(`webagent-lint fuzz campaign: ${total} cases over ${readers.length} properties, seed ${baseSeed}`);
let failed = false;
let allCases = 0;
const started = performance.now();
const shares = readers.map((reader) => Math.floor((total * reader.runs) / weight));
// The cases rounding leaves over go to the first property, so that the campaign runs exactly `total`.
shares[0] = (shares[0] ?? 0) + total - shares.reduce((sum, n) => sum + n, 0);
for (const [index, reader] of readers.entries()) {
  const cases = shares[index] as number;
  const readerStarted = performance.now();
  let done = 0;
  for (let chunk = 0; done < cases; chunk++) {
    const numRuns = Math.min(CHUNK, cases - done);
    const seed = (baseSeed + chunk * 7919) % 2 ** 31;
    try {
      reader.run({ numRuns, seed });
    } catch (error) {
      failed = true;
      // fast-check's message holds its seed, the shrunk counterexample and how it was found; the property's own
      // error (what did not hold) is its cause.
      const { message, cause } = error as Error;
      console.log(
        `\nFAILED ${reader.name}, campaign seed ${baseSeed}\n${message}\nWhat did not hold: ${cause instanceof Error ? cause.message : String(cause)}`,
      );
      console.log(`Replay the campaign: npm run fuzz -- --seed ${baseSeed}${selection}`);
      console.log(`Replay only this property: npm run fuzz -- --reader ${JSON.stringify(reader.name)} --seed ${seed} --cases ${numRuns}`);
      break;
    }
    done += numRuns;
    process.stdout.write(`\r  ${reader.name}: ${done}/${cases}`);
  }
  const seconds = (performance.now() - readerStarted) / 1000;
  allCases += done;
  console.log(`\r  ${reader.name}: ${done} cases in ${seconds.toFixed(1)} s, ${Math.round(done / seconds)} cases/s`);
}
const JAVA = 'Java properties reader against Java';
const javaFiles = Number(values.java);
if (javaFiles > 0 && (values.reader === undefined || JAVA.includes(values.reader))) {
  const missing = javaMissing();
  if (missing !== undefined) {
    console.log(`  ${JAVA}: skipped, ${missing}`);
  } else {
    const java = new JavaProperties();
    const javaStarted = performance.now();
    let done = 0;
    for (let chunk = 0; done < javaFiles && !failed; chunk++) {
      const numRuns = Math.min(CHUNK, javaFiles - done);
      const seed = (baseSeed + chunk * 7919) % 2 ** 31;
      const files = fc.sample(javaPropertiesFiles(CAMPAIGN), { seed, numRuns });
      const loaded = java.load(files);
      const failing = files.findIndex((bytes, i) => mismatch(bytes, loaded[i] as JavaResult) !== undefined);
      if (failing !== -1) {
        failed = true;
        const smallest = minimise(java, files[failing] as Uint8Array);
        const [result] = java.load([smallest]);
        console.log(`\nFAILED ${JAVA} (rerun: npm run fuzz -- --reader "${JAVA}" --seed ${seed} --java ${numRuns}): file ${failing}`);
        console.log(`${mismatch(smallest, result as JavaResult)}\nfor test/java/corpus.ts:\n${corpusEntry(smallest, result as JavaResult)}`);
        break;
      }
      done += numRuns;
      process.stdout.write(`\r  ${JAVA}: ${done}/${javaFiles}`);
    }
    java.close();
    const javaSeconds = (performance.now() - javaStarted) / 1000;
    allCases += done;
    console.log(`\r  ${JAVA}: ${done} files in ${javaSeconds.toFixed(1)} s, ${Math.round(done / javaSeconds)} files/s`);
  }
}

const seconds = (performance.now() - started) / 1000;
console.log(`${allCases} cases in ${seconds.toFixed(1)} s (${Math.round(allCases / seconds)} cases/s)${failed ? `; FAILED (seed ${baseSeed})` : ''}`);
process.exitCode = failed ? 1 : 0;
