/**
 * The comparison behind `webagent-lint compare`: per cluster, each setting's value groups (agents sharing a
 * value, the majority first). Secret values are replaced by fingerprints before anything leaves this module.
 */
import { crypto } from '../platform/builtins.js';
import { secretMasker } from './engine.js';
import type { Fleet, FleetAgent } from '../model/fleet.js';

export interface ComparedGroup {
  /** The value as written; absent for secrets and for agents that do not set it. */
  readonly value?: string;
  /** Keyed hash of a secret value (`fp:` and 8 hex digits); the key is new every run. */
  readonly fingerprint?: string;
  /** True for the agents that do not set the property. */
  readonly unset?: true;
  readonly agents: readonly string[];
}

export interface ComparedSetting {
  readonly name: string;
  readonly secret: boolean;
  readonly differs: boolean;
  readonly groups: readonly ComparedGroup[];
}

export interface ComparedCluster {
  readonly product: string;
  readonly name: string;
  readonly source: string;
  readonly agents: readonly string[];
  /** Settings that differ (all settings with `all`). */
  readonly settings: readonly ComparedSetting[];
  readonly differing: number;
}

export interface Comparison {
  readonly clusters: readonly ComparedCluster[];
}

export function buildComparison(fleet: Fleet, options: { readonly all: boolean; readonly fingerprint: (text: string) => string }): Comparison {
  const masks = new Map<FleetAgent, (text: string) => string>();
  // An agent's secret value reused under another of its settings (a cookie name equal to the shared secret) is
  // masked there too. Each agent's own secrets only, as the engine does per file: linear in the fleet's size.
  const mask = (members: readonly FleetAgent[], text: string): string =>
    members.reduce((masked, agent) => {
      let masker = masks.get(agent);
      if (!masker) {
        masker = secretMasker(agent.secretValues());
        masks.set(agent, masker);
      }
      return masker(masked);
    }, text);
  const clusters = fleet.clusters.map((cluster) => {
    const settings: ComparedSetting[] = [];
    let differing = 0;
    for (const { name, groups } of cluster.compare()) {
      const differs = groups.length > 1;
      if (differs) differing++;
      if (!differs && !options.all) continue;
      const secret = groups.some((group) => group.value?.secret === true);
      settings.push({
        name,
        secret,
        differs,
        groups: groups.map((group): ComparedGroup => {
          const agents = group.members.map((agent) => agent.id);
          if (group.value === undefined) return { unset: true, agents };
          return group.value.secret ? { fingerprint: options.fingerprint(group.value.text), agents } : { value: mask(group.members, group.value.text), agents };
        }),
      });
    }
    return { product: cluster.product, name: cluster.name, source: cluster.source, agents: cluster.members.map((m) => m.id), settings, differing };
  });
  return { clusters };
}

/** `fp:` and the first 8 hex digits of HMAC-SHA256(key, value). */
export function fingerprint(key: Uint8Array, value: string): string {
  return `fp:${crypto().createHmac('sha256', key).update(value).digest('hex').slice(0, 8)}`;
}
