/**
 * Built-in modules loaded on first use. Loading node:crypto and node:v8 costs a few milliseconds of every
 * start, and most runs need neither (a clean lint has no finding to fingerprint; only large fleets watch the
 * heap, and only they ask node:os how many threads to start). Node 20 has no process.getBuiltinModule, and a dynamic import() would make the pure functions that
 * hash async (and does not work in the bundle, which the launcher runs as a classic script), so this is a
 * require that only ever resolves built-ins (any absolute path serves as its base).
 */
import { createRequire } from 'node:module';

const requireBuiltin = createRequire(process.execPath);

export function crypto(): typeof import('node:crypto') {
  return requireBuiltin('node:crypto') as typeof import('node:crypto');
}

export function workerThreads(): typeof import('node:worker_threads') {
  return requireBuiltin('node:worker_threads') as typeof import('node:worker_threads');
}

export function os(): typeof import('node:os') {
  return requireBuiltin('node:os') as typeof import('node:os');
}

export function v8(): typeof import('node:v8') {
  return requireBuiltin('node:v8') as typeof import('node:v8');
}
