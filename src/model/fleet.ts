/**
 * The fleet: every agent reduced to the facts that must agree across a cluster, and the clusters themselves.
 * Comparison groups agents by value (a Map keyed by the value), never pairwise, so it is linear in the number
 * of agents.
 */
import { isSecretName } from '../knowledge/properties.js';
import type { Span } from '../source.js';
import type { CamsAgent } from './cams.js';
import { PREFIX, serverPoolId, type ClearTrustAgent } from './cleartrust.js';
import type { Agent } from './workspace.js';

/**
 * ClearTrust pool settings that decide how an agent uses its aservers (KB 000025051, KB 000023587): agents of one
 * dispatcher group should agree on them; fleet/cleartrust-pool-drift checks them.
 */
export const CLEARTRUST_POOL_AGREEMENT = ['auth_server_pool_refresh', 'auth_server_timeout', 'max_open_connections', 'auth_server_mode'] as const;

const CLEARTRUST_POOL_SETTING = new RegExp(`^<Pool [^>]*> cleartrust\\.agent\\.(${CLEARTRUST_POOL_AGREEMENT.join('|')})$`);
const CAMS_HIJACKING_SETTING = /^cams\.session\.hijacking\.protection\./;

/**
 * Settings that a dedicated fleet rule judges (ClearTrust pool drift, Cams session hijacking 5304–5306);
 * fleet/outlier leaves them alone so one difference is not reported twice.
 */
export function judgedByAgreementRule(product: Agent['product'], name: string): boolean {
  return product === 'cleartrust' ? CLEARTRUST_POOL_SETTING.test(name) : CAMS_HIJACKING_SETTING.test(name);
}

export type ClusterSource = 'dispatcher list' | 'cams.cluster.name' | 'config file' | 'none';

export interface FleetValue {
  /** The value as written (trimmed). Never print it when `secret`: use a fingerprint. */
  readonly text: string;
  readonly secret: boolean;
  /** Where this agent sets it. */
  readonly at: Span;
}

export interface AgentFacts {
  readonly agent: Agent;
  readonly product: Agent['product'];
  readonly cluster: string;
  readonly clusterSource: ClusterSource;
  /** Where to point when the agent does not set a value the others set (its file's first block). */
  readonly anchor: Span;
  /** Settings by fleet name: the property name, prefixed by its block for Pool and VirtualHost settings. */
  readonly settings: ReadonlyMap<string, FleetValue>;
  /** The blocks this agent has (`<Pool __default__>`, `<VirtualHost www.example.com:*:*>`). */
  readonly blocks: ReadonlySet<string>;
}

export interface Cluster {
  readonly product: Agent['product'];
  readonly name: string;
  readonly source: ClusterSource;
  readonly members: readonly AgentFacts[];
}

export interface Fleet {
  readonly clusters: readonly Cluster[];
}

/** Agents that share one value of a setting; `value` is undefined for agents that do not set it. */
export interface ValueGroup {
  readonly value: FleetValue | undefined;
  readonly members: readonly AgentFacts[];
}

/**
 * Builds the fleet. `clusterOf` names the cluster an agent was assigned to in the config file (`clusters:`),
 * which wins over the cluster derived from the agent's own settings.
 */
export function buildFleet(agents: readonly Agent[], clusterOf: (agentId: string) => string | undefined = () => undefined): Fleet {
  const byCluster = new Map<string, AgentFacts[]>();
  for (const agent of agents) {
    const facts = agent.product === 'cleartrust' ? cleartrustFacts(agent, clusterOf(agent.id)) : camsFacts(agent, clusterOf(agent.id));
    const key = `${facts.product}\0${facts.cluster}`;
    const members = byCluster.get(key);
    if (members) members.push(facts);
    else byCluster.set(key, [facts]);
  }
  const clusters = [...byCluster.values()].map((members) => {
    const first = members[0] as AgentFacts;
    return { product: first.product, name: first.cluster, source: first.clusterSource, members };
  });
  clusters.sort((a, b) => (a.product + a.name < b.product + b.name ? -1 : 1));
  return { clusters };
}

/** One setting across a cluster: its value groups, the largest first. */
export interface SettingComparison {
  readonly name: string;
  readonly groups: readonly ValueGroup[];
}

/**
 * Every setting of a cluster with its value groups, built in one pass over the members' settings (an index
 * by name and value), so the cost is linear in the number of settings, never members × names. Global settings
 * come first, then those of blocks, each sorted by name. A setting of a block (a Pool, a VirtualHost) is
 * compared only among the agents that have that block; agents that have the block but not the setting form
 * the "not set" group.
 */
