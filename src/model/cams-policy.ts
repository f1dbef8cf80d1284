/**
 * Typed model of a Cams `access-control-policy.xml` (domain note §2): permissions grouped in permission
 * collections, each tying one resource pattern to an ACR of the library (`acr-ref`) or to another security
 * domain (`owner`); and the ACR library, whose rules are `<acr id=…>` expressions or typed rules with an id
 * such as `<auth-acr id=…>` (the seed's 5005 example).
 *
 * Resource patterns are `scheme://host:port/path` with `*` allowed in any part (the seed's example has `*` as scheme, host and
 * port, and the path `/cams/*`). Selection of the permission for a URL, and evaluation of an ACR for a request, are in
 * cams-access.ts.
 */
import { attributeOf, childrenNamed, type XmlAttribute, type XmlElement } from '../parse/xml-tree.js';

export type AcrNode =
  | { readonly kind: 'granted' | 'denied' | 'confidential'; readonly element: XmlElement }
  | { readonly kind: 'and' | 'or' | 'not'; readonly element: XmlElement; readonly operands: readonly AcrNode[] }
  | { readonly kind: 'ref'; readonly element: XmlElement; readonly id: XmlAttribute | undefined }
  /** An authentication rule; its role constraints are kept for messages, they do not change the evaluation. */
  | { readonly kind: 'auth'; readonly element: XmlElement; readonly roles: readonly string[] }
  /** A rule element webagent-lint does not know: evaluated as "unknown", never guessed. */
  | { readonly kind: 'unknown'; readonly element: XmlElement };

export interface AcrDefinition {
  readonly id: string;
  readonly element: XmlElement;
  /** The rule elements: the children of `<acr>`, or the typed rule itself (`<auth-acr id=…>`). */
  readonly body: readonly AcrNode[];
}

export interface ResourcePattern {
  readonly scheme: string;
  readonly host: string;
  /** Absent when the pattern gives no port; matching then uses the scheme's default port. */
  readonly port: string | undefined;
  readonly path: string;
}

export type PatternResult = { readonly ok: true; readonly pattern: ResourcePattern } | { readonly ok: false; readonly problem: string };

export interface Permission {
  readonly element: XmlElement;
  /** Position in file order, the last tie-breaker of best-match selection. */
  readonly index: number;
  readonly label: string;
  /** The methods listed in `actions`; none (attribute absent or empty) means every action (the seed's 5005 example uses `actions=""`). */
  readonly actions: readonly PermissionAction[];
  readonly resourcePatterns: readonly XmlElement[];
  readonly acrRefs: readonly XmlElement[];
  readonly owners: readonly XmlElement[];
  /** The `id` attribute of the only resource pattern, and what it means; absent unless there is exactly one. */
  readonly pattern: { readonly attribute: XmlAttribute; readonly result: PatternResult } | undefined;
}

/** One comma-separated item of a permission's `actions`, with its span. */
export interface PermissionAction {
  readonly name: string;
  readonly start: number;
  readonly end: number;
}

export interface AccessControlPolicy {
  readonly root: XmlElement;
  readonly permissions: readonly Permission[];
  /** ACRs of the library by id; the first definition of an id wins. */
  readonly acrs: ReadonlyMap<string, AcrDefinition>;
}

const INTRINSIC = new Set(['granted', 'denied', 'confidential']);
const OPERATORS = new Set(['and', 'or', 'not']);

export function buildPolicy(root: XmlElement): AccessControlPolicy {
  const permissions: Permission[] = [];
  for (const collection of childrenNamed(root, 'permission-collection')) {
    for (const element of childrenNamed(collection, 'permission')) permissions.push(buildPermission(element, permissions.length));
  }
  const acrs = new Map<string, AcrDefinition>();
  for (const library of childrenNamed(root, 'acr-lib')) {
    for (const element of library.children) {
      const id = attributeOf(element, 'id')?.value;
      if (id === undefined || element.name === 'acr-type' || acrs.has(id)) continue;
      const body = element.name === 'acr' ? element.children.map(acrNode) : [acrNode(element)];
      acrs.set(id, { id, element, body });
    }
  }
  return { root, permissions, acrs };
}

