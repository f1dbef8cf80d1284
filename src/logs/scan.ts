/**
 * One log file's bytes, in chunks of any size, into the analysis: the same as decoding the file as UTF-8 and
 * feeding each line (breaks \n, \r\n and a lone \r, as node:readline splits) to `analysis.line`, but most
 * lines are never decoded. A line is decoded only when it may carry a code (it holds `CT_` or a catalog
 * message fragment) or when its start is not the common ctagent.log shape; every other line is a ctagent line
 * without a code, and those are counted in bulk. Pure: the reading lives in the command layer.
 */
import { Buffer } from 'node:buffer';
import type { LogAnalysis } from './analysis.js';
import { hasCtagentHead, type MessageMatchers } from './line.js';

export interface LogScanner {
  /** The next bytes of the file. Nothing of `chunk` is kept after the call, so the caller may reuse it. */
  push(chunk: Uint8Array): void;
  /** The end of the file: bytes after the last line break are one more line. */
  end(): void;
}

export function createLogScanner(analysis: LogAnalysis, file: string, matchers: MessageMatchers): LogScanner {
  // The texts parseClearTrust looks for before it calls a line code-less, and the separators U+2028 and U+2029,
  // which CT_LINE's `.` does not match (hasCtagentHead leaves them to us), as latin1 text of their UTF-8 bytes.
  // UTF-8 keeps a character's bytes together whatever surrounds them, so a fragment (valid text, no U+FFFD) is in
  // the decoded line exactly when its bytes are in the line's bytes.
  const patterns = searchKeys(
    ['CT_', ...matchers.map(([fragment]) => fragment), '\u2028', '\u2029'].map((text) => Buffer.from(text, 'utf8').toString('latin1')),
  );
  let lineNumber = 0;
  /** Code-less ctagent lines not yet counted: counted before any later line reaches the analysis, to keep the order. */
  let withoutCodes = 0;
  /** The start of a line that the previous chunks cut off (copies: the caller reuses its chunks). */
  let carried: Buffer[] = [];
  /** Bytes in `carried`, and whether the line went on past MAX_LINE_BYTES (the rest is not kept). */
  let carriedBytes = 0;
  let carriedCut = false;

  /** Keeps the next bytes of a line cut off by a chunk, up to MAX_LINE_BYTES of it: memory stays bounded. */
  const carry = (bytes: Buffer): void => {
    const room = MAX_LINE_BYTES - carriedBytes;
    if (bytes.length > room) carriedCut = true;
    const kept = bytes.length > room ? bytes.subarray(0, room) : bytes;
    if (kept.length > 0) carried.push(Buffer.from(kept));
    carriedBytes += kept.length;
  };
  /** The previous chunk ended with a \r: a \n at the start of the next one belongs to that line break. */
  let afterCR = false;

  /** The line [start, end) of `bytes`, whose latin1 text is `latin1` (the same offsets). */
  const line = (bytes: Buffer, latin1: string, start: number, end: number, mayCarryCode: boolean, cut = false): void => {
    lineNumber++;
    if (!mayCarryCode && !cut && hasCtagentHead(latin1, start)) {
      withoutCodes++;
      return;
    }
    flush();
    analysis.line(file, lineNumber, bytes.toString('utf8', start, end), cut);
  };

  const flush = (): void => {
    if (withoutCodes > 0) analysis.linesWithoutCodes(file, 'ctagent', withoutCodes);
    withoutCodes = 0;
  };

  const carriedLine = (): void => {
    const bytes = Buffer.concat(carried);
    const latin1 = bytes.toString('latin1');
    const cut = carriedCut;
    carried = [];
    carriedBytes = 0;
    carriedCut = false;
    line(
      bytes,
      latin1,
      0,
      bytes.length,
      patterns.some((pattern) => latin1.includes(pattern)),
      cut,
    );
  };

  /** Scans the next bytes of the file, at most WINDOW_BYTES of them. */
  const scanWindow = (bytes: Buffer): void => {
    // One character per byte: searching a string is a builtin, searching a Buffer a call into C++ each time.
    const latin1 = bytes.toString('latin1');
    let start = afterCR && latin1.charCodeAt(0) === LF ? 1 : 0;
    afterCR = false;
    // Per pattern its first occurrence at or after the current line's start (-1: none in this window), and the
    // nearest of them: a line that ends before the nearest occurrence holds none of the patterns.
    const found = patterns.map((pattern) => latin1.indexOf(pattern, start));
    let nearest = nearestOf(found);
    let lf = latin1.indexOf('\n', start);
    let cr = latin1.indexOf('\r', start);
    for (;;) {
      const eol = cr < 0 || (lf >= 0 && lf < cr) ? lf : cr;
      if (eol < 0) break;
      if (carried.length > 0 || carriedCut) {
        carry(bytes.subarray(start, eol));
        carriedLine();
      } else {
        if (nearest < start) {
          for (let k = 0; k < patterns.length; k++) {
            const at = found[k] ?? -1;
            if (at >= 0 && at < start) found[k] = latin1.indexOf(patterns[k] ?? '', start);
          }
          nearest = nearestOf(found);
        }
        line(bytes, latin1, start, eol, nearest < eol);
      }
      start = eol + 1;
      if (eol === cr) {
        if (start === latin1.length) afterCR = true;
        else if (latin1.charCodeAt(start) === LF) start++;
        cr = latin1.indexOf('\r', start);
      }
      if (lf >= 0 && lf < start) lf = latin1.indexOf('\n', start);
    }
    if (start < bytes.length) carry(bytes.subarray(start));
  };

  return {
    push(chunk) {
      const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length);
      for (let at = 0; at < bytes.length; at += WINDOW_BYTES) scanWindow(bytes.subarray(at, at + WINDOW_BYTES));
    },
    end() {
      if (carried.length > 0 || carriedCut) carriedLine();
      flush();
    },
  };
}

const LF = 0x0a;

/**
 * A line longer than this is read only up to this many bytes and counted as cut (real log lines are a few
 * hundred bytes): a file without line breaks, 3 GB of NUL bytes, must not be held in memory.
 */
export const MAX_LINE_BYTES = 1024 * 1024;

/**
 * Bytes viewed as one latin1 string at a time, whatever the size of the caller's chunks: a string over V8's
 * 128 KiB regular-object limit is a large object, mapped and unmapped on its own, which cost 0.2 s of system
 * time on a 300 MB log with 256 KiB strings and none with 120 KiB (user time the same).
 */
export const WINDOW_BYTES = 120 * 1024;

/**
 * What to search for: each pattern, but where patterns share a prefix of two characters or more, that prefix
 * once instead ('Token ' for two catalog fragments, the bytes E2 80 for U+2028 and U+2029). Every search costs
 * a pass over the chunk; a line holding none of the prefixes holds none of the patterns, and a line holding a
 * prefix only is decoded and read in full, which is merely slower.
 */
function searchKeys(patterns: readonly string[]): string[] {
  const keys: string[] = [];
  for (const pattern of [...new Set(patterns)].sort()) {
    const last = keys.at(-1) ?? '';
    let common = 0;
    while (common < last.length && last[common] === pattern[common]) common++;
    if (common >= 2) keys[keys.length - 1] = last.slice(0, common);
    else keys.push(pattern);
  }
  return keys;
}

/** The smallest position found, Infinity when none was. */
function nearestOf(found: readonly number[]): number {
  let nearest = Infinity;
  for (const at of found) if (at >= 0 && at < nearest) nearest = at;
  return nearest;
}
