/**
 * The fleet: every agent reduced to the facts that must agree across a cluster, and the clusters themselves.
 * Comparison groups agents by value (a Map keyed by the value), never pairwise, so it is linear in the number
 * of agents. The facts are compact — interned setting names and values with offsets into the agent's file —
 * because a fleet of 100,000 agents must not keep 100,000 models: the caller may drop each agent's model and
 * text once its facts are taken (SourceFile.release).
 */
import { isSecretName } from '../knowledge/properties.js';
import { unshared, type SourceFile, type Span } from '../source.js';
import type { CamsAgent } from './cams.js';
import { PREFIX, serverPoolId, valueOf, type ClearTrustAgent } from './cleartrust.js';
import { describeDuration } from './duration.js';
import type { ConfEntry } from '../parse/cleartrust-conf.js';
import type { Agent } from './workspace.js';
import { compareText } from '../text/compare-text.js';

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
  /** Where this agent sets it (the whole entry). */
  readonly at: Span;
}

/**
 * Setting names and values of one fleet, each stored once: thousands of agents share them. Stored strings are
 * unshared copies, so that they do not keep the released text of the file they were read from alive.
 */
class FleetStrings {
  private readonly values = new Map<string, number>();
  /** Names by block (`''` for Global, `<Pool __default__>`) and property: no concatenated key to hash per entry. */
  private readonly names = new Map<string, Map<string, number>>();
  readonly texts: string[] = [];
  /** Per name id: whether its values are secret. */
  readonly secret: boolean[] = [];

  valueId(text: string): number {
    let id = this.values.get(text);
    if (id === undefined) {
      id = this.store(unshared(text), false);
      this.values.set(this.texts[id] as string, id);
    }
    return id;
  }

  /** `secret` is asked only for a name not seen before (most entries repeat a name). */
  nameId(block: string, key: string, secret: (key: string) => boolean = isSecretName): number {
    let keys = this.names.get(block);
    if (keys === undefined) this.names.set(block, (keys = new Map()));
    let id = keys.get(key);
    if (id === undefined) {
      const ownKey = unshared(key);
      id = this.store(block === '' ? ownKey : `${block} ${ownKey}`, secret(ownKey), [block, ownKey]);
      keys.set(ownKey, id);
    }
    return id;
  }

  /** The table's copy of `text`: strings that thousands of agents repeat (block labels, meanings) kept once. */
  shared(text: string): string {
    return this.texts[this.valueId(text)] as string;
  }

  /** The id of a fleet name (`<Pool __default__> cleartrust.agent.x` or a Global property), if any agent has it. */
  lookup(name: string): number | undefined {
    const block = name.startsWith('<') ? name.slice(0, name.indexOf('>') + 1) : '';
    return this.names.get(block)?.get(block === '' ? name : name.slice(block.length + 1));
  }

  /** Per id: the block and property of a name, undefined for a value (so another table can take them over). */
  readonly nameParts: ([block: string, key: string] | undefined)[] = [];

  /** The strings added since `from`, in a form that crosses threads. */
  export(from = 0): PortableStrings {
    return { texts: this.texts.slice(from), names: this.nameParts.slice(from), secret: this.secret.slice(from) };
  }

