/**
 * From file contents to a Workspace: decode, parse, report reader problems, build each agent's and each
 * Cams security domain's model, and link Cams agents to their domain (design §3.6).
 * Pure: run.ts reads the bytes and hands them in.
 */
import type { Diagnostic } from './engine/rule-api.js';
import { isWaiverComment } from './engine/waivers.js';
import { buildCamsAgent, buildLoginConfig, type CamsAgent, type CamsDomain, type DomainLink } from './model/cams.js';
import { buildPolicy } from './model/cams-policy.js';
import { buildClearTrustAgent } from './model/cleartrust.js';
import type { Agent, WaiverComment, Workspace } from './model/workspace.js';
import { parseClearTrustConf } from './parse/cleartrust-conf.js';
import { parseProperties } from './parse/properties.js';
import type { parseXml } from './parse/xml.js';
import type { XmlElement } from './parse/xml-tree.js';
import { decodeText, SourceFile, type SourceComment, type SourceProblem } from './source.js';
import { compareText } from './text/compare-text.js';

/** What a file is; decided from its name when found in a directory, from its content when named explicitly. */
export type FileFormat = 'cleartrust-conf' | 'cams-conf' | 'cams-policy' | 'cams-login-config' | 'cams-security-domain';

type DomainFileFormat = Exclude<FileFormat, 'cleartrust-conf' | 'cams-conf'>;

/** The file name of each security domain file and the root element it must have. */
export const DOMAIN_FILES: Readonly<Record<DomainFileFormat, { readonly name: string; readonly root: string }>> = {
  'cams-policy': { name: 'access-control-policy.xml', root: 'access-control-policy' },
  'cams-login-config': { name: 'login-config.xml', root: 'login-config' },
  'cams-security-domain': { name: 'security-domain.xml', root: 'security-domain' },
};

export interface LoadedFile {
  /** Display path: relative to the working directory, `/` separators. */
  readonly path: string;
  readonly format: FileFormat;
  /** Agent identifier (display path of its directory, or of the file itself), or the security domain's directory. */
  readonly agent: string;
  readonly content: { readonly kind: 'bytes'; readonly bytes: Uint8Array } | { readonly kind: 'tooLarge'; readonly size: number; readonly limit: number };
}

export interface WorkspaceOptions {
  /** Config `cams.agentDomains`: agent identifier → security domain directory, with where it was given. */
  readonly camsDomainLinks?: ReadonlyMap<string, { readonly domain: string; readonly where: string }>;
  /**
   * The XML reader, required when `files` hold XML: the caller loads it (loadXmlReader) only for runs that read
   * XML, because the XML parser is costly to load and most runs lint ClearTrust files only.
   */
  readonly readXml?: typeof parseXml;
  /** Called after each file, so the caller can stop a run that is about to exhaust memory (by throwing). */
  readonly afterFile?: () => void;
}

/** Whether a file is one of a Cams security domain's XML files (not an agent configuration). */
export function isDomainFormat(format: FileFormat): format is DomainFileFormat {
  return format in DOMAIN_FILES;
}

/** Whether reading these files needs the XML reader. */
export function needsXmlReader(files: readonly LoadedFile[]): boolean {
  return files.some((file) => isDomainFormat(file.format));
}

interface DomainDraft {
  policy?: CamsDomain['policy'];
  loginConfig?: CamsDomain['loginConfig'];
}

export function buildWorkspace(files: readonly LoadedFile[], options: WorkspaceOptions = {}): Workspace {
  const agents: Agent[] = [];
  const drafts = new Map<string, DomainDraft>();
  const diagnostics: Diagnostic[] = [];
  const waiverComments: WaiverComment[] = [];
  // In path order whatever order the files come in: which of two agents a shared finding names, and the order
  // of agents in fleet messages, follow the order of the agents (discovery sorts too; this makes the pipeline
  // itself independent of it).
  const ordered = [...files].sort((a, b) => compareText(a.path, b.path));
  for (const file of ordered) {
    options.afterFile?.();
    const source = decode(file, diagnostics);
    if (!source) continue;
    const report = (ruleId: string, problem: SourceProblem): void => {
      diagnostics.push({ ruleId, messageId: problem.messageId, data: problem.data ?? {}, at: { source, start: problem.start, end: problem.end }, agent: file.agent });
    };
    const collectWaivers = (comments: readonly SourceComment[]): void => {
      for (const comment of comments) {
        if (isWaiverComment(comment.text)) {
          waiverComments.push({ at: { source, start: comment.start, end: comment.end }, line: comment.line, agent: file.agent, text: comment.text });
        }
      }
    };
    if (file.format === 'cleartrust-conf') {
      const document = parseClearTrustConf(source);
      for (const problem of document.problems) report('cleartrust/syntax-error', problem);
      collectWaivers(document.comments);
      agents.push(buildClearTrustAgent(file.agent, document));
    } else if (file.format === 'cams-conf') {
      const document = parseProperties(source);
      for (const problem of document.problems) report('cams/properties-syntax', problem);
      collectWaivers(document.comments);
      agents.push(buildCamsAgent(file.agent, document));
    } else {
      if (!options.readXml) throw new Error(`buildWorkspace: ${file.path} is XML but no XML reader was given`);
      const document = options.readXml(source);
      for (const problem of document.problems) report('cams/xml-syntax', problem);
      collectWaivers(document.comments);
      const draft = drafts.get(file.agent) ?? {};
      drafts.set(file.agent, draft);
      const root = document.root;
      const expected = DOMAIN_FILES[file.format].root;
      if (root && root.name !== expected) {
        report('cams/xml-syntax', { messageId: 'unexpectedRoot', data: { found: root.name, expected }, start: root.start, end: root.end });
      } else if (root) {
        addToDomain(draft, file.format, root);
      }
    }
  }
  const domains = [...drafts].map(([id, draft]): CamsDomain => ({
    product: 'cams-domain',
    id,
    name: id.split('/').pop() ?? id,
    policy: draft.policy,
    loginConfig: draft.loginConfig,
    agents: [],
  }));
  for (const agent of agents) if (agent.product === 'cams') link(agent, domains, options);
  return { agents, domains, diagnostics, waiverComments, fileCount: files.length };
}

