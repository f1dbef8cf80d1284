/** Run the CLI in-process against a real directory, capturing stdout, stderr and the exit code. */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main } from '../../src/cli.js';

/**
 * Timeout of the heaviest tests (100,000 files, fleets of 1,500 agents and more, a 50 MB file, the SARIF validator):
 * 10 to 40 seconds each on a shared 2-core machine under load, where the suite's 60 s left too little room. Only a
 * runaway case reaches it; speed is measured by npm run bench, never asserted (issue 7).
 */
export const HEAVY_TEST_TIMEOUT = 300_000;

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runCli(argv: readonly string[], options: { cwd: string; env?: Record<string, string>; tty?: boolean }): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    cwd: options.cwd,
    env: options.env ?? {},
    stdoutIsTTY: options.tty ?? false,
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
  });
  return { code, stdout, stderr };
}

/** A temporary directory holding the given files (paths relative to it). */
export function tempTree(files: Record<string, string | Uint8Array>): string {
  const root = mkdtempSync(path.join(tmpdir(), 'webagent-lint-'));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(root, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return root;
}
