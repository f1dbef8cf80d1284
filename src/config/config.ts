/**
 * `.webagent-lint.yaml` (design contract §3.5): parsed with positions, validated against
 * schemas/config.schema.json (compiled at build time), and checked against the registered rule ids.
 * Pure: the caller reads the file.
 */
import { isMap, isScalar, parseDocument, visit, type Document, type Node } from 'yaml';
import { printable } from '../text/printable.js';
import { SourceFile } from '../parse/source.js';
import validateSchema from '../generated/config-validator.cjs';
import { closestName } from '../text/edit-distance.js';
import { parseUserDuration } from '../model/duration.js';
import { dispatcherGroup } from '../model/fleet.js';
import type { SeveritySetting } from '../engine/rule-api.js';

export interface ConfigFile {
  readonly path: string;
  readonly environment: {
    readonly firewallIdleTimeout?: { readonly seconds: number; readonly where: string };
    readonly activeAuthServers?: { readonly value: number; readonly where: string };
    /** Aservers per pool from the dispatchers: one count for every pool, or per dispatcher group (dispatcherGroup). */
    readonly authServers?: readonly { readonly dispatchers?: string; readonly value: number; readonly where: string }[];
  };
  readonly cams: {
    /** Login page URLs with where each was given (file:line:column). */
    readonly loginPages: readonly { readonly url: string; readonly where: string }[];
    /** Agent directory → security domain directory. */
    readonly agentDomains: ReadonlyMap<string, { readonly domain: string; readonly where: string }>;
  };
  readonly severities: ReadonlyMap<string, SeveritySetting>;
  readonly ignore: readonly string[];
  /** Named clusters and the glob patterns of their agents, in file order. */
  readonly clusters: readonly { readonly name: string; readonly agents: readonly string[] }[];
  /** Where the team serves webagent-lint's documentation (no trailing slash): the only URL a report links to. */
  readonly documentationUrl?: string;
}

/**
 * A config file as the run loaded it from disk: the directory holding it, to which its globs are relative (see
 * config-directory.ts), and `cams.agentDomains` already translated to paths relative to the current directory,
 * as the run names agents and domains.
 */
export interface LoadedConfig extends ConfigFile {
  /** Absolute. */
  readonly directory: string;
}

