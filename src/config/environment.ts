/**
 * The environment of a run (design §3.5): the command line over the config file over the documented defaults.
 * Pure, so that the CLI and the tests resolve it the same way.
 */
import type { ConfigFile } from './config.js';
import { parseUserDuration } from '../model/duration.js';
import { DEFAULT_ENVIRONMENT, type Environment } from '../model/environment.js';

/** The environment flags as given on the command line (unparsed). */
export interface EnvironmentFlags {
  readonly firewallIdleTimeout?: string;
  readonly activeAuthServers?: string;
  /** `predict --set environment.<key>=<value>`, in the order given: they win over the flags above. */
  readonly environmentOverrides?: readonly EnvironmentOverride[];
}

/** The environment values `--set environment.<key>=<value>` may change. */
export const ENVIRONMENT_KEYS = ['firewallIdleTimeout', 'activeAuthServers', 'authServers'] as const;
export type EnvironmentKey = (typeof ENVIRONMENT_KEYS)[number];

export interface EnvironmentOverride {
  readonly key: EnvironmentKey;
  readonly value: string;
}

/** The environment, or a message saying which flag is wrong and what to write. */
export function resolveEnvironment(
  flags: EnvironmentFlags,
  config: Pick<ConfigFile, 'environment' | 'cams'> | undefined,
): { environment: Environment } | { error: string } {
  let environment: Environment = DEFAULT_ENVIRONMENT;
  const fromConfig = config?.environment;
  if (fromConfig?.firewallIdleTimeout) {
    environment = {
      ...environment,
      firewallIdleTimeout: { value: fromConfig.firewallIdleTimeout.seconds, origin: { kind: 'config', where: fromConfig.firewallIdleTimeout.where } },
    };
  }
  if (config && config.cams.loginPages.length > 0) environment = { ...environment, camsLoginPages: config.cams.loginPages };
  if (fromConfig?.activeAuthServers) {
    environment = {
      ...environment,
      activeAuthServers: { value: fromConfig.activeAuthServers.value, origin: { kind: 'config', where: fromConfig.activeAuthServers.where } },
    };
  }
  if (fromConfig?.authServers) {
    environment = {
      ...environment,
      authServers: fromConfig.authServers.map(({ dispatchers, value, where }) => ({
        ...(dispatchers !== undefined ? { dispatchers } : {}),
        count: { value, origin: { kind: 'config', where } },
      })),
    };
  }
  const given: { key: EnvironmentKey; value: string; flag: string }[] = [
    ...(flags.firewallIdleTimeout !== undefined
      ? [{ key: 'firewallIdleTimeout' as const, value: flags.firewallIdleTimeout, flag: '--firewall-idle-timeout' }]
      : []),
    ...(flags.activeAuthServers !== undefined ? [{ key: 'activeAuthServers' as const, value: flags.activeAuthServers, flag: '--active-auth-servers' }] : []),
    ...(flags.environmentOverrides ?? []).map(({ key, value }) => ({ key, value, flag: `--set environment.${key}` })),
  ];
  for (const { key, value, flag } of given) {
    const origin = { kind: 'command line', flag } as const;
    if (key === 'firewallIdleTimeout') {
      const seconds = parseUserDuration(value);
      if (seconds === undefined || seconds <= 0) return { error: `${flag}: "${value}" is not a duration (write e.g. 55m, 1h or "50 Mins")` };
      environment = { ...environment, firewallIdleTimeout: { value: seconds, origin } };
      continue;
    }
    const count = Number(value);
    if (!/^\d+$/.test(value.trim()) || !Number.isInteger(count) || count < 1) return { error: `${flag}: "${value}" is not a positive whole number` };
    // One count for every pool replaces the per-group counts of the config file: the command line wins.
    environment =
      key === 'activeAuthServers'
        ? { ...environment, activeAuthServers: { value: count, origin } }
        : { ...environment, authServers: [{ count: { value: count, origin } }] };
  }
  return { environment };
}
