/**
 * Lint units and their workspaces. planUnits splits a run's files into units — one ClearTrust file, or one
 * Cams security domain with the agents linked to it (design §3.6) — and buildWorkspace turns a unit's bytes
 * into models: decode, parse, report reader problems, build each agent's and each security domain's model.
 * Pure: the shell reads the bytes and hands them in.
 */
import { isWaiverComment } from '../parse/waivers.js';
import { buildCamsAgent, buildLoginConfig, type CamsDomain, type DomainLink } from '../model/cams.js';
import { buildPolicy } from '../model/cams-policy.js';
import { buildClearTrustAgent } from '../model/cleartrust.js';
import type { Agent, CamsDomainLinks, Diagnostic, WaiverComment, Workspace } from '../model/workspace.js';
import { parseClearTrustConf } from '../parse/cleartrust-conf.js';
import { parseProperties } from '../parse/properties.js';
import type { parseXml } from '../parse/xml.js';
import type { XmlElement } from '../parse/xml-tree.js';
import { decodeText, SourceFile, type SourceComment, type SourceProblem } from '../parse/source.js';
import { compareText } from '../text/compare-text.js';

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

/** Config `cams.agentDomains`: agent identifier → security domain directory, with where it was given. */
export type ConfiguredDomains = ReadonlyMap<string, { readonly domain: string; readonly where: string }>;

export interface WorkspaceOptions {
  /** How Cams agents are linked to domains (linkCamsAgents over every file of the run); else over these files. */
  readonly links?: CamsDomainLinks;
  /**
   * The XML reader, required when `files` hold XML: the caller loads it (loadXmlReader) only for runs that read
   * XML, because the XML parser is costly to load and most runs lint ClearTrust files only.
   */
  readonly readXml?: typeof parseXml;
}

/** Whether a file is one of a Cams security domain's XML files (not an agent configuration). */
export function isDomainFormat(format: FileFormat): format is DomainFileFormat {
  return format in DOMAIN_FILES;
}

/** Whether reading these files needs the XML reader. */
export function needsXmlReader(files: readonly LoadedFile[]): boolean {
  return files.some((file) => isDomainFormat(file.format));
}

/** Reader problems listed per file before the rest are summed up in one finding. */
export const MAX_SYNTAX_PROBLEMS = 20;

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
    const decoded = decode(file, diagnostics);
    if (!decoded) continue;
    const { source } = decoded;
    const report = (ruleId: string, problem: SourceProblem): void => {
      diagnostics.push({
        ruleId,
        messageId: problem.messageId,
        data: problem.data ?? {},
        at: { source, start: problem.start, end: problem.end },
        agent: file.agent,
      });
    };
    // The first MAX_SYNTAX_PROBLEMS of a file, then one "… and N more" at the next: a file that is not what it
    // seemed (a document, a binary dump) must not bury the report under thousands of findings.
    const reportCapped = (ruleId: string, problems: readonly SourceProblem[]): void => {
      for (const problem of problems.slice(0, MAX_SYNTAX_PROBLEMS)) report(ruleId, problem);
      const next = problems[MAX_SYNTAX_PROBLEMS];
      if (next)
        report(ruleId, {
          messageId: 'moreProblems',
          data: { count: problems.length - MAX_SYNTAX_PROBLEMS, shown: MAX_SYNTAX_PROBLEMS },
          start: next.start,
          end: next.end,
        });
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
      reportCapped('cleartrust/syntax-error', document.problems);
      collectWaivers(document.comments);
      agents.push(buildClearTrustAgent(file.agent, document));
    } else if (file.format === 'cams-conf') {
      // Java reads the bytes, not the decoded text: the reader is told what decoding removed or changed.
      const document = parseProperties(source, { byteOrderMark: decoded.byteOrderMark, encoding: decoded.encoding });
      reportCapped('cams/properties-syntax', document.problems);
      collectWaivers(document.comments);
      agents.push(buildCamsAgent(file.agent, document));
    } else {
      if (!options.readXml) throw new Error(`buildWorkspace: ${file.path} is XML but no XML reader was given`);
      const document = options.readXml(source);
      // The XML reader stops at the first problem: nothing to cap.
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
  const domains = [...drafts].map(
    ([id, draft]): CamsDomain => ({
      product: 'cams-domain',
      id,
      name: id.split('/').pop() ?? id,
      policy: draft.policy,
      loginConfig: draft.loginConfig,
      agents: [],
    }),
  );
  const links = options.links ?? linkCamsAgents(files);
  for (const agent of agents) {
    if (agent.product !== 'cams') continue;
    const decided = links.get(agent.id) ?? { domain: undefined, link: { kind: 'none' } };
    const domain = domains.find((d) => d.id === decided.domain);
    agent.domain = domain;
    agent.link = decided.link;
    domain?.agents.push(agent);
  }
  return { agents, domains, diagnostics, waiverComments, fileCount: files.length };
}

