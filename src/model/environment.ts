/**
 * Facts about the deployment that no agent file holds, with where each value came from so findings can say
 * which number they used.
 */

export type FactOrigin =
  | { readonly kind: 'default'; readonly source: string }
  | { readonly kind: 'command line'; readonly flag: string }
  | { readonly kind: 'config'; readonly where: string };

export interface Fact<T> {
  readonly value: T;
  readonly origin: FactOrigin;
}

export interface Environment {
  /** Seconds after which a firewall or NAT device drops an idle connection. */
  readonly firewallIdleTimeout: Fact<number>;
  /** Seconds an agent waits for an aserver reply by default. */
  readonly authServerReplyTimeout: Fact<number>;
  /** Aservers actually in use per pool, when the user says so. */
  readonly activeAuthServers?: Fact<number>;
  /**
   * Aservers the dispatchers supply to a pool, when the user says so: for every pool (`dispatchers` absent) or
   * for the pools of one dispatcher group (`dispatchers`: the list as dispatcherGroup writes it).
   */
  readonly authServers?: readonly AuthServerCount[];
  /** URLs of the Cams login pages (config `cams.loginPages`), each with where it was given. */
  readonly camsLoginPages: readonly { readonly url: string; readonly where: string }[];
}

export interface AuthServerCount {
  readonly dispatchers?: string;
  readonly count: Fact<number>;
}

/** RSA KB 000025051 (the seed): firewalls typically drop idle connections after 1 hour; replies time out after 15 s by default. */
export const DEFAULT_ENVIRONMENT: Environment = {
  firewallIdleTimeout: { value: 3600, origin: { kind: 'default', source: 'KB25051' } },
  authServerReplyTimeout: { value: 15, origin: { kind: 'default', source: 'KB25051' } },
  camsLoginPages: [],
};

export function describeOrigin(origin: FactOrigin, configKey: string): string {
  switch (origin.kind) {
    case 'command line':
      return `from ${origin.flag}`;
    case 'config':
      return `from ${origin.where}`;
    case 'default':
      return `the typical value in RSA KB 000025051, assumed because ${configKey} is not set`;
  }
}

/** Where a user gives each environment value: what a notice about an assumed or a missing value points to. */
export const HOW_TO_GIVE = {
  firewallIdleTimeout: 'Give the real timeout: environment.firewallIdleTimeout in .webagent-lint.yaml, or --firewall-idle-timeout.',
  activeAuthServers: 'Give the number: environment.activeAuthServers in .webagent-lint.yaml, or --active-auth-servers.',
} as const;
