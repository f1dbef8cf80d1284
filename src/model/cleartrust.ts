/**
 * Typed model of one ClearTrust web agent: its blocks, the effective settings of the Global scope and of
 * each VirtualHost (a VirtualHost inherits Global and overrides it, KB48839), and the Pool each one uses
 * through `cleartrust.agent.server_pool`.
 *
 * Where a setting is read from (ASSUMPTION, README "Assumptions about the ClearTrust format"): every real
 * file writes pool settings (catalog scope `pool`) only in `<Pool>` blocks and the others only in `<Global>`
 * and `<VirtualHost>` (S-GH), and no source says what the agent does with a setting written in the other kind
 * of block. Rather than let such a line pass unjudged, a scope reads each setting from its home block first
 * and falls back to the other blocks it is tied to: a pool setting from the Pool the scope uses, else the
 * VirtualHost's own line, else Global's; any other setting from the VirtualHost, else Global, else the Pool
 * the scope uses. cleartrust/misplaced-setting reports every line outside its home block.
 */
import type { ConfBlock, ConfDocument, ConfEntry } from '../parse/cleartrust-conf.js';
import { cleartrustProperties, isSecretName, type PropertyDefinition } from '../knowledge/properties.js';
import { readValue, type ValueResult } from './values.js';
import type { Span } from '../parse/source.js';

export const PREFIX = 'cleartrust.agent.';
/** The pool used when no server_pool is set (the id seen in every real file; not documented). */
export const DEFAULT_POOL_ID = '__default__';

export interface Pool {
  readonly id: string;
  readonly block: ConfBlock;
  readonly settings: ReadonlyMap<string, ConfEntry>;
}

export interface AgentScope {
  readonly kind: 'global' | 'virtualhost';
  /** The block of this scope; absent for a file without `<Global>`. */
  readonly block: ConfBlock | undefined;
  /** `Global` or `VirtualHost name:address:port`. */
  readonly label: string;
  /**
   * Effective settings, each read from its home block first (see the header): agent settings from the
   * VirtualHost, then Global, then the scope's Pool; pool settings from the Pool, then the VirtualHost, then Global.
   */
  readonly settings: SettingMap;
  /** The id of the pool this scope uses: its effective server_pool, or the default pool. */
  readonly poolId: string;
  /** That pool's block, when it exists. */
  readonly pool: Pool | undefined;
}

/**
 * A connection pool as the agent would open it: for each scope, the pool it uses with the pool settings it
 * resolves (wherever they are written); for each Pool block that no scope uses, the block's own settings.
 * Pool rules judge these, so a pool setting is judged whichever block sets it.
 */
export interface PoolView {
  readonly id: string;
  readonly settings: SettingMap;
}

export interface ClearTrustAgent {
  readonly product: 'cleartrust';
  /** Agent identifier as shown to users: its directory, or the file for a named file. */
  readonly id: string;
  readonly document: ConfDocument;
  /** Every key=value line of the file in file order: block entries and keys outside blocks. */
  readonly entries: readonly ConfEntry[];
  readonly pools: readonly Pool[];
  readonly scopes: readonly AgentScope[];
  /** The pools the agent would open (see PoolView), in the order of the scopes, then unused Pool blocks. */
  readonly poolViews: readonly PoolView[];
}

/** Settings by full property name; when a key repeats in one block the later line is kept. */
export interface SettingMap {
  get(name: string): ConfEntry | undefined;
  has(name: string): boolean;
}

export function buildClearTrustAgent(id: string, document: ConfDocument): ClearTrustAgent {
  const pools: Pool[] = [];
  const virtualHosts: ConfBlock[] = [];
  let globalBlock: ConfBlock | undefined;
  for (const block of document.blocks) {
    if (block.kind === 'pool') {
      pools.push({ id: attribute(block, 'id') ?? '', block, settings: settingsOf(block) });
    } else if (block.kind === 'virtualhost') {
      virtualHosts.push(block);
    } else if (block.kind === 'global') {
      globalBlock ??= block;
    }
  }
  const globalSettings = globalBlock ? settingsOf(globalBlock) : new Map<string, ConfEntry>();
  const scopes: AgentScope[] = [scope('global', globalBlock, 'Global', undefined)];
  for (const block of virtualHosts) {
    scopes.push(scope('virtualhost', block, blockLabel(block), settingsOf(block)));
  }
  const used = new Set(scopes.map((s) => s.pool));
  const poolViews: PoolView[] = [
    ...scopes.map((s) => ({ id: s.poolId, settings: s.settings })),
    ...pools.filter((pool) => !used.has(pool)).map((pool) => ({ id: pool.id, settings: pool.settings })),
  ];
  const entries = [...document.topLevelEntries, ...document.blocks.flatMap((block) => block.entries)].sort((a, b) => a.start - b.start);
  return { product: 'cleartrust', id, document, entries, pools, scopes, poolViews };

  /** A scope's settings (see AgentScope.settings); `own` is a VirtualHost's own lines, undefined for Global. */
  function scope(kind: AgentScope['kind'], block: ConfBlock | undefined, label: string, own: Map<string, ConfEntry> | undefined): AgentScope {
    // The VirtualHost's own line over Global's, without copying Global's map for every VirtualHost.
    const scoped = (name: string) => own?.get(name) ?? globalSettings.get(name);
    const poolId = serverPoolId({ get: scoped, has: (name) => scoped(name) !== undefined });
    const pool = pools.find((p) => p.id === poolId);
    const get = (name: string) => {
      if (isPoolSetting(name)) return pool?.settings.get(name) ?? scoped(name);
      // server_pool chooses the Pool, so it is never read from one.
      return name === SERVER_POOL ? scoped(name) : (scoped(name) ?? pool?.settings.get(name));
    };
    return { kind, block, label, settings: { get, has: (name) => get(name) !== undefined }, poolId, pool };
  }
}

