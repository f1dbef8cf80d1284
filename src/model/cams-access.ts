/**
 * Policy semantics for Cams: which permission a request selects, and what its ACR decides.
 *
 * Best match (the Cams tip on resource-pattern matching says the policy server picks the best-matching
 * pattern, not the first; its tie-breaking is not documented). webagent-lint assumes, and the README states:
 *   1. only permissions whose pattern matches the URL (every part; `*` matches any run of characters, also
 *      `/`; scheme and host ignore case) and whose `actions` include the request's method (none or empty =
 *      every method) are candidates;
 *   2. the candidate with the most literal (non-`*`) characters in its path wins; then in its host, its port,
 *      its scheme;
 *   3. on a tie, the permission earlier in the file wins.
 *
 * Evaluation of an ACR for a request: `granted` grants; `denied` denies (access reason 9); `confidential`
 * grants over https and denies over anything else (reason 13); an authentication rule needs an authenticated
 * user (anonymous: "authentication required", reason 10; authenticated: unknown, it depends on roles);
 * `and` denies when one operand denies, `or` grants when one grants, `not` swaps grant and deny; a reference
 * to a missing ACR or a reference cycle is an evaluation error (reason 12); any other element is unknown.
 * Several rule elements directly inside one `<acr>` give their common outcome, or unknown when they differ
 * (how Cams combines them is not documented). An expression nested, or a chain of references followed,
 * deeper than MAX_EVALUATION_DEPTH is unknown: a hostile policy must not overflow the stack of a recursive
 * evaluation (no real policy comes near the bound).
 */
import { attributeOf, type XmlElement } from '../parse/xml-tree.js';
import { DEFAULT_PORTS, type AccessControlPolicy, type AcrNode, type Permission, type ResourcePattern } from './cams-policy.js';
import { globCovers, globMatches } from './glob.js';

/** A request URL; `host` undefined means "a host that no host-specific pattern names". */
export interface RequestTarget {
  readonly scheme: string;
  readonly host: string | undefined;
  readonly port: string;
  readonly path: string;
}

export interface Request extends RequestTarget {
  readonly method: string;
  readonly authenticated: boolean;
}

/** A URL as users write it (https://www.example.com/cams/login.jsp), or undefined when it is not one. */
export function requestTarget(url: string): RequestTarget | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  const scheme = parsed.protocol.replace(/:$/, '');
  if (parsed.hostname === '') return undefined;
  return { scheme, host: parsed.hostname.toLowerCase(), port: parsed.port || (DEFAULT_PORTS[scheme] ?? ''), path: parsed.pathname };
}

function patternOf(permission: Permission): ResourcePattern | undefined {
  const result = permission.pattern?.result;
  return result?.ok ? result.pattern : undefined;
}

function matches(pattern: ResourcePattern, target: RequestTarget): boolean {
  const port = pattern.port ?? DEFAULT_PORTS[pattern.scheme] ?? '*';
  const hostMatches = target.host === undefined ? /^\*+$/.test(pattern.host) : globMatches(pattern.host, target.host, true);
  return (
    globMatches(pattern.scheme, target.scheme, true) && hostMatches && globMatches(port, target.port, false) && globMatches(pattern.path, target.path, false)
  );
}

/** A permission that lists no action covers them all. Called for every permission of a search: no array is built. */
export function coversAction(permission: Permission, method: string): boolean {
  return permission.actions.length === 0 || permission.actions.some((action) => action.name === method);
}

/** Literal characters per part, compared path first (rule 2 above). */
function specificity(pattern: ResourcePattern): number[] {
  const literal = (part: string | undefined) => (part ?? '').replace(/\*/g, '').length;
  return [literal(pattern.path), literal(pattern.host), literal(pattern.port ?? DEFAULT_PORTS[pattern.scheme]), literal(pattern.scheme)];
}

/** True when permission `a` is selected over `b` for a URL both match. */
function ranksBefore(a: Permission, b: Permission): boolean {
  const [pa, pb] = [patternOf(a), patternOf(b)];
  if (!pa || !pb) return false;
  const [sa, sb] = [specificity(pa), specificity(pb)];
  for (let i = 0; i < sa.length; i++) if (sa[i] !== sb[i]) return (sa[i] as number) > (sb[i] as number);
  return a.index < b.index;
}

