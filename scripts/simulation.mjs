// The simulator (src/model/simulation.ts) for the scripts, which run on Node without a TypeScript loader:
// bundled with esbuild into node_modules/.cache on load (a few milliseconds), then required. The bench, the
// example logs and the tests that reuse them thus all run the one simulator the property test checks.
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}node_modules/.cache/webagent-lint/simulation.cjs`;
mkdirSync(`${root}node_modules/.cache/webagent-lint`, { recursive: true });
buildSync({ entryPoints: [`${root}src/model/simulation.ts`], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning' });

/** @type {typeof import('../src/model/simulation.ts')} */
export const simulation = createRequire(import.meta.url)(outfile);
