#!/usr/bin/env node
/*
 * Launcher: runs the bundle (dist/webagent-lint-main.cjs) from V8's code cache (dist/webagent-lint-main.cjs.v8cache),
 * so a run does not compile the bundle first. A CI gate starts the linter on every commit; compiling the bundle
 * was about a third of the cost of linting one agent (BENCHMARKS.md). The build writes the cache by running
 * the examples once with WEBAGENT_LINT_WRITE_CODE_CACHE set. A cache made by another Node or V8 version is
 * rejected by V8 and the bundle is simply compiled, so the cache is an optimisation, never a requirement.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { wrap } = require('node:module');

const bundle = path.join(__dirname, '..', 'dist', 'webagent-lint-main.cjs');
const cacheFile = `${bundle}.v8cache`;
let source;
try {
  // latin1: the bundle is ASCII (esbuild escapes everything else), and latin1 skips UTF-8 decoding.
  source = fs.readFileSync(bundle, 'latin1');
} catch {
  process.stderr.write(`webagent-lint: ${bundle} is missing; run \`npm run bundle\`\n`);
  process.exit(2);
}
let cachedData;
try {
  cachedData = fs.readFileSync(cacheFile);
} catch {
  // no cache (not built yet, or removed): compile normally
}
const script = new vm.Script(wrap(source), { filename: bundle, cachedData });
if (process.env.WEBAGENT_LINT_WRITE_CODE_CACHE !== undefined) {
  // At exit the cache also holds the functions this run compiled lazily, which a typical run needs again.
  process.once('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
}
const module_ = { exports: {} };
script.runInThisContext().call(module_.exports, module_.exports, require, module_, bundle, path.dirname(bundle));