function addToDomain(draft: DomainDraft, format: DomainFileFormat, root: XmlElement): void {
  if (format === 'cams-policy') draft.policy = buildPolicy(root);
  else if (format === 'cams-login-config') draft.loginConfig = buildLoginConfig(root);
}

/**
 * The lint units of a run's files: each ClearTrust file alone; each Cams security domain with the agents linked
 * to it; each Cams agent linked to no domain alone. In path order of their first file.
 */
export function planUnits(files: readonly LoadedFile[], configured?: ConfiguredDomains): { files: LoadedFile[]; links?: CamsDomainLinks }[] {
  const links = linkCamsAgents(files, configured);
  const units = new Map<string, LoadedFile[]>();
  for (const file of files) {
    // A Cams agent's file joins its domain's unit; every other file its own agent's (or domain's) unit.
    const key = file.format === 'cams-conf' ? (links.get(file.agent)?.domain ?? file.agent) : file.agent;
    const unit = units.get(key);
    if (unit) unit.push(file);
    else units.set(key, [file]);
  }
  return [...units.values()].map((unit) => (unit.some((file) => file.format !== 'cleartrust-conf') ? { files: unit, links } : { files: unit }));
}

/**
 * Design §3.6: the domain the config names for the agent; else the nearest domain, the one whose directory
 * shares the longest parent path with the agent's (its own directory, a sibling, the only one); a tie is
 * ambiguous and links nothing. Decided over every file of the run, from the paths alone.
 */
export function linkCamsAgents(files: readonly LoadedFile[], configured?: ConfiguredDomains): CamsDomainLinks {
  const domains = [...new Set(files.filter((file) => isDomainFormat(file.format)).map((file) => file.agent))];
  const links = new Map<string, { domain: string | undefined; link: DomainLink }>();
  for (const file of files) {
    if (file.format !== 'cams-conf') continue;
    const agent = file.agent;
    const wanted = configured?.get(agent);
    if (wanted) {
      const found = domains.includes(wanted.domain);
      links.set(
        agent,
        found
          ? { domain: wanted.domain, link: { kind: 'linked', how: 'config' } }
          : { domain: undefined, link: { kind: 'unknown domain', wanted: wanted.domain, where: wanted.where } },
      );
      continue;
    }
    const closeness = domains.map((d) => sharedSegments(d, agent));
    const best = Math.max(...closeness);
    const nearest = domains.filter((_, i) => closeness[i] === best);
    const domain = nearest.length === 1 ? nearest[0] : undefined;
    const link: DomainLink = domain
      ? { kind: 'linked', how: 'nearest' }
      : domains.length === 0
        ? { kind: 'none' }
        : { kind: 'ambiguous', domains: nearest.length };
    links.set(agent, { domain, link });
  }
  return links;
}

/** Number of leading path segments two display paths share (`.` shares none). */
function sharedSegments(a: string, b: string): number {
  const [x, y] = [a.split('/'), b.split('/')];
  let count = 0;
  while (count < x.length && count < y.length && x[count] === y[count] && x[count] !== '.') count++;
  return count;
}

