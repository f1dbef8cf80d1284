// Build: generate the standalone schema validators, then bundle the CLI into one ESM file (deps.md §9).
import { build } from 'esbuild';
import { chmodSync, rmSync } from 'node:fs';
import './gen-validators.mjs';

// Code splitting keeps what only some runs need (the YAML config reader) out of the start-up path.
const outfile = 'dist/webagent-lint.mjs';
rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: { 'webagent-lint': 'src/bin.ts' },
  outdir: 'dist',
  outExtension: { '.js': '.mjs' },
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
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
