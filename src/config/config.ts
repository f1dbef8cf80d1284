/**
 * `.webagent-lint.yaml` (design contract §3.5): parsed with positions, validated against
 * schemas/config.schema.json (compiled at build time), and checked against the registered rule ids.
 * Pure: the caller reads the file.
 */
import { isMap, isScalar, LineCounter, parseDocument, visit, type Document, type Node } from 'yaml';
import validateSchema from '../generated/config-validator.cjs';
import { closestName } from '../knowledge/properties.js';
import { parseUserDuration } from '../model/duration.js';
import type { SeveritySetting } from '../engine/rule-api.js';

export interface ConfigFile {
  readonly path: string;
  readonly environment: {
    readonly firewallIdleTimeout?: { readonly seconds: number; readonly where: string };
    readonly activeAuthServers?: { readonly value: number; readonly where: string };
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
}

export interface ConfigError {
  readonly path: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

export type ConfigResult = { readonly ok: true; readonly config: ConfigFile } | { readonly ok: false; readonly errors: readonly ConfigError[] };

interface RawConfig {
  environment?: { firewallIdleTimeout?: string; activeAuthServers?: number };
  cams?: { loginPages?: string[]; agentDomains?: Record<string, string> };
  rules?: Record<string, SeveritySetting>;
  ignore?: string[];
  clusters?: Record<string, string[]>;
}

export function parseConfig(path: string, text: string, ruleIds: ReadonlySet<string>): ConfigResult {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const at = (offset: number, message: string): ConfigError => {
    const { line, col } = lineCounter.linePos(offset);
    return { path, line, column: col, message };
  };

  if (document.errors.length > 0) {
    return { ok: false, errors: document.errors.map((error) => at(error.pos[0], `invalid YAML: ${firstLine(error.message)}`)) };
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
      const message =
        extra !== undefined
          ? `unknown setting "${name}"`
          : `${name} ${error.message ?? 'is invalid'}${allowedValues(error.params)}`;
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
    errors.push(at(node?.range?.[0] ?? 0, `unknown rule "${ruleId}"${suggestion ? `; did you mean "${suggestion}"?` : ''}`));
  }

  const environment: { -readonly [K in keyof ConfigFile['environment']]: ConfigFile['environment'][K] } = {};
  const timeout = config.environment?.firewallIdleTimeout;
  if (timeout !== undefined) {
    const node = valueNode(document, ['environment', 'firewallIdleTimeout']);
    const offset = node?.range?.[0] ?? 0;
    const seconds = parseUserDuration(timeout);
    if (seconds === undefined || seconds <= 0) {
      errors.push(at(offset, `environment.firewallIdleTimeout "${timeout}" is not a duration (write e.g. 1h, 55m or "50 Mins")`));
    } else {
      const { line, col } = lineCounter.linePos(offset);
      environment.firewallIdleTimeout = { seconds, where: `${path}:${line}:${col}` };
    }
  }
  const active = config.environment?.activeAuthServers;
  if (active !== undefined) {
    const { line, col } = lineCounter.linePos(valueNode(document, ['environment', 'activeAuthServers'])?.range?.[0] ?? 0);
    environment.activeAuthServers = { value: active, where: `${path}:${line}:${col}` };
  }

  const where = (segments: readonly (string | number)[]): string => {
    const { line, col } = lineCounter.linePos(valueNode(document, segments)?.range?.[0] ?? 0);
    return `${path}:${line}:${col}`;
  };
  const loginPages = (config.cams?.loginPages ?? []).map((url, index) => ({ url, where: where(['cams', 'loginPages', index]) }));
  for (const page of loginPages) {
    if (!isAbsoluteHttpUrl(page.url)) {
      const offset = valueNode(document, ['cams', 'loginPages', loginPages.indexOf(page)])?.range?.[0] ?? 0;
      errors.push(at(offset, `cams.loginPages: "${page.url}" is not an absolute http or https URL (write e.g. https://www.example.com/cams/login.jsp)`));
    }
  }
  const agentDomains = new Map(
    Object.entries(config.cams?.agentDomains ?? {}).map(([agent, domain]) => [trimSlashes(agent), { domain: trimSlashes(domain), where: where(['cams', 'agentDomains', agent]) }]),
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
    },
  };
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

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