/** Whether the catalog places the property in a `<Pool>` block. */
export function isPoolSetting(name: string): boolean {
  return cleartrustProperties.get(name)?.scope === 'pool';
}

const SERVER_POOL = `${PREFIX}server_pool`;

export function serverPoolId(settings: SettingMap): string {
  const entry = settings.get(SERVER_POOL);
  return entry && entry.value.trim() !== '' ? entry.value.trim() : DEFAULT_POOL_ID;
}

function settingsOf(block: ConfBlock): Map<string, ConfEntry> {
  const map = new Map<string, ConfEntry>();
  for (const entry of block.entries) map.set(entry.key, entry);
  return map;
}

/** How messages name a block: `Global`, `Pool __default__`, `VirtualHost www.example.com:*:*`. */
export function blockLabel(block: ConfBlock): string {
  if (block.kind === 'pool') return `Pool ${attribute(block, 'id') ?? ''}`;
  if (block.kind === 'virtualhost') return `VirtualHost ${['name', 'address', 'port'].map((n) => attribute(block, n) ?? '*').join(':')}`;
  return block.kind === 'global' ? 'Global' : block.name;
}

export function attribute(block: ConfBlock, name: string): string | undefined {
  return block.attributes.find((a) => a.name.toLowerCase() === name)?.value;
}

export function definitionOf(entry: ConfEntry): PropertyDefinition | undefined {
  entry.definition ??= cleartrustProperties.get(entry.key) ?? null;
  return (entry.definition as PropertyDefinition | null) ?? undefined;
}

const propertyNames = new Map<string, string>();

/**
 * The full name of a property (`cleartrust.agent.` + name), one string per name: a string built anew for every
 * lookup is hashed anew by every map it is looked up in, a tenth of a second over a 10k fleet.
 */
export function propertyName(name: string): string {
  let full = propertyNames.get(name);
  if (full === undefined) propertyNames.set(name, (full = PREFIX + name));
  return full;
}

/** The typed value of an entry according to the property catalog. */
export function typedValueOf(entry: ConfEntry): ValueResult {
  entry.typed ??= readValue(definitionOf(entry), entry.value);
  return entry.typed as ValueResult;
}

/** The typed value of a property written as `text` (for readers that keep only the text, such as the fleet). */
export function readSetting(key: string, text: string): ValueResult {
  return readValue(cleartrustProperties.get(key), text);
}

/** A property's value as seconds, or undefined when it is unset or not a valid duration. */
export function durationOf(settings: SettingMap, name: string): { entry: ConfEntry; seconds: number } | undefined {
  const entry = settings.get(propertyName(name));
  if (!entry) return undefined;
  const result = typedValueOf(entry);
  return result.ok && result.value.kind === 'duration' ? { entry, seconds: result.value.seconds } : undefined;
}

export function booleanOf(settings: SettingMap, name: string): { entry: ConfEntry; value: boolean } | undefined {
  const entry = settings.get(propertyName(name));
  if (!entry) return undefined;
  const result = typedValueOf(entry);
  return result.ok && result.value.kind === 'boolean' ? { entry, value: result.value.value } : undefined;
}

export function integerOf(settings: SettingMap, name: string): { entry: ConfEntry; value: number } | undefined {
  const entry = settings.get(propertyName(name));
  if (!entry) return undefined;
  const result = typedValueOf(entry);
  return result.ok && result.value.kind === 'integer' ? { entry, value: result.value.value } : undefined;
}

/** The entry of a property whose value is not empty. */
export function nonEmpty(settings: SettingMap, name: string): ConfEntry | undefined {
  const entry = settings.get(propertyName(name));
  return entry && entry.value.trim() !== '' ? entry : undefined;
}

/** A value that is safe to print: secrets are replaced (design §3.8). */
export function displayValue(entry: ConfEntry): string {
  return isSecretName(entry.key) ? '(secret value hidden)' : entry.value;
}

export { entrySpan, keySpan, valueSpan } from '../parse/source.js';

/** A block's opening tag, for reporting. */
export function blockSpan(block: ConfBlock): Span {
  return { source: block.source, start: block.start, end: block.end };
}

/** The property name without the `cleartrust.agent.` prefix, as users say it. */
export function shortName(key: string): string {
  return key.startsWith(PREFIX) ? key.slice(PREFIX.length) : key;
}
