/** Entry point of the bundle: wires the real process into the CLI and sets the exit code. */
import { workerThreads } from '../platform/builtins.js';
import { runChunkWorker, WORKER_FLAG } from '../run/chunks.js';
import { main } from './program.js';

// No top-level await: the bundle is CommonJS so that the launcher can run it from V8's code cache.
if (process.argv[2] === WORKER_FLAG && !workerThreads().isMainThread) {
  // A worker thread of a large lint run (chunks.ts), started with this bundle as its script.
  runChunkWorker();
} else {
  // A write error may be reported before or after main returns: either way it decides the exit code.
  let writeFailed = false;
  const fail = (): void => {
    writeFailed = true;
    process.exitCode = 2;
  };
  const stdout = writer(() => process.stdout, fail);
  // Created on first use: a clean run writes nothing to stderr, and a stream on a pipe costs the start-up time.
  const stderr = writer(() => process.stderr, fail);
  void main(process.argv.slice(2), {
    cwd: process.cwd(),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    get stderrIsTTY() {
      return process.stderr.isTTY === true;
    },
    stdout,
    stderr,
    readStdin,
  }).then((code) => {
    if (!writeFailed) process.exitCode = code;
  });
}

/**
 * Writes to a standard stream until it fails. A reader that stops early (`webagent-lint … | head`) closes the
 * pipe: the rest of the output has nowhere to go and the run ends with the exit status its findings deserve, as
 * grep and eslint do, instead of Node's unhandled EPIPE with a stack trace. Any other write error means the
 * report was lost: one line on stderr (if it still works) and exit code 2.
 */
function writer(streamOf: () => NodeJS.WriteStream, failed: () => void): (text: string) => void {
  let open = true;
  let stream: NodeJS.WriteStream | undefined;
  return (text) => {
    if (!open) return;
    if (stream === undefined) {
      const opened = streamOf();
      opened.on('error', (error: NodeJS.ErrnoException) => {
        open = false;
        if (error.code === 'EPIPE') return;
        failed();
        if (opened !== process.stderr) process.stderr.write(`webagent-lint: cannot write the output: ${error.message}\n`);
      });
      stream = opened;
    }
    stream.write(text);
  };
}

/**
 * All of standard input (--stdin), read only when asked: process.stdin is not even created otherwise. Stops at
 * `limit` bytes, so that `--stdin < /dev/zero` ends with a message instead of filling the memory.
 */
function readStdin(limit: number): Promise<Uint8Array | 'tooLarge'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const input = process.stdin;
    input.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) return void chunks.push(chunk);
      input.destroy();
      resolve('tooLarge');
    });
    input.on('end', () => resolve(Buffer.concat(chunks)));
    input.on('error', reject);
  });
}
