/**
 * Reader for Java `.properties` files (Cams `cams-webagent.conf`), built on properties-file, which gives the
 * same keys and values as `java.util.Properties.load` (deps.md §3): `=`, `:` or whitespace separators,
 * `#`/`!` comment lines, backslash continuations, `\uXXXX` and the other escapes.
 *
 * properties-file reports lines only; offsets of keys and values are recovered here from the physical lines
 * of each property. A malformed `\u` escape makes Java's `load` throw for the whole file and makes
 * properties-file throw without a line, so the lines are scanned first: each malformed escape is a problem at
 * its position, and its backslash is replaced by U+FFFD (same length, so every offset stays exact) before
 * parsing. Problems are returned as data, never thrown.
 */
import { Properties, type PropertyNode } from 'properties-file/parser';
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

export type PropertiesProblemId = 'malformedUnicodeEscape';

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

/** A `\u` preceded by an even number of backslashes and not followed by four hex digits (deps.md §3.3). */
const MALFORMED_UNICODE = /(?<!\\)(?:\\\\)*\\u(?![0-9a-fA-F]{4})/g;
const LINE_BREAK = /\r\n|\n|\r/;

export function parseProperties(source: SourceFile): PropertiesDocument {
  const problems: PropertiesProblem[] = [];
  const text = neutraliseMalformedEscapes(source, problems);
  const properties = new Properties(text);
  const entries = properties.getProperties().map((node) => locate(source, node));
  const comments = properties.getComments().map((node) => {
    const start = lineOffset(source, node.lineNumber) + node.leadingWhitespace.length;
    return { start, end: start + node.rawLine.length - node.leadingWhitespace.length, text: node.body.trim(), line: node.lineNumber };
  });
  return { source, comments, entries, problems };
}

/**
 * Scans the physical lines that hold keys and values (not comment lines, which Java never unescapes) for
 * malformed `\u` escapes.
 */
function neutraliseMalformedEscapes(source: SourceFile, problems: PropertiesProblem[]): string {
  // Every malformed escape starts with a backslash and u: a file without one (nearly all) is not split into lines.
  if (!source.text.includes('\\u')) return source.text;
  const lines = source.text.split(LINE_BREAK);
  // Pieces of the patched text, joined once at the end (a copy of the text per escape would be quadratic).
  const pieces: string[] = [];
  let copied = 0;
  let continued = false;
  lines.forEach((line, index) => {
    const trimmed = line.replace(/^[ \t\f]+/, '');
    const isComment = !continued && (trimmed.startsWith('#') || trimmed.startsWith('!'));
    const isBlank = !continued && trimmed === '';
    if (!isComment && !isBlank) {
      const lineStart = source.offsetOfLine(index + 1);
      for (const match of line.matchAll(MALFORMED_UNICODE)) {
        const backslash = lineStart + (match.index as number) + match[0].length - 2;
        // The escape's text is not quoted in the finding: it may be part of a secret value.
        problems.push({ messageId: 'malformedUnicodeEscape', data: {}, start: backslash, end: backslash + 2 });
        pieces.push(source.text.slice(copied, backslash), '\ufffd');
        copied = backslash + 1;
      }
    }
    continued = !isComment && endsWithOddBackslashes(line);
  });
  return pieces.length === 0 ? source.text : pieces.join('') + source.text.slice(copied);
}

/**
 * Offset of the start of a line as properties-file sees it: it drops a byte-order mark at the start of the text
 * (decodeText removes one; a second one reaches the reader), so its first line starts one character later.
 */
function lineOffset(source: SourceFile, line: number): number {
  return source.offsetOfLine(line) + (line === 1 && source.text.charCodeAt(0) === 0xfeff ? 1 : 0);
}

function endsWithOddBackslashes(line: string): boolean {
  let count = 0;
  for (let i = line.length - 1; i >= 0 && line.charCodeAt(i) === 92; i--) count++;
  return count % 2 === 1;
}

/**
 * Offsets of a property's key and value. Java joins continuation lines by dropping the backslash and the
 * next line's leading whitespace; the joined text is `leadingWhitespace + escapedKey + separator + escapedValue`,
 * so an index into it is mapped back to the physical line it came from.
 */
function locate(source: SourceFile, node: PropertyNode): PropertyEntry {
  const segments: { joined: number; offset: number; length: number }[] = [];
  let joinedLength = 0;
  node.rawLines.forEach((raw, i) => {
    const lineStart = lineOffset(source, node.startingLineNumber + i);
    const skip = i === 0 ? 0 : raw.length - raw.replace(/^[ \t\f]+/, '').length;
    const length = raw.length - skip - (i < node.rawLines.length - 1 ? 1 : 0);
    segments.push({ joined: joinedLength, offset: lineStart + skip, length });
    joinedLength += length;
  });
  const offsetAt = (index: number): number => {
    for (const segment of segments) if (index < segment.joined + segment.length) return segment.offset + index - segment.joined;
    const last = segments[segments.length - 1] as (typeof segments)[number];
    return last.offset + last.length;
  };
  const endAt = (index: number): number => (index === 0 ? offsetAt(0) : offsetAt(index - 1) + 1);

  const keyIndex = node.leadingWhitespace.length;
  const keyEndIndex = keyIndex + node.escapedKey.length;
  const valueIndex =
    keyEndIndex + node.separatorLeading.length + (node.separatorChar === undefined ? 0 : 1) + node.separatorTrailing.length;
  const valueEndIndex = valueIndex + node.escapedValue.length;
  // An empty key starts where it ends (its separator may follow on a continuation line); an empty value lies
  // right after what precedes it. Spans never run backwards.
  const start = keyEndIndex > keyIndex ? offsetAt(keyIndex) : endAt(keyIndex);
  const keyEnd = keyEndIndex > keyIndex ? endAt(keyEndIndex) : start;
  const valueStart = valueEndIndex > valueIndex ? offsetAt(valueIndex) : Math.max(keyEnd, endAt(valueIndex));
  const valueEnd = valueEndIndex > valueIndex ? endAt(valueEndIndex) : valueStart;
  const end = Math.max(keyEnd, valueEnd);
  return {
    source,
    start,
    end,
    key: node.key,
    value: node.value,
    keyStart: start,
    keyEnd,
    valueStart,
    valueEnd,
    firstNonAscii: firstNonAscii(source.text, start, end),
  };
}

function firstNonAscii(text: string, start: number, end: number): number | undefined {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) > 0x7f) return i;
  return undefined;
}
