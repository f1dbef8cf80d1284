// `npm run docs`: bundle the TypeScript generator once and run it (Node 20 cannot run .ts directly).
import { build } from 'esbuild';
import { pathToFileURL } from 'node:url';

const outfile = 'node_modules/.cache/webagent-lint/update-readme.mjs';
await build({ entryPoints: ['scripts/update-readme.ts'], outfile, bundle: true, platform: 'node', format: 'esm', packages: 'external', logLevel: 'warning' });
await import(pathToFileURL(outfile).href);
