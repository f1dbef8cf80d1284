/** Lint configuration text through the real reader, model and engine, with no file system. */
import { rules as allRules } from '../../rules/index.js';
import { lintWorkspace, type Finding } from '../../src/engine/engine.js';
import type { Rule } from '../../src/engine/rule-api.js';
import { DEFAULT_ENVIRONMENT, type Environment } from '../../src/model/environment.js';
import { parseUserDuration } from '../../src/model/duration.js';
import { buildWorkspace } from '../../src/workspace.js';

export interface TestEnvironment {
  /** e.g. "55m"; given as if on the command line. */
  readonly firewallIdleTimeout?: string;
  readonly activeAuthServers?: number;
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
  return environment;
}

export function lintText(
  text: string | Uint8Array,
  options: { readonly only?: readonly Rule[]; readonly environment?: TestEnvironment; readonly path?: string; readonly inlineWaivers?: boolean } = {},
): Finding[] {
  const path = options.path ?? 'agents/web01/webagent.conf';
  const bytes = typeof text === 'string' ? new TextEncoder().encode(text) : text;
  const workspace = buildWorkspace([{ path, agent: path.replace(/\/webagent\.conf$/, ''), content: { kind: 'bytes', bytes } }]);
  // The engine always knows every rule (a waiver may name any of them); `only` turns the others off.
  const only = options.only;
  const severities = only ? new Map(allRules.filter((rule) => !only.includes(rule)).map((rule) => [rule.id, 'off' as const])) : undefined;
  const result = lintWorkspace(workspace, { rules: allRules, environment: environmentFor(options.environment), severities, inlineWaivers: options.inlineWaivers });
  if (result.failures.length > 0) throw result.failures[0]?.error;
  return [...result.findings];
}
