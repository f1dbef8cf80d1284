/** Entry point of the bundle: wires the real process into the CLI and sets the exit code. */
import { workerThreads } from '../platform/builtins.js';
import { runChunkWorker, WORKER_FLAG } from '../run/chunks.js';
import { main } from './program.js';

// No top-level await: the bundle is CommonJS so that the launcher can run it from V8's code cache.
if (process.argv[2] === WORKER_FLAG && !workerThreads().isMainThread) {
  // A worker thread of a large lint run (chunks.ts), started with this bundle as its script.
  runChunkWorker();
} else {
  void main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  }).then((code) => {
    process.exitCode = code;
  });
}
