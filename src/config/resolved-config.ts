/**
 * What `lint --print-config <path>` prints: the configuration and environment a run would apply to the path,
 * each value with where it came from (the command line, the config file, or the documented default), as
 * ESLint's --print-config does. Pure: the run layer finds the config file and the facts about the path.
 */
import { Document, isMap, type YAMLMap } from 'yaml';
import type { Rule, SeveritySetting } from '../engine/rule-api.js';
import { describeDuration } from '../model/duration.js';
import type { Environment, Fact, FactOrigin } from '../model/environment.js';
import type { LoadedConfig } from './config.js';

export interface PathFacts {
  /** The path asked about, relative to the working directory. */
  readonly path: string;
  /** Relative to the config file's directory, as its globs see it; undefined outside that directory. */
  readonly inConfigDirectory?: string;
  /** The ignore glob that leaves the path out. */
  readonly ignoredBy?: string;
}

export interface ResolvedConfigInput {
  readonly facts: PathFacts;
  /** With the config file's directory relative to the working directory. */
  readonly config?: LoadedConfig & { readonly displayDirectory: string };
  readonly rules: readonly Rule[];
  /** `--rule` severities of the run (they win over the config file's). */
  readonly commandLine: ReadonlyMap<string, SeveritySetting>;
  readonly environment: Environment;
}

interface Origin {
  readonly from: string;
}

export function resolvedConfig(input: ResolvedConfigInput): object {
  const { facts, config, environment } = input;
  const sorted = [...input.rules].sort((a, b) => (a.id < b.id ? -1 : 1));
  return {
    path: facts.path,
    configFile: config?.path ?? null,
    configDirectory: config?.displayDirectory ?? null,
    // What the globs are matched against: null for a path outside the config file's directory, which no glob matches.
    pathInConfigDirectory: config === undefined ? null : (facts.inConfigDirectory ?? null),
    ignored: facts.ignoredBy !== undefined,
    ...(facts.ignoredBy !== undefined ? { ignoredBy: facts.ignoredBy } : {}),
    rules: Object.fromEntries(sorted.map((rule) => [rule.id, ruleSeverity(rule, input.commandLine, config)])),
    ignore: config?.ignore ?? [],
    clusters: Object.fromEntries((config?.clusters ?? []).map(({ name, agents }) => [name, agents])),
    cams: {
      loginPages: environment.camsLoginPages.map(({ url, where }) => ({ url, from: where })),
      // Resolved like the path: relative to the working directory.
      agentDomains: Object.fromEntries([...(config?.cams.agentDomains ?? [])].map(([agent, { domain, where }]) => [agent, { domain, from: where }])),
    },
    environment: {
      firewallIdleTimeout: duration(environment.firewallIdleTimeout),
      authServerReplyTimeout: duration(environment.authServerReplyTimeout),
      activeAuthServers: environment.activeAuthServers ? count(environment.activeAuthServers) : null,
      authServers: (environment.authServers ?? []).map(({ dispatchers, count: fact }) => ({
        dispatchers: dispatchers ?? 'every pool',
        ...count(fact),
      })),
    },
    documentationUrl: config?.documentationUrl ?? null,
  };
}

/** YAML (the config file's own language) or JSON. */
export function formatResolvedConfig(resolved: object, format: 'yaml' | 'json'): string {
  if (format === 'json') return `${JSON.stringify(resolved, null, 2)}\n`;
  const document = new Document(resolved);
  // One line per rule: `id: { severity: warning, from: default }`.
  const rules = document.get('rules', true);
  if (isMap(rules)) for (const pair of rules.items) (pair.value as YAMLMap).flow = true;
  return document.toString({ lineWidth: 0 });
}

function ruleSeverity(rule: Rule, commandLine: ReadonlyMap<string, SeveritySetting>, config: LoadedConfig | undefined): { severity: SeveritySetting } & Origin {
  const given = commandLine.get(rule.id);
  if (given !== undefined) return { severity: given, from: '--rule' };
  const configured = config?.severities.get(rule.id);
  if (configured !== undefined && config !== undefined) return { severity: configured, from: config.path };
  return { severity: rule.severity, from: 'default' };
}

function duration(fact: Fact<number>): { value: string; seconds: number } & Origin {
  return { value: describeDuration(fact.value), seconds: fact.value, from: origin(fact.origin) };
}

function count(fact: Fact<number>): { value: number } & Origin {
  return { value: fact.value, from: origin(fact.origin) };
}

function origin(fact: FactOrigin): string {
  switch (fact.kind) {
    case 'command line':
      return fact.flag;
    case 'config':
      return fact.where;
    case 'default':
      return `default (RSA KB 000025051)`;
  }
}
