// Build: generate the standalone schema validators, bundle the CLI into one CommonJS file (deps.md §9), and
// record V8's code cache for it so that bin/webagent-lint.cjs starts without compiling the bundle; bundle the
// GitHub Action's entry point. Both bundles are committed (.ci/run fails when they differ from this build).
import { spawnSync } from 'node:child_process';
import { chmodSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { build } from 'esbuild';
import './gen-validators.mjs';

/**
 * commander requires node:child_process at load for executable subcommands (`git-style` commands in files of
 * their own), which this CLI does not have. Loading it brings net, dgram and their bindings: about 3 ms of every
 * run, a tenth of what linting one agent adds to starting Node (BENCHMARKS.md). commander gets a stand-in that
 * loads the module on first use instead, which is never.
 */
const lazyChildProcessForCommander = {
  name: 'lazy-child-process-for-commander',
  setup(bundler) {
    bundler.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
    );
    bundler.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, name) => require('node:child_process')[name] });",
      loader: 'js',
    }));
  },
};

rmSync('dist', { recursive: true, force: true });
await build({
  entryPoints: ['src/cli/bin.ts'],
  outfile: 'dist/webagent-lint-main.cjs',
  bundle: true,
  platform: 'node',
  target: 'node20',
  // CommonJS because the launcher compiles it as a classic script with cached data (ES modules cannot use it in
  // Node 20). What only some runs need (the YAML config reader, the XML reader, explain, picomatch) is still
  // evaluated lazily: esbuild wraps dynamically imported modules in functions that run on first import.
  format: 'cjs',
  minify: false,
  sourcemap: false,
  legalComments: 'none',
  logLevel: 'warning',
  plugins: [lazyChildProcessForCommander],
});

// The launcher reads the bundle as latin1, which is exact only for ASCII; a non-ASCII character would also make
// V8 hold the whole source as a two-byte string. esbuild escapes strings, but not tagged template text or comments.
const nonAscii = /[^\x00-\x7f]/.exec(readFileSync('dist/webagent-lint-main.cjs', 'latin1'));
if (nonAscii) {
  const bundle = readFileSync('dist/webagent-lint-main.cjs', 'utf8');
  const at = bundle.search(/[^\x00-\x7f]/);
  throw new Error(`build: the bundle must be ASCII; write an escape or an HTML entity instead of: ${bundle.slice(Math.max(0, at - 60), at + 20)}`);
}

// The GitHub Action's entry point (action.yml), run by the runner's own Node 24; it starts the launcher, so it
// holds only its own few lines.
await build({
  entryPoints: ['src/cli/action.ts'],
  outfile: 'dist/action.cjs',
  bundle: true,
  platform: 'node',
  target: 'node24',
  format: 'cjs',
  logLevel: 'warning',
});

// The entry point of earlier versions, kept for what still names it (scripts, an action pinned to an old
// command, npx's cache of this package): it runs the launcher.
writeFileSync('dist/webagent-lint.mjs', "#!/usr/bin/env node\nimport '../bin/webagent-lint.cjs';\n");
chmodSync('dist/webagent-lint.mjs', 0o755);

// One representative run (both products, findings, the text report) with the launcher writing the cache at exit.
const training = spawnSync(process.execPath, ['bin/webagent-lint.cjs', 'lint', 'examples', '--no-color', '--no-fail'], {
  env: { ...process.env, WEBAGENT_LINT_WRITE_CODE_CACHE: '1' },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (training.status !== 0) throw new Error(`build: the code-cache run of bin/webagent-lint.cjs failed (exit ${training.status})`);