  /** Ids in this table for the strings of another table (index: the other table's id). */
  translate(other: PortableStrings): Int32Array {
    const ids = new Int32Array(other.texts.length);
    other.texts.forEach((text, i) => {
      const name = other.names[i];
      ids[i] = name ? this.nameId(name[0], name[1], () => other.secret[i] as boolean) : this.valueId(text);
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

/** A string table as it crosses threads: per id the text, the name parts (undefined for a value) and secrecy. */
export interface PortableStrings {
  readonly texts: readonly string[];
  readonly names: readonly (readonly [string, string] | undefined)[];
  readonly secret: readonly boolean[];
}

/**
 * An agent's settings by fleet name — the property name, prefixed by its block for Pool and VirtualHost
 * settings — as four integers each: name id, value id, start and end offset of the entry in `source`.
 * A repeated name keeps its first position and its last value, as a Map would.
 */
export class FleetSettings {
  constructor(
    private readonly strings: FleetStrings,
    private readonly source: SourceFile,
    private readonly data: Int32Array,
  ) {}

  get size(): number {
    return this.data.length / 4;
  }

  nameId(index: number): number {
    return this.data[index * 4] as number;
  }

  nameText(index: number): string {
    return this.strings.texts[this.nameId(index)] as string;
  }

  valueId(index: number): number {
    return this.data[index * 4 + 1] as number;
  }

  /** The setting at `index` (from 0 to size - 1). */
  private valueAt(index: number): FleetValue {
    const d = this.data;
    const name = d[index * 4] as number;
    return { text: this.strings.texts[d[index * 4 + 1] as number] as string, secret: this.strings.secret[name] as boolean, at: { source: this.source, start: d[index * 4 + 2] as number, end: d[index * 4 + 3] as number } };
  }

  get(name: string): FleetValue | undefined {
    const id = this.strings.lookup(name);
    return id === undefined ? undefined : this.getById(id);
  }

  /** The setting whose name has this id in the fleet's table (for callers that have the id already). */
  getById(nameId: number): FleetValue | undefined {
    for (let i = 0; i < this.size; i++) if (this.data[i * 4] === nameId) return this.valueAt(i);
    return undefined;
  }

  /** The values of secret settings (to mask them wherever else they appear). */
  secretValues(): string[] {
    const values: string[] = [];
    for (let i = 0; i < this.size; i++) if (this.strings.secret[this.nameId(i)]) values.push(this.strings.texts[this.valueId(i)] as string);
    return values;
  }
}

/**
 * A ClearTrust pool setting as fleet/cleartrust-pool-drift compares it: by meaning (durations in seconds,
 * words in upper case, "not set" for absence), with the offsets of the entry, else of the pool block, else of
 * the file's first block (spans are made when a finding needs one: a fleet keeps four readings per agent).
 */
export interface PoolReading {
  readonly property: (typeof CLEARTRUST_POOL_AGREEMENT)[number];
  readonly key: string;
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

export interface AgentFacts {
  readonly id: string;
  readonly product: Agent['product'];
  readonly cluster: string;
  readonly clusterSource: ClusterSource;
  /** Where to point when the agent does not set a value the others set (its file's first block). */
  readonly anchor: Span;
  /** The agent's file (released: read again only for a finding). */
  readonly source: SourceFile;
  readonly settings: FleetSettings;
  /** The blocks this agent has (`<Pool __default__>`, `<VirtualHost www.example.com:*:*>`). */
  readonly blocks: ReadonlySet<string>;
  /** ClearTrust: the settings of the pool it uses, as the pool drift rule compares them; empty for Cams. */
  readonly pool: readonly PoolReading[];
  /** Cams agents keep their (small) model, which their security domain holds anyway: the Cams fleet rules read it. */
  readonly cams?: CamsAgent;
}

/**
 * An agent's facts in a form that crosses threads (structured clone): settings as ids of the string table
 * they were collected with, spans as offsets into the agent's file `path`.
 */
export interface PortableFacts {
  readonly id: string;
  readonly product: Agent['product'];
  /** From the agent's own settings (the config file's `clusters:` is applied when the fleet is built). */
  readonly cluster: string;
  readonly clusterSource: ClusterSource;
  readonly path: string;
  readonly anchor: readonly [start: number, end: number];
  /** Name id, value id, start, end per setting (see FleetSettings). */
  readonly settings: Int32Array;
  readonly blocks: readonly string[];
  readonly pool: readonly PoolReading[];
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

/** Collects agents' facts where the agents are read (a worker thread, or the main thread) for a FleetBuilder. */
export interface FactsCollector {
  add(agent: ClearTrustAgent): void;
  /** The facts collected and the strings they refer to. */
  take(): PortableChunk;
}

export interface PortableChunk {
  readonly strings: PortableStrings;
  readonly facts: readonly PortableFacts[];
}

export function createFactsCollector(): FactsCollector {
  const strings = new FleetStrings();
  const facts: PortableFacts[] = [];
  return {
    add: (agent) => facts.push(cleartrustFacts(agent, strings)),
    take: () => ({ strings: strings.export(), facts }),
  };
}

export interface FleetBuilder {
  /** An agent read on this thread; its model is not kept (except a Cams agent's, see AgentFacts.cams). */
  add(agent: Agent): void;
  /** Agents collected elsewhere; `sourceOf` gives the (released) source file of a path. */
  addChunk(chunk: PortableChunk, sourceOf: (path: string) => SourceFile): void;
  build(): Fleet;
}

/**
 * Collects agents into a fleet. `clusterOf` names the cluster an agent was assigned to in the config file
 * (`clusters:`), which wins over the cluster derived from the agent's own settings. Members keep the order in
 * which they were added.
 */
export function createFleetBuilder(clusterOf: (agentId: string) => string | undefined = () => undefined): FleetBuilder {
  const strings = new FleetStrings();
  const byCluster = new Map<string, AgentFacts[]>();
  const take = (portable: PortableFacts, source: SourceFile, cams?: CamsAgent): void => {
    const configured = clusterOf(portable.id);
    const cluster = strings.shared(configured ?? portable.cluster);
    // Strings that came from another thread are copies per agent: the table's own are kept instead.
    const facts: AgentFacts = {
      id: portable.id,
      product: portable.product,
      cluster,
      clusterSource: configured !== undefined ? 'config file' : portable.clusterSource,
      anchor: { source, start: portable.anchor[0], end: portable.anchor[1] },
      source,
      settings: new FleetSettings(strings, source, portable.settings),
      blocks: new Set(portable.blocks.map((block) => strings.shared(block))),
      pool: portable.pool.map((reading) => ({ ...reading, key: strings.shared(reading.key), text: strings.shared(reading.text) })),
      ...(cams ? { cams } : {}),
    };
    append(byCluster, `${facts.product}\0${cluster}`, facts);
  };
  return {
    add(agent) {
      if (agent.product === 'cleartrust') take(cleartrustFacts(agent, strings), agent.document.source);
      else take(camsFacts(agent, strings), agent.document.source, agent);
    },
    addChunk(chunk, sourceOf) {
      const ids = strings.translate(chunk.strings);
      for (const portable of chunk.facts) {
        // Four integers per setting (name id, value id, start, end): the two ids are translated in place.
        const settings = portable.settings;
        for (let i = 0; i < settings.length; i += 4) {
          settings[i] = ids[settings[i] as number] as number;
          settings[i + 1] = ids[settings[i + 1] as number] as number;
        }
        take(portable, sourceOf(portable.path));
      }
    },
    build() {
      // In path order, however the agents came in (chunks of workers, files named on the command line, Cams last):
      // fleet messages name agents in this order.
      for (const members of byCluster.values()) members.sort((a, b) => compareText(a.anchor.source.path, b.anchor.source.path));
      const clusters = [...byCluster.values()].map((members) => {
        const first = members[0] as AgentFacts;
        return { product: first.product, name: first.cluster, source: first.clusterSource, members };
      });
      clusters.sort((a, b) => (a.product + a.name < b.product + b.name ? -1 : 1));
      return { clusters };
    },
  };
}

/** The fleet of agents already in memory. */
export function buildFleet(agents: readonly Agent[], clusterOf?: (agentId: string) => string | undefined): Fleet {
  const builder = createFleetBuilder(clusterOf);
  for (const agent of agents) builder.add(agent);
  return builder.build();
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
  const byName = new Map<number, Map<number, AgentFacts[]>>();
  const names = new Map<number, string>();
  const owners = new Map<string, AgentFacts[]>();
  for (const facts of members) {
    for (const block of facts.blocks) append(owners, block, facts);
    const { settings } = facts;
    for (let i = 0; i < settings.size; i++) {
      const nameId = settings.nameId(i);
      let values = byName.get(nameId);
      if (!values) {
        byName.set(nameId, (values = new Map()));
        names.set(nameId, settings.nameText(i));
      }
      append(values, settings.valueId(i), facts);
    }
  }
  const byText = [...names].map(([id, name]) => ({ id, name }));
  const ordered = [...byText.filter((n) => blockOf(n.name) === undefined).sort(byNameText), ...byText.filter((n) => blockOf(n.name) !== undefined).sort(byNameText)];
  return ordered.map(({ id, name }) => {
    const values = byName.get(id) as Map<number, AgentFacts[]>;
    const block = blockOf(name);
    const owning = block === undefined ? members : (owners.get(block) ?? []);
    const groups: ValueGroup[] = [...values.values()].map((group) => ({ value: (group[0] as AgentFacts).settings.getById(id), members: group }));
    const setCount = groups.reduce((n, group) => n + group.members.length, 0);
    if (setCount < owning.length) {
      const setting = new Set(groups.flatMap((group) => group.members));
      groups.push({ value: undefined, members: owning.filter((facts) => !setting.has(facts)) });
    }
    groups.sort(
      (a, b) =>
        b.members.length - a.members.length ||
        Number(a.value === undefined) - Number(b.value === undefined) ||
        ((a.value?.text ?? '') < (b.value?.text ?? '') ? -1 : 1),
    );
    return { name, groups };
  });
}

function byNameText(a: { readonly name: string }, b: { readonly name: string }): number {
  return compareText(a.name, b.name);
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
  return [...groups.entries()].sort(([a, x], [b, y]) => y.length - x.length || compareText(a, b)).map(([, group]) => group);
}

/** The agents named in a message: a few ids, then how many more. */
export function nameAgents(members: readonly { readonly id: string }[], limit = 3): string {
  const ids = members.slice(0, limit).map((m) => m.id);
  return members.length > limit ? `${ids.join(', ')} and ${members.length - limit} more` : ids.join(', ');
}

/** Collects an agent's settings into the compact form; the last value of a repeated name wins. */
class SettingsWriter {
  private readonly data: number[] = [];
  private readonly positions = new Map<number, number>();

  constructor(private readonly strings: FleetStrings) {}

  /** `block` is `''` for a Global (or Cams) setting; the property name `key` decides whether the value is secret. */
  add(block: string, key: string, value: string, start: number, end: number): void {
    const nameId = this.strings.nameId(block, key);
    const valueId = this.strings.valueId(value);
    const at = this.positions.get(nameId);
    if (at === undefined) {
      this.positions.set(nameId, this.data.length);
      this.data.push(nameId, valueId, start, end);
    } else {
      this.data[at + 1] = valueId;
      this.data[at + 2] = start;
      this.data[at + 3] = end;
    }
  }

  finish(): Int32Array {
    return Int32Array.from(this.data);
  }
}

/** A Cams agent's cluster is its cams.cluster.name (the policy servers' cluster it delegates to, CP32). */
function camsFacts(agent: CamsAgent, strings: FleetStrings): PortableFacts {
  const writer = new SettingsWriter(strings);
  for (const [key, entry] of agent.settings) writer.add('', key, entry.value.trim(), entry.start, entry.end);
  const cluster = agent.settings.get('cams.cluster.name')?.value.trim() ?? '';
  return {
    id: agent.id,
    product: 'cams',
    cluster: cluster || '(no cams.cluster.name)',
    clusterSource: cluster ? 'cams.cluster.name' : 'none',
    path: agent.document.source.path,
    anchor: [0, 0],
    settings: writer.finish(),
    blocks: [],
    pool: [],
  };
}

function cleartrustFacts(agent: ClearTrustAgent, strings: FleetStrings): PortableFacts {
  const writer = new SettingsWriter(strings);
  // The reader already trimmed the entry's value.
  const add = (block: string, entry: ConfEntry) => writer.add(block, entry.key, entry.value, entry.start, entry.end);
  const blocks: string[] = [];
  const global = agent.scopes[0];
  for (const entry of global?.block?.entries ?? []) add('', entry);
  for (const pool of agent.pools) {
    const block = strings.shared(`<Pool ${pool.id}>`);
    blocks.push(block);
    for (const entry of pool.settings.values()) add(block, entry);
  }
  for (const scope of agent.scopes) {
    if (scope.kind !== 'virtualhost' || !scope.block) continue;
    const block = strings.shared(`<${scope.label}>`);
    blocks.push(block);
    for (const entry of scope.block.entries) add(block, entry);
  }

  const firstBlock = agent.document.blocks[0];
  const anchor = firstBlock ? ([firstBlock.start, firstBlock.end] as const) : ([0, 0] as const);
  const usedPool = global?.pool;
  const pool = CLEARTRUST_POOL_AGREEMENT.map((property) => {
    const entry = usedPool?.settings.get(PREFIX + property);
    const [start, end] = entry ? [entry.start, entry.end] : usedPool ? [usedPool.block.start, usedPool.block.end] : anchor;
    const { key, text } = meaningOf(entry);
    return { property, key: strings.shared(key), text: strings.shared(text), start, end };
  });

  const clusterPool = agent.pools.find((p) => p.id === serverPoolId(global?.settings ?? new Map()));
  const dispatchers = clusterPool?.settings.get(`${PREFIX}dispatcher_list`)?.value ?? '';
  // From the table: a single dispatcher would be a substring of the file's text and keep all of it alive.
  const cluster = strings.shared(
    dispatchers
      .split(',')
      .map((item) => item.trim().toLowerCase())
      .filter((item) => item !== '')
      .sort()
      .join(','),
  );
  return {
    id: agent.id,
    product: 'cleartrust',
    cluster: cluster || '(no dispatcher list)',
    clusterSource: cluster ? 'dispatcher list' : 'none',
    path: agent.document.source.path,
    anchor,
    settings: writer.finish(),
    blocks,
    pool,
  };
}

/** A setting's meaning for comparison: durations in seconds, words in upper case, "not set" for absence. */
function meaningOf(entry: ConfEntry | undefined): { key: string; text: string } {
  if (!entry || entry.value.trim() === '') return { key: '(not set)', text: 'not set' };
  const result = valueOf(entry);
  if (result.ok && result.value.kind === 'duration') return { key: `${result.value.seconds}s`, text: describeDuration(result.value.seconds) };
  const text = entry.value.trim();
  return { key: text.toUpperCase(), text };
}
