/**
 * The properties every reader must keep on any input (issue 8): no exception escapes, no case takes more than
 * a second of CPU time (checked by the campaign only), every reported position lies inside the file and points
 * at the right text. One entry per reader, run by test/fuzz/readers.test.ts (10,000 cases each) and by
 * `npm run fuzz` (the long campaign).
 *
 * A check throws (with what went wrong) when a property does not hold; fast-check then shrinks the input.
 */
import fc from 'fast-check';
import { rules } from '../../rules/index.js';
import { parseConfig } from '../../src/config/config.js';
import { lintInMemory } from '../../src/engine/engine.js';
import { logCodes } from '../../src/knowledge/codes.js';
import { createLogAnalysis } from '../../src/logs/analysis.js';
import { messageMatchers, parseLogLine, type LogFormat } from '../../src/logs/line.js';
import { createLogScanner } from '../../src/logs/scan.js';
import { DEFAULT_ENVIRONMENT } from '../../src/model/environment.js';
import { parseClearTrustConf } from '../../src/parse/cleartrust-conf.js';
import { parseProperties } from '../../src/parse/properties.js';
import { parseXml } from '../../src/parse/xml.js';
import type { XmlElement } from '../../src/parse/xml-tree.js';
import { decodeText, SourceFile } from '../../src/parse/source.js';
import type { FileFormat, LoadedFile } from '../../src/engine/units.js';
import { checkGlobCovers, checkGlobMatches, checkRecognition, globAndPath, globPair, recognitionText } from './backtracking.js';
import { character, encoded, mutated, seeds, tokenText, tokens, type Profile } from './inputs.js';
import { watched } from './watchdog.js';

export interface FuzzReader {
  readonly name: string;
  /** Cases in npm test. */
  readonly runs: number;
  /**
   * Runs the property over `numRuns` cases drawn from `seed` (always given: the same seed draws the same cases);
   * throws with the shrunk counterexample when one fails.
   */
  readonly run: (parameters: { readonly numRuns: number; readonly seed: number }) => void;
}

function fail(message: string, detail?: unknown): never {
  throw new Error(detail === undefined ? message : `${message}: ${JSON.stringify(detail)}`);
}

function assertSpan(source: SourceFile, start: number, end: number, what: string): void {
  const length = source.text.length;
  if (!(Number.isInteger(start) && Number.isInteger(end) && start >= 0 && start <= end && end <= length)) {
    fail(`${what}: span outside the file`, { start, end, length });
  }
  assertPositionMapsBack(source, start, what);
  assertPositionMapsBack(source, end, what);
}

/** positionAt(offset) gives a line and column that lead back to the same offset, on that line. */
function assertPositionMapsBack(source: SourceFile, offset: number, what: string): void {
  const { line, column } = source.positionAt(offset);
  if (source.offsetOfLine(line) + column - 1 !== offset) fail(`${what}: ${line}:${column} does not map back to offset ${offset}`);
  if (offset > lineEnd(source, line)) fail(`${what}: ${line}:${column} is past the end of its line`);
}

/** Offset of the end of a 1-based line's content (before its line break). */
function lineEnd(source: SourceFile, line: number): number {
  const next = source.offsetOfLine(line + 1);
  const text = source.text;
  if (next >= text.length && line >= lineCount(source)) return text.length;
  return text.charCodeAt(next - 1) === 10 && text.charCodeAt(next - 2) === 13 ? next - 2 : next - 1;
}

function lineCount(source: SourceFile): number {
  return source.positionAt(source.text.length).line;
}

// ---------------------------------------------------------------------------------------------------------
// webagent.conf

const CONF_BLANK = /^[ \t\ufeff]*$/;
const CONF_KEY = /^[A-Za-z0-9_.-]+$/;