export function selectPermission(policy: AccessControlPolicy, request: Request): Permission | undefined {
  let best: Permission | undefined;
  for (const permission of policy.permissions) {
    const pattern = patternOf(permission);
    if (!pattern || !matches(pattern, request) || !coversAction(permission, request.method)) continue;
    if (!best || ranksBefore(permission, best)) best = permission;
  }
  return best;
}

/** How another permission's pattern meets a permission's, in the URLs both match. */
export interface Competitor {
  readonly permission: Permission;
  /**
   * `covers`: it matches every URL this permission's pattern matches; `covered`: this pattern matches every URL
   * it matches; `overlaps`: some URLs match both (see patternsOverlap).
   */
  readonly relation: 'covers' | 'covered' | 'overlaps';
  /** The methods both allow; undefined when both allow every method. */
  readonly methods: readonly string[] | undefined;
  /** It is selected over this permission for a request both match (best match does not depend on the URL). */
  readonly wins: boolean;
}

/** The permissions whose patterns compete with `permission`'s for best match: a URL and a method both match. */
export function competitors(policy: AccessControlPolicy, permission: Permission): Competitor[] {
  const pattern = patternOf(permission);
  if (!pattern) return [];
  const found: Competitor[] = [];
  for (const other of policy.permissions) {
    const otherPattern = patternOf(other);
    if (other === permission || !otherPattern) continue;
    const methods = commonMethods(permission, other);
    if (methods?.length === 0) continue;
    const relation = patternCovers(otherPattern, pattern)
      ? 'covers'
      : patternCovers(pattern, otherPattern)
        ? 'covered'
        : patternsOverlap(pattern, otherPattern)
          ? 'overlaps'
          : undefined;
    if (relation) found.push({ permission: other, relation, methods, wins: ranksBefore(other, permission) });
  }
  return found;
}

/** The methods two permissions both allow, in the order the first lists them; undefined for every method. */
function commonMethods(a: Permission, b: Permission): readonly string[] | undefined {
  if (a.actions.length === 0 && b.actions.length === 0) return undefined;
  const [listed, other] = a.actions.length > 0 ? [a, b] : [b, a];
  return [...new Set(listed.actions.map((action) => action.name).filter((name) => coversAction(other, name)))];
}

/**
 * For every permission that is never selected, the permission selected instead for every URL and method it
 * matches: one whose pattern covers it part by part, whose actions cover its actions, and that ranks before it.
 *
 * Covering means every literal character of the wider pattern meets the same literal in the narrower one, so
 * the wider one has at most as many literals in each part; ranking before it therefore needs exactly as many
 * (and an earlier place in the file). So only permissions with the same literal counts are compared, and among
 * those only the ones whose path, up to its first `*`, is a prefix of this path's: found through an index by
 * that prefix, not by comparing every pair of permissions.
 */
export function shadowedPermissions(policy: AccessControlPolicy): ReadonlyMap<Permission, Permission> {
  const shadowed = new Map<Permission, Permission>();
  // specificity key -> literal path prefix -> permissions in file order, and the prefix lengths that occur
  const index = new Map<string, Map<string, Permission[]>>();
  const lengths = new Map<string, Set<number>>();
  for (const permission of policy.permissions) {
    const pattern = patternOf(permission);
    if (!pattern) continue;
    const key = specificity(pattern).join(',');
    let byPrefix = index.get(key);
    if (!byPrefix) index.set(key, (byPrefix = new Map()));
    let present = lengths.get(key);
    if (!present) lengths.set(key, (present = new Set()));
    const prefix = literalPrefix(pattern.path);
    let earliest: Permission | undefined;
    for (const length of present) {
      if (length > prefix.length) continue;
      const other = byPrefix.get(prefix.slice(0, length))?.find((candidate) => shadows(candidate, permission));
      if (other && (!earliest || other.index < earliest.index)) earliest = other;
    }
    present.add(prefix.length);
    if (earliest) shadowed.set(permission, earliest);
    const same = byPrefix.get(prefix);
    if (same) same.push(permission);
    else byPrefix.set(prefix, [permission]);
  }
  return shadowed;
}

/** `wider` (earlier, with the same literal counts) matches every request `permission` matches. */
function shadows(wider: Permission, permission: Permission): boolean {
  const [w, p] = [patternOf(wider), patternOf(permission)];
  if (!w || !p) return false;
  // Every action of `permission` must be one of `wider`'s; a permission without actions has all of them.
  const actionsCovered = wider.actions.length === 0 || (permission.actions.length > 0 && permission.actions.every((a) => coversAction(wider, a.name)));
  return actionsCovered && patternCovers(w, p);
}

