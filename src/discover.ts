/**
 * Discovery (design §3.6): which files under the given paths are agent configurations, and which agent each
 * belongs to. A directory is walked for files named `webagent.conf` (the agent is the directory) or
 * `*.webagent.conf` (the agent is the file); a file named explicitly is taken whatever its name and recognised
 * by content when it is read. This module and run.ts are the only ones that touch the file system.
 */
import { readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';

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

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

function isClearTrustName(name: string): boolean {
  return name === 'webagent.conf' || name.endsWith('.webagent.conf');
}

export async function discover(paths: readonly string[], cwd: string, ignore: readonly string[]): Promise<Discovery> {
  // The glob matcher is loaded only when the config file has ignore patterns.
  const isIgnored = ignore.length > 0 ? (await import('picomatch')).default([...ignore], { dot: true }) : () => false;
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
      let kept = 0;
      for (const file of await walk(absolute, problems, cwd)) {
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

/**
 * Files with agent configuration names under `root`. Symbolic links are followed, each real directory is
 * entered once (so a link loop ends), and a link that leads nowhere is a problem, not a silent skip.
 */
async function walk(root: string, problems: DiscoveryProblem[], cwd: string): Promise<string[]> {
  const found: string[] = [];
  const visited = new Set<string>();
  const pending = [root];
  for (let directory = pending.pop(); directory !== undefined; directory = pending.pop()) {
    let real: string;
    let entries;
    try {
      real = await realpath(directory);
      if (visited.has(real)) continue;
      visited.add(real);
      entries = await readdir(directory, { withFileTypes: true });
    } catch (error) {
      problems.push({ path: toDisplayPath(cwd, directory), message: describeFsError(error) });
      continue;
    }
    for (const entry of entries) {
      const full = path.join(directory, entry.name);
      let isDirectory = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const target = await stat(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (isClearTrustName(entry.name)) problems.push({ path: toDisplayPath(cwd, full), message: describeFsError(error) });
          continue;
        }
      }
      if (isDirectory && !SKIPPED_DIRECTORIES.has(entry.name)) pending.push(full);
      else if (isFile && isClearTrustName(entry.name)) found.push(full);
    }
  }
  return found;
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