function buildPermission(element: XmlElement, index: number): Permission {
  const resourcePatterns = childrenNamed(element, 'resource-pattern');
  const only = resourcePatterns.length === 1 ? attributeOf(resourcePatterns[0] as XmlElement, 'id') : undefined;
  const desc = attributeOf(element, 'desc')?.value;
  return {
    element,
    index,
    label: desc !== undefined && desc.trim() !== '' ? `"${desc}"` : `#${index + 1}`,
    actions: actionsIn(element, attributeOf(element, 'actions')),
    resourcePatterns,
    acrRefs: childrenNamed(element, 'acr-ref'),
    owners: childrenNamed(element, 'owner'),
    pattern: only ? { attribute: only, result: parseResourcePattern(only.value) } : undefined,
  };
}

/** Items of `actions`, located in the attribute as written (method names need no entity references). */
function actionsIn(element: XmlElement, attribute: XmlAttribute | undefined): PermissionAction[] {
  if (!attribute) return [];
  const raw = element.source.text.slice(attribute.valueStart, attribute.valueEnd);
  const items: PermissionAction[] = [];
  for (const match of raw.matchAll(/[^,\s]+/g)) {
    const start = attribute.valueStart + (match.index as number);
    items.push({ name: match[0], start, end: start + match[0].length });
  }
  // Copied to an array of exactly their number: the model keeps one per permission (see childrenNamed).
  return items.slice();
}

/** Recursive over the XML tree: its depth is bounded by the reader (parse/xml.ts MAX_DEPTH). */
function acrNode(element: XmlElement): AcrNode {
  if (INTRINSIC.has(element.name)) return { kind: element.name as 'granted' | 'denied' | 'confidential', element };
  if (OPERATORS.has(element.name)) return { kind: element.name as 'and' | 'or' | 'not', element, operands: element.children.map(acrNode) };
  if (element.name === 'acr-ref') return { kind: 'ref', element, id: attributeOf(element, 'id') };
  if (element.name === 'auth-acr') {
    const roles = childrenNamed(element, 'role-constraint')
      .flatMap((c) => childrenNamed(c, 'role-name'))
      .map((r) => r.text.trim());
    return { kind: 'auth', element, roles };
  }
  return { kind: 'unknown', element };
}

const PATTERN = /^([^:/]*):\/\/([^/]*)(\/.*)?$/;
const SCHEME = /^[A-Za-z*][A-Za-z0-9+.*-]*$/;
const HOST = /^[A-Za-z0-9.*_-]+$/;
const PORT = /^[0-9*]+$/;

/** Read `scheme://host:port/path`; `*` may stand for any run of characters in every part. */
export function parseResourcePattern(text: string): PatternResult {
  const match = PATTERN.exec(text.trim());
  if (!match) return { ok: false, problem: 'it is not of the form scheme://host:port/path' };
  const [, scheme = '', authority = '', path] = match;
  if (!SCHEME.test(scheme)) return { ok: false, problem: `"${scheme}" is not a URL scheme` };
  if (path === undefined) return { ok: false, problem: 'it has no path (write at least /)' };
  const colon = authority.lastIndexOf(':');
  const host = colon === -1 ? authority : authority.slice(0, colon);
  const port = colon === -1 ? undefined : authority.slice(colon + 1);
  if (!HOST.test(host)) return { ok: false, problem: host === '' ? 'it has no host' : `"${host}" is not a host name` };
  if (port !== undefined && !PORT.test(port)) return { ok: false, problem: `"${port}" is not a port` };
  return { ok: true, pattern: { scheme: scheme.toLowerCase(), host: host.toLowerCase(), port, path } };
}

export const DEFAULT_PORTS: Readonly<Record<string, string>> = { http: '80', https: '443' };
