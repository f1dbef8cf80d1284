/**
 * The fleet: every agent reduced to its settings (where each is written) and the clusters whose agents must
 * agree. Fleet rules see it only through the interfaces below — an agent's setting by name, its blocks, its
 * cluster — so a new fleet rule needs nothing from this file but those queries. Comparison groups agents by
 * value (a Map keyed by the value), never pairwise, so it is linear in the number of agents.
 *
 * How the settings are kept is this file's business: a fleet of 100,000 agents must not keep 100,000 models,
 * so the store (createFleetStore) interns names and values and keeps five integers per setting.
 */
import { isSecretName } from '../knowledge/properties.js';
import { unshared } from '../parse/source.js';
import type { CamsAgent } from './cams.js';
import { PREFIX, type ClearTrustAgent } from './cleartrust.js';
import type { Agent } from './workspace.js';
import { compareText } from '../text/compare-text.js';

/** A range of UTF-16 offsets in the file `path`: where fleet findings point (the file's text is not kept). */
export interface Place {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

export type ClusterSource = 'dispatcher list' | 'cams.cluster.name' | 'config file' | 'none';

/**
 * One agent's fleet facts as its unit's lint hands them over: plain data that crosses threads. A setting's
 * `block` is `''` for Global (and every Cams property), else the block's label (`<Pool __default__>`,
 * `<VirtualHost www.example.com:*:*>`). Offsets are into the agent's file `path`.
 */
export interface AgentFacts {
  readonly id: string;
  readonly product: Agent['product'];
  readonly path: string;
  /** From the agent's own settings (the config file's `clusters:` is applied when the fleet is built). */
  readonly cluster: string;
  readonly clusterSource: ClusterSource;
  /** Where to point when the agent does not set a value the others set (its file's first block). */
  readonly anchor: readonly [start: number, end: number];
  readonly blocks: readonly { readonly label: string; readonly start: number; readonly end: number }[];
  /** ClearTrust: the label of the pool block the Global scope uses, when that block exists. */
  readonly pool?: string;
  /** Settings in file order; a repeated name keeps its last value and position, as the agents do. */
  readonly settings: readonly FactSetting[];
}

export interface FactSetting {
  readonly block: string;
  readonly key: string;
  /** The value as written, trimmed. */
  readonly value: string;
  readonly start: number;
  /** Where the entry ends, which is where its value ends too (in both readers, cleartrust-conf and properties). */
  readonly end: number;
  readonly valueStart: number;
}

/** A setting of one agent as fleet rules read it. */
export interface FleetValue {
  /** The value as written (trimmed). Never print it when `secret`: use a fingerprint. */
  readonly text: string;
  readonly secret: boolean;
  /** The whole `key=value` entry. */
  readonly at: Place;
  /** The value alone. */
  readonly valueAt: Place;
}

/** An agent as fleet rules see it. */
export interface FleetAgent {
  readonly id: string;
  readonly product: Agent['product'];
  readonly path: string;
  readonly cluster: string;
  readonly clusterSource: ClusterSource;
  /** The start of the file (Cams) or its first block (ClearTrust). */
  readonly anchor: Place;
  /** The label of the pool block the agent's Global scope uses (ClearTrust), when it exists. */
  readonly pool: string | undefined;
  /** A setting by fleet name: the property name, prefixed by its block and a space for a block's setting. */
  setting(name: string): FleetValue | undefined;
  /** The opening tag of the agent's first block with this label. */
  block(label: string): Place | undefined;
  /** The values of secret settings (to mask them wherever else they appear). */
  secretValues(): string[];
}

export interface Cluster {
  readonly product: Agent['product'];
  readonly name: string;
  readonly source: ClusterSource;
  /** In path order. */
  readonly members: readonly FleetAgent[];
  /** Every setting of the cluster with its value groups (see compareSettings). */
  compare(): SettingComparison[];
}

export interface Fleet {
  readonly clusters: readonly Cluster[];
}

/** Agents that share one value of a setting; `value` is undefined for agents that do not set it. */
export interface ValueGroup {
  readonly value: FleetValue | undefined;
  readonly members: readonly FleetAgent[];
}

/** One setting across a cluster: its value groups, the largest first. */
export interface SettingComparison {
  readonly name: string;
  /**
   * How many agents the largest group holds (the "not set" group included). A rule that needs a strong
   * majority asks this first: `groups` of a setting whose every agent has its own value (a host name) are a
   * group per agent, which is worth building only when they are wanted.
   */
  readonly largest: number;
  /** Built on first access. */
  readonly groups: readonly ValueGroup[];
}

/** The fleet name of a block's setting. */
export function fleetName(block: string, key: string): string {
  return block === '' ? key : `${block} ${key}`;
}

/**
 * A pool setting of a ClearTrust agent's Global scope as model/cleartrust.ts resolves it, from the facts: the
 * line in the Pool block the scope uses, else Global's line. `property` is the full property name.
 */
export function poolSettingOf(agent: FleetAgent, property: string): FleetValue | undefined {
  return (agent.pool === undefined ? undefined : agent.setting(fleetName(agent.pool, property))) ?? agent.setting(property);
}

/** The facts of an agent whose model is at hand (its unit's lint takes them before the model is dropped). */
export function agentFacts(agent: Agent): AgentFacts {
  return agent.product === 'cleartrust' ? cleartrustFacts(agent) : camsFacts(agent);
}

/** A Cams agent's cluster is its cams.cluster.name (the policy servers' cluster it delegates to, CP32). */
function camsFacts(agent: CamsAgent): AgentFacts {
  const settings = [...agent.settings.values()].map((entry) => ({
    block: '',
    key: entry.key,
    value: entry.value.trim(),
    start: entry.start,
    end: entry.end,
    valueStart: entry.valueStart,
  }));
  const cluster = agent.settings.get('cams.cluster.name')?.value.trim() ?? '';
  return {
    id: agent.id,
    product: 'cams',
    path: agent.document.source.path,
    cluster: cluster || '(no cams.cluster.name)',
    clusterSource: cluster ? 'cams.cluster.name' : 'none',
    anchor: [0, 0],
    blocks: [],
    settings,
  };
}

/** A dispatcher list as one group name: its items trimmed, in lower case and sorted (the order does not matter). */
export function dispatcherGroup(list: string): string {
  return list
    .split(',')
    .map((item) => item.trim().toLowerCase())
    .filter((item) => item !== '')
    .sort()
    .join(',');
}

/** A ClearTrust agent's cluster is its dispatcher group: the dispatcher_list of the pool its Global scope uses. */
function cleartrustFacts(agent: ClearTrustAgent): AgentFacts {
  const settings: FactSetting[] = [];
  const blocks: AgentFacts['blocks'][number][] = [];
  const global = agent.scopes[0];
  // The reader already trimmed the entries' values.
  const add = (block: string, entries: Iterable<ClearTrustAgent['entries'][number]>) => {
    for (const { key, value, start, end, valueStart } of entries) settings.push({ block, key, value, start, end, valueStart });
  };
  add('', global?.block?.entries ?? []);
  for (const pool of agent.pools) {
    const label = `<Pool ${pool.id}>`;
    blocks.push({ label, start: pool.block.start, end: pool.block.end });
    add(label, pool.settings.values());
  }
  for (const scope of agent.scopes) {
    if (scope.kind !== 'virtualhost' || !scope.block) continue;
    const label = `<${scope.label}>`;
    blocks.push({ label, start: scope.block.start, end: scope.block.end });
    add(label, scope.block.entries);
  }
  const firstBlock = agent.document.blocks[0];
  // Wherever it is written (model/cleartrust.ts): a dispatcher_list in <Global> groups the agent too.
  const cluster = dispatcherGroup(global?.settings.get(`${PREFIX}dispatcher_list`)?.value ?? '');
  return {
    id: agent.id,
    product: 'cleartrust',
    path: agent.document.source.path,
    cluster: cluster || '(no dispatcher list)',
    clusterSource: cluster ? 'dispatcher list' : 'none',
    anchor: firstBlock ? [firstBlock.start, firstBlock.end] : [0, 0],
    blocks,
    ...(global?.pool ? { pool: `<Pool ${global.pool.id}>` } : {}),
    settings,
  };
}

/**
 * Setting names and values of one fleet, each stored once: thousands of agents share them. Stored strings are
 * unshared copies, so that they do not keep the text of the file they were read from alive.
 */
class FleetStrings {
  private readonly ids = new Map<string, number>();
  /** Names by block (`''` for Global) and property: no concatenated key to hash per entry. */
  private readonly names = new Map<string, Map<string, number>>();
  readonly texts: string[] = [];
  /** Per id: whether it names a secret setting. */
  readonly secret: boolean[] = [];
  /** Per id: the block and property of a name, undefined for a value (so another table can take them over). */
  readonly nameParts: ([block: string, key: string] | undefined)[] = [];

