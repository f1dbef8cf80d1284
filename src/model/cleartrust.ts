/**
 * Typed model of one ClearTrust web agent: its blocks, the effective settings of the Global scope and of
 * each VirtualHost (a VirtualHost inherits Global and overrides it, KB48839), and the Pool each one uses
 * through `cleartrust.agent.server_pool`.
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
  /** Effective settings: Global's, overridden by the VirtualHost's own. */
  readonly settings: SettingMap;
  /** The pool named by the effective server_pool (or the default pool), when it exists. */
  readonly pool: Pool | undefined;
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
  const scopes: AgentScope[] = [
    { kind: 'global', block: globalBlock, label: 'Global', settings: globalSettings, pool: poolFor(globalSettings) },
  ];
  for (const block of virtualHosts) {
    // A VirtualHost's own settings over Global's, without copying Global's map for every VirtualHost.
    const own = settingsOf(block);
    const settings: SettingMap = { get: (name) => own.get(name) ?? globalSettings.get(name), has: (name) => own.has(name) || globalSettings.has(name) };
    const label = `VirtualHost ${['name', 'address', 'port'].map((n) => attribute(block, n) ?? '*').join(':')}`;
    scopes.push({ kind: 'virtualhost', block, label, settings, pool: poolFor(settings) });
  }
  const entries = [...document.topLevelEntries, ...document.blocks.flatMap((block) => block.entries)].sort((a, b) => a.start - b.start);
  return { product: 'cleartrust', id, document, entries, pools, scopes };

  function poolFor(settings: SettingMap): Pool | undefined {
    const wanted = serverPoolId(settings);
    return pools.find((pool) => pool.id === wanted);
  }
}

export function serverPoolId(settings: SettingMap): string {
  const entry = settings.get(`${PREFIX}server_pool`);
  return entry && entry.value.trim() !== '' ? entry.value.trim() : DEFAULT_POOL_ID;
}

function settingsOf(block: ConfBlock): Map<string, ConfEntry> {
  const map = new Map<string, ConfEntry>();
  for (const entry of block.entries) map.set(entry.key, entry);
  return map;
}

export function attribute(block: ConfBlock, name: string): string | undefined {
  return block.attributes.find((a) => a.name.toLowerCase() === name)?.value;
}

export function definitionOf(entry: ConfEntry): PropertyDefinition | undefined {
  return cleartrustProperties.get(entry.key);
}

/** The typed value of an entry according to the property catalog. */
export function valueOf(entry: ConfEntry): ValueResult {
  entry.typed ??= readValue(definitionOf(entry), entry.value);
  return entry.typed as ValueResult;
}

/** The typed value of a property written as `text` (for readers that keep only the text, such as the fleet). */
export function readSetting(key: string, text: string): ValueResult {
  return readValue(cleartrustProperties.get(key), text);
}

/** A property's value as seconds, or undefined when it is unset or not a valid duration. */
export function durationOf(settings: SettingMap, name: string): { entry: ConfEntry; seconds: number } | undefined {
  const entry = settings.get(PREFIX + name);
  if (!entry) return undefined;
  const result = valueOf(entry);
  return result.ok && result.value.kind === 'duration' ? { entry, seconds: result.value.seconds } : undefined;
}

export function booleanOf(settings: SettingMap, name: string): { entry: ConfEntry; value: boolean } | undefined {
  const entry = settings.get(PREFIX + name);
  if (!entry) return undefined;
  const result = valueOf(entry);
  return result.ok && result.value.kind === 'boolean' ? { entry, value: result.value.value } : undefined;
}

export function integerOf(settings: SettingMap, name: string): { entry: ConfEntry; value: number } | undefined {
  const entry = settings.get(PREFIX + name);
  if (!entry) return undefined;
  const result = valueOf(entry);
  return result.ok && result.value.kind === 'integer' ? { entry, value: result.value.value } : undefined;
}

/** The entry of a property whose value is not empty. */
export function nonEmpty(settings: SettingMap, name: string): ConfEntry | undefined {
  const entry = settings.get(PREFIX + name);
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

