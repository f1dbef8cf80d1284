/** Lint configuration text through the real readers, model and engine, with no file system. */
import { rules as allRules } from '../../rules/index.js';
import { lintInMemory, type Finding, type NotChecked } from '../../src/engine/engine.js';
import type { Environment } from '../../src/model/environment.js';
import { exampleFiles, type Rule } from '../../src/engine/rule-api.js';
import { agentOf, formatOfName, type LoadedFile } from '../../src/engine/units.js';
import { clusterAssignment, parseConfig, type ConfigFile } from '../../src/config/config.js';
import { resolveEnvironment } from '../../src/config/environment.js';
import { parseXml } from '../../src/parse/xml.js';
import picomatch from 'picomatch';

export interface TestEnvironment {
  /** e.g. "55m"; given as if on the command line. */
  readonly firewallIdleTimeout?: string;
  readonly activeAuthServers?: number;
  /** Config `cams.loginPages`. */
  readonly loginPages?: readonly string[];
  /** Config `cams.agentDomains`: agent directory → domain directory, as lintFiles places the files. */
  readonly agentDomains?: Readonly<Record<string, string>>;
}

/**
 * The config file a test environment stands for: the flags go through the CLI's own resolution
 * (resolveEnvironment), the Cams settings through the config file reader, as a user would write them.
 */
function configOf(test: TestEnvironment | undefined): string | undefined {
  const lines: string[] = [];
  if (test?.loginPages !== undefined) lines.push('  loginPages:', ...test.loginPages.map((url) => `  - ${JSON.stringify(url)}`));
  if (test?.agentDomains !== undefined)
    lines.push('  agentDomains:', ...Object.entries(test.agentDomains).map(([agent, domain]) => `    ${JSON.stringify(agent)}: ${JSON.stringify(domain)}`));
  return lines.length === 0 ? undefined : `cams:\n${lines.join('\n')}\n`;
}

function parsedConfig(text: string): ConfigFile {
  const result = parseConfig(CONFIG, text, new Set(allRules.map((rule) => rule.id)));
  if (!result.ok) throw new Error(`test config: ${result.errors.map((e) => e.message).join('; ')}`);
  return result.config;
}

export function environmentFor(test: TestEnvironment | undefined, config?: ConfigFile): Environment {
  const resolved = resolveEnvironment({ firewallIdleTimeout: test?.firewallIdleTimeout, activeAuthServers: test?.activeAuthServers?.toString() }, config);
  if ('error' in resolved) throw new Error(`test environment: ${resolved.error}`);
  return resolved.environment;
}

export interface LintOptions {
  /** Run only these rules (the engine still knows every rule, since a waiver may name any of them). */
  readonly only?: readonly Rule[];
  readonly environment?: TestEnvironment;
  readonly inlineWaivers?: boolean;
}

/** One ClearTrust file, or several files written as `=== <path>` sections (see exampleFiles). */
export function lintText(text: string | Uint8Array, options: LintOptions & { readonly path?: string } = {}): Finding[] {
  if (typeof text === 'string' && text.startsWith('=== ')) return lintFiles(exampleFiles('cleartrust/', text), options);
  return lintFiles({ [options.path ?? `${ROOT}webagent.conf`]: text }, options);
}

/** The directory the files of a test are placed in: its name is the agent (and security domain) identifier. */
export const ROOT = 'agents/web01/';

/**
 * Lint a small set of files named by their real file names (`cams-webagent.conf`, `access-control-policy.xml`,
 * …). A bare name is placed under agents/web01/; a path with directories (`system/login-config.xml`,
 * `a/webagent.conf`) is used as given.
 */
export function lintFiles(files: Readonly<Record<string, string | Uint8Array>>, options: LintOptions = {}): Finding[] {
  return lintFilesOutcome(files, options).findings;
}

/** What a run reports: its findings, and the checks it did not perform. */
export interface LintOutcome {
  readonly findings: Finding[];
  readonly notChecked: readonly NotChecked[];
}

/** lintFiles, with the checks that were not performed. */
export function lintFilesOutcome(files: Readonly<Record<string, string | Uint8Array>>, options: LintOptions = {}): LintOutcome {
  const { [CONFIG]: section, ...configurations } = files;
  const generated = configOf(options.environment);
  if (section !== undefined && generated !== undefined)
    throw new Error('a test gives its config either as a .webagent-lint.yaml section or as an environment, not both');
  const text = section === undefined ? generated : String(section);
  const config = text === undefined ? undefined : parsedConfig(text);
  return lint(
    Object.entries(configurations).map(([name, content]) => loaded(placed(name), content)),
    options,
    config,
  );
}

const CONFIG = '.webagent-lint.yaml';

export function placed(name: string): string {
  return name.includes('/') ? name : ROOT + name;
}

/** A finding's file as the test named it: the inverse of placed(). */
export function testPath(file: string): string {
  return file.startsWith(ROOT) ? file.slice(ROOT.length) : file;
}

/** A file as discovery would hand it over: its format from its name, its agent as discovery names it. */
function loaded(path: string, content: string | Uint8Array): LoadedFile {
  const format = formatOfName(path.split('/').pop() as string);
  if (!format) throw new Error(`test file ${path}: not a known configuration file name`);
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { path, format, agent: agentOf(path, format), content: { kind: 'bytes', bytes } };
}

function lint(files: readonly LoadedFile[], options: LintOptions, config: ConfigFile | undefined): LintOutcome {
  const only = options.only;
  const severities = only ? new Map(allRules.filter((rule) => !only.includes(rule)).map((rule) => [rule.id, 'off' as const])) : undefined;
  const clusterOf = config && config.clusters.length > 0 ? clusterAssignment(config.clusters, picomatch) : undefined;
  const result = lintInMemory(
    files,
    { rules: allRules, environment: environmentFor(options.environment, config), severities },
    { readXml: parseXml, configuredDomains: config?.cams.agentDomains, clusterOf, inlineWaivers: options.inlineWaivers },
  );
  if (result.failures.length > 0) throw new Error(`rule ${result.failures[0]?.ruleId} failed on ${result.failures[0]?.file}: ${result.failures[0]?.error}`);
  return { findings: [...result.findings], notChecked: result.notChecked };
}