export interface ConfigError {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type ConfigResult = { readonly ok: true; readonly config: ConfigFile } | { readonly ok: false; readonly errors: readonly ConfigError[] };

interface RawConfig {
  environment?: { firewallIdleTimeout?: string; activeAuthServers?: number; authServers?: number | Record<string, number> };
  cams?: { loginPages?: string[]; agentDomains?: Record<string, string> };
  rules?: Record<string, SeveritySetting>;
  ignore?: string[];
  clusters?: Record<string, string[]>;
  documentationUrl?: string;
}

export function parseConfig(path: string, text: string, ruleIds: ReadonlySet<string>): ConfigResult {
  // Lines and columns as everywhere else in webagent-lint (SourceFile): yaml's own LineCounter misses the line
  // breaks inside an unterminated quoted scalar, and put later errors on line 1 past its end.
  const source = new SourceFile(path, text);
  const linePos = (offset: number) => {
    const inText = Math.min(Math.max(offset, 0), text.length);
    // yaml puts an error at the end of a line on its line break: for a CRLF on the LF, which lies inside the
    // break, one column past the line's end. The CR is where the same error is on an LF line (the LF).
    const atBreak = text.charCodeAt(inText) === 10 && text.charCodeAt(inText - 1) === 13 ? inText - 1 : inText;
    const { line, column } = source.positionAt(atBreak);
    return { line, col: column };
  };
  const at = (offset: number, message: string): ConfigError => {
    const { line, col } = linePos(offset);
    return { path, line, column: col, message };
  };
  if (text.length > MAX_CONFIG_LENGTH) {
    return { ok: false, errors: [at(0, `the file is ${text.length} characters long, more than the ${MAX_CONFIG_LENGTH} a config file may have`)] };
  }
  const tooDeep = deepNesting(text);
  if (tooDeep !== undefined) {
    // Never handed to the yaml library: see deepNesting.
    return { ok: false, errors: [at(tooDeep, `invalid YAML: nested more than ${MAX_NESTING} levels deep`)] };
  }
  const document = withoutStackTraces(() => parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' }));

  if (document.errors.length > 0) {
    // The first errors: after them yaml's are mostly echoes of the first (a file of 20,000 quotes gives 10,000).
    const shown = document.errors.slice(0, MAX_YAML_ERRORS).map((error) => at(error.pos[0], `invalid YAML: ${firstLine(error.message)}`));
    const more = document.errors.length - shown.length;
    if (more > 0) shown.push({ ...(shown[shown.length - 1] as ConfigError), message: `invalid YAML: ${more} more errors after these` });
    return { ok: false, errors: shown };
  }
  let raw: unknown;
  try {
    raw = document.toJS() ?? {};
  } catch (error) {
    // yaml refuses aliases that expand to far more nodes than the file holds (a "billion laughs" of aliases)
    // by throwing; that is a broken config file, reported where the first alias is written.
    return { ok: false, errors: [at(firstAliasOffset(document), `invalid YAML: ${firstLine(String((error as Error).message ?? error))}`)] };
  }
  if (!validateSchema(raw)) {
    const errors = (validateSchema.errors ?? []).map((error) => {
      const segments = error.instancePath.split('/').slice(1).map(unescapePointer);
      const extra = error.params['additionalProperty'] as string | undefined;
      const node = extra !== undefined ? keyNode(document, segments, extra) : valueNode(document, segments);
      const name = extra !== undefined ? [...segments, extra].join('.') : segments.join('.') || '(top level)';
      const message = extra !== undefined ? `unknown setting ${quoted(name)}` : `${shown(name)} ${error.message ?? 'is invalid'}${allowedValues(error.params)}`;
      return at(node?.range?.[0] ?? 0, message);
    });
    return { ok: false, errors };
  }

  const config = raw as RawConfig;
  const errors: ConfigError[] = [];
  const severities = new Map<string, SeveritySetting>();
  for (const [ruleId, severity] of Object.entries(config.rules ?? {})) {
    if (ruleIds.has(ruleId)) {
      severities.set(ruleId, severity);
      continue;
    }
    const suggestion = closestName(ruleId, ruleIds);
    const node = keyNode(document, ['rules'], ruleId);
    errors.push(at(node?.range?.[0] ?? 0, `unknown rule ${quoted(ruleId)}${suggestion ? `; did you mean "${suggestion}"?` : ''}`));
  }

  // Where a setting is given: its node's offset, and that offset as `file:line:column` for messages.
  const offsetOf = (segments: readonly (string | number)[]): number => valueNode(document, segments)?.range?.[0] ?? 0;
  const whereAt = (offset: number): string => {
    const { line, col } = linePos(offset);
    return `${path}:${line}:${col}`;
  };
  const where = (segments: readonly (string | number)[]): string => whereAt(offsetOf(segments));

  const environment: { -readonly [K in keyof ConfigFile['environment']]: ConfigFile['environment'][K] } = {};
  const timeout = config.environment?.firewallIdleTimeout;
  if (timeout !== undefined) {
    const offset = offsetOf(['environment', 'firewallIdleTimeout']);
    const seconds = parseUserDuration(timeout);
    if (seconds === undefined || seconds <= 0) {
      errors.push(at(offset, `environment.firewallIdleTimeout ${quoted(timeout)} is not a duration (write e.g. 1h, 55m or "50 Mins")`));
    } else {
      environment.firewallIdleTimeout = { seconds, where: whereAt(offset) };
    }
  }
  const active = config.environment?.activeAuthServers;
  if (active !== undefined) environment.activeAuthServers = { value: active, where: where(['environment', 'activeAuthServers']) };
  const authServers = config.environment?.authServers;
  if (typeof authServers === 'number') environment.authServers = [{ value: authServers, where: where(['environment', 'authServers']) }];
  else if (authServers !== undefined) {
    environment.authServers = Object.entries(authServers).map(([list, value]) => ({
      dispatchers: dispatcherGroup(list),
      value,
      where: where(['environment', 'authServers', list]),
    }));
  }

  const loginPages = (config.cams?.loginPages ?? []).map((url, index) => {
    const offset = offsetOf(['cams', 'loginPages', index]);
    if (!isAbsoluteHttpUrl(url)) {
      errors.push(at(offset, `cams.loginPages: ${quoted(url)} is not an absolute http or https URL (write e.g. https://www.example.com/cams/login.jsp)`));
    } else if (hasCredentials(url)) {
      // Findings and --print-config quote the login pages: a password in one would be printed. No policy
      // pattern matches credentials, so they have no use here. The URL itself is not quoted, for the same reason.
      errors.push(at(offset, 'cams.loginPages: a login page URL must not carry a user name or password (write e.g. https://www.example.com/cams/login.jsp)'));
    }
    return { url, where: whereAt(offset) };
  });
  const agentDomains = new Map(
    Object.entries(config.cams?.agentDomains ?? {}).map(([agent, domain]) => [
      trimSlashes(agent),
      { domain: trimSlashes(domain), where: where(['cams', 'agentDomains', agent]) },
    ]),
  );

  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    config: {
      path,
      environment,
      cams: { loginPages, agentDomains },
      severities,
      ignore: config.ignore ?? [],
      clusters: Object.entries(config.clusters ?? {}).map(([name, agents]) => ({ name, agents })),
      ...(config.documentationUrl !== undefined ? { documentationUrl: config.documentationUrl.replace(/\/+$/, '') } : {}),
    },
  };
}

const MAX_YAML_ERRORS = 20;

/**
 * Longest config file read, in characters. A real one is a few kilobytes; the yaml library takes up to about
 * 5 µs a character on hostile text (a run of `- a` lines, of commas in a flow sequence), so this bounds a
 * run at well under a second.
 */
export const MAX_CONFIG_LENGTH = 64 * 1024;

/**
 * yaml makes an Error per problem, and capturing the stack of each is most of its time on a file made of
 * errors (a run of quotes); its messages and positions do not need the stack.
 */
function withoutStackTraces<T>(run: () => T): T {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 0;
  try {
    return run();
  } finally {
    Error.stackTraceLimit = limit;
  }
}

/** Nesting accepted in a config file (a real one nests four or five levels). */
export const MAX_NESTING = 100;

/**
 * Offset at which the text may nest deeper than MAX_NESTING, by a cheap over-estimate: the leading run of
 * indentation and block indicators (`- `, `? `, `: `) of the line, plus the open flow brackets. The yaml library
 * recurses per level: a few thousand levels overflow its stack (at worst inside V8's regular expression
 * compiler, which aborts the whole process instead of throwing), and a few hundred `? ` take it minutes.
 */
function deepNesting(text: string): number | undefined {
  let flow = 0;
  let lead = 0;
  let leading = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charAt(i);
    if (c === '\n') {
      lead = 0;
      leading = true;
      continue;
    }
    if (leading && ' \t-?:'.includes(c)) lead++;
    else leading = false;
    if (c === '[' || c === '{') flow++;
    else if ((c === ']' || c === '}') && flow > 0) flow--;
    if (lead + flow > MAX_NESTING) return i;
  }
  return undefined;
}

