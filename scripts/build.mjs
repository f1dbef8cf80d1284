// Build: generate the standalone schema validators, then bundle the CLI into one ESM file (deps.md §9).
import { build } from 'esbuild';
import { chmodSync } from 'node:fs';
import './gen-validators.mjs';

const outfile = 'dist/webagent-lint.mjs';
await build({
  entryPoints: ['src/bin.ts'],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'esm',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  // commander is CommonJS and calls require(); an ESM bundle needs a real require.
  banner: {
    js: '#!/usr/bin/env node\nimport { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);',
  },
  logLevel: 'warning',
});
chmodSync(outfile, 0o755);
