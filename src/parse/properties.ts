/**
 * Reader for Java `.properties` files (Cams `cams-webagent.conf`): the algorithm of `java.util.Properties.load`
 * (its `LineReader.readLine`, `load0` and `loadConvert`, as in OpenJDK 17 and 25), step for step, keeping the
 * offset of every character so that keys, values and comments are found where they are written.
 *
 * Java's algorithm is followed to the letter, quirks included, because an agent reads the file that way: a comment
 * is a line whose first character other than space, tab or form feed is `#` or `!` (also after a continued line
 * that held only a backslash); a `\uXXXX` escape may be split over a continuation; a file that ends with a
 * backslash and LF holds one more, empty, property than one that ends with a backslash and CRLF. The library this
 * reader replaces (properties-file) read each of these differently; test/java/ checks this one against Java itself.
 *
 * `load(InputStream)` reads the bytes as ISO-8859-1 and `load(Reader)` reads characters: both run this algorithm,
 * and on the text decodeText gives (UTF-8, or ISO-8859-1 when not UTF-8) they find the same keys and values
 * apart from the characters outside ASCII (see cams/non-ascii-character). Two things decoding hides are given
 * as options and reported: a UTF-8 byte-order mark, which Java reads as the first character of the first line,
 * and UTF-16, which Java reads as other characters altogether.
 *
 * A malformed `\u` escape makes Java's `load` throw for the whole file; here it is a problem at its position,
 * its backslash is read as U+FFFD, and the rest of the file is still read. Problems are returned as data,
 * never thrown.
 */
import type { SourceComment, SourceFile, SourceProblem } from './source.js';

export interface PropertyEntry {
  readonly source: SourceFile;
  /** Span from the key to the end of the value (over continuation lines). */
  readonly start: number;
  readonly end: number;
  /** Key and value as Java reads them: escapes resolved, continuations joined. */
  readonly key: string;
  readonly value: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  /** Span of the value as written; an empty span right after the separator for an empty value. */
  readonly valueStart: number;
  readonly valueEnd: number;
  /** Offset of the first character outside ASCII in the key or value as written, if any. */
  readonly firstNonAscii: number | undefined;
}

export type PropertiesProblemId = 'malformedUnicodeEscape' | 'byteOrderMark' | 'utf16';

export type PropertiesProblem = SourceProblem<PropertiesProblemId>;

/** A `#` or `!` comment line. */
export type PropertiesComment = SourceComment;

export interface PropertiesDocument {
  readonly source: SourceFile;
  readonly comments: readonly PropertiesComment[];
  /** Every key=value in file order, repeated keys included. */
  readonly entries: readonly PropertyEntry[];
  readonly problems: readonly PropertiesProblem[];
}

/** What decoding the file's bytes removed or changed, which Java does not (decodeText). */
export interface PropertiesBytes {
  /** The bytes started with a UTF-8 byte-order mark, which decoding removed from the text. */
  readonly byteOrderMark?: boolean;
  readonly encoding?: 'utf-8' | 'utf-16le' | 'utf-16be';
}

const BACKSLASH = 92;
const LF = 10;
const CR = 13;
const SPACE = 32;
const TAB = 9;
const FORM_FEED = 12;
const BYTE_ORDER_MARK = 0xfeff;

/**
 * A logical line (Java's `lineBuf`): its characters and, for each run of them copied from one place in the text,
 * where the run starts. The byte-order mark Java reads is a character of the line that is not in the text: it is
 * a run of its own, of no width, at offset 0.
 */
interface LogicalLine {
  text: string;
  /** Index in `text` where each run starts, ascending; its offset in the source; whether it has no width. */
  readonly runs: { at: number; offset: number; virtual: boolean }[];
  /** Offset of the first character read into the line, kept even when it was a continuation's backslash. */
  first: number;
}

export function parseProperties(source: SourceFile, bytes: PropertiesBytes = {}): PropertiesDocument {
  const problems: PropertiesProblem[] = [];
  const comments: PropertiesComment[] = [];
  const entries: PropertyEntry[] = [];
  if (bytes.encoding === 'utf-16le' || bytes.encoding === 'utf-16be') {
    problems.push({ messageId: 'utf16', data: { encoding: bytes.encoding === 'utf-16le' ? 'UTF-16LE' : 'UTF-16BE' }, start: 0, end: 0 });
  }
  const reader = new LineReader(source, bytes.byteOrderMark === true, comments);
  for (let line = reader.readLine(); line !== undefined; line = reader.readLine()) entries.push(readEntry(source, line, problems));
  if (bytes.byteOrderMark === true && entries[0] !== undefined) problems.push(byteOrderMarkProblem(source, entries[0]));
  return { source, comments, entries, problems };
}

