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
}

/** The environment, or a message saying which flag is wrong and what to write. */
export function resolveEnvironment(flags: EnvironmentFlags, config: Pick<ConfigFile, 'environment' | 'cams'> | undefined): { environment: Environment } | { error: string } {
  let environment: Environment = DEFAULT_ENVIRONMENT;
  const fromConfig = config?.environment;
  if (fromConfig?.firewallIdleTimeout) {
    environment = { ...environment, firewallIdleTimeout: { value: fromConfig.firewallIdleTimeout.seconds, origin: { kind: 'config', where: fromConfig.firewallIdleTimeout.where } } };
  }
  if (config && config.cams.loginPages.length > 0) environment = { ...environment, camsLoginPages: config.cams.loginPages };
  if (fromConfig?.activeAuthServers) {
    environment = { ...environment, activeAuthServers: { value: fromConfig.activeAuthServers.value, origin: { kind: 'config', where: fromConfig.activeAuthServers.where } } };
  }
  if (flags.firewallIdleTimeout !== undefined) {
    const seconds = parseUserDuration(flags.firewallIdleTimeout);
    if (seconds === undefined || seconds <= 0) {
      return { error: `--firewall-idle-timeout: "${flags.firewallIdleTimeout}" is not a duration (write e.g. 55m, 1h or "50 Mins")` };
    }
    environment = { ...environment, firewallIdleTimeout: { value: seconds, origin: { kind: 'command line', flag: '--firewall-idle-timeout' } } };
  }
  if (flags.activeAuthServers !== undefined) {
    const value = Number(flags.activeAuthServers);
    if (!Number.isInteger(value) || value < 1) return { error: `--active-auth-servers: "${flags.activeAuthServers}" is not a positive whole number` };
    environment = { ...environment, activeAuthServers: { value, origin: { kind: 'command line', flag: '--active-auth-servers' } } };
  }
  return { environment };
}
