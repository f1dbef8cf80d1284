/** Run the CLI in-process against a real directory, capturing stdout, stderr and the exit code. */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/program.js';
import { tempDirectory } from './temp.js';

export { tempDirectory } from './temp.js';

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(
  argv: readonly string[],
  options: { cwd: string; env?: Record<string, string>; tty?: boolean; stdin?: string | Uint8Array },
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: options.cwd,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    ...(options.stdin === undefined ? {} : { readStdin: stdinOf(options.stdin) }),
  });
  return { code, stdout, stderr };
}

/** Standard input holding `content`, with the limit the CLI's reader keeps. */
function stdinOf(content: string | Uint8Array): (limit: number) => Promise<Uint8Array | 'tooLarge'> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  return async (limit) => (bytes.length > limit ? 'tooLarge' : bytes);
}

/** A temporary directory holding the given files (paths relative to it). */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = tempDirectory();
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}
