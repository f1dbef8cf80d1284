/**
 * Reader for RSA ClearTrust / Access Manager `webagent.conf` files.
 *
 * The format (domain note §2b, corpus/cleartrust): one `key=value` per line, optional spaces around `=`,
 * optionally double-quoted values, `#` comment lines, and XML-like but non-XML block tags
 * `<Global>`, `<Pool id=…>`, `<VirtualHost name=… address=… port=…>` closed by `</Name>`.
 * No line continuation is known, and whether `#` after a value starts a comment is unknown, so a value
 * runs to the end of its line. Structural problems are returned as data, never thrown.
 */
import type { SourceComment, SourceFile, SourceProblem } from './source.js';

export type BlockKind = 'global' | 'pool' | 'virtualhost' | 'unknown';

export interface ConfAttribute {
  readonly name: string;
  readonly value: string;
  readonly start: number;
  readonly end: number;
}

export interface ConfBlock {
  readonly source: SourceFile;
  /** Span of the opening tag `<…>`. */
  readonly start: number;
  readonly end: number;
  /** Tag name as written, e.g. `VirtualHost`. */
  readonly name: string;
  readonly kind: BlockKind;
  readonly attributes: readonly ConfAttribute[];
  readonly entries: ConfEntry[];
  /** Span of the closing tag, absent when the block is never closed. */
  closeStart?: number;
  closeEnd?: number;
}

export interface ConfEntry {
  readonly source: SourceFile;
  /** Span of the line's content, from the key to the end of the value. */
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly keyStart: number;
  readonly keyEnd: number;
  /** The value with surrounding quotes removed. */
  readonly value: string;
  /** Span of the value as written (including quotes); empty span right after `=` for an empty value. */
  readonly valueStart: number;
  readonly valueEnd: number;
  readonly quoted: boolean;
  /** The innermost open block, or undefined for a key outside every block. */
  readonly block: ConfBlock | undefined;
  /**
   * Where model/cleartrust.ts keeps the entry's typed value once read: several rules read the same entry, and
   * reading it again was a tenth of linting a large fleet. Set when the entry is created, so every entry has
   * the same shape.
   */
  typed: unknown;
  /** Where model/cleartrust.ts keeps the entry's catalog definition once looked up (null: none), for the same reason. */
  definition: unknown;
}

/** A `#` comment line (including commented-out blocks). */
export type ConfComment = SourceComment;

export type ConfProblemId =
  | 'unclosedBlock'
  | 'unexpectedClose'
  | 'mismatchedClose'
  | 'nestedBlock'
  | 'keyOutsideBlock'
  | 'unrecognizedLine'
  | 'unknownBlock'
  | 'unclosedQuote';

export type ConfProblem = SourceProblem<ConfProblemId>;

export interface ConfDocument {
  readonly source: SourceFile;
  readonly blocks: readonly ConfBlock[];
  readonly topLevelEntries: readonly ConfEntry[];
  readonly comments: readonly ConfComment[];
  readonly problems: readonly ConfProblem[];
}

const KNOWN_BLOCKS: Readonly<Record<string, BlockKind>> = {
  global: 'global',
  pool: 'pool',
  virtualhost: 'virtualhost',
};

// Names are matched whole ((?<![\w-]) and (?![\w-])): without that, a long name with no `>` or `=` after it is
// tried again from every one of its characters, quadratic in the length of the line.
const KEY_PATTERN = /^[A-Za-z0-9_.-]+$/;
const OPEN_TAG = /^<\s*([A-Za-z][\w-]*)(?![\w-])([^>]*)>\s*$/;
const CLOSE_TAG = /^<\/\s*([A-Za-z][\w-]*)\s*>\s*$/;
const ATTRIBUTE = /(?<![\w-])([A-Za-z][\w-]*)(?![\w-])\s*=\s*("([^"]*)"|[^\s"]*)/g;

