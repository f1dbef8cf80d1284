/**
 * Fixes as data: text edits a finding offers, in the file the finding points into. Offsets and lengths count
 * UTF-16 code units of the file's decoded text without its byte-order mark (the offsets every reader records);
 * for a file read as ISO-8859-1 one code unit is one byte. Applying them is pure: text and fixes in, text out.
 */
import type { SourceFile, Span } from '../parse/source.js';

export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
  /** The same range in the file's bytes, byte-order mark included (SARIF's byteOffset), where the engine knew them. */
  readonly byteOffset?: number;
  readonly byteLength?: number;
}

export interface Fix {
  /** What the fix does, in the rule's words ("Remove the earlier line 3"). */
  readonly description: string;
  /** Non-overlapping edits in the finding's file. */
  readonly edits: readonly TextEdit[];
}

/** The fix with each edit's range also in bytes of `source`'s file, when its bytes are known. */
export function withByteRanges(fix: Fix, source: SourceFile): Fix {
  if (!source.bytes) return fix;
  const edits = fix.edits.map((edit) => {
    const byteOffset = source.byteOffsetAt(edit.offset) as number;
    return { ...edit, byteOffset, byteLength: (source.byteOffsetAt(edit.offset + edit.length) as number) - byteOffset };
  });
  return { ...fix, edits };
}

export function replaceSpan(at: Pick<Span, 'start' | 'end'>, text: string): TextEdit {
  return { offset: at.start, length: at.end - at.start, text };
}

/** Removes the whole lines from the one holding `start` to the one holding `end`, their line endings included. */
export function removeLines(source: SourceFile, start: number, end: number): TextEdit {
  const from = source.offsetOfLine(source.positionAt(start).line);
  const to = source.offsetOfLine(source.positionAt(end).line + 1);
  return { offset: from, length: to - from, text: '' };
}

/**
 * Applies the fixes in offset order, skipping a fix whose edits overlap (or touch at the same offset) an
 * applied one's, as ESLint does: a later pass, after re-linting, offers it again if it still applies.
 */
export function applyFixes(text: string, fixes: readonly Fix[]): { readonly text: string; readonly applied: readonly Fix[] } {
  const ordered = [...fixes].sort((a, b) => firstOffset(a) - firstOffset(b));
  const taken: TextEdit[] = [];
  const applied: Fix[] = [];
  for (const fix of ordered) {
    if (fix.edits.length === 0 || fix.edits.some((edit) => !fits(edit, text) || taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...fix.edits);
    applied.push(fix);
  }
  // Right to left, so that each edit leaves the offsets of the ones before it valid.
  let result = text;
  for (const edit of taken.sort((a, b) => b.offset - a.offset)) {
    result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
  }
  return { text: result, applied };
}

function firstOffset(fix: Fix): number {
  return Math.min(...fix.edits.map((edit) => edit.offset));
}

function fits(edit: TextEdit, text: string): boolean {
  return edit.offset >= 0 && edit.length >= 0 && edit.offset + edit.length <= text.length;
}

// Adjacent removals are independent, but an insertion where another edit starts or ends (or a second edit
// at the same offset) would depend on the order the two are applied in, so it counts as overlapping.
function overlaps(a: TextEdit, b: TextEdit): boolean {
  if (a.offset === b.offset) return true;
  if (a.offset < b.offset + b.length && b.offset < a.offset + a.length) return true;
  return touches(a, b) || touches(b, a);
}

function touches(insertion: TextEdit, other: TextEdit): boolean {
  return insertion.length === 0 && insertion.offset >= other.offset && insertion.offset <= other.offset + other.length;
}
