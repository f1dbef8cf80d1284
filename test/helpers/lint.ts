/** Lint configuration text through the real readers, model and engine, with no file system. */
import { rules as allRules } from '../../rules/index.js';
import { lintInMemory, type Finding, type NotChecked } from '../../src/engine/engine.js';
import { DEFAULT_ENVIRONMENT, type Environment } from '../../src/model/environment.js';
import { parseUserDuration } from '../../src/model/duration.js';
import { exampleFiles, type Rule } from '../../src/engine/rule-api.js';
import { formatOfName, type LoadedFile } from '../../src/engine/units.js';
import { clusterAssignment, parseConfig } from '../../src/config/config.js';
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

export function environmentFor(test: TestEnvironment | undefined): Environment {
  let environment: Environment = DEFAULT_ENVIRONMENT;
  if (test?.firewallIdleTimeout !== undefined) {
    const seconds = parseUserDuration(test.firewallIdleTimeout);
    if (seconds === undefined) throw new Error(`bad test duration ${test.firewallIdleTimeout}`);
    environment = { ...environment, firewallIdleTimeout: { value: seconds, origin: { kind: 'command line', flag: '--firewall-idle-timeout' } } };
  }
  if (test?.activeAuthServers !== undefined) {
    environment = { ...environment, activeAuthServers: { value: test.activeAuthServers, origin: { kind: 'command line', flag: '--active-auth-servers' } } };
  }
  if (test?.loginPages !== undefined) {
    environment = { ...environment, camsLoginPages: test.loginPages.map((url, i) => ({ url, where: `.webagent-lint.yaml:${i + 3}:5` })) };
  }
  return environment;
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
  return lint([loaded(options.path ?? `${ROOT}webagent.conf`, text)], options).findings;
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
  const { [CONFIG]: config, ...configurations } = files;
  const clusterOf = config === undefined ? undefined : clustersOf(String(config));
  return lint(Object.entries(configurations).map(([name, content]) => loaded(placed(name), content)), options, clusterOf);
}

const CONFIG = '.webagent-lint.yaml';

/** The `clusters:` of a config file given as a `=== .webagent-lint.yaml` section, as run.ts applies them. */
function clustersOf(text: string): (agentId: string) => string | undefined {
  const result = parseConfig(CONFIG, text, new Set(allRules.map((rule) => rule.id)));
  if (!result.ok) throw new Error(`test config: ${result.errors.map((e) => e.message).join('; ')}`);
  return clusterAssignment(result.config.clusters, picomatch);
}

export function placed(name: string): string {
  return name.includes('/') ? name : ROOT + name;
}

/** A finding's file as the test named it: the inverse of placed(). */
export function testPath(file: string): string {
  return file.startsWith(ROOT) ? file.slice(ROOT.length) : file;
}

function loaded(path: string, content: string | Uint8Array): LoadedFile {
  const name = path.split('/').pop() as string;
  const format = formatOfName(name);
  if (!format) throw new Error(`test file ${path}: not a known configuration file name`);
  const directory = path.slice(0, path.lastIndexOf('/'));
  // As discovery does: a file is its directory's, except a ClearTrust conf with another name than webagent.conf.
  const agent = name === 'webagent.conf' || format !== 'cleartrust-conf' ? directory : path;
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content;
  return { path, format, agent, content: { kind: 'bytes', bytes } };
}

function lint(files: readonly LoadedFile[], options: LintOptions, clusterOf?: (agentId: string) => string | undefined): LintOutcome {
  const links = Object.entries(options.environment?.agentDomains ?? {}).map(([agent, domain]) => [agent, { domain, where: 'test' }] as const);
  const only = options.only;
  const severities = only ? new Map(allRules.filter((rule) => !only.includes(rule)).map((rule) => [rule.id, 'off' as const])) : undefined;
  const result = lintInMemory(
    files,
    { rules: allRules, environment: environmentFor(options.environment), severities },
    { readXml: parseXml, configuredDomains: new Map(links), clusterOf, inlineWaivers: options.inlineWaivers },
  );
  if (result.failures.length > 0) throw new Error(`rule ${result.failures[0]?.ruleId} failed on ${result.failures[0]?.file}: ${result.failures[0]?.error}`);
  return { findings: [...result.findings], notChecked: result.notChecked };
}