  text(text: string): number {
    let id = this.ids.get(text);
    if (id === undefined) {
      id = this.store(unshared(text), false);
      this.ids.set(this.texts[id] as string, id);
    }
    return id;
  }

  /** `secret` is asked only for a name not seen before (most entries repeat a name). */
  name(block: string, key: string, secret: (key: string) => boolean = isSecretName): number {
    let keys = this.names.get(block);
    if (keys === undefined) this.names.set(block, (keys = new Map()));
    let id = keys.get(key);
    if (id === undefined) {
      const ownKey = unshared(key);
      id = this.store(fleetName(block, ownKey), secret(ownKey), [block, ownKey]);
      keys.set(ownKey, id);
    }
    return id;
  }

  /** The table's copy of `text`: strings that thousands of agents repeat (block labels, clusters) kept once. */
  shared(text: string): string {
    return this.texts[this.text(text)] as string;
  }

  /** The id of a fleet name, if any agent has it. */
  lookup(name: string): number | undefined {
    const block = name.startsWith('<') ? name.slice(0, name.indexOf('>') + 1) : '';
    return this.names.get(block)?.get(block === '' ? name : name.slice(block.length + 1));
  }

  export(): PortableStrings {
    return { texts: this.texts, names: this.nameParts, secret: this.secret };
  }

