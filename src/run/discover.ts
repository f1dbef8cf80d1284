/**
 * Discovery (design §3.6): which files under the given paths are agent configurations or Cams security domain
 * files, and which agent or domain each belongs to. A directory is walked for `webagent.conf` (a ClearTrust
 * agent: the directory), `*.webagent.conf` (a ClearTrust agent: the file), `cams-webagent.conf` (a Cams agent:
 * the directory) and `access-control-policy.xml`, `login-config.xml`, `security-domain.xml` (a Cams security
 * domain: the directory). A file named explicitly is taken whatever its name and recognised by content when it
 * is read. With run.ts, read.ts, chunks.ts and explain/run-explain.ts the only code that touches the file
 * system.
 */
import { readdirSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { agentOf, formatOfName, type FileFormat } from '../engine/units.js';
import type { LoadedConfig } from '../config/config.js';
import { configDirectoryPaths } from '../config/config-directory.js';
import { compareText } from '../text/compare-text.js';

export interface Candidate {
  readonly absolutePath: string;
  /** Relative to the working directory with `/` separators. */
  readonly displayPath: string;
  /** The agent or security domain the file belongs to (for an explicit file: decided once its format is known). */
  readonly agent: string;
  /** From the file name; undefined for a file the user named, which is recognised by content. */
  readonly format: FileFormat | undefined;
}

export interface DiscoveryProblem {
  readonly path: string;
  readonly message: string;
}

/** A file named on the command line that the config file's `ignore` leaves out, and the glob that does. */
export interface IgnoredPath {
  readonly path: string;
  readonly glob: string;
  /** The config file's path. */
  readonly config: string;
}

export interface Discovery {
  readonly candidates: readonly Candidate[];
  readonly problems: readonly DiscoveryProblem[];
  /** Files named on the command line and not linted: the run warns about each. */
  readonly ignored: readonly IgnoredPath[];
}

/** What of the config file discovery needs: its ignore globs and where they are rooted. */
export type IgnoreConfig = Pick<LoadedConfig, 'path' | 'ignore' | 'directory'>;

const SKIPPED_DIRECTORIES = new Set(['node_modules', '.git']);

export async function discover(paths: readonly string[], cwd: string, config: IgnoreConfig | undefined): Promise<Discovery> {
  const ignoredBy = await ignoreMatcher(config, cwd);
  const candidates = new Map<string, Candidate>();
  const problems: DiscoveryProblem[] = [];
  const ignored: IgnoredPath[] = [];

  for (const given of paths) {
    const absolute = path.resolve(cwd, given);
    let kind: 'file' | 'directory' | 'other';
    try {
      const info = statSync(absolute);
      kind = info.isDirectory() ? 'directory' : info.isFile() ? 'file' : 'other';
    } catch (error) {
      problems.push({ path: given, message: describeFsError(error) });
      continue;
    }
    if (kind === 'file') {
      const displayPath = toDisplayPath(cwd, absolute);
      // As ESLint does: a file the config file ignores is not linted even when named, and the run says so.
      const glob = ignoredBy(displayPath);
      if (glob !== undefined && config !== undefined) ignored.push({ path: displayPath, glob, config: config.path });
      else candidates.set(absolute, { absolutePath: absolute, displayPath, agent: displayPath, format: undefined });
    } else if (kind === 'other') {
      problems.push({ path: given, message: 'not a regular file or directory' });
    } else {
      const found = walk(absolute, problems, cwd);
      let kept = 0;
      for (const { file, format } of found) {
        const displayPath = toDisplayPath(cwd, file);
        if (ignoredBy(displayPath) !== undefined) continue;
        kept++;
        if (!candidates.has(file)) candidates.set(file, { absolutePath: file, displayPath, agent: ownerOf(cwd, file, format), format });
      }
      if (kept === 0) {
        problems.push({
          path: given,
          message:
            found.length > 0 && config !== undefined
              ? `every agent configuration found is ignored by ${config.path} (ignore: ${config.ignore.map((glob) => JSON.stringify(glob)).join(', ')})`
              : 'no agent configuration found (looked for webagent.conf, *.webagent.conf, cams-webagent.conf and Cams security domain files)',
        });
      }
    }
  }
  // Nothing to lint is a failed run, as for a directory without agents: a gate that checked nothing must not pass.
  if (candidates.size === 0 && ignored.length > 0 && problems.length === 0 && config !== undefined) {
    problems.push({ path: 'nothing linted', message: `every path given is ignored by ${config.path}` });
  }
  const sorted = [...candidates.values()].sort((a, b) => compareText(a.displayPath, b.displayPath));
  return { candidates: sorted, problems, ignored };
}

/**
 * The first of the config file's ignore globs that matches a path (relative to the working directory, matched
 * relative to the config file's directory), or undefined. The glob library is loaded only when there are globs.
 */
export async function ignoreMatcher(config: IgnoreConfig | undefined, cwd: string): Promise<(displayPath: string) => string | undefined> {
  if (config === undefined || config.ignore.length === 0) return () => undefined;
  const { default: picomatch } = await import('picomatch');
  const globs = config.ignore.map((glob) => ({ glob, matches: picomatch(glob, { dot: true }) }));
  const inDirectory = configDirectoryPaths(config.directory, cwd);
  return (displayPath) => {
    const relative = inDirectory(displayPath);
    return relative === undefined ? undefined : globs.find(({ matches }) => matches(relative))?.glob;
  };
}

/**
 * Files with agent configuration names under `root`. Symbolic links are followed, each real directory is
 * entered once (so a link loop ends), and a link that leads nowhere is a problem, not a silent skip.
 * Synchronous: one directory after the other either way, and for a fleet of 10,000 directories the
 * promise-based calls spent more time waiting for the thread pool than the calls themselves took.
 */
function walk(root: string, allProblems: DiscoveryProblem[], cwd: string): { file: string; format: FileFormat }[] {
  const found: { file: string; format: FileFormat }[] = [];
  // Reported in path order, whatever order the file system lists directories in.
  const problems: DiscoveryProblem[] = [];
  const visited = new Set<string>();
  const pending = [root];
  for (let directory = pending.pop(); directory !== undefined; directory = pending.pop()) {
    let real: string;
    let entries: import('node:fs').Dirent[];
    try {
      real = realpathSync.native(directory);
      if (visited.has(real)) continue;
      visited.add(real);
      entries = readdirSync(directory, { withFileTypes: true });
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
          const target = statSync(full);
          isDirectory = target.isDirectory();
          isFile = target.isFile();
        } catch (error) {
          if (formatOfName(entry.name)) problems.push({ path: toDisplayPath(cwd, full), message: describeFsError(error) });
          continue;
        }
      }
      const format = formatOfName(entry.name);
      // Something named like an agent file that is no regular file (a FIFO, a socket, a device, a directory)
      // would otherwise be skipped without a word.
      if (format !== undefined && !isFile)
        problems.push({ path: toDisplayPath(cwd, full), message: isDirectory ? 'a directory, not a regular file' : 'not a regular file' });
      if (isDirectory && !SKIPPED_DIRECTORIES.has(entry.name)) pending.push(full);
      else if (format !== undefined && isFile) found.push({ file: full, format });
    }
  }
  allProblems.push(...problems.sort((a, b) => compareText(a.path, b.path)));
  return found;
}

/** The agent or domain a file belongs to: its directory, except for `*.webagent.conf` and other named files. */
export function ownerOf(cwd: string, file: string, format: FileFormat): string {
  return agentOf(toDisplayPath(cwd, file), format);
}

export function toDisplayPath(cwd: string, absolute: string): string {
  // The common case, a file below the working directory, without path.relative's normalisation of both paths.
  const prefix = cwd.endsWith(path.sep) ? cwd : cwd + path.sep;
  const below = absolute.startsWith(prefix) && path.isAbsolute(cwd) && !absolute.includes(`${path.sep}.`) ? absolute.slice(prefix.length) : undefined;
  const relative = below || path.relative(cwd, absolute) || '.';
  return relative.split(path.sep).join('/');
}

/** Something that is not a regular file (a FIFO, a socket, a device, a directory) where a file is read. */
export class NotARegularFile extends Error {
  constructor(kind: string) {
    super(`${kind}, not a regular file`);
  }
}

export function describeFsError(error: unknown): string {
  if (error instanceof NotARegularFile) return error.message;
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
