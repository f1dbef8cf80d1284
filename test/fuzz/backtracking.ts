/**
 * Inputs built to make a backtracking matcher stall (issue 16): globs with many stars between repeated letters
 * against long runs of those letters, pairs of long globs that almost cover each other, and texts of blank
 * lines or of comments and processing instructions given to the recognition of named files. The properties
 * (run by readers.ts with the others) check the answers, against a table that cannot backtrack or against
 * what the input was built to give; the campaign's time limit and its watchdog (watchdog.ts) catch a stall.
 */
import fc from 'fast-check';
import { globCovers, globMatches } from '../../src/model/glob.js';
import { detectFormat, type FileFormat } from '../../src/engine/units.js';
import type { Profile } from './inputs.js';

/** Longest glob, value or text: the 12 KB patterns of the issue and beyond in the campaign. */
const longest = (profile: Profile) => Math.min(profile.longLine, 20_000);

/**
 * Whether `glob` matches all of `text`, the textbook way: a table over glob and text positions, one glob
 * character at a time, so O(|glob| · |text|) whatever the input. A `*` of the text is a character like any
 * other (only a star of the glob takes it in), which makes the same table decide glob coverage.
 */
function tableMatches(glob: string, text: string): boolean {
  let row = new Uint8Array(text.length + 1);
  row[0] = 1;
  for (let i = 0; i < glob.length; i++) {
    const next = new Uint8Array(text.length + 1);
    if (glob[i] === '*') {
      for (let j = 0, reached = 0; j <= text.length; j++) next[j] = reached ||= row[j] as number;
    } else {
      for (let j = 1; j <= text.length; j++) next[j] = row[j - 1] === 1 && text[j - 1] === glob[i] ? 1 : 0;
    }
    row = next;
  }
  return row[text.length] === 1;
}

/** The table is consulted up to this many cells (a few milliseconds); larger cases are checked for time only. */
const TABLE_CELLS = 1_000_000;

const lowerAscii = (text: string) => text.replace(/[A-Z]/g, (c) => c.toLowerCase());

/** A run of one letter, up to `max` long. */
const run = (letters: readonly string[], max: number) =>
  fc.tuple(fc.constantFrom(...letters), fc.integer({ min: 1, max })).map(([letter, n]) => letter.repeat(n));

/** The issue's form: `*` before each of many copies of a short run, then a last run the value may lack. */
const starred = (max: number) =>
  fc
    .tuple(fc.constantFrom('a', 'aa', 'ab', '/a', 'A'), fc.integer({ min: 1, max: Math.max(1, Math.floor(max / 3)) }), fc.constantFrom('b', 'a', '', '*'))
    .map(([unit, times, last]) => `/${`*${unit}`.repeat(times)}*${last}`);

/** Stars and runs of a few letters, mixed. */
const mixed = (max: number) =>
  fc.array(fc.oneof(fc.constant('*'), fc.constant('**'), run(['a', 'b', '/', 'A'], 8)), { maxLength: Math.min(200, max) }).map((parts) => parts.join(''));

/** A run of a's around one b between stars: what a substring search that steps back is slowest to rule out. */
const around = (max: number) => fc.integer({ min: 1, max: Math.max(1, Math.floor(max / 2)) }).map((n) => `/*${'a'.repeat(n)}b${'a'.repeat(n)}*`);

const glob = (profile: Profile) => fc.oneof(starred(longest(profile)), mixed(longest(profile)), around(longest(profile)));

/** The glob spelled out, each star replaced by a run: a value it matches. */
const filled = (g: string, fills: readonly string[]) => g.split('*').reduce((text, part, i) => text + (fills[i - 1] ?? '') + part);

const fills = (profile: Profile, stars: number) =>
  fc.array(fc.oneof(fc.constant(''), run(['a', 'b', '/'], Math.max(1, Math.floor(longest(profile) / Math.max(1, stars))))), {
    minLength: stars,
    maxLength: stars,
  });

const path = (profile: Profile) =>
  fc.oneof(
    run(['a', 'b', '/'], longest(profile)).map((letters) => `/${letters}`),
    mixed(longest(profile)).map((text) => text.replaceAll('*', 'a')),
  );

export interface GlobCase {
  readonly glob: string;
  readonly value: string;
  readonly ignoreCase: boolean;
}

export const globAndPath = (profile: Profile): fc.Arbitrary<GlobCase> =>
  fc.oneof(
    fc.tuple(glob(profile), path(profile), fc.boolean()).map(([g, value, ignoreCase]) => ({ glob: g, value, ignoreCase })),
    glob(profile).chain((g) => fills(profile, g.split('*').length - 1).map((f) => ({ glob: g, value: filled(g, f), ignoreCase: false }))),
  );

export function checkGlobMatches({ glob: g, value, ignoreCase }: GlobCase): void {
  const matched = globMatches(g, value, ignoreCase);
  if (g.length * value.length > TABLE_CELLS) return;
  const expected = ignoreCase ? tableMatches(lowerAscii(g), lowerAscii(value)) : tableMatches(g, value);
  if (matched !== expected) throw new Error(`globMatches answered ${matched}, the table ${expected}: ${JSON.stringify({ glob: g, value, ignoreCase })}`);
}