function addToDomain(draft: DomainDraft, format: DomainFileFormat, root: XmlElement): void {
  if (format === 'cams-policy') draft.policy = buildPolicy(root);
  else if (format === 'cams-login-config') draft.loginConfig = buildLoginConfig(root);
}

/**
 * Design §3.6: the domain the config names for the agent; else the nearest domain, the one whose directory
 * shares the longest parent path with the agent's (its own directory, a sibling, the only one); a tie is
 * ambiguous and links nothing.
 */
function link(agent: CamsAgent, domains: CamsDomain[], options: WorkspaceOptions): void {
  const configured = options.camsDomainLinks?.get(agent.id);
  let domain: CamsDomain | undefined;
  let how: DomainLink;
  if (configured) {
    domain = domains.find((d) => d.id === configured.domain);
    how = domain ? { kind: 'linked', how: 'config' } : { kind: 'unknown domain', wanted: configured.domain, where: configured.where };
  } else {
    const closeness = domains.map((d) => sharedSegments(d.id, agent.id));
    const best = Math.max(...closeness);
    const nearest = domains.filter((_, i) => closeness[i] === best);
    domain = nearest.length === 1 ? nearest[0] : undefined;
    how = domain ? { kind: 'linked', how: 'nearest' } : domains.length === 0 ? { kind: 'none' } : { kind: 'ambiguous', domains: nearest.length };
  }
  agent.domain = domain;
  agent.link = how;
  domain?.agents.push(agent);
}

/** Number of leading path segments two display paths share (`.` shares none). */
function sharedSegments(a: string, b: string): number {
  const [x, y] = [a.split('/'), b.split('/')];
  let count = 0;
  while (count < x.length && count < y.length && x[count] === y[count] && x[count] !== '.') count++;
  return count;
}

/** Decoded source of a file, or undefined (with a diagnostic) when it cannot be read as text. */
function decode(file: LoadedFile, diagnostics: Diagnostic[]): SourceFile | undefined {
  if (file.content.kind === 'tooLarge') {
    const { size, limit } = file.content;
    diagnostics.push({ ruleId: 'input/unreadable-file', messageId: 'tooLarge', data: { size, limit }, at: whole(new SourceFile(file.path, '')), agent: file.agent });
    return undefined;
  }
  const decoded = decodeText(file.content.bytes);
  if (!decoded.ok) {
    diagnostics.push({ ruleId: 'input/unreadable-file', messageId: 'binary', data: { offset: decoded.offset }, at: whole(new SourceFile(file.path, '')), agent: file.agent });
    return undefined;
  }
  const source = new SourceFile(file.path, decoded.text);
  if (decoded.invalidUtf8At !== undefined) {
    const offset = decoded.invalidUtf8At;
    diagnostics.push({ ruleId: 'input/invalid-encoding', messageId: 'invalidUtf8', at: { source, start: offset, end: offset + 1 }, agent: file.agent });
  }
  return source;
}

/** A problem with the file as a whole is reported at its first line. */
function whole(source: SourceFile) {
  return { source, start: 0, end: 0 };
}

/** The format of a file found in a directory walk, from its name. */
export function formatOfName(name: string): FileFormat | undefined {
  if (name === 'webagent.conf' || name.endsWith('.webagent.conf')) return 'cleartrust-conf';
  if (name === 'cams-webagent.conf') return 'cams-conf';
  return DOMAIN_FORMAT_BY_NAME.get(name);
}

// Asked for every file of a walk: the table is turned around once.
const DOMAIN_FORMAT_BY_NAME = new Map(Object.entries(DOMAIN_FILES).map(([format, file]) => [file.name, format as DomainFileFormat]));
const DOMAIN_FORMAT_BY_ROOT = new Map(Object.entries(DOMAIN_FILES).map(([format, file]) => [file.root, format as DomainFileFormat]));