/** Decoded source of a file and how it was decoded, or undefined (with a diagnostic) when it cannot be read as text. */
function decode(
  file: LoadedFile,
  diagnostics: Diagnostic[],
): { source: SourceFile; encoding: 'utf-8' | 'utf-16le' | 'utf-16be'; byteOrderMark: boolean } | undefined {
  if (file.content.kind === 'tooLarge') {
    const { size, limit } = file.content;
    diagnostics.push({
      ruleId: 'input/unreadable-file',
      messageId: 'tooLarge',
      data: { size, limit },
      at: whole(new SourceFile(file.path, '')),
      agent: file.agent,
    });
    return undefined;
  }
  const decoded = decodeText(file.content.bytes);
  if (!decoded.ok) {
    diagnostics.push({
      ruleId: 'input/unreadable-file',
      messageId: 'binary',
      data: { offset: decoded.offset },
      at: whole(new SourceFile(file.path, '')),
      agent: file.agent,
    });
    return undefined;
  }
  const byteOrderMark = decoded.encoding !== 'utf-8' ? 2 : decoded.byteOrderMark ? 3 : 0;
  // UTF-8 with as many bytes as characters is ASCII: one byte per character, as ISO-8859-1 (see ByteLayout).
  const oneBytePerCharacter =
    decoded.invalidUtf8At !== undefined || (decoded.encoding === 'utf-8' && file.content.bytes.length === byteOrderMark + decoded.text.length);
  const source = new SourceFile(file.path, decoded.text, { encoding: oneBytePerCharacter ? 'latin1' : decoded.encoding, byteOrderMark });
  if (decoded.invalidUtf8At !== undefined) {
    const offset = decoded.invalidUtf8At;
    diagnostics.push({ ruleId: 'input/invalid-encoding', messageId: 'invalidUtf8', at: { source, start: offset, end: offset + 1 }, agent: file.agent });
  } else if (isDomainFormat(file.format)) {
    const mismatch = encodingMismatch(decoded.text, decoded.encoding);
    if (mismatch)
      diagnostics.push({
        ruleId: 'cams/xml-syntax',
        messageId: 'encodingMismatch',
        data: mismatch.data,
        at: { source, start: mismatch.start, end: mismatch.end },
        agent: file.agent,
      });
  }
  return { source, encoding: decoded.encoding, byteOrderMark: decoded.byteOrderMark === true };
}

/** The encoding named in an XML declaration, with the offsets of the name. */
const ENCODING_DECLARATION = /^<\?xml\s[^>]*?\bencoding\s*=\s*(["'])([^"']*)\1/;

/** Declared encodings by what a reader does with the bytes; a name not listed is unknown. */
const UTF8_NAMES = new Set(['utf-8', 'utf8']);
const UTF16_NAMES = new Set(['utf-16', 'utf-16le', 'utf-16be', 'utf16']);
const SINGLE_BYTE_NAMES = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'us-ascii', 'ascii', 'windows-1252', 'cp1252']);

/**
 * An XML declaration whose encoding does not describe the bytes: a parser that follows the declaration (as
 * XML parsers do; assumed of the policy server, whose parser the Cams guide does not name) refuses the file or
 * reads other characters than the author wrote. The file is read here as its bytes are (UTF-8, or UTF-16 by
 * its byte-order mark). A single-byte declaration is harmless while every character is ASCII.
 */
function encodingMismatch(text: string, actual: 'utf-8' | 'utf-16le' | 'utf-16be'): { start: number; end: number; data: Record<string, string> } | undefined {
  const match = ENCODING_DECLARATION.exec(text);
  if (!match) return undefined;
  const declared = (match[2] as string).trim();
  const name = declared.toLowerCase();
  const start = match.index + match[0].length - 1 - (match[2] as string).length;
  const problem = (detail: string) => ({ start, end: start + (match[2] as string).length, data: { declared, detail } });
  if (UTF8_NAMES.has(name)) return actual === 'utf-8' ? undefined : problem(`the file is ${actual.toUpperCase()}`);
  if (UTF16_NAMES.has(name)) return actual === 'utf-8' ? problem('the file is UTF-8 (no UTF-16 byte-order mark)') : undefined;
  if (SINGLE_BYTE_NAMES.has(name)) {
    if (actual !== 'utf-8') return problem(`the file is ${actual.toUpperCase()}`);
    const nonAscii = text.search(/[^\u0000-\u007f]/);
    return nonAscii === -1
      ? undefined
      : problem('the file is UTF-8 and holds characters outside ASCII, which a reader of that encoding reads as other characters');
  }
  return problem('that encoding is not one webagent-lint knows (UTF-8, UTF-16, ISO-8859-1, US-ASCII, windows-1252)');
}

