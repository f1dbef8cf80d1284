/** Entry point of the bundle: wires the real process into the CLI and sets the exit code. */
import { main } from './cli.js';

// No top-level await: the bundle is CommonJS so that the launcher can run it from V8's code cache.
void main(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdoutIsTTY: process.stdout.isTTY === true,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
}).then((code) => {
  process.exitCode = code;
});