/**
 * Recognise a named file by content (design §3.6): ClearTrust keys or block tags versus Cams keys, or the
 * root element of a Cams security domain file.
 */
export function detectFormat(text: string): FileFormat | undefined {
  const head = text.slice(0, 64 * 1024);
  if (CLEARTRUST_LINE.test(head)) return 'cleartrust-conf';
  if (CAMS_LINE.test(head)) return 'cams-conf';
  const root = rootElementName(head);
  return root === undefined ? undefined : DOMAIN_FORMAT_BY_ROOT.get(root);
}

// The format's mark at the start of a line, after blanks (white space other than a line terminator). The
// expressions these replaced, `^\s*…` with the m flag, ran at every line start over all the blank lines that
// follow it before failing: quadratic, seconds for 64 KiB of empty lines. Blanks that stop at the line's end
// lose nothing, since the next line start is tried too, and each blank is then read from one line start only.
const CLEARTRUST_LINE = /(?:^|[\n\r\u2028\u2029])[^\S\n\r\u2028\u2029]*(?:<\s*(?:Global|Pool|VirtualHost)\b|cleartrust\.)/i;
const CAMS_LINE = /(?:^|[\n\r\u2028\u2029])[^\S\n\r\u2028\u2029]*cams\./;

const BLANKS = /\s+/g;
const NAME = /[\w-]+/y;
/** No name: the expression below fails from there. */
const NONE = -1;

/**
 * The root element's name as the expression
 *
 *   ^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^[>]*(?:\[[\s\S]*?\])?\s*>))*\s*<([\w-]+)
 *
 * finds it, in linear time. The expression skips processing instructions, comments and a DOCTYPE before the
 * root, each ending at its first terminator, but when what follows is no element it backtracks into them and
 * lets each run on to a later terminator, in every combination: 2^n tries for n comments before a `<` that
 * starts no name (thirty comments took almost a minute).
 *
 * Its outcome from a position depends on that position only, so it is computed once per position, from the
 * end of the text backwards: `from[i]`, where the name starts when the expression resumes at i (after the
 * previous item), or NONE. An item whose body may end at several terminators yields the outcome of the first
 * of them that leads to a name, as the lazy `*?` tries them in order; `after…[i]` holds that outcome for
 * terminators at or after i.
 */
function rootElementName(text: string): string | undefined {
  const n = text.length;
  // Indexed up to n + 1, where nothing is found: reading one past a position needs no test for the end.
  const table = () => new Int32Array(n + 2).fill(NONE);
  const from = table();
  const afterInstruction = table(); // `?>`
  const afterComment = table(); // `-->`
  const afterSubset = table(); // `]`, white space, `>`: the end of a DOCTYPE's internal subset
  // The first position at or after i that is not white space (as \s means it).
  const nonBlank = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) nonBlank[i] = i;
  for (const blanks of text.matchAll(BLANKS)) nonBlank.fill(blanks.index + blanks[0].length, blanks.index, blanks.index + blanks[0].length);
  const at = (array: Int32Array, i: number) => array[i] as number;
  let bracketOrClose = n; // the first `[` or `>` at or after i; n when there is none
  for (let i = n; i >= 0; i--) {
    const c = text[i];
    if (c === '[' || c === '>') bracketOrClose = i;
    const instruction = c === '?' && text[i + 1] === '>' ? at(from, i + 2) : NONE;
    afterInstruction[i] = instruction !== NONE ? instruction : at(afterInstruction, i + 1);
    const comment = c === '-' && text.startsWith('->', i + 1) ? at(from, i + 3) : NONE;
    afterComment[i] = comment !== NONE ? comment : at(afterComment, i + 1);
    const close = c === ']' ? at(nonBlank, i + 1) : n;
    const subset = text[close] === '>' ? at(from, close + 1) : NONE;
    afterSubset[i] = subset !== NONE ? subset : at(afterSubset, i + 1);
    // What starts at the first non-blank: an item, whose outcomes lie past i and are known, or the root.
    const start = at(nonBlank, i);
    if (text[start] !== '<') continue;
    if (text[start + 1] === '?') from[i] = at(afterInstruction, start + 2);
    else if (text.startsWith('!--', start + 1)) from[i] = at(afterComment, start + 4);
    else if (text.startsWith('!DOCTYPE', start + 1)) {
      // Only blanks and `<!DOCTYPE` stand before start + 9: the first `[` or `>` from i is the first from there.
      const end = bracketOrClose;
      from[i] = text[end] === '>' ? at(from, end + 1) : text[end] === '[' ? at(afterSubset, end + 1) : NONE;
    } else {
      NAME.lastIndex = start + 1;
      if (NAME.test(text)) from[i] = start + 1;
    }
  }
  NAME.lastIndex = at(from, 0);
  return from[0] === NONE ? undefined : NAME.exec(text)?.[0];
}
