// Progress on a terminal: after a second, at most ten times a second, cleared at the end; never in a pipe or CI.
import { describe, expect, it } from 'vitest';
import { progressOnTerminal } from '../../src/run/progress.js';

function terminal(env: Record<string, string> = {}, stderrIsTTY = true) {
  let time = 0;
  let stderr = '';
  const progress = progressOnTerminal(1000, { env, stderrIsTTY, stderr: (text) => (stderr += text) }, () => time);
  const read = (files: number, at: number) => {
    time = at;
    Atomics.add(progress!.counter, 0, files);
    progress!.tick();
  };
  return { progress, read, stderr: () => stderr };
}

describe('progressOnTerminal', () => {
  it('shows the count only once the run is a second old, at most every 100 ms, and clears the line', () => {
    const run = terminal();
    run.read(2, 999);
    expect(run.stderr()).toBe('');
    run.read(1, 1000);
    run.read(1, 1099);
    run.read(1, 1100);
    run.progress!.done();
    expect(run.stderr()).toBe('\rwebagent-lint: 3/1000 agent files read\rwebagent-lint: 5/1000 agent files read\r\u001b[K');
  });

  it('a run shorter than a second writes nothing, not even the clearing', () => {
    const run = terminal();
    run.read(10, 500);
    run.progress!.done();
    expect(run.stderr()).toBe('');
  });

  it.each([
    ['a pipe', {}, false],
    ['a CI log', { CI: 'true' }, true],
  ])('is never shown in %s', (_, env, tty) => {
    expect(progressOnTerminal(1000, { env, stderrIsTTY: tty, stderr: () => {} })).toBeUndefined();
  });

  it('a run of fewer than 500 files does not even ask whether stderr is a terminal (asking creates the stream)', () => {
    let asked = false;
    const io = {
      env: {},
      get stderrIsTTY() {
        asked = true;
        return true;
      },
      stderr: () => {},
    };
    expect(progressOnTerminal(499, io)).toBeUndefined();
    expect(asked).toBe(false);
    expect(progressOnTerminal(500, io)).toBeDefined();
  });
});
