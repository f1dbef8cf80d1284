/**
 * Progress on a terminal (issue 15): `webagent-lint: 4200/10000 agent files read` on stderr, rewritten in place,
 * for runs that take more than a second; never in a pipe or a CI log, where it would be noise in the output
 * people read afterwards. The count lives in shared memory so that worker threads add to it as they read.
 */
export interface Progress {
  /** Files read so far, across threads (Atomics). */
  readonly counter: Int32Array;
  /** Called as files are read: shows the count once the run is a second old, at most ten times a second. */
  tick(): void;
  /** Clears the line (before anything else is written to stderr). */
  done(): void;
}

const DELAY_MS = 1000;
/** Below this many files a run takes well under a second (BENCHMARKS.md: about 0.3 ms per agent). */
const MIN_FILES = 500;
const INTERVAL_MS = 100;

/** Undefined where progress is not shown: stderr is not a terminal, or the CI variable is set. */
export function progressOnTerminal(
  total: number,
  io: { readonly env: Readonly<Record<string, string | undefined>>; readonly stderrIsTTY?: boolean; stderr(text: string): void },
  now: () => number = Date.now,
): Progress | undefined {
  // The terminal is asked last: asking creates the stderr stream, which a small run never needs.
  if (total < MIN_FILES || io.env['CI'] || !io.stderrIsTTY) return undefined;
  const counter = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));
  const start = now();
  let shownAt: number | undefined;
  return {
    counter,
    tick() {
      const time = now();
      if (time - start < DELAY_MS || (shownAt !== undefined && time - shownAt < INTERVAL_MS)) return;
      shownAt = time;
      io.stderr(`\rwebagent-lint: ${Atomics.load(counter, 0)}/${total} agent files read`);
    },
    done() {
      // Carriage return and erase to the end of the line: the terminal is as it was.
      if (shownAt !== undefined) io.stderr('\r\u001b[K');
      shownAt = undefined;
    },
  };
}