  /** Ids in this table for the strings of another table (index: the other table's id). */
  translate(other: PortableStrings): Int32Array {
    const ids = new Int32Array(other.texts.length);
    other.texts.forEach((text, i) => {
      const name = other.names[i];
      ids[i] = name ? this.name(name[0], name[1], () => other.secret[i] as boolean) : this.text(text);
    });
    return ids;
  }

  private store(text: string, secret: boolean, name?: [string, string]): number {
    this.texts.push(text);
    this.secret.push(secret);
    this.nameParts.push(name);
    return this.texts.length - 1;
  }
}

/** A store's string table as it crosses threads: per id the text, the name parts (undefined for a value), secrecy. */
interface PortableStrings {
  readonly texts: readonly string[];
  readonly names: readonly (readonly [string, string] | undefined)[];
  readonly secret: readonly boolean[];
}

/**
 * One agent in the store: five integers per setting (name id, value id, entry start and end, value start; the
 * value ends where the entry does): the bench's fleet of 100,000 agents has 13 million settings.
 */
interface StoredAgent {
  readonly id: string;
  readonly product: Agent['product'];
  readonly path: string;
  readonly cluster: string;
  readonly clusterSource: ClusterSource;
  readonly anchor: readonly [number, number];
  /** Label id, start, end per block. */
  readonly blocks: Int32Array;
  readonly pool: number;
  readonly settings: Int32Array;
}

const FIELDS = 5;

/** A store's content as it crosses threads (structured clone; the typed arrays can be transferred). */
export interface PortableFleet {
  readonly strings: PortableStrings;
  readonly agents: readonly StoredAgent[];
}

/** Collects agents' facts compactly, on any thread; one store takes over what others collected. */
export interface FleetStore {
  add(facts: AgentFacts): void;
  /** Another store's agents (e.g. a worker thread's): their typed arrays are taken over, so `portable` is used up. */
  addPortable(portable: PortableFleet): void;
  /** This store's agents in a form that crosses threads, and the buffers that may be transferred. */
  export(): { readonly portable: PortableFleet; readonly transfer: ArrayBuffer[] };
  /**
   * The fleet by cluster. `clusterOf` names the cluster an agent was assigned to in the config file
   * (`clusters:`), which wins over the cluster derived from the agent's own settings.
   */
  build(clusterOf?: (agentId: string) => string | undefined): Fleet;
}

export function createFleetStore(): FleetStore {
  const strings = new FleetStrings();
  const agents: StoredAgent[] = [];
  // The settings of the agent being added are written into one buffer that every add reuses, and copied out at
  // their final length: no growing array and no Map per agent. A repeated name takes the slot of its first
  // occurrence: `slotOf[nameId]` is that slot plus one while the agent is added, else 0.
  let buffer = new Int32Array(FIELDS * 256);
  let slotOf = new Int32Array(1024);
  // Agents of a fleet are mostly written from one template: the k-th setting of an agent usually has the name
  // of the previous agent's k-th, and a setting usually the previous agent's value. Comparing with those (string
  // equality, no hashing) spares most of the table lookups, each of which hashes a freshly read string.
  const previousNames: { block: string; key: string; id: number }[] = [];
  const previousValues: ({ text: string; id: number } | undefined)[] = [];
  const nameIdAt = (k: number, block: string, key: string): number => {
    const previous = previousNames[k];
    if (previous !== undefined && previous.key === key && previous.block === block) return previous.id;
    const id = strings.name(block, key);
    previousNames[k] = { block: strings.nameParts[id]?.[0] as string, key: strings.nameParts[id]?.[1] as string, id };
    return id;
  };
  const valueIdOf = (nameId: number, text: string): number => {
    const previous = previousValues[nameId];
    if (previous !== undefined && previous.text === text) return previous.id;
    const id = strings.text(text);
    previousValues[nameId] = { text: strings.texts[id] as string, id };
    return id;
  };
  return {
    add(facts) {
      let length = 0;
      let k = 0;
      for (const s of facts.settings) {
        const nameId = nameIdAt(k++, s.block, s.key);
        if (nameId >= slotOf.length) slotOf = grown(slotOf, nameId + 1);
        let at = (slotOf[nameId] as number) - 1;
        if (at < 0) {
          at = length;
          slotOf[nameId] = at + 1;
          length += FIELDS;
          if (length > buffer.length) buffer = grown(buffer, length);
        }
        buffer[at] = nameId;
        buffer[at + 1] = valueIdOf(nameId, s.value);
        buffer[at + 2] = s.start;
        buffer[at + 3] = s.end;
        buffer[at + 4] = s.valueStart;
      }
      const settings = buffer.slice(0, length);
      for (let i = 0; i < length; i += FIELDS) slotOf[settings[i] as number] = 0;
      agents.push({
        id: unshared(facts.id),
        product: facts.product,
        path: unshared(facts.path),
        cluster: strings.shared(facts.cluster),
        clusterSource: facts.clusterSource,
        anchor: [facts.anchor[0], facts.anchor[1]],
        blocks: Int32Array.from(facts.blocks.flatMap((b) => [strings.text(b.label), b.start, b.end])),
        pool: facts.pool === undefined ? -1 : strings.text(facts.pool),
        settings,
      });
    },
    addPortable(portable) {
      const ids = strings.translate(portable.strings);
      const translate = (id: number) => (id < 0 ? id : (ids[id] as number));
      for (const agent of portable.agents) {
        // Translated in place, not copied: a copy would hold every setting of the fleet twice until the
        // portable's arrays are collected.
        const { settings, blocks } = agent;
        for (let i = 0; i < settings.length; i += FIELDS) {
          settings[i] = translate(settings[i] as number);
          settings[i + 1] = translate(settings[i + 1] as number);
        }
        for (let i = 0; i < blocks.length; i += 3) blocks[i] = translate(blocks[i] as number);
        agents.push({ ...agent, cluster: strings.shared(agent.cluster), pool: translate(agent.pool) });
      }
    },
    export() {
      return {
        portable: { strings: strings.export(), agents },
        transfer: agents.flatMap((a) => [a.settings.buffer as ArrayBuffer, a.blocks.buffer as ArrayBuffer]),
      };
    },
    build(clusterOf = () => undefined) {
      const byCluster = new Map<string, StoreAgent[]>();
      for (const stored of agents) {
        const configured = clusterOf(stored.id);
        const agent = fleetAgent(strings, stored, configured === undefined ? undefined : strings.shared(configured));
        // A Cams cluster is the agents that share a cams.cluster.name (CP32): agents without one share nothing,
        // so each is a cluster of its own. (ClearTrust agents without a dispatcher list are still compared as one group.)
        const alone = agent.product === 'cams' && agent.clusterSource === 'none';
        append(byCluster, alone ? `${agent.product}\0\0${agent.path}` : `${agent.product}\0${agent.cluster}`, agent);
      }
      // In path order, however the agents came in (threads' shares, files named on the command line, Cams last):
      // fleet messages name agents in this order.
      for (const members of byCluster.values()) members.sort((a, b) => compareText(a.path, b.path));
      const clusters = [...byCluster.values()].map((members): Cluster => {
        const first = members[0] as StoreAgent;
        return { product: first.product, name: first.cluster, source: first.clusterSource, members, compare: () => compareSettings(strings, members) };
      });
      clusters.sort(
        (a, b) =>
          compareText(a.product, b.product) || compareText(a.name, b.name) || compareText((a.members[0] as FleetAgent).path, (b.members[0] as FleetAgent).path),
      );
      return { clusters };
    },
  };
}

/** A copy of `array` with room for at least `length` elements (at least twice its size, so growing stays linear). */
function grown(array: Int32Array<ArrayBuffer>, length: number): Int32Array<ArrayBuffer> {
  const bigger = new Int32Array(Math.max(length, array.length * 2));
  bigger.set(array);
  return bigger;
}

/** The setting at offset `i` of a stored agent's settings, as fleet rules read it. */
function storedValue(strings: FleetStrings, stored: StoredAgent, i: number): FleetValue {
  const { path, settings } = stored;
  return {
    text: strings.texts[settings[i + 1] as number] as string,
    secret: strings.secret[settings[i] as number] as boolean,
    at: { path, start: settings[i + 2] as number, end: settings[i + 3] as number },
    valueAt: { path, start: settings[i + 4] as number, end: settings[i + 3] as number },
  };
}

/** A FleetAgent with the stored form behind it (for compareSettings, which works on ids). */
type StoreAgent = FleetAgent & { readonly stored: StoredAgent };

/** The FleetAgent view of a stored agent; `configuredCluster` comes from the config file's `clusters:`. */
function fleetAgent(strings: FleetStrings, stored: StoredAgent, configuredCluster: string | undefined): StoreAgent {
  const { path, settings, blocks } = stored;
  return {
    stored,
    id: stored.id,
    product: stored.product,
    path,
    cluster: configuredCluster ?? stored.cluster,
    clusterSource: configuredCluster !== undefined ? 'config file' : stored.clusterSource,
    anchor: { path, start: stored.anchor[0], end: stored.anchor[1] },
    pool: stored.pool < 0 ? undefined : strings.texts[stored.pool],
    setting(name) {
      const id = strings.lookup(name);
      if (id === undefined) return undefined;
      for (let i = 0; i < settings.length; i += FIELDS) if (settings[i] === id) return storedValue(strings, stored, i);
      return undefined;
    },
    block(label) {
      for (let i = 0; i < blocks.length; i += 3) {
        if (strings.texts[blocks[i] as number] === label) return { path, start: blocks[i + 1] as number, end: blocks[i + 2] as number };
      }
      return undefined;
    },
    secretValues() {
      const values: string[] = [];
      for (let i = 0; i < settings.length; i += FIELDS)
        if (strings.secret[settings[i] as number]) values.push(strings.texts[settings[i + 1] as number] as string);
      return values;
    },
  };
}

/** The fleet of agents whose facts are at hand (tests, small runs). */
export function buildFleet(facts: readonly AgentFacts[], clusterOf?: (agentId: string) => string | undefined): Fleet {
  const store = createFleetStore();
  for (const agent of facts) store.add(agent);
  return store.build(clusterOf);
}

/**
 * Every setting of a cluster with its value groups, built from the members' settings arrays without a map per
 * setting name: the entries are counted per name, laid out name by name (member order kept), then each name's
 * entries are grouped by value id. The cost is linear in the number of settings, never members × names, and
 * what is allocated is a few typed arrays plus the groups themselves (a large cluster is compared once per
 * rule that asks). Global settings come first, then those of blocks, each sorted by name. A setting of a block
 * (a Pool, a VirtualHost) is compared only among the agents that have that block; agents that have the block
 * but not the setting form the "not set" group.
 */
function compareSettings(strings: FleetStrings, members: readonly StoreAgent[]): SettingComparison[] {
  // The names in order of first appearance, each with a dense index, and how many entries each has.
  const denseOf = new Map<number, number>();
  const nameIds: number[] = [];
  const counts: number[] = [];
  for (const agent of members) {
    const { settings } = agent.stored;
    for (let i = 0; i < settings.length; i += FIELDS) {
      const nameId = settings[i] as number;
      const dense = denseOf.get(nameId);
      if (dense === undefined) {
        denseOf.set(nameId, nameIds.length);
        nameIds.push(nameId);
        counts.push(1);
      } else counts[dense] = (counts[dense] as number) + 1;
    }
  }
  // Each name's entries side by side, as (member index, entry offset) pairs in member order.
  const starts = new Int32Array(nameIds.length + 1);
  for (let d = 0; d < nameIds.length; d++) starts[d + 1] = (starts[d] as number) + (counts[d] as number);
  const next = starts.slice(0, nameIds.length);
  const memberAt = new Int32Array(starts[nameIds.length] as number);
  const entryAt = new Int32Array(memberAt.length);
  members.forEach((agent, m) => {
    const { settings } = agent.stored;
    for (let i = 0; i < settings.length; i += FIELDS) {
      const dense = denseOf.get(settings[i] as number) as number;
      const at = next[dense] as number;
      next[dense] = at + 1;
      memberAt[at] = m;
      entryAt[at] = i;
    }
  });
  // The members that have each block, by index.
  const owners = new Map<string, number[]>();
  members.forEach((agent, m) => {
    const { blocks } = agent.stored;
    for (let i = 0; i < blocks.length; i += 3) append(owners, strings.texts[blocks[i] as number] as string, m);
  });

  const named = nameIds.map((id, dense) => ({ dense, name: strings.texts[id] as string, block: strings.nameParts[id]?.[0] ?? '' }));
  const ordered = [...named.filter((n) => n.block === '').sort(byNameText), ...named.filter((n) => n.block !== '').sort(byNameText)];
  const isSet = new Uint8Array(members.length);
  return ordered.map(({ dense, name, block }): SettingComparison => {
    const from = starts[dense] as number;
    const to = starts[dense + 1] as number;
    const owning = block === '' ? undefined : (owners.get(block) ?? []);
    const unsetCount = (owning === undefined ? members.length : owning.length) - (to - from);
    let groups: ValueGroup[] | undefined;
    return {
      name,
      largest: Math.max(unsetCount, largestRun(members, memberAt, entryAt, from, to)),
      get groups() {
        groups ??= valueGroups(from, to, owning, unsetCount);
        return groups;
      },
    };
  });

  function valueGroups(from: number, to: number, owning: readonly number[] | undefined, unsetCount: number): ValueGroup[] {
    const byValue = new Map<number, ValueGroup & { readonly members: StoreAgent[] }>();
    for (let at = from; at < to; at++) {
      const agent = members[memberAt[at] as number] as StoreAgent;
      const entry = entryAt[at] as number;
      const valueId = agent.stored.settings[entry + 1] as number;
      const group = byValue.get(valueId);
      if (group) group.members.push(agent);
      else byValue.set(valueId, { value: storedValue(strings, agent.stored, entry), members: [agent] });
    }
    const groups: ValueGroup[] = [...byValue.values()];
    if (unsetCount > 0) {
      for (let at = from; at < to; at++) isSet[memberAt[at] as number] = 1;
      const unset = owning === undefined ? members.filter((_, m) => isSet[m] === 0) : owning.filter((m) => isSet[m] === 0).map((m) => members[m] as StoreAgent);
      for (let at = from; at < to; at++) isSet[memberAt[at] as number] = 0;
      groups.push({ value: undefined, members: unset });
    }
    return groups.sort(
      (a, b) =>
        b.members.length - a.members.length ||
        Number(a.value === undefined) - Number(b.value === undefined) ||
        ((a.value?.text ?? '') < (b.value?.text ?? '') ? -1 : 1),
    );
  }
}

/** The size of the largest group of equal value ids among the entries `from`…`to` (sorted copies, no map). */
function largestRun(members: readonly StoreAgent[], memberAt: Int32Array, entryAt: Int32Array, from: number, to: number): number {
  const values = new Int32Array(to - from);
  for (let at = from; at < to; at++) values[at - from] = (members[memberAt[at] as number] as StoreAgent).stored.settings[(entryAt[at] as number) + 1] as number;
  values.sort();
  let largest = 0;
  for (let i = 0, run = 0; i < values.length; i++) {
    run = i > 0 && values[i] === values[i - 1] ? run + 1 : 1;
    if (run > largest) largest = run;
  }
  return largest;
}

function byNameText(a: { readonly name: string }, b: { readonly name: string }): number {
  return compareText(a.name, b.name);
}

function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/**
 * Items grouped by key in one pass, the largest group first, then by key. The basis of every fleet
 * comparison: linear in the number of items, never pairwise.
 */
export function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): T[][] {
  const groups = new Map<string, T[]>();
  for (const item of items) append(groups, keyOf(item), item);
  return [...groups.entries()].sort(([a, x], [b, y]) => y.length - x.length || compareText(a, b)).map(([, group]) => group);
}

