// npm run fuzz: bundle the campaign (test/fuzz/campaign.ts, TypeScript) with esbuild and run it in this process.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
// The campaign bundles the sources, which import the generated config validator: a fresh clone has none yet.
import './gen-validators.mjs';

const outfile = 'node_modules/.cache/webagent-lint/fuzz-campaign.mjs';
mkdirSync('node_modules/.cache/webagent-lint', { recursive: true });
await build({
  entryPoints: ['test/fuzz/campaign.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  packages: 'external',
  // The generated validator is CommonJS and calls require(); an ESM bundle needs a real require.
  banner: { js: 'import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);' },
  logLevel: 'warning',
});
await import(pathToFileURL(outfile).href);
