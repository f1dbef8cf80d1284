/**
 * A decoded input file and the mapping from offsets to 1-based line/column positions.
 *
 * Parsers record UTF-16 offsets once; positions are computed only when a finding is reported,
 * so a large fleet does not pay for a line table of every file.
 */

export interface Position {
  readonly line: number;
  /** 1-based column in UTF-16 code units (what SARIF and editors expect). */
  readonly column: number;
}

/** A half-open range [start, end) of UTF-16 offsets in one source file. */
export interface Span {
  readonly source: SourceFile;
  readonly start: number;
  readonly end: number;
}

/**
 * A comment as every reader records it: its span, its text without the comment markers (trimmed), and the line
 * it ends on (a waiver in it applies to the next line).
 */
export interface SourceComment {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly line: number;
}

/** A problem a reader found, reported under its syntax rule with the message `messageId`. */
export interface SourceProblem<Id extends string = string> {
  readonly messageId: Id;
  readonly data: Readonly<Record<string, string | number>>;
  readonly start: number;
  readonly end: number;
}

/** How a file's decoded text maps back to its bytes. */
export interface ByteLayout {
  /**
   * `latin1`: bytes that are not UTF-8, read as ISO-8859-1, or UTF-8 that is all ASCII: one byte per character
   * either way, so that byte offsets need no count of the text (most agent files are ASCII).
   */
  readonly encoding: 'utf-8' | 'latin1' | 'utf-16le' | 'utf-16be';
  /** Bytes of the byte-order mark before the text. */
  readonly byteOrderMark: number;
}

export class SourceFile {
  private lineStarts: number[] | undefined;
  private lineByteStarts: number[] | undefined;

  constructor(
    /** Path as shown to the user: relative to the working directory, `/` separators. */
    readonly path: string,
    /** Decoded text with any byte-order mark removed. */
    readonly text: string,
    /** How the text was decoded from the file's bytes, where it was (a file read from disk). */
    readonly bytes?: ByteLayout,
  ) {}

  /**
   * The byte offset in the file of a text offset (UTF-16 code units), byte-order mark included; undefined when
   * the file's bytes are not known. In UTF-8 the byte offsets of the line starts are counted once, on first
   * use, so that a file with many fixes costs one pass plus a line per offset.
   */
  byteOffsetAt(offset: number): number | undefined {
    if (!this.bytes) return undefined;
    const { encoding, byteOrderMark } = this.bytes;
    if (encoding === 'latin1') return byteOrderMark + offset;
    if (encoding !== 'utf-8') return byteOrderMark + 2 * offset;
    const line = this.positionAt(offset).line;
    const lineStart = this.offsetOfLine(line);
    return byteOrderMark + (this.getLineByteStarts()[line - 1] as number) + utf8Length(this.text, lineStart, offset);
  }

  /** UTF-8 byte offsets (without a byte-order mark) at which each line starts. */
  private getLineByteStarts(): number[] {
    if (this.lineByteStarts) return this.lineByteStarts;
    const starts = this.getLineStarts();
    const bytes = [0];
    for (let i = 1; i < starts.length; i++) bytes.push((bytes[i - 1] as number) + utf8Length(this.text, starts[i - 1] as number, starts[i] as number));
    this.lineByteStarts = bytes;
    return bytes;
  }

  positionAt(offset: number): Position {
    const starts = this.getLineStarts();
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if ((starts[mid] as number) <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - (starts[low] as number) + 1 };
  }

  /** Offset at which a 1-based line starts (the end of the text for a line past the last one). */
  offsetOfLine(line: number): number {
    return this.getLineStarts()[line - 1] ?? this.text.length;
  }

  /** Offsets at which each line starts. CRLF, LF and a lone CR all end a line. */
  private getLineStarts(): number[] {
    if (this.lineStarts) return this.lineStarts;
    const starts = [0];
    const text = this.text;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
      }
    }
    this.lineStarts = starts;
    return starts;
  }
}

/** Bytes of `text` from `start` to `end` (UTF-16 offsets) in UTF-8. */
function utf8Length(text: string, start: number, end: number): number {
  let bytes = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // A surrogate pair is one 4-byte character: 2 bytes for each of its halves (valid UTF-8 has no lone ones).
    bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c <= 0xdfff ? 2 : 3;
  }
  return bytes;
}