/** A problem with the file as a whole is reported at its first line. */
function whole(source: SourceFile) {
  return { source, start: 0, end: 0 };
}

/**
 * The agent a file belongs to (design §3.6), from its display path: an agent file's directory — except a
 * ClearTrust configuration with another name than webagent.conf, which is an agent of its own — and a
 * security domain file's directory (the domain).
 */
export function agentOf(displayPath: string, format: FileFormat): string {
  const slash = displayPath.lastIndexOf('/');
  const name = displayPath.slice(slash + 1);
  const byDirectory = format === 'cleartrust-conf' ? name === 'webagent.conf' : format === 'cams-conf' ? name === 'cams-webagent.conf' : true;
  return !byDirectory ? displayPath : slash === -1 ? '.' : displayPath.slice(0, slash) || '/';
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

/** What a file's content says it is (recognise): a format, mostly prose despite a configuration-like line, or nothing known. */
export type Recognition =
  | { readonly kind: 'format'; readonly format: FileFormat }
  | { readonly kind: 'prose'; readonly settings: number; readonly lines: number }
  | { readonly kind: 'unknown' };

/**
 * A file named on the command line, by content: detectFormat, then, for an agent configuration, the check that
 * most of the file is configuration. A README that holds a `cleartrust.` line among its prose is not an agent
 * configuration: more than half of the non-blank, non-comment lines of the head detectFormat reads must be
 * settings or block tags. (A security domain file is recognised by its root element alone.)
 */
export function recognise(text: string): Recognition {
  const format = detectFormat(text);
  if (format === undefined) return { kind: 'unknown' };
  if (isDomainFormat(format)) return { kind: 'format', format };
  const { settings, lines } = settingLines(text.slice(0, 64 * 1024), format);
  return settings * 2 > lines ? { kind: 'format', format } : { kind: 'prose', settings, lines };
}

// A setting: a key without spaces, then `=` (or `:` in a Java properties file); a ClearTrust block tag.
const CONF_LINE = /^\s*(?:[^\s=#]+\s*=|<\/?\s*[A-Za-z]+\b[^>]*>\s*$)/;
const PROPERTIES_LINE = /^\s*[^\s=:#!]+\s*[=:]/;

/** Backslashes at the end of a line, counted from the end (a regular expression for "odd" would backtrack). */
function trailingBackslashes(line: string): number {
  let count = 0;
  while (count < line.length && line.charCodeAt(line.length - 1 - count) === 92) count++;
  return count;
}

/** Non-blank, non-comment lines, and how many of them are settings or block tags (or continue a Java property). */
function settingLines(text: string, format: 'cleartrust-conf' | 'cams-conf'): { settings: number; lines: number } {
  const setting = format === 'cams-conf' ? PROPERTIES_LINE : CONF_LINE;
  const comment = format === 'cams-conf' ? /^\s*[#!]/ : /^\s*#/;
  let settings = 0;
  let lines = 0;
  let continued = false;
  for (const line of text.split(/\r\n|\r|\n/)) {
    const continuation = continued;
    // A Java property goes on after a line that ends in an odd number of backslashes.
    continued = format === 'cams-conf' && trailingBackslashes(line) % 2 === 1;
    if (!continuation && (line.trim() === '' || comment.test(line))) continue;
    lines++;
    if (continuation || setting.test(line)) settings++;
  }
  return { settings, lines };
}