export function compareSettings(members: readonly AgentFacts[]): SettingComparison[] {
  const byName = new Map<string, Map<string, AgentFacts[]>>();
  const owners = new Map<string, AgentFacts[]>();
  for (const facts of members) {
    for (const block of facts.blocks) append(owners, block, facts);
    for (const [name, value] of facts.settings) {
      let values = byName.get(name);
      if (!values) byName.set(name, (values = new Map()));
      append(values, value.text, facts);
    }
  }
  const names = [...byName.keys()];
  const ordered = [...names.filter((n) => blockOf(n) === undefined).sort(), ...names.filter((n) => blockOf(n) !== undefined).sort()];
  return ordered.map((name) => {
    const values = byName.get(name) as Map<string, AgentFacts[]>;
    const block = blockOf(name);
    const owning = block === undefined ? members : (owners.get(block) ?? []);
    const groups: ValueGroup[] = [...values.values()].map((group) => ({ value: (group[0] as AgentFacts).settings.get(name), members: group }));
    const setCount = groups.reduce((n, group) => n + group.members.length, 0);
    if (setCount < owning.length) groups.push({ value: undefined, members: owning.filter((facts) => !facts.settings.has(name)) });
    groups.sort(
      (a, b) =>
        b.members.length - a.members.length ||
        Number(a.value === undefined) - Number(b.value === undefined) ||
        ((a.value?.text ?? '') < (b.value?.text ?? '') ? -1 : 1),
    );
    return { name, groups };
  });
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** `<Pool __default__>` for `<Pool __default__> cleartrust.agent.x`; undefined for a Global setting. */
function blockOf(name: string): string | undefined {
  return name.startsWith('<') ? name.slice(0, name.indexOf('>') + 1) : undefined;
}

/**
 * Items grouped by key in one pass, the largest group first, then by key. The basis of every fleet
 * comparison: linear in the number of items, never pairwise.
 */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return [...groups.entries()].sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : a > b ? 1 : 0)).map(([, group]) => group);
}

/** The agents named in a message: a few ids, then how many more. */
export function nameAgents(members: readonly { readonly agent: { readonly id: string } }[], limit = 3): string {
  const ids = members.slice(0, limit).map((m) => m.agent.id);
  return members.length > limit ? `${ids.join(', ')} and ${members.length - limit} more` : ids.join(', ');
}

/** A Cams agent's cluster is its cams.cluster.name (the policy servers' cluster it delegates to, CP32). */
function camsFacts(agent: CamsAgent, configuredCluster: string | undefined): AgentFacts {
  const settings = new Map<string, FleetValue>();
  for (const [key, entry] of agent.settings) {
    settings.set(key, { text: entry.value.trim(), secret: isSecretName(key), at: { source: entry.source, start: entry.start, end: entry.end } });
  }
  const anchor: Span = { source: agent.document.source, start: 0, end: 0 };
  const blocks = new Set<string>();
  if (configuredCluster !== undefined) return { agent, product: 'cams', cluster: configuredCluster, clusterSource: 'config file', anchor, settings, blocks };
  const cluster = agent.settings.get('cams.cluster.name')?.value.trim() ?? '';
  return { agent, product: 'cams', cluster: cluster || '(no cams.cluster.name)', clusterSource: cluster ? 'cams.cluster.name' : 'none', anchor, settings, blocks };
}

function cleartrustFacts(agent: ClearTrustAgent, configuredCluster: string | undefined): AgentFacts {
  const settings = new Map<string, FleetValue>();
  const add = (name: string, entry: { key: string; value: string; source: Span['source']; start: number; end: number }) => {
    settings.set(name, { text: entry.value.trim(), secret: isSecretName(entry.key), at: { source: entry.source, start: entry.start, end: entry.end } });
  };
  const blocks = new Set<string>();
  const global = agent.scopes[0];
  for (const [key, entry] of global?.block ? global.settings : []) add(key, entry);
  for (const pool of agent.pools) {
    blocks.add(`<Pool ${pool.id}>`);
    for (const [key, entry] of pool.settings) add(`<Pool ${pool.id}> ${key}`, entry);
  }
  for (const scope of agent.scopes) {
    if (scope.kind !== 'virtualhost' || !scope.block) continue;
    blocks.add(`<${scope.label}>`);
    for (const entry of scope.block.entries) add(`<${scope.label}> ${entry.key}`, entry);
  }

  const firstBlock = agent.document.blocks[0];
  const anchor: Span = firstBlock
    ? { source: firstBlock.source, start: firstBlock.start, end: firstBlock.end }
    : { source: agent.document.source, start: 0, end: 0 };
  if (configuredCluster !== undefined) return { agent, product: 'cleartrust', cluster: configuredCluster, clusterSource: 'config file', anchor, settings, blocks };

  const pool = agent.pools.find((p) => p.id === serverPoolId(global?.settings ?? new Map()));
  const dispatchers = pool?.settings.get(`${PREFIX}dispatcher_list`)?.value ?? '';
  const cluster = dispatchers
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '')
    .sort()
    .join(',');
  return { agent, product: 'cleartrust', cluster: cluster || '(no dispatcher list)', clusterSource: cluster ? 'dispatcher list' : 'none', anchor, settings, blocks };
}