/** Java's `LineReader.readLine` over the text, as one pass with a cursor. */
class LineReader {
  private offset = 0;
  private readonly text: string;
  /** Line number of `countedTo`: counted as comments are met, so that no line table of the file is built. */
  private line = 1;
  private countedTo = 0;

  constructor(
    source: SourceFile,
    /** Java reads a UTF-8 byte-order mark as the character U+FEFF (or ï»¿ from bytes) before the text. */
    private byteOrderMark: boolean,
    private readonly comments: PropertiesComment[],
  ) {
    this.text = source.text;
  }

  /** The next logical line, or undefined at the end of the text. */
  readLine(): LogicalLine | undefined {
    const text = this.text;
    const length = text.length;
    const line: LogicalLine = { text: '', runs: [], first: -1 };
    // Java's lineBuf as pieces of the text: [start, end) of the run being copied, joined into line.text when it ends.
    let runStart = -1;
    let runEnd = -1;
    let len = 0;
    let skipWhiteSpace = true;
    let appendedLineBegin = false;
    let precedingBackslash = false;
    const endRun = (): void => {
      if (runStart !== -1 && runEnd > runStart) {
        line.runs.push({ at: line.text.length, offset: runStart, virtual: false });
        line.text += text.slice(runStart, runEnd);
      }
      runStart = -1;
    };
    const finish = (end: number): LogicalLine => {
      endRun();
      line.text = line.text.slice(0, end);
      return line;
    };
    for (;;) {
      let c: number;
      let at: number;
      if (this.byteOrderMark) {
        this.byteOrderMark = false;
        c = BYTE_ORDER_MARK;
        at = -1;
      } else {
        if (this.offset >= length) return len === 0 ? undefined : finish(precedingBackslash ? len - 1 : len);
        at = this.offset++;
        c = text.charCodeAt(at);
      }
      if (skipWhiteSpace) {
        if (c === SPACE || c === TAB || c === FORM_FEED) continue;
        if (!appendedLineBegin && (c === CR || c === LF)) continue;
        skipWhiteSpace = false;
        appendedLineBegin = false;
      }
      if (len === 0 && (c === 35 /* # */ || c === 33) /* ! */) {
        this.readComment(at);
        skipWhiteSpace = true;
        continue;
      }
      if (c !== LF && c !== CR) {
        if (line.first === -1) line.first = Math.max(at, 0);
        if (at === -1) {
          line.runs.push({ at: 0, offset: 0, virtual: true });
          line.text = '\ufeff';
        } else if (at === runEnd && runStart !== -1) {
          runEnd++;
        } else {
          endRun();
          runStart = at;
          runEnd = at + 1;
        }
        len++;
        precedingBackslash = c === BACKSLASH ? !precedingBackslash : false;
        continue;
      }
      // End of a physical line.
      if (len === 0) {
        skipWhiteSpace = true;
        continue;
      }
      if (this.offset >= length) return finish(precedingBackslash ? len - 1 : len);
      if (!precedingBackslash) return finish(len);
      // A backslash at the end of the line is not part of it; the next line's leading whitespace is skipped.
      len--;
      runEnd--;
      skipWhiteSpace = true;
      appendedLineBegin = true;
      precedingBackslash = false;
      if (c === CR && text.charCodeAt(this.offset) === LF) this.offset++;
    }
  }

  /** Java skips the rest of a comment line, its line break included. */
  private readComment(start: number): void {
    const text = this.text;
    let end = start + 1;
    while (end < text.length && text.charCodeAt(end) !== LF && text.charCodeAt(end) !== CR) end++;
    this.offset = Math.min(end + 1, text.length);
    this.comments.push({ start, end, text: text.slice(start + 1, end).trim(), line: this.lineAt(start) });
  }

  /** Line of an offset at or after the last one asked for; CRLF, LF and a lone CR end a line, as in SourceFile. */
  private lineAt(offset: number): number {
    const text = this.text;
    for (let i = this.countedTo; i < offset; i++) {
      const c = text.charCodeAt(i);
      if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) this.line++;
    }
    this.countedTo = offset;
    return this.line;
  }
}

