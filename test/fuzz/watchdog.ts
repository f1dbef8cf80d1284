/**
 * The campaign fails a case that takes longer than its time limit when the case returns; a case built to
 * backtrack may not return for hours, and the campaign would hang without telling which input did it. A
 * watchdog thread tells: each case's input is copied to shared memory before it runs, and when one runs past
 * ten times the limit the watchdog prints it and ends the process. Cases between the limit and ten times it
 * still return, and fast-check reports them (shrunk) as usual.
 */
import { Worker } from 'node:worker_threads';
import type { Profile } from './inputs.js';

/** The first bytes of an input's JSON kept for the report: enough for the campaign's longest texts. */
const KEPT = 1024 * 1024;

const WATCHER = `
const { workerData } = require('node:worker_threads');
const { writeSync } = require('node:fs');
const { state, started, input, limit } = workerData;
setInterval(() => {
  if (Atomics.load(state, 0) !== 1 || Date.now() - started[0] <= limit) return;
  const text = new TextDecoder().decode(input.subarray(0, Atomics.load(state, 1)));
  writeSync(2, '\\nFAILED: a case has run for more than ' + limit + ' ms, stopped. Its input (JSON' + (Atomics.load(state, 2) ? ', cut short' : '') + '):\\n' + text + '\\n');
  process.kill(process.pid, 'SIGKILL');
}, 100);
`;

interface Watch {
  /** 1 while a case runs; the length of its input's JSON; 1 when that was cut short. */
  readonly state: Int32Array;
  /** When the running case started (Date.now(), which both threads share). */
  readonly started: Float64Array;
  readonly input: Uint8Array;
}

let watch: Watch | undefined;
const encoder = new TextEncoder();

function startWatch(limit: number): Watch {
  const state = new Int32Array(new SharedArrayBuffer(3 * Int32Array.BYTES_PER_ELEMENT));
  const started = new Float64Array(new SharedArrayBuffer(Float64Array.BYTES_PER_ELEMENT));
  const input = new Uint8Array(new SharedArrayBuffer(KEPT));
  // unref: the campaign ends when its cases do.
  new Worker(WATCHER, { eval: true, workerData: { state, started, input, limit } }).unref();
  return { state, started, input };
}

/** `check`, watched by the watchdog in a profile with a time limit (the campaign); unchanged otherwise. */
export function watched<T>(check: (input: T) => void, profile: Profile): (input: T) => void {
  const limit = profile.caseTimeLimitMs;
  if (limit === undefined) return check;
  return (input) => {
    watch ??= startWatch(10 * limit);
    const json = JSON.stringify(input);
    const { read, written } = encoder.encodeInto(json, watch.input);
    Atomics.store(watch.state, 1, written);
    Atomics.store(watch.state, 2, read < json.length ? 1 : 0);
    watch.started[0] = Date.now();
    Atomics.store(watch.state, 0, 1);
    try {
      check(input);
    } finally {
      Atomics.store(watch.state, 0, 0);
    }
  };
}