export interface GlobPair {
  readonly wide: string;
  readonly narrow: string;
}

/** Pairs that almost cover each other: the same glob with its last run changed, or its stars filled in part. */
export const globPair = (profile: Profile): fc.Arbitrary<GlobPair> =>
  fc.oneof(
    fc.tuple(glob(profile), glob(profile)).map(([wide, narrow]) => ({ wide, narrow })),
    fc.tuple(starred(longest(profile)), fc.constantFrom('b', 'c', '*', 'a*')).map(([wide, last]) => ({ wide, narrow: wide.slice(0, -1) + last })),
    glob(profile).chain((wide) =>
      fills(profile, wide.split('*').length - 1).map((f) => ({
        wide,
        narrow: filled(
          wide,
          f.map((fill, i) => (i % 2 === 0 ? '*' : fill)),
        ),
      })),
    ),
    run(['a'], longest(profile)).map((letters) => ({ wide: `/*${letters}`, narrow: `/${letters}*${letters}` })),
  );

export function checkGlobCovers({ wide, narrow }: GlobPair): void {
  const covered = globCovers(wide, narrow);
  if (wide === narrow && !covered) throw new Error(`a glob does not cover itself: ${JSON.stringify(wide)}`);
  if (wide.length * narrow.length > TABLE_CELLS) return;
  const expected = tableMatches(wide.toLowerCase(), narrow.toLowerCase());
  if (covered !== expected) throw new Error(`globCovers answered ${covered}, the table ${expected}: ${JSON.stringify({ wide, narrow })}`);
}

export interface RecognitionCase {
  readonly text: string;
  /** What the text was built to be recognised as; null when it was not built to be anything in particular. */
  readonly expected: FileFormat | undefined | null;
}

const HEAD = 64 * 1024;

/** Endings after the blank lines or complete items, and what each makes the text when it lies in the head. */
const ENDINGS: Readonly<Record<string, { readonly afterBlanks: FileFormat | undefined; readonly afterItems: FileFormat | undefined }>> = {
  '': { afterBlanks: undefined, afterItems: undefined },
  '<': { afterBlanks: undefined, afterItems: undefined },
  '<!': { afterBlanks: undefined, afterItems: undefined },
  x: { afterBlanks: undefined, afterItems: undefined },
  'cams.login.uri=/x': { afterBlanks: 'cams-conf', afterItems: undefined },
  '<Global>': { afterBlanks: 'cleartrust-conf', afterItems: undefined },
  '<access-control-policy>': { afterBlanks: 'cams-policy', afterItems: 'cams-policy' },
};

const repeated = (units: readonly string[], max: number) => fc.tuple(fc.constantFrom(...units), fc.integer({ min: 1, max })).map(([unit, n]) => unit.repeat(n));

export const recognitionText = (profile: Profile): fc.Arbitrary<RecognitionCase> => {
  const max = profile.wholeFiles ? HEAD + 1_000 : longest(profile);
  const ending = fc.constantFrom(...Object.keys(ENDINGS));
  const blanks = repeated(['\n', '\r\n', '\r', ' \n', '\n ', '\t', '\u2028', ' '], max);
  // Complete items only, none at a line start after blanks: an ending after them counts only as a root element.
  const items = fc
    .array(fc.constantFrom('<!---->', '<!-- a -->', '<??>', '<?xml version="1.0"?>', '<!DOCTYPE a>', '<!DOCTYPE a [ ]>', '<!-- a --> '), {
      minLength: 1,
      maxLength: 50,
    })
    .chain((list) => fc.integer({ min: 1, max: Math.max(1, Math.floor(max / Math.max(1, list.join('').length))) }).map((times) => list.join('').repeat(times)));
  // Items cut short or run on: comments and instructions without an end or with several, an open subset.
  const broken = fc
    .array(repeated(['<!--', '-->', '<!---->', '<?', '?>', '<??>', '<!DOCTYPE a [', ']>', ']]', '] >', '<', '\n'], Math.max(1, Math.floor(max / 4))), {
      maxLength: 8,
    })
    .map((parts) => parts.join(''));
  const within = (text: string, expected: FileFormat | undefined) => (text.length <= HEAD ? expected : null);
  return fc.oneof(
    fc.tuple(blanks, ending).map(([prefix, end]) => ({ text: prefix + end, expected: within(prefix + end, ENDINGS[end]?.afterBlanks) })),
    fc.tuple(items, ending).map(([prefix, end]) => ({ text: prefix + end, expected: within(prefix + end, ENDINGS[end]?.afterItems) })),
    fc.tuple(broken, ending).map(([prefix, end]) => ({ text: prefix + end, expected: null })),
  );
};

export function checkRecognition({ text, expected }: RecognitionCase): void {
  const format = detectFormat(text);
  if (expected !== null && format !== expected)
    throw new Error(
      `recognised as ${String(format)}, built as ${String(expected)}: ${JSON.stringify(text.length > 200 ? `${text.slice(0, 100)}…${text.slice(-100)}` : text)}`,
    );
}