function firstAliasOffset(document: Document): number {
  let offset = 0;
  visit(document, {
    Alias(_, node) {
      offset = node.range?.[0] ?? 0;
      return visit.BREAK;
    },
  });
  return offset;
}

const SHOWN_LENGTH = 80;

/**
 * Text of the config file inside a message, on one line and harmless on a terminal: JSON's quoting and escapes
 * (line breaks, escape sequences), plus escapes for C1 controls, line separators and bidirectional overrides,
 * and cut at SHOWN_LENGTH characters. A key can be a whole YAML document (`? {…}`): printed raw, it spans lines.
 */
function quoted(text: string): string {
  const cut = text.length > SHOWN_LENGTH ? `${text.slice(0, SHOWN_LENGTH)}…` : text;
  return printable(JSON.stringify(cut));
}

/** A dotted setting name for a message: as written when it is plain, quoted otherwise. */
function shown(name: string): string {
  return /^[^"\\\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]*$/.test(name) && name.length <= SHOWN_LENGTH ? name : quoted(name);
}

/** Called for absolute URLs only. */
function hasCredentials(text: string): boolean {
  const url = new URL(text);
  return url.username !== '' || url.password !== '';
}

function isAbsoluteHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Directory paths as discovery displays them: `./a/b/` is `a/b`. */
function trimSlashes(text: string): string {
  return text.replace(/^\.\//, '').replace(/\/+$/, '') || '.';
}

function valueNode(document: Document, path: readonly (string | number)[]): Node | undefined {
  const node: unknown = path.length === 0 ? document.contents : document.getIn(path, true);
  return isNodeLike(node) ? node : undefined;
}

/** The key node of `name` inside the mapping at `path`: unknown keys are reported where they are written. */
function keyNode(document: Document, path: readonly string[], name: string): Node | undefined {
  const parent = path.length === 0 ? document.contents : document.getIn(path, true);
  if (!isMap(parent)) return undefined;
  const pair = parent.items.find((item) => isScalar(item.key) && String(item.key.value) === name);
  return isNodeLike(pair?.key) ? pair.key : undefined;
}

function isNodeLike(value: unknown): value is Node {
  return typeof value === 'object' && value !== null && 'range' in value;
}

function allowedValues(params: Record<string, unknown>): string {
  const allowed = params['allowedValues'];
  return Array.isArray(allowed) ? `: ${allowed.join(', ')}` : '';
}

function unescapePointer(segment: string): string {
  return segment.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** The first line of a yaml message (which may quote the file), printable. */
function firstLine(text: string): string {
  return printable(text.split(/\r\n|\r|\n/)[0] ?? text);
}

/**
 * The config file's `clusters:` as a function from agent id to cluster name: the first cluster with a matching
 * glob wins. The glob compiler is passed in so that only runs with clusters load it.
 */
export function clusterAssignment(
  clusters: ConfigFile['clusters'],
  compileGlobs: (globs: string[], options: { dot: boolean }) => (path: string) => boolean,
): (agentId: string) => string | undefined {
  const matchers = clusters.map(({ name, agents }) => ({ name, matches: compileGlobs([...agents], { dot: true }) }));
  return (agentId) => matchers.find((m) => m.matches(agentId))?.name;
}
