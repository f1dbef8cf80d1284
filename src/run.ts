/**
 * The lint command end to end, and the lint pipeline explain --log reuses: with discover.ts and
 * explain/run-explain.ts the only places that read files and write output.
 * Returns the exit code of design contract §3.2; never calls process.exit.
 */
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { rules } from '../rules/index.js';
import type { ConfigFile } from './config/config.js';
import { CONFIG_FILE_NAMES } from './config/names.js';
import { describeFsError, discover, toDisplayPath } from './discover.js';
import { lintWorkspace, type Finding } from './engine/engine.js';
import { DEFAULT_ENVIRONMENT, type Environment } from './model/environment.js';
import { parseUserDuration } from './model/duration.js';
import { formatJson } from './report/json.js';
import { summarize, type Report, type Summary } from './report/report.js';
import { formatText } from './report/text.js';
import { decodeText } from './source.js';
import { buildWorkspace, detectProduct, type LoadedFile } from './workspace.js';

export const VERSION = '0.1.0';

export interface Io {
  readonly cwd: string;
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdoutIsTTY: boolean;
  stdout(text: string): void;
  stderr(text: string): void;
}

export type OutputFormat = 'text' | 'json';

export interface LintOptions extends LintInputOptions {
  readonly format: OutputFormat;
  readonly output?: string;
  /** false when --no-color was given. */
  readonly color: boolean;
}

/** A user mistake: printed without a stack trace, exit code 2. */
export class UsageError extends Error {}

export const DEFAULT_MAX_FILE_SIZE = '32MB';

/** What lint and explain --log need to lint configurations: the paths and the options that shape the findings. */
export interface LintInputOptions {
  readonly paths: readonly string[];
  readonly config?: string;
  readonly firewallIdleTimeout?: string;
  readonly activeAuthServers?: string;
  readonly maxFileSize: string;
}

export interface LintRun {
  readonly findings: readonly Finding[];
  readonly summary: Summary;
  /** Unreadable paths and rules that failed, already reported on stderr: the exit code must be 2. */
  readonly problems: number;
}

export async function runLint(options: LintOptions, io: Io): Promise<number> {
  const run = await lintPaths(options, io);
  if (run === 'invalid') return 2;
  const report: Report = { tool: { name: 'webagent-lint', version: VERSION }, findings: run.findings, summary: run.summary };
  const color = useColor(options, io);
  const text = options.format === 'json' ? formatJson(report) : formatText(report, { color });
  await writeReport(text, options.output, io);
  return exitCodeOf(run);
}

/** Exit code of design §3.2 for a lint run. */
export function exitCodeOf(run: LintRun): number {
  if (run.problems > 0) return 2;
  return run.summary.errors > 0 ? 1 : 0;
}

/** Colour only on a terminal, unless --no-color, --output or NO_COLOR; FORCE_COLOR forces it. */
export function useColor(options: { readonly color: boolean; readonly output?: string }, io: Io): boolean {
  return options.color && options.output === undefined && io.env['NO_COLOR'] === undefined && (io.stdoutIsTTY || io.env['FORCE_COLOR'] !== undefined);
}

export async function writeReport(text: string, output: string | undefined, io: Io): Promise<void> {
  if (output !== undefined) await writeFile(path.resolve(io.cwd, output), text);
  else io.stdout(text);
}

/**
 * The lint pipeline shared by lint and explain --log: config file, discovery, reading, workspace, rules.
 * Problems with paths and failing rules are reported on stderr as they are found; 'invalid' means the config
 * file is invalid (its errors are already printed).
 */
export async function lintPaths(options: LintInputOptions, io: Io): Promise<LintRun | 'invalid'> {
  const config = await loadConfig(options.config, io);
  if (config === 'invalid') return 'invalid';
  const environment = resolveEnvironment(options, config);
  const maxFileSize = parseSize(options.maxFileSize);

  let problems = 0;
  const problem = (where: string, message: string): void => {
    problems++;
    io.stderr(`webagent-lint: ${where}: ${message}\n`);
  };

  const discovery = await discover(options.paths, io.cwd, config?.ignore ?? []);
  for (const p of discovery.problems) problem(p.path, p.message);

  const files: LoadedFile[] = [];
  for (const candidate of discovery.candidates) {
    let size: number;
    try {
      size = (await stat(candidate.absolutePath)).size;
    } catch (error) {
      problem(candidate.displayPath, describeFsError(error));
      continue;
    }
    if (size > maxFileSize) {
      files.push({ path: candidate.displayPath, agent: candidate.agent, content: { kind: 'tooLarge', size, limit: maxFileSize } });
      continue;
    }
    let bytes: Uint8Array;
    try {
      bytes = await readFile(candidate.absolutePath);
    } catch (error) {
      problem(candidate.displayPath, describeFsError(error));
      continue;
    }
    if (candidate.explicit) {
      const decoded = decodeText(bytes);
      const product = decoded.ok ? detectProduct(decoded.text) : 'cleartrust';
      if (product === undefined) {
        problem(candidate.displayPath, 'not recognised as a ClearTrust agent configuration (no cleartrust.* keys or <Global>/<Pool>/<VirtualHost> blocks)');
        continue;
      }
      if (product === 'cams') {
        problem(candidate.displayPath, 'Cams agent configurations are not supported yet');
        continue;
      }
    }
    files.push({ path: candidate.displayPath, agent: candidate.agent, content: { kind: 'bytes', bytes } });
  }

  const workspace = buildWorkspace(files);
  const result = lintWorkspace(workspace, { rules, environment, severities: config?.severities });
  for (const failure of result.failures) {
    problems++;
    io.stderr(`webagent-lint: internal error: rule ${failure.ruleId} failed on ${failure.agent}: ${String(failure.error)}\n`);
  }
  return { findings: result.findings, summary: summarize(result.findings, workspace.agents.length, workspace.fileCount), problems };
}