/**
 * A copy of `text` that shares no memory with the string it was cut from. V8 represents a substring as a
 * view of its parent, so one kept substring would keep a whole file's text alive; what outlives a lint unit
 * (findings, fleet facts) is stored through this.
 */
export function unshared(text: string): string {
  // Concatenation then slice forces V8 to copy the characters into a new flat string.
  return (' ' + text).slice(1);
}

/** Offsets of a `key=value` entry, as both line readers (webagent.conf, Java properties) record them. */
export interface EntryOffsets {
  readonly source: SourceFile;
  readonly start: number;
  readonly end: number;
  readonly keyStart: number;
  readonly keyEnd: number;
  readonly valueStart: number;
  readonly valueEnd: number;
}

/** Spans for reporting an entry of either reader: the whole `key=value`, the key, the value. */
export function entrySpan(entry: EntryOffsets): Span {
  return { source: entry.source, start: entry.start, end: entry.end };
}

export function keySpan(entry: EntryOffsets): Span {
  return { source: entry.source, start: entry.keyStart, end: entry.keyEnd };
}

export function valueSpan(entry: EntryOffsets): Span {
  return { source: entry.source, start: entry.valueStart, end: entry.valueEnd };
}

/**
 * The value of an entry as written, without the quotes and the white space around it: what a fix that
 * replaces the value replaces, so that quotes and spacing stay as they are.
 */
export function writtenValue(entry: EntryOffsets): { readonly start: number; readonly end: number; readonly text: string } {
  const raw = entry.source.text.slice(entry.valueStart, entry.valueEnd);
  const leading = raw.length - raw.trimStart().length;
  let inner = raw.trim();
  let start = entry.valueStart + leading;
  if (inner.length >= 2 && (inner[0] === '"' || inner[0] === "'") && inner.at(-1) === inner[0]) {
    inner = inner.slice(1, -1);
    start += 1;
  }
  const text = inner.trim();
  start += inner.length - inner.trimStart().length;
  return { start, end: start + text.length, text };
}

export function span(source: SourceFile, start: number, end: number): Span {
  return { source, start, end };
}

export type DecodeResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: 'utf-8' | 'utf-16le' | 'utf-16be';
      readonly invalidUtf8At?: number;
      /** The bytes began with a UTF-8 byte-order mark (not in `text`): a Java properties reader keeps it. */
      readonly byteOrderMark?: true;
    }
  | { readonly ok: false; readonly reason: 'binary'; readonly offset: number };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/**
 * Decode configuration bytes. UTF-8 (with or without BOM) and UTF-16 with a BOM are read as such; a NUL byte
 * in UTF-8 means a binary file; bytes that are not UTF-8 are read as ISO-8859-1 and the offset of the first
 * invalid byte is returned so the caller can report it.
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return { ok: false, reason: 'binary', offset: nul };
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const marked = bom === 0 ? {} : { byteOrderMark: true as const };
  try {
    // The fatal decoder strips a leading UTF-8 BOM itself (ignoreBOM: false).
    return { ok: true, text: utf8.decode(bytes), encoding: 'utf-8', ...marked };
  } catch {
    // In ISO-8859-1 one byte is one character, so the byte offset is the text offset (less the BOM).
    const text = Buffer.from(bytes.buffer, bytes.byteOffset + bom, bytes.byteLength - bom).toString('latin1');
    return { ok: true, text, encoding: 'utf-8', invalidUtf8At: firstInvalidUtf8(bytes) - bom, ...marked };
  }
}

/** Offset of the first byte that does not start a valid UTF-8 sequence (rare path: only for non-UTF-8 files). */
function firstInvalidUtf8(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i] as number;
    const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : lead >= 0xf0 && lead <= 0xf4 ? 4 : 0;
    if (length === 0) return i;
    if (length > 1) {
      try {
        utf8.decode(bytes.subarray(i, i + length));
      } catch {
        return i;
      }
    }
    i += length;
  }
  return bytes.length;
}