export function parseClearTrustConf(source: SourceFile): ConfDocument {
  const text = source.text;
  const blocks: ConfBlock[] = [];
  const topLevelEntries: ConfEntry[] = [];
  const comments: ConfComment[] = [];
  const problems: ConfProblem[] = [];
  const open: ConfBlock[] = [];
  /** How many open blocks have each (lower-case) name: a close tag with no open block is found at once. */
  const openNames = new Map<string, number>();
  let lineNumber = 0;
  let lineStart = 0;

  while (lineStart <= text.length) {
    lineNumber++;
    let lineEnd = lineStart;
    while (lineEnd < text.length && text.charCodeAt(lineEnd) !== 10 && text.charCodeAt(lineEnd) !== 13) lineEnd++;
    let next = lineEnd + 1;
    if (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10) next++;

    let start = lineStart;
    while (start < lineEnd && isBlank(text.charCodeAt(start))) start++;
    let end = lineEnd;
    while (end > start && isBlank(text.charCodeAt(end - 1))) end--;

    if (start < end) {
      const first = text.charCodeAt(start);
      if (first === 35 /* # */) {
        comments.push({ start, end, text: text.slice(start + 1, end).trim(), line: lineNumber });
      } else if (first === 60 /* < */) {
        readTag(text.slice(start, end), start, end);
      } else {
        readEntry(start, end);
      }
    }
    if (lineEnd >= text.length) break;
    lineStart = next;
  }

  for (const block of open) {
    problems.push({ messageId: 'unclosedBlock', data: { name: block.name }, start: block.start, end: block.end });
  }
  return { source, blocks, topLevelEntries, comments, problems };

  function readTag(line: string, start: number, lineEnd: number): void {
    // A tag ends at its `>`: whitespace the line may have after it (a no-break space, a form feed) is not the tag's.
    const gt = line.lastIndexOf('>');
    const end = gt === -1 ? lineEnd : start + gt + 1;
    const close = CLOSE_TAG.exec(line);
    if (close) {
      const name = close[1] as string;
      const index = findOpen(name);
      if (index === -1) {
        problems.push({ messageId: 'unexpectedClose', data: { name }, start, end });
        return;
      }
      // Blocks opened after the one being closed were never closed themselves.
      for (const inner of open.splice(index + 1)) {
        forget(inner);
        problems.push({ messageId: 'mismatchedClose', data: { name, open: inner.name }, start, end });
      }
      const block = open.pop() as ConfBlock;
      forget(block);
      block.closeStart = start;
      block.closeEnd = end;
      return;
    }
    const tag = OPEN_TAG.exec(line);
    if (!tag) {
      problems.push({ messageId: 'unrecognizedLine', data: {}, start, end: lineEnd });
      return;
    }
    const name = tag[1] as string;
    const kind = KNOWN_BLOCKS[name.toLowerCase()] ?? 'unknown';
    const attributes: ConfAttribute[] = [];
    const attributeText = tag[2] as string;
    const attributeOffset = start + line.indexOf(name) + name.length;
    for (const match of attributeText.matchAll(ATTRIBUTE)) {
      const attrStart = attributeOffset + (match.index as number);
      attributes.push({
        name: match[1] as string,
        value: match[3] ?? (match[2] as string),
        start: attrStart,
        end: attrStart + match[0].length,
      });
    }
    const block: ConfBlock = { source, start, end, name, kind, attributes, entries: [] };
    if (kind === 'unknown') problems.push({ messageId: 'unknownBlock', data: { name }, start, end });
    const parent = open[open.length - 1];
    if (parent) problems.push({ messageId: 'nestedBlock', data: { name, parent: parent.name }, start, end });
    open.push(block);
    const lower = name.toLowerCase();
    openNames.set(lower, (openNames.get(lower) ?? 0) + 1);
    blocks.push(block);
  }

  function readEntry(start: number, end: number): void {
    // Searched within the line only: a search to the end of the file from every line is quadratic.
    let equals = start;
    while (equals < end && text.charCodeAt(equals) !== 61 /* = */) equals++;
    if (equals >= end) {
      problems.push({ messageId: 'unrecognizedLine', data: {}, start, end });
      return;
    }
    let keyEnd = equals;
    while (keyEnd > start && isBlank(text.charCodeAt(keyEnd - 1))) keyEnd--;
    const key = text.slice(start, keyEnd);
    if (!KEY_PATTERN.test(key)) {
      problems.push({ messageId: 'unrecognizedLine', data: {}, start, end });
      return;
    }
    let valueStart = equals + 1;
    while (valueStart < end && isBlank(text.charCodeAt(valueStart))) valueStart++;
    const raw = text.slice(valueStart, end);
    let value = raw;
    let quoted = false;
    if (raw.startsWith('"')) {
      if (raw.length >= 2 && raw.endsWith('"')) {
        value = raw.slice(1, -1);
        quoted = true;
      } else {
        problems.push({ messageId: 'unclosedQuote', data: { key }, start: valueStart, end });
      }
    }
    const block = open[open.length - 1];
    const entry: ConfEntry = {
      source,
      start,
      end,
      key,
      keyStart: start,
      keyEnd,
      value,
      valueStart,
      valueEnd: end,
      quoted,
      block,
      typed: undefined,
      definition: undefined,
    };
    if (block) {
      block.entries.push(entry);
    } else {
      topLevelEntries.push(entry);
      problems.push({ messageId: 'keyOutsideBlock', data: { key }, start, end: keyEnd });
    }
  }

  /**
   * Index of the innermost open block named `name`. Every block passed over on the way is closed by the
   * caller, so the search costs each block once in all.
   */
  function findOpen(name: string): number {
    const lower = name.toLowerCase();
    if (!openNames.get(lower)) return -1;
    for (let i = open.length - 1; i >= 0; i--) if ((open[i] as ConfBlock).name.toLowerCase() === lower) return i;
    return -1;
  }

  function forget(block: ConfBlock): void {
    const lower = block.name.toLowerCase();
    openNames.set(lower, (openNames.get(lower) as number) - 1);
  }
}

function isBlank(code: number): boolean {
  return code === 32 || code === 9 || code === 0xfeff;
}
