/**
 * Temporary directories of a test file, removed after its last test (test/setup/temp-directories.ts): the
 * machines are shared, and thousands of runs would leave their folders behind. This module imports nothing of
 * the program, so that the setup file loading it does not load the program before a test file's vi.mock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const madeDirectories: string[] = [];

/** A new empty temporary directory. */
export function tempDirectory(prefix = 'webagent-lint-'): string {
  const directory = mkdtempSync(path.join(tmpdir(), prefix));
  madeDirectories.push(directory);
  return directory;
}

export function removeTempDirectories(): void {
  for (const directory of madeDirectories.splice(0)) rmSync(directory, { recursive: true, force: true });
}