/** True when `wide` matches every URL `narrow` matches, part by part. */
export function patternCovers(wide: ResourcePattern, narrow: ResourcePattern): boolean {
  return (
    globCovers(wide.scheme, narrow.scheme) &&
    globCovers(wide.host, narrow.host) &&
    globCovers(wide.port ?? DEFAULT_PORTS[wide.scheme] ?? '*', narrow.port ?? DEFAULT_PORTS[narrow.scheme] ?? '*') &&
    globCovers(wide.path, narrow.path)
  );
}

/**
 * Some URL matches both patterns: in each part, one glob covers the other or matches the other's least specific
 * value (its stars matching nothing). Two parts that share values otherwise are not seen (`/app/*.jsp` and
 * `/app/admin/*` share `/app/admin/x.jsp`): deciding that takes time in the product of the globs' lengths, and
 * patterns are repository input.
 */
export function patternsOverlap(a: ResourcePattern, b: ResourcePattern): boolean {
  const port = (pattern: ResourcePattern) => pattern.port ?? DEFAULT_PORTS[pattern.scheme] ?? '*';
  const meet = (x: string, y: string, ignoreCase: boolean) =>
    globCovers(x, y) || globCovers(y, x) || globMatches(x, y.replace(/\*/g, ''), ignoreCase) || globMatches(y, x.replace(/\*/g, ''), ignoreCase);
  return meet(a.scheme, b.scheme, true) && meet(a.host, b.host, true) && meet(port(a), port(b), false) && meet(a.path, b.path, false);
}

/**
 * The least specific URLs a pattern matches, to ask what the policy decides somewhere inside it: every `*` of
 * the path, port and a partly starred host matches nothing (a port of stars, or none, is the scheme's default),
 * a host of stars is a host that no host-specific pattern names, and a starred scheme is tried as https and http.
 */
export function sampleTargets(pattern: ResourcePattern): RequestTarget[] {
  const schemes = pattern.scheme.includes('*') ? ['https', 'http'].filter((scheme) => globMatches(pattern.scheme, scheme, true)) : [pattern.scheme];
  const host = /^\*+$/.test(pattern.host) ? undefined : pattern.host.replace(/\*/g, '');
  const path = pattern.path.replace(/\*/g, '');
  return schemes.map((scheme) => ({ scheme, host, port: (pattern.port ?? '').replace(/\*/g, '') || (DEFAULT_PORTS[scheme] ?? ''), path }));
}

function literalPrefix(glob: string): string {
  const star = glob.indexOf('*');
  return star === -1 ? glob : glob.slice(0, star);
}

export type Outcome =
  | { readonly kind: 'grant' }
  | { readonly kind: 'deny'; readonly reason: 9 | 13; readonly chain: readonly string[] }
  | { readonly kind: 'auth'; readonly chain: readonly string[] }
  | { readonly kind: 'error'; readonly chain: readonly string[] }
  | { readonly kind: 'unknown'; readonly chain: readonly string[] };

/** Operators and references followed in one evaluation, at most. */
export const MAX_EVALUATION_DEPTH = 200;

/** What the permission's rule decides for the request; a permission delegated with `owner` is unknown. */
export function evaluatePermission(policy: AccessControlPolicy, permission: Permission, request: Request): Outcome {
  const ref = permission.acrRefs.length === 1 && permission.owners.length === 0 ? permission.acrRefs[0] : undefined;
  if (!ref) return { kind: 'unknown', chain: [`permission ${permission.label}`] };
  return within(`permission ${permission.label}`, permissionRuleOutcome(policy, ref, request));
}

/**
 * Outcomes of the ACRs permissions refer to, per policy, by ACR id and the two parts of a request an
 * evaluation reads: its scheme (`confidential`) and whether the user is authenticated (authentication rules).
 * A rule that evaluates every permission of a large policy (hundreds of thousands, a few ACRs) then follows
 * each ACR's expression once per kind of request instead of once per permission.
 */
const ruleOutcomes = new WeakMap<AccessControlPolicy, Map<string, Outcome>>();

