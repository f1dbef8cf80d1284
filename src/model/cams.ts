/**
 * Typed model of Cams: web agents (`cams-webagent.conf`, Java properties) and security domains (the
 * directory holding `access-control-policy.xml`, `login-config.xml` and optionally `security-domain.xml`).
 * An agent is linked to the security domain it asks (design §3.6); cross-file rules follow that link.
 */
import type { PropertiesDocument, PropertyEntry } from '../parse/properties.js';
import { attributeOf, childrenNamed, type XmlAttribute, type XmlElement } from '../parse/xml-tree.js';
import type { Span } from '../parse/source.js';
import type { AccessControlPolicy } from './cams-policy.js';

/** How an agent found its security domain, or why it has none. */
export type DomainLink =
  | { readonly kind: 'linked'; readonly how: 'config' | 'nearest' }
  | { readonly kind: 'none' }
  | { readonly kind: 'ambiguous'; readonly domains: number }
  | { readonly kind: 'unknown domain'; readonly wanted: string; readonly where: string };

export interface CamsAgent {
  readonly product: 'cams';
  readonly id: string;
  readonly document: PropertiesDocument;
  /** Effective settings: Java keeps the last of repeated keys. */
  readonly settings: ReadonlyMap<string, PropertyEntry>;
  domain: CamsDomain | undefined;
  link: DomainLink;
}

export interface LoginModule {
  readonly element: XmlElement;
  readonly className: XmlAttribute | undefined;
  readonly flag: XmlAttribute | undefined;
}

export interface LoginConfigEntry {
  readonly element: XmlElement;
  readonly name: XmlAttribute | undefined;
  readonly modules: readonly LoginModule[];
}

export interface LoginConfig {
  readonly root: XmlElement;
  readonly entries: readonly LoginConfigEntry[];
}

export interface CamsDomain {
  readonly product: 'cams-domain';
  /** Display path of the domain's directory. */
  readonly id: string;
  /** The security domain name: the directory's name (domain note §4). */
  readonly name: string;
  /** Absent when the file is missing or not well-formed. */
  readonly policy: AccessControlPolicy | undefined;
  readonly loginConfig: LoginConfig | undefined;
  /** Agents linked to this domain. */
  readonly agents: CamsAgent[];
}

export function buildCamsAgent(id: string, document: PropertiesDocument): CamsAgent {
  const settings = new Map<string, PropertyEntry>();
  for (const entry of document.entries) settings.set(entry.key, entry);
  return { product: 'cams', id, document, settings, domain: undefined, link: { kind: 'none' } };
}

export function buildLoginConfig(root: XmlElement): LoginConfig {
  const entries = childrenNamed(root, 'login-config-entry').map((element) => ({
    element,
    name: attributeOf(element, 'name'),
    modules: childrenNamed(element, 'login-module-entry').map((module) => ({
      element: module,
      className: attributeOf(module, 'className'),
      flag: attributeOf(module, 'flag'),
    })),
  }));
  return { root, entries };
}

/** How an agent gets linked to its security domain, for a finding or notice about one that is not. */
export const HOW_TO_LINK = 'Lint the agent together with its security domain directory, or name the domain in .webagent-lint.yaml under cams.agentDomains.';

/** `cams.loginconfig.entry` defaults to `http`, the entry name most sites keep (LC32, LC21). */
export const DEFAULT_LOGIN_CONFIG_ENTRY = 'http';

/**
 * A boolean setting. The documentation writes the words true and false; other spellings are left
 * uninterpreted rather than guessed (a Java agent reading them with Boolean.parseBoolean would see false).
 */
export function booleanSetting(agent: CamsAgent, name: string): { entry: PropertyEntry; value: boolean } | undefined {
  const entry = agent.settings.get(name);
  const text = entry?.value.trim().toLowerCase();
  return entry && (text === 'true' || text === 'false') ? { entry, value: text === 'true' } : undefined;
}

export { entrySpan, keySpan, valueSpan } from '../parse/source.js';

/** Every item whose key was already seen, with the first item of that key. */
export function repeats<T>(items: readonly T[], keyOf: (item: T) => string | undefined): { item: T; first: T }[] {
  const first = new Map<string, T>();
  const result: { item: T; first: T }[] = [];
  for (const item of items) {
    const key = keyOf(item);
    if (key === undefined) continue;
    const earlier = first.get(key);
    if (earlier === undefined) first.set(key, item);
    else result.push({ item, first: earlier });
  }
  return result;
}

/** Start of the agent's file: where a finding about a setting that is absent points. */
export function fileStart(agent: CamsAgent): Span {
  return { source: agent.document.source, start: 0, end: 0 };
}

export function elementSpan(element: XmlElement): Span {
  return { source: element.source, start: element.start, end: element.end };
}

export function attributeSpan(element: XmlElement, attribute: XmlAttribute): Span {
  return { source: element.source, start: attribute.start, end: attribute.end };
}

export function attributeValueSpan(element: XmlElement, attribute: XmlAttribute): Span {
  return { source: element.source, start: attribute.valueStart, end: attribute.valueEnd };
}