/** Java's `load0`: the key ends at the first `=`, `:` or whitespace not escaped; the value starts after one separator. */
function readEntry(source: SourceFile, line: LogicalLine, problems: PropertiesProblem[]): PropertyEntry {
  const text = line.text;
  const limit = text.length;
  let keyLen = 0;
  let valueStart = limit;
  let hasSep = false;
  let precedingBackslash = false;
  while (keyLen < limit) {
    const c = text.charCodeAt(keyLen);
    if ((c === 61 /* = */ || c === 58) /* : */ && !precedingBackslash) {
      valueStart = keyLen + 1;
      hasSep = true;
      break;
    } else if ((c === SPACE || c === TAB || c === FORM_FEED) && !precedingBackslash) {
      valueStart = keyLen + 1;
      break;
    }
    precedingBackslash = c === BACKSLASH ? !precedingBackslash : false;
    keyLen++;
  }
  while (valueStart < limit) {
    const c = text.charCodeAt(valueStart);
    if (c !== SPACE && c !== TAB && c !== FORM_FEED) {
      if (!hasSep && (c === 61 || c === 58)) hasSep = true;
      else break;
    }
    valueStart++;
  }
  const key = loadConvert(line, 0, keyLen, problems);
  const value = loadConvert(line, valueStart, limit, problems);
  // An empty key lies where the line starts (a separator, or the backslash of a line that held only one);
  // an empty value right after what precedes it. Spans never run backwards.
  const keyStart = limit > 0 ? offsetAt(line, 0) : line.first;
  const keyEnd = keyLen > 0 ? endAt(line, keyLen - 1) : keyStart;
  const valueOffset = valueStart < limit ? offsetAt(line, valueStart) : Math.max(keyEnd, valueStart > 0 ? endAt(line, valueStart - 1) : keyStart);
  const valueEnd = valueStart < limit ? endAt(line, limit - 1) : valueOffset;
  const end = Math.max(keyEnd, valueEnd);
  return {
    source,
    start: keyStart,
    end,
    key,
    value,
    keyStart,
    keyEnd,
    valueStart: valueOffset,
    valueEnd,
    firstNonAscii: firstNonAscii(source.text, keyStart, end),
  };
}

/**
 * Java's `loadConvert`: escapes resolved. A `\u` without four hexadecimal digits before the end of the key or
 * value (continuations joined) is a problem at its position, where Java throws.
 */
function loadConvert(line: LogicalLine, from: number, to: number, problems: PropertiesProblem[]): string {
  const text = line.text;
  const first = text.indexOf('\\', from);
  if (first === -1 || first >= to) return text.slice(from, to);
  let out = text.slice(from, first);
  let i = first;
  while (i < to) {
    const c = text.charAt(i++);
    if (c !== '\\') {
      out += c;
      continue;
    }
    const escaped = text.charAt(i++);
    if (escaped === 'u') {
      const hex = text.slice(i, i + 4);
      if (i <= to - 4 && /^[0-9a-fA-F]{4}$/.test(hex)) {
        out += String.fromCharCode(parseInt(hex, 16));
        i += 4;
      } else {
        // The escape's text is not quoted in the finding: it may be part of a secret value.
        const backslash = offsetAt(line, i - 2);
        problems.push({ messageId: 'malformedUnicodeEscape', data: {}, start: backslash, end: backslash + 2 });
        out += '\ufffd';
        i--;
      }
    } else {
      out += escaped === 't' ? '\t' : escaped === 'r' ? '\r' : escaped === 'n' ? '\n' : escaped === 'f' ? '\f' : escaped;
    }
  }
  return out;
}

/** Index of the run that holds character `index` of the line. */
function runOf(line: LogicalLine, index: number): { at: number; offset: number; virtual: boolean } {
  const runs = line.runs;
  let low = 0;
  let high = runs.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if ((runs[mid] as (typeof runs)[number]).at <= index) low = mid;
    else high = mid - 1;
  }
  return runs[low] as (typeof runs)[number];
}

function offsetAt(line: LogicalLine, index: number): number {
  const run = runOf(line, index);
  return run.virtual ? run.offset : run.offset + index - run.at;
}

/** Offset just after character `index` of the line (the byte-order mark has no width). */
function endAt(line: LogicalLine, index: number): number {
  const run = runOf(line, index);
  return run.virtual ? run.offset : run.offset + index - run.at + 1;
}

/**
 * What the byte-order mark does: Java reads it as the first character of the first logical line, which is
 * therefore a property (not a comment or a blank line) whose key starts with U+FEFF.
 */
function byteOrderMarkProblem(source: SourceFile, first: PropertyEntry): PropertiesProblem {
  const c = /^[ \t\f]*([\s\S]?)/.exec(source.text)?.[1];
  const key = shown(first.key);
  const effect =
    c === '#' || c === '!'
      ? `the comment there is read as a property with the key ${key}`
      : c === '' || c === '\n' || c === '\r'
        ? `a property with the key ${key} is read from that blank line`
        : `the first key is read as ${key}`;
  return { messageId: 'byteOrderMark', data: { effect }, start: 0, end: first.keyEnd };
}

/** A key as a message shows it: quoted, invisible characters as `\uXXXX`, a long one cut. */
function shown(key: string): string {
  const visible = key.replace(
    /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028\u2029\ufeff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return `"${visible.length > 60 ? `${visible.slice(0, 60)}…` : visible}"`;
}

function firstNonAscii(text: string, start: number, end: number): number | undefined {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7f) return i;
  return undefined;
}
