/**
 * `lint --print-config <path>`: the configuration and environment a lint run from here would apply to the path
 * (config file, severities after --rule, globs, environment with the origin of each value, whether the path is
 * ignored), as YAML or JSON. Lints nothing.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { rules } from '../../rules/index.js';
import { configDirectoryPaths } from '../config/config-directory.js';
import { resolveEnvironment } from '../config/environment.js';
import { formatResolvedConfig, resolvedConfig } from '../config/resolved-config.js';
import { describeFsError, ignoreMatcher, toDisplayPath } from './discover.js';
import { loadConfig, writeReport, type Io, type LintOptions } from './run.js';
import { UsageError } from './read.js';

export type PrintConfigOptions = Pick<LintOptions, 'config' | 'firewallIdleTimeout' | 'activeAuthServers' | 'rule' | 'format' | 'output'>;

export async function runPrintConfig(target: string, options: PrintConfigOptions, io: Io): Promise<number> {
  const format = options.format === 'text' ? 'yaml' : options.format === 'json' ? 'json' : undefined;
  if (format === undefined) throw new UsageError(`--print-config prints YAML (the default) or JSON (--format json), not ${options.format}`);
  const absolute = path.resolve(io.cwd, target);
  try {
    statSync(absolute);
  } catch (error) {
    // A mistyped path would otherwise print a configuration for a file that is not there.
    throw new UsageError(`--print-config: ${target}: ${describeFsError(error)}`);
  }
  const config = await loadConfig(options.config, io);
  if (config === 'invalid') return 2;
  const resolved = resolveEnvironment(options, config);
  if ('error' in resolved) throw new UsageError(resolved.error);
  const displayPath = toDisplayPath(io.cwd, absolute);
  const ignoredBy = (await ignoreMatcher(config, io.cwd))(displayPath);
  const inConfigDirectory = config && configDirectoryPaths(config.directory, io.cwd)(displayPath);
  const text = formatResolvedConfig(
    resolvedConfig({
      facts: {
        path: displayPath,
        ...(inConfigDirectory !== undefined ? { inConfigDirectory } : {}),
        ...(ignoredBy !== undefined ? { ignoredBy } : {}),
      },
      ...(config ? { config: { ...config, displayDirectory: toDisplayPath(io.cwd, config.directory) } } : {}),
      rules,
      commandLine: new Map((options.rule ?? []).map(({ id, severity }) => [id, severity])),
      environment: resolved.environment,
    }),
    format,
  );
  await writeReport(text, options.output, io);
  return 0;
}