async function loadConfig(explicit: string | undefined, io: Io): Promise<ConfigFile | undefined | 'invalid'> {
  const location = explicit !== undefined ? path.resolve(io.cwd, explicit) : await findConfig(io.cwd);
  if (location === undefined) return undefined;
  const displayPath = toDisplayPath(io.cwd, location);
  let text: string;
  try {
    text = await readFile(location, 'utf8');
  } catch (error) {
    throw new UsageError(`config file ${displayPath}: ${describeFsError(error)}`);
  }
  // Loaded only when a config file exists: the YAML parser is the largest part of the bundle.
  const { parseConfig } = await import('./config/config.js');
  const result = parseConfig(displayPath, text, new Set(rules.map((rule) => rule.id)));
  if (result.ok) return result.config;
  for (const error of result.errors) io.stderr(`${error.path}:${error.line}:${error.column}: ${error.message}\n`);
  io.stderr(`webagent-lint: invalid config file ${displayPath}; fix the errors above.\n`);
  return 'invalid';
}

/** Design §3.5: the nearest config file, walking up from the working directory. */
async function findConfig(cwd: string): Promise<string | undefined> {
  for (let dir = cwd; ; dir = path.dirname(dir)) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(dir, name);
      try {
        if ((await stat(candidate)).isFile()) return candidate;
      } catch {
        // not here; keep walking up
      }
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/** Command line over config file over the documented defaults. */
function resolveEnvironment(options: LintInputOptions, config: ConfigFile | undefined): Environment {
  let environment: Environment = DEFAULT_ENVIRONMENT;
  const fromConfig = config?.environment;
  if (fromConfig?.firewallIdleTimeout) {
    environment = { ...environment, firewallIdleTimeout: { value: fromConfig.firewallIdleTimeout.seconds, origin: { kind: 'config', where: fromConfig.firewallIdleTimeout.where } } };
  }
  if (fromConfig?.activeAuthServers) {
    environment = { ...environment, activeAuthServers: { value: fromConfig.activeAuthServers.value, origin: { kind: 'config', where: fromConfig.activeAuthServers.where } } };
  }
  if (options.firewallIdleTimeout !== undefined) {
    const seconds = parseUserDuration(options.firewallIdleTimeout);
    if (seconds === undefined || seconds <= 0) {
      throw new UsageError(`--firewall-idle-timeout: "${options.firewallIdleTimeout}" is not a duration (write e.g. 55m, 1h or "50 Mins")`);
    }
    environment = { ...environment, firewallIdleTimeout: { value: seconds, origin: { kind: 'command line', flag: '--firewall-idle-timeout' } } };
  }
  if (options.activeAuthServers !== undefined) {
    const value = Number(options.activeAuthServers);
    if (!Number.isInteger(value) || value < 1) {
      throw new UsageError(`--active-auth-servers: "${options.activeAuthServers}" is not a positive whole number`);
    }
    environment = { ...environment, activeAuthServers: { value, origin: { kind: 'command line', flag: '--active-auth-servers' } } };
  }
  return environment;
}

const SIZE_UNITS: Readonly<Record<string, number>> = { '': 1, b: 1, k: 1024, kb: 1024, m: 1024 ** 2, mb: 1024 ** 2, g: 1024 ** 3, gb: 1024 ** 3 };

function parseSize(text: string): number {
  const match = /^(\d+)\s*([a-z]*)$/i.exec(text.trim());
  const factor = match ? SIZE_UNITS[(match[2] ?? '').toLowerCase()] : undefined;
  if (!match || factor === undefined) throw new UsageError(`--max-file-size: "${text}" is not a size (write e.g. 32MB or 512KB)`);
  return Number(match[1]) * factor;
}