/**
 * The groups of a comparison that deviate, each with the group it deviates from. `groups` hold agents (or
 * readings of them) grouped by value, the largest first (groupBy). With a clear majority every smaller group
 * deviates from the majority, which is healthy and reported nowhere; on a tie for the largest no side can be
 * called the deviation, and each group deviates from the largest other one.
 */
export function deviations<T>(groups: readonly (readonly T[])[]): { readonly group: readonly T[]; readonly from: readonly T[] }[] {
  const [largest, second] = groups;
  if (!largest || !second) return [];
  const deviating = largest.length === second.length ? groups : groups.slice(1);
  return deviating.map((group) => ({ group, from: group === largest ? second : largest }));
}

/**
 * At most this many related places per fleet finding: the agents agreeing with a deviating one can be
 * thousands, and each related place costs reading its file back.
 */
const MAX_RELATED = 10;

/** The places of the first agents (or readings) a finding relates to, for FleetReportDescriptor.related. */
export function relatedPlaces<T>(items: readonly T[], placeOf: (item: T) => Place): Place[] {
  return items.slice(0, MAX_RELATED).map(placeOf);
}

/** The agents named in a message: a few ids, then how many more. */
export function nameAgents(members: readonly { readonly id: string }[], limit = 3): string {
  const ids = members.slice(0, limit).map((m) => m.id);
  return members.length > limit ? `${ids.join(', ')} and ${members.length - limit} more` : ids.join(', ');
}
