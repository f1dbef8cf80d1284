/**
 * Discovery (design §3.6): which files under the given paths are agent configurations, and which agent each
 * belongs to. A directory is walked for files named `webagent.conf` (the agent is the directory) or
 * `*.webagent.conf` (the agent is the file); a file named explicitly is taken whatever its name and recognised
 * by content when it is read. This module and run.ts are the only ones that touch the file system.
 */
import { stat } from 'node:fs/promises';
import path from 'node:path';
import picomatch from 'picomatch';
import { glob } from 'tinyglobby';

export interface Candidate {
  readonly absolutePath: string;
  /** Relative to the working directory with `/` separators. */
  readonly displayPath: string;
  readonly agent: string;
  /** True when the user named the file: recognise it by content. */
  readonly explicit: boolean;
}

export interface DiscoveryProblem {
  readonly path: string;
  readonly message: string;
}

export interface Discovery {
  readonly candidates: readonly Candidate[];
  readonly problems: readonly DiscoveryProblem[];
}

const CLEARTRUST_PATTERNS = ['**/webagent.conf', '**/*.webagent.conf'];
const ALWAYS_IGNORED = ['**/node_modules/**', '**/.git/**'];

export async function discover(paths: readonly string[], cwd: string, ignore: readonly string[]): Promise<Discovery> {
  const isIgnored = ignore.length > 0 ? picomatch([...ignore], { dot: true }) : () => false;
  const candidates = new Map<string, Candidate>();
  const problems: DiscoveryProblem[] = [];

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let kind: 'file' | 'directory' | 'other';
    try {
      const info = await stat(absolute);
      kind = info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other';
    } catch (error) {
      problems.push({ path: given, message: describeFsError(error) });
      continue;
    }
    if (kind === 'file') {
      const displayPath = toDisplayPath(cwd, absolute);
      candidates.set(absolute, { absolutePath: absolute, displayPath, agent: displayPath, explicit: true });
    } else if (kind === 'other') {
      problems.push({ path: given, message: 'not a regular file or directory' });
    } else {
      const found = await glob(CLEARTRUST_PATTERNS, {
        cwd: absolute,
        absolute: true,
        ignore: ALWAYS_IGNORED,
        followSymbolicLinks: false,
        dot: false,
      });
      let kept = 0;
      for (const file of found) {
        const displayPath = toDisplayPath(cwd, file);
        if (isIgnored(displayPath)) continue;
        kept++;
        const agent = path.basename(file) === 'webagent.conf' ? toDisplayPath(cwd, path.dirname(file)) : displayPath;
        if (!candidates.has(file)) candidates.set(file, { absolutePath: file, displayPath, agent, explicit: false });
      }
      if (kept === 0) problems.push({ path: given, message: 'no agent configuration found (looked for webagent.conf and *.webagent.conf)' });
    }
  }
  const sorted = [...candidates.values()].sort((a, b) => (a.displayPath < b.displayPath ? -1 : a.displayPath > b.displayPath ? 1 : 0));
  return { candidates: sorted, problems };
}

export function toDisplayPath(cwd: string, absolute: string): string {
  const relative = path.relative(cwd, absolute) || '.';
  return relative.split(path.sep).join('/');
}

export function describeFsError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return code ? `cannot be read (${code})` : `cannot be read (${String(error)})`;
  }
}