function checkClearTrust(text: string): void {
  const source = new SourceFile('webagent.conf', text);
  const document = parseClearTrustConf(source);
  const startsOn = new Set<number>();
  const mark = (start: number): void => void startsOn.add(source.positionAt(start).line);
  const noBreak = (start: number, end: number, what: string): void => {
    if (/[\r\n]/.test(text.slice(start, end))) fail(`${what} spans a line break`, text.slice(start, end));
  };
  const entries = [...document.topLevelEntries, ...document.blocks.flatMap((block) => block.entries)];
  for (const entry of entries) {
    assertSpan(source, entry.start, entry.end, 'entry');
    assertSpan(source, entry.keyStart, entry.keyEnd, 'key');
    assertSpan(source, entry.valueStart, entry.valueEnd, 'value');
    noBreak(entry.start, entry.end, 'entry');
    if (text.slice(entry.keyStart, entry.keyEnd) !== entry.key) fail('key span does not hold the key', entry.key);
    if (!CONF_KEY.test(entry.key)) fail('key is not a key', entry.key);
    const raw = text.slice(entry.valueStart, entry.valueEnd);
    if ((entry.quoted ? `"${entry.value}"` : entry.value) !== raw) fail('value span does not hold the value', { raw, value: entry.value });
    if (entry.start !== entry.keyStart || entry.end !== entry.valueEnd || entry.keyEnd > entry.valueStart) fail('entry spans out of order');
    if (text.charAt(text.slice(0, entry.valueStart).trimEnd().length - 1) !== '=') fail('no = before the value');
    mark(entry.start);
  }
  for (const block of document.blocks) {
    assertSpan(source, block.start, block.end, 'block');
    noBreak(block.start, block.end, 'block');
    const tag = text.slice(block.start, block.end);
    if (!tag.startsWith('<') || !tag.endsWith('>') || !tag.includes(block.name)) fail('block span does not hold its tag', tag);
    for (const attribute of block.attributes) {
      assertSpan(source, attribute.start, attribute.end, 'attribute');
      if (attribute.start < block.start || attribute.end > block.end) fail('attribute outside its tag');
      if (!text.startsWith(attribute.name, attribute.start)) fail('attribute span does not start with its name', attribute.name);
    }
    if (block.closeStart !== undefined && block.closeEnd !== undefined) {
      assertSpan(source, block.closeStart, block.closeEnd, 'close tag');
      if (!text.startsWith('</', block.closeStart) || block.closeStart < block.end) fail('close tag span');
      mark(block.closeStart);
    }
    mark(block.start);
  }
  for (const comment of document.comments) {
    assertSpan(source, comment.start, comment.end, 'comment');
    if (text.charAt(comment.start) !== '#' || source.positionAt(comment.start).line !== comment.line) fail('comment span or line');
    mark(comment.start);
  }
  for (const problem of document.problems) {
    assertSpan(source, problem.start, problem.end, `problem ${problem.messageId}`);
    mark(problem.start);
  }
  // Nothing is dropped silently: every line with content is an entry, a tag, a comment or a problem.
  for (let line = 1; line <= lineCount(source); line++) {
    const content = text.slice(source.offsetOfLine(line), lineEnd(source, line));
    if (!CONF_BLANK.test(content) && !startsOn.has(line)) fail(`line ${line} was read as nothing`, content);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Java properties

/**
 * What Java's Properties.load makes of a key or value as written: continuations joined first (an odd run of
 * backslashes before a line break loses its last backslash, the line break and the next line's leading
 * whitespace, so a `\u` escape may be split over them), then escapes resolved; a malformed `\u` is what the
 * reader makes of it (U+FFFD for the backslash, see parse/properties.ts).
 */
function javaUnescape(raw: string): string {
  const joined = raw.replace(/(?<!\\)((?:\\\\)*)\\(?:\r\n|\r|\n)[ \t\f]*/g, '$1');
  let out = '';
  for (let i = 0; i < joined.length; i++) {
    const c = joined.charAt(i);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = joined.charAt(++i);
    if (next === 'u') {
      const hex = joined.slice(i + 1, i + 5);
      if (/^[0-9a-fA-F]{4}$/.test(hex)) {
        out += String.fromCharCode(parseInt(hex, 16));
        i += 4;
      } else {
        out += '\ufffdu';
      }
    } else {
      out += next === 't' ? '\t' : next === 'n' ? '\n' : next === 'r' ? '\r' : next === 'f' ? '\f' : next;
    }
  }
  return out;
}

/** The text, and whether the bytes it was decoded from began with a byte-order mark (which Java reads). */
function checkProperties([text, byteOrderMark]: readonly [string, boolean]): void {
  const source = new SourceFile('cams-webagent.conf', text);
  const document = parseProperties(source, { byteOrderMark });
  let previousEnd = 0;
  for (const [index, entry] of document.entries.entries()) {
    assertSpan(source, entry.start, entry.end, 'entry');
    assertSpan(source, entry.keyStart, entry.keyEnd, 'key');
    assertSpan(source, entry.valueStart, entry.valueEnd, 'value');
    if (entry.start !== entry.keyStart || entry.keyEnd > entry.valueStart || entry.valueEnd > entry.end || entry.start < previousEnd)
      fail('entry spans out of order', entry.key);
    previousEnd = entry.end;
    // The byte-order mark is not in the text: Java reads it as the first character of the first key.
    const key = (byteOrderMark && index === 0 ? '\ufeff' : '') + javaUnescape(text.slice(entry.keyStart, entry.keyEnd));
    if (key !== entry.key) fail('key span does not hold the key', { written: text.slice(entry.keyStart, entry.keyEnd), key: entry.key });
    const value = javaUnescape(text.slice(entry.valueStart, entry.valueEnd));
    if (value !== entry.value) fail('value span does not hold the value', { written: text.slice(entry.valueStart, entry.valueEnd), value: entry.value });
    if (
      entry.firstNonAscii !== undefined &&
      (entry.firstNonAscii < entry.start || entry.firstNonAscii >= entry.end || text.charCodeAt(entry.firstNonAscii) < 0x80)
    ) {
      fail('firstNonAscii does not point at a character outside ASCII');
    }
  }
  for (const comment of document.comments) {
    assertSpan(source, comment.start, comment.end, 'comment');
    if (!'#!'.includes(text.charAt(comment.start)) || source.positionAt(comment.start).line !== comment.line) fail('comment span or line');
  }
  if (byteOrderMark !== document.problems.some((problem) => problem.messageId === 'byteOrderMark')) fail('byte-order mark reported wrongly');
  for (const problem of document.problems) {
    assertSpan(source, problem.start, problem.end, 'problem');
    if (problem.messageId === 'malformedUnicodeEscape' && text.slice(problem.start, problem.end) !== '\\u') fail('problem does not point at the \\u');
    if (problem.messageId === 'byteOrderMark' && problem.start !== 0) fail('byte-order mark not reported at the start');
  }
}

// ---------------------------------------------------------------------------------------------------------
// XML

function checkXml(text: string): void {
  const source = new SourceFile('access-control-policy.xml', text);
  const document = parseXml(source);
  if ((document.root === undefined) === (document.problems.length === 0)) fail('a tree and a problem, or neither');
  if (document.problems.length > 1) fail('more than one problem');
  for (const problem of document.problems) assertSpan(source, problem.start, problem.end, `problem ${problem.messageId}`);
  for (const comment of document.comments) {
    assertSpan(source, comment.start, comment.end, 'comment');
    if (!text.startsWith('<!--', comment.start) || text.slice(comment.end - 3, comment.end) !== '-->') fail('comment span');
  }
  const pending: { element: XmlElement; parentEnd: number }[] = document.root ? [{ element: document.root, parentEnd: 0 }] : [];
  for (let item = pending.pop(); item !== undefined; item = pending.pop()) {
    const { element, parentEnd } = item;
    assertSpan(source, element.start, element.end, 'element');
    if (!text.startsWith(`<${element.name}`, element.start) || text.charAt(element.end - 1) !== '>')
      fail('element span does not hold its start tag', element.name);
    if (element.start < parentEnd) fail("element starts inside its parent's start tag", element.name);
    for (const attribute of element.attributes) {
      assertSpan(source, attribute.start, attribute.end, 'attribute');
      if (!text.startsWith(attribute.name, attribute.start)) fail('attribute span does not start with its name', attribute.name);
      const quote = text.charAt(attribute.valueEnd);
      if (!`"'`.includes(quote) || text.charAt(attribute.valueStart - 1) !== quote || attribute.end !== attribute.valueEnd + 1)
        fail('attribute value not between its quotes');
      if (attribute.start < element.start || attribute.end > element.end) fail('attribute outside its start tag');
      const raw = text.slice(attribute.valueStart, attribute.valueEnd);
      // Without references, the value is the text written with XML's end-of-line and whitespace normalisation.
      if (!raw.includes('&') && raw.replace(/\r\n?/g, '\n').replace(/[\t\n]/g, ' ') !== attribute.value)
        fail('attribute value differs from its span', { raw, value: attribute.value });
    }
    for (const child of element.children) pending.push({ element: child, parentEnd: element.end });
  }
}

// ---------------------------------------------------------------------------------------------------------
// .webagent-lint.yaml

const ruleIds = new Set(rules.map((rule) => rule.id));

function checkYaml(text: string): void {
  const result = parseConfig('.webagent-lint.yaml', text, ruleIds);
  if (result.ok) return;
  if (result.errors.length === 0) fail('invalid without an error');
  const source = new SourceFile('.webagent-lint.yaml', text);
  for (const error of result.errors) {
    if (error.line < 1 || error.line > lineCount(source) || error.column < 1) fail('error position outside the file', error);
    const offset = source.offsetOfLine(error.line) + error.column - 1;
    if (offset > lineEnd(source, error.line)) fail('error position past the end of its line', error);
    // An unknown rule is reported at its key as written: plain, or quoted (then escapes may differ).
    const unknownRule = /^unknown rule ("(?:[^"\\]|\\.)*")/.exec(error.message)?.[1];
    const here = unknownRule === undefined ? '' : text.slice(offset, offset + 200);
    if (unknownRule !== undefined && !/^["']/.test(here) && !unknownRule.endsWith('…"') && !here.startsWith(JSON.parse(unknownRule) as string)) {
      fail('unknown rule not reported at its key', { error, here: here.slice(0, 40) });
    }
    if (/[\n\r\u001b]/.test(error.message)) fail('an error message over several lines or with a terminal escape', error.message);
  }
}

// ---------------------------------------------------------------------------------------------------------
// Log lines

const matchers = messageMatchers(logCodes);
const FORMATS = new Set<LogFormat>(['ctagent', 'cams-auth', 'cams-access', 'cams-webagent']);
const CODE_ID = /^(CT_[A-Z][A-Z0-9_]*|CT-MSG-[A-Z0-9-]+|CAMS-\d{4}|CAMS-(AUTH|ACCESS)-(STATUS|REASON)-\d+)$/;

interface ExpectedLine {
  readonly line: string;
  readonly format: LogFormat;
  readonly codes: readonly string[];
  readonly time: number | undefined;
}

function checkRecord(line: string): ReturnType<typeof parseLogLine> {
  const record = parseLogLine(line, matchers);
  if (record === undefined) return record;
  if (!FORMATS.has(record.format)) fail('unknown format', record.format);
  for (const code of record.codes) if (!CODE_ID.test(code)) fail('not a code identifier', code);
  if (record.time !== undefined && !Number.isFinite(record.time)) fail('time is not a number', record.time);
  if (!line.includes(record.timeText)) fail('time text is not in the line', record.timeText);
  return record;
}

function checkLogLine(input: string | ExpectedLine): void {
  if (typeof input === 'string') {
    checkRecord(input);
    return;
  }
  const record = checkRecord(input.line);
  if (record?.format !== input.format) fail('a well-formed line of a known format was not read as one', { line: input.line, format: record?.format });
  if (!input.codes.every((code) => record.codes.includes(code))) fail('codes missing', { line: input.line, codes: record.codes });
  if (record.time !== input.time) fail('wrong time', { line: input.line, time: record.time, expected: input.time });
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');
const host = fc.oneof(fc.ipV4(), fc.domain());

const wellFormedLine: fc.Arbitrary<ExpectedLine> = fc
  .record({
    year: fc.integer({ min: 1990, max: 2099 }),
    month: fc.integer({ min: 0, max: 11 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    offset: fc.integer({ min: -12 * 60, max: 14 * 60 }).map((m) => m - (m % 15)),
    kind: fc.constantFrom('ctagent-us', 'ctagent-iso', 'cams-auth', 'cams-access', 'cams-webagent'),
    token: fc.stringMatching(/^CT_[A-Z][A-Z0-9_]{0,20}$/),
    server: fc.integer({ min: 1, max: 99 }),
    pid: fc.nat(),
    host,
    status: fc.integer({ min: 0, max: 99 }),
    reason: fc.integer({ min: 0, max: 99 }),
    code: fc.integer({ min: 5000, max: 5999 }),
    words: fc.string({ unit: fc.constantFrom('a', 'b', ' ', '-', '.', '/'), maxLength: 30 }),
  })
  .map((f): ExpectedLine => {
    const utc = Date.UTC(f.year, f.month, f.day, f.hour, f.minute, f.second);
    const sign = f.offset < 0 ? '-' : '+';
    const zone = `${sign}${two(Math.floor(Math.abs(f.offset) / 60))}${two(Math.abs(f.offset) % 60)}`;
    const local = Date.UTC(f.year, f.month, f.day, f.hour, f.minute, f.second);
    const timed = local - f.offset * 60_000;
    const iso = `${f.year}-${two(f.month + 1)}-${two(f.day)} ${two(f.hour)}:${two(f.minute)}:${two(f.second)}`;
    const cams = `${two(f.day)}/${MONTHS[f.month]}/${f.year}:${two(f.hour)}:${two(f.minute)}:${two(f.second)} ${zone}`;
    switch (f.kind) {
      case 'ctagent-us': {
        const hour12 = f.hour % 12 === 0 ? 12 : f.hour % 12;
        const line = `${MONTHS[f.month]} ${two(f.day)}, ${f.year} ${hour12}:${two(f.minute)}:${two(f.second)} ${f.hour < 12 ? 'AM' : 'PM'} GMT - [${f.pid}] - <Critical> - server#${f.server}, ${f.token}`;
        return { line, format: 'ctagent', codes: [f.token], time: utc };
      }
      case 'ctagent-iso':
        return { line: `${iso} ${zone} - [${f.pid}/7] - <Critical> - [auth] - Critical error: ${f.token}`, format: 'ctagent', codes: [f.token], time: timed };
      case 'cams-auth':
        return {
          line: `[${cams}] ${f.host} "http" ${f.status} ${f.reason} session-1 user@example.com`,
          format: 'cams-auth',
          codes: [`CAMS-AUTH-STATUS-${f.status}`, `CAMS-AUTH-REASON-${f.reason}`],
          time: timed,
        };
      case 'cams-access':
        return {
          line: `[${cams}] ${f.host} session-1 guest http http://www.example.com/a "GET,POST" ${f.status} ${f.reason}`,
          format: 'cams-access',
          codes: [`CAMS-ACCESS-STATUS-${f.status}`, `CAMS-ACCESS-REASON-${f.reason}`],
          time: timed,
        };
      default:
        return { line: `${iso} ERROR ${f.words} error ${f.code}: ${f.words}`, format: 'cams-webagent', codes: [`CAMS-${f.code}`], time: utc };
    }
  });

const logTokens = [
  'Feb 24, 2007 06:48:50 PM MST',
  '2011-09-14 08:41:55 +0200',
  '[24/Mar/2005:10:43:58 -0800]',
  ' - ',
  '[12]',
  '[5012/7]',
  '<Critical>',
  '<Security>',
  'server#1, ',
  '10.10.1.11:5615 ',
  'CT_SOCKET_ERROR',
  'Critical error: ',
  'error ',
  'code=',
  '5005',
  '"http"',
  '"GET,POST"',
  ' 1 ',
  ' - ',
  ' 13',
  'Token IP and client IP address do not match',
  ' ',
  '\t',
  '"',
  '[',
  ']',
  ':',
  '\r',
  '\u2028',
];
const logLine = (profile: Profile): fc.Arbitrary<string | ExpectedLine> =>
  fc.oneof(
    wellFormedLine,
    tokenText(logTokens, 30),
    mutated(
      seeds.logs.filter((line) => line !== ''),
      tokenText(logTokens, 10),
      fc.oneof(character, fc.constantFrom(...logTokens)),
      profile,
      3,
    ),
    wellFormedLine.chain((expected) => mutated([expected.line], fc.constant(''), character, profile, 2)),
  );

/** Lines of several files streamed into one analysis: counts add up, nothing is lost or invented. */
function checkLogAnalysis(lines: readonly string[]): void {
  const analysis = createLogAnalysis(matchers);
  let expectedCodes = 0;
  lines.forEach((line, i) => {
    analysis.line(`log${i % 2}`, Math.floor(i / 2) + 1, line);
    expectedCodes += parseLogLine(line, matchers)?.codes.length ?? 0;
  });
  const files = analysis.files();
  const counted = files.reduce((sum, file) => sum + file.lines, 0);
  if (counted !== lines.length) fail('lines lost', { counted, lines: lines.length });
  for (const file of files) {
    const recognised = Object.values(file.recognised).reduce((sum, n) => sum + (n ?? 0), 0);
    if (recognised + file.unmatched > file.lines || file.samples.length > 5) fail('file summary does not add up', file);
  }
  const codes = analysis.codes();
  if (codes.reduce((sum, code) => sum + code.count, 0) !== expectedCodes) fail('codes lost');
  for (const code of codes) {
    const hourly = code.hourly.reduce((sum, hour) => sum + hour.count, 0);
    if (hourly + code.hourlyOmitted + code.untimed !== code.count || code.events > code.count - code.untimed) fail('code summary does not add up', code);
  }
}

/** Code-less ctagent.log lines, the ones the byte scanner counts without decoding: seeds for its property. */
const quietLogLines = [
  'Nov 01, 2026 12:00:00 AM GMT - [105] - <Debug> - [AuthN] request 890176165 for /app/resource/55278 served from cache',
  '2011-09-14 08:41:55 +0200 - [5012/7] - <Info> - [auth] - agent started',
  '  Feb 24, 2007 6:48:50 pm - [12] - <Warning> - pool refreshed',
  'Sept. 3, 2009 10:00:00 AM PDT - [1] - <Debug> - café ✓',
  '2011-09-14T08:41:55Z - [7] - <Debug> - x',
  '01, 2007 08:00:40 AM MST - [12] - <Info> - month lost',
];

/** A log file's bytes (mostly UTF-8, sometimes another encoding or damaged) and where to cut them into chunks. */
const logBytes = (profile: Profile): fc.Arbitrary<readonly [Uint8Array, readonly number[]]> => {
  const line = fc.oneof(
    { weight: 2, arbitrary: mutated(quietLogLines, tokenText(logTokens, 10), fc.oneof(character, fc.constantFrom(...logTokens)), profile, 2) },
    { weight: 1, arbitrary: logLine(profile).map((l) => (typeof l === 'string' ? l : l.line)) },
  );
  const text = fc
    .tuple(fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r')), { maxLength: 20 }), fc.boolean())
    .map(([lines, lastBreak]) => lines.map(([l, eol], i) => (i < lines.length - 1 || lastBreak ? l + eol : l)).join(''));
  const bytes = fc.oneof({ weight: 3, arbitrary: text.map((t): Uint8Array => Buffer.from(t, 'utf8')) }, { weight: 1, arbitrary: encoded(text) });
  return fc.tuple(bytes, fc.array(fc.nat(), { maxLength: 8 }));
};

/**
 * The byte scanner, given a file's bytes in chunks cut anywhere (inside a character, between CR and LF), tells the
 * analysis exactly what decoding the whole file and feeding its lines to the line reader does.
 */
function checkLogScanner([bytes, cuts]: readonly [Uint8Array, readonly number[]]): void {
  const expected = createLogAnalysis(matchers);
  const lines = Buffer.from(bytes)
    .toString('utf8')
    .split(/\r\n|\n|\r/);
  if (lines.at(-1) === '') lines.pop();
  lines.forEach((line, i) => {
    expected.line('log', i + 1, line);
  });
  const actual = createLogAnalysis(matchers);
  const scanner = createLogScanner(actual, 'log', matchers);
  const scratch = new Uint8Array(bytes.length);
  let from = 0;
  for (const to of [...cuts.map((n) => n % (bytes.length + 1)).sort((a, b) => a - b), bytes.length]) {
    // Through one reused buffer, overwritten after each chunk, as the reader's is.
    scratch.set(bytes.subarray(from, to));
    scanner.push(scratch.subarray(0, to - from));
    scratch.fill(0x43);
    from = to;
  }
  scanner.end();
  // As JSON, so that the order of keys (shown in reports) counts too.
  const report = (analysis: ReturnType<typeof createLogAnalysis>) => JSON.stringify({ files: analysis.files(), codes: analysis.codes() });
  if (report(actual) !== report(expected))
    fail('the byte scanner disagrees with the line reader', { lines, actual: report(actual), expected: report(expected) });
}

const insertable = (list: readonly string[]) => fc.oneof(character, fc.constantFrom(...list), tokenText(list, 6));

// ---------------------------------------------------------------------------------------------------------
// The whole pipeline on bytes: decode, read, model, every rule.

interface PipelineInput {
  readonly files: readonly { readonly name: string; readonly format: FileFormat; readonly bytes: Uint8Array }[];
}

const pipelineInput = (profile: Profile): fc.Arbitrary<PipelineInput> => {
  const text = (seedTexts: readonly string[], list: readonly string[]) => encoded(mutated(seedTexts, tokenText(list), insertable(list), profile));
  return fc.oneof(
    text(seeds.cleartrust, tokens.cleartrust).map((bytes) => ({ files: [{ name: 'agents/web01/webagent.conf', format: 'cleartrust-conf' as const, bytes }] })),
    fc
      .tuple(
        text(seeds.properties, tokens.properties),
        text(
          seeds.xml.filter((x) => x.includes('<access-control-policy')),
          tokens.xml,
        ),
        text(
          seeds.xml.filter((x) => x.includes('<login-config')),
          tokens.xml,
        ),
      )
      .map(([agent, policy, login]) => ({
        files: [
          { name: 'agents/web01/cams-webagent.conf', format: 'cams-conf' as const, bytes: agent },
          { name: 'agents/system/access-control-policy.xml', format: 'cams-policy' as const, bytes: policy },
          { name: 'agents/system/login-config.xml', format: 'cams-login-config' as const, bytes: login },
        ],
      })),
  );
};

function checkPipeline(input: PipelineInput): void {
  const files: LoadedFile[] = input.files.map((file) => ({
    path: file.name,
    format: file.format,
    agent: file.name.slice(0, file.name.lastIndexOf('/')),
    content: { kind: 'bytes', bytes: file.bytes },
  }));
  const sources = new Map(
    input.files.map((file) => {
      const decoded = decodeText(file.bytes);
      return [file.name, new SourceFile(file.name, decoded.ok ? decoded.text : '')] as const;
    }),
  );
  const result = lintInMemory(files, { rules, environment: DEFAULT_ENVIRONMENT }, { readXml: parseXml });
  if (result.failures.length > 0) throw new Error(`rule ${result.failures[0]?.ruleId} failed: ${result.failures[0]?.error}`);
  for (const finding of result.findings) {
    const source = sources.get(finding.file) ?? fail('finding in an unknown file', finding.file);
    const start = source.offsetOfLine(finding.line) + finding.column - 1;
    const end = source.offsetOfLine(finding.endLine) + finding.endColumn - 1;
    if (finding.line < 1 || finding.line > lineCount(source) || start > lineEnd(source, finding.line)) fail('finding starts outside the file', finding);
    if (finding.endLine < finding.line || end < start || finding.endLine > lineCount(source) || end > lineEnd(source, finding.endLine))
      fail('finding ends outside the file', finding);
    if (finding.message.includes('{') && /\{\w+\}/.test(finding.message)) fail('unfilled message placeholder', finding.message);
  }
}

// ---------------------------------------------------------------------------------------------------------

function reader<T>(name: string, runs: number, input: fc.Arbitrary<T>, check: (input: T) => void, profile: Profile): FuzzReader {
  const limit = profile.caseTimeLimitMs;
  return { name, runs, run: (parameters) => fc.assert(fc.property(input, limit === undefined ? check : timed(check, limit)), parameters) };
}

/**
 * The properties with their inputs for a profile, and the share of a run each gets: `runs` is the number of
 * cases in npm test (10,000 per reader; the pipeline, which runs every rule on every case, fewer).
 */
export function fuzzReaders(profile: Profile): readonly FuzzReader[] {
  const text = (seedTexts: readonly string[], list: readonly string[]) => mutated(seedTexts, tokenText(list), insertable(list), profile);
  return [
    reader('webagent.conf reader', 10_000, text(seeds.cleartrust, tokens.cleartrust), checkClearTrust, profile),
    reader('Java properties reader', 10_000, fc.tuple(text(seeds.properties, tokens.properties), fc.boolean()), checkProperties, profile),
    reader('XML reader', 10_000, text(seeds.xml, tokens.xml), checkXml, profile),
    reader('.webagent-lint.yaml reader', 10_000, text(seeds.yaml, tokens.yaml), checkYaml, profile),
    reader('log line reader (ctagent.log, Cams authentication and access control, cams-webagent.log)', 10_000, logLine(profile), checkLogLine, profile),
    reader('log scanner (the bytes of a file in chunks cut anywhere, against decoding it whole)', 10_000, logBytes(profile), checkLogScanner, profile),
    reader(
      'log analysis (lines of two files streamed in)',
      10_000,
      fc.array(
        logLine(profile).map((l) => (typeof l === 'string' ? l : l.line)),
        { maxLength: 20 },
      ),
      checkLogAnalysis,
      profile,
    ),
    reader('lint pipeline on bytes (decoding, readers, model, every rule)', 2_000, pipelineInput(profile), checkPipeline, profile),
    reader('resource pattern globs against paths built to backtrack', 1_000, globAndPath(profile), watched(checkGlobMatches, profile), profile),
    reader('resource pattern globs covering globs built to backtrack', 1_000, globPair(profile), watched(checkGlobCovers, profile), profile),
    reader('recognition of named files on texts built to backtrack', 1_000, recognitionText(profile), watched(checkRecognition, profile), profile),
  ];
}

/**
 * A check that also fails a case that takes more than `limit` milliseconds of CPU time. Not wall-clock time: on a
 * shared, loaded machine a case waits for a core longer than it runs (a 48 kB config file of quotes took 1.6 s
 * of wall-clock time and 0.3 s of CPU time).
 */
function timed<T>(check: (input: T) => void, limit: number): (input: T) => void {
  return (input) => {
    const started = process.cpuUsage();
    check(input);
    const { user, system } = process.cpuUsage(started);
    const milliseconds = (user + system) / 1000;
    if (milliseconds > limit) fail(`took ${Math.round(milliseconds)} ms of CPU time, more than ${limit} ms`);
  };
}