function permissionRuleOutcome(policy: AccessControlPolicy, ref: XmlElement, request: Request): Outcome {
  const id = attributeOf(ref, 'id')?.value;
  if (id === undefined) return evaluateRef(policy, ref, request, new Set(), 0);
  let outcomes = ruleOutcomes.get(policy);
  if (!outcomes) ruleOutcomes.set(policy, (outcomes = new Map()));
  const key = `${request.authenticated ? 'authenticated' : 'anonymous'} ${request.scheme} ${id}`;
  let outcome = outcomes.get(key);
  if (!outcome) outcomes.set(key, (outcome = evaluateRef(policy, ref, request, new Set(), 0)));
  return outcome;
}

function evaluateRef(policy: AccessControlPolicy, element: XmlElement, request: Request, active: ReadonlySet<string>, depth: number): Outcome {
  const id = attributeOf(element, 'id')?.value;
  const step = `acr-ref "${id ?? ''}"`;
  const definition = id === undefined ? undefined : policy.acrs.get(id);
  if (id === undefined || !definition || active.has(id)) return { kind: 'error', chain: [step] };
  if (depth >= MAX_EVALUATION_DEPTH) return { kind: 'unknown', chain: [step] };
  const inner = new Set(active).add(id);
  const outcomes = definition.body.map((node) => evaluateNode(policy, node, request, inner, depth + 1));
  return within(step, common(outcomes, definition.element));
}

function evaluateNode(policy: AccessControlPolicy, node: AcrNode, request: Request, active: ReadonlySet<string>, depth: number): Outcome {
  const step = describe(node.element);
  if (depth >= MAX_EVALUATION_DEPTH) return { kind: 'unknown', chain: [step] };
  switch (node.kind) {
    case 'granted':
      return { kind: 'grant' };
    case 'denied':
      return { kind: 'deny', reason: 9, chain: [step] };
    case 'confidential':
      return request.scheme === 'https' ? { kind: 'grant' } : { kind: 'deny', reason: 13, chain: [step] };
    case 'auth':
      return request.authenticated ? { kind: 'unknown', chain: [step] } : { kind: 'auth', chain: [step] };
    case 'ref':
      return evaluateRef(policy, node.element, request, active, depth + 1);
    case 'unknown':
      return { kind: 'unknown', chain: [step] };
    case 'and':
    case 'or':
    case 'not': {
      const operands = node.operands.map((operand) => evaluateNode(policy, operand, request, active, depth + 1));
      return within(step, combine(node.kind, operands, node.element));
    }
  }
}

/** Precedence of outcomes under `and` (first wins) and `or` (first wins). */
const AND_ORDER = ['deny', 'error', 'auth', 'unknown', 'grant'] as const;
const OR_ORDER = ['grant', 'unknown', 'auth', 'error', 'deny'] as const;

function combine(kind: 'and' | 'or' | 'not', operands: readonly Outcome[], element: XmlElement): Outcome {
  if (kind === 'not') {
    const [only] = operands;
    if (operands.length !== 1 || !only) return { kind: 'unknown', chain: [] };
    if (only.kind === 'grant') return { kind: 'deny', reason: 9, chain: [] };
    if (only.kind === 'deny') return { kind: 'grant' };
    return only.kind === 'error' ? only : { kind: 'unknown', chain: 'chain' in only ? only.chain : [] };
  }
  if (operands.length === 0) return { kind: 'unknown', chain: [describe(element)] };
  for (const wanted of kind === 'and' ? AND_ORDER : OR_ORDER) {
    const found = operands.find((outcome) => outcome.kind === wanted);
    if (found) return found;
  }
  return { kind: 'unknown', chain: [] };
}

/** Several rule elements side by side: their common outcome, or unknown. */
function common(outcomes: readonly Outcome[], element: XmlElement): Outcome {
  const [first] = outcomes;
  if (!first) return { kind: 'unknown', chain: [describe(element)] };
  if (outcomes.every((o) => o.kind === first.kind)) return first;
  const error = outcomes.find((o) => o.kind === 'error');
  return error ?? { kind: 'unknown', chain: [describe(element)] };
}

function within(step: string, outcome: Outcome): Outcome {
  return outcome.kind === 'grant' ? outcome : { ...outcome, chain: [step, ...outcome.chain] };
}

function describe(element: XmlElement): string {
  const id = attributeOf(element, 'id')?.value;
  return id === undefined ? `<${element.name}>` : `<${element.name} id="${id}">`;
}
