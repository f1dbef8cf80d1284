/**
 * The config file's globs (`ignore`, `clusters`) and directories (`cams.agentDomains`) are relative to the
 * directory holding the file, as ESLint's flat config's are: a run from a subdirectory, with `--config
 * ../x/.webagent-lint.yaml` or with absolute paths gives the same findings. The run names files relative to the
 * current directory; this translates those names. A file outside the config file's directory has no name
 * relative to it, so no glob can match it (as in ESLint): it is never ignored and in no configured cluster.
 * Pure: node:path computes names and touches no file.
 */
import path from 'node:path';

/**
 * From a path relative to `cwd` (`/`-separated, as the run displays it) to the same path relative to
 * `directory` (`/`-separated), or undefined when it lies outside `directory`. The common case, a path below
 * the working directory inside the config file's directory, is a string join: this runs for every file of a
 * fleet when the config file has ignore globs.
 */
export function configDirectoryPaths(directory: string, cwd: string): (displayPath: string) => string | undefined {
  const prefix = relativeInside(directory, cwd);
  return (displayPath) => {
    const plain = displayPath !== '..' && !displayPath.startsWith('../') && !path.isAbsolute(displayPath);
    if (plain && prefix !== undefined) return prefix === '.' ? displayPath : displayPath === '.' ? prefix : `${prefix}/${displayPath}`;
    return relativeInside(directory, path.resolve(cwd, displayPath));
  };
}

/** `target` relative to `directory` with `/` separators (`.` for the directory itself), or undefined outside it. */
function relativeInside(directory: string, target: string): string | undefined {
  const relative = path.relative(directory, target);
  if (relative === '') return '.';
  if (relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}
