/**
 * The `*` globs of Cams resource patterns (each part of `scheme://host:port/path`): `*` stands for any run of
 * characters, `/` included, and every other character for itself. A glob meets a URL's part when a request
 * selects its permission, and another glob when a permission is checked for being always overridden.
 *
 * Patterns are repository input, so neither may backtrack: a regular expression built from a glob took minutes
 * for `/*a*a*a*a*a*a*a*a*a*a*a*a*b` against sixty `a`s, and the recursive comparison of two globs overflowed the
 * stack on 12 KB patterns (issue 16). Both are one left-to-right pass here.
 */

// The literal runs of each glob, split once: a search for a request's permission meets every glob of the
// policy, and a rule searches again for each login page and login URI. One map per case mode, so that a lookup
// builds no key string.
const caseSensitive = new Map<string, readonly string[]>();
const caseInsensitive = new Map<string, readonly string[]>();

/**
 * Whether `glob` matches the whole of `value`. `ignoreCase` ignores ASCII case only: the parts compared so
 * (scheme and host) are ASCII on both sides, patterns by their grammar and URLs as the URL parser gives them.
 */
export function globMatches(glob: string, value: string, ignoreCase: boolean): boolean {
  const cache = ignoreCase ? caseInsensitive : caseSensitive;
  let runs = cache.get(glob);
  if (!runs) cache.set(glob, (runs = (ignoreCase ? lowerAscii(glob) : glob).split('*')));
  return matchRuns(runs, ignoreCase ? lowerAscii(value) : value);
}

/**
 * True when every string `narrow` matches is matched by `wide` (both globs with `*` only, case ignored). A `*`
 * of `wide` may absorb any run of `narrow`'s characters and stars; a literal of `wide` must meet the same
 * literal, because a star of `narrow` can produce characters `wide` does not expect.
 *
 * That is `wide` matching the text of `narrow` with `narrow`'s stars read as characters: no literal of `wide`
 * is a star, so only a star of `wide` can take one in. The same single pass as globMatches therefore decides
 * it, in time linear in the two globs, where a memoised recursion over every pair of positions took over a
 * second for two 2,000-character globs and overflowed the stack for longer ones.
 */
export function globCovers(wide: string, narrow: string): boolean {
  return matchRuns(wide.toLowerCase().split('*'), narrow.toLowerCase());
}

/**
 * Whether the glob whose literal runs (the text between its stars) are `runs` matches the whole of `value`:
 * the first run at the start, the last at the end, and each run between at its leftmost place after the one
 * before. Leftmost is never wrong: in any match every run lies at or after its leftmost place, so the leftmost
 * places leave at least as much room for the runs that follow. There is nothing to backtrack to.
 *
 * O(|glob| + |value|) in the worst case: each search starts where the previous run ended and stops at its
 * first occurrence, so the searches read disjoint stretches of `value`, each in one pass.
 */
function matchRuns(runs: readonly string[], value: string): boolean {
  const first = runs[0] as string;
  if (runs.length === 1) return value === first;
  const last = runs[runs.length - 1] as string;
  // Where the last run must begin; the runs between have to end by then.
  const end = value.length - last.length;
  if (end < first.length || !value.startsWith(first) || !value.endsWith(last)) return false;
  let at = first.length;
  for (let i = 1; i < runs.length - 1; i++) {
    const run = runs[i] as string;
    const found = find(run, value, at, end);
    if (found === -1) return false;
    at = found + run.length;
  }
  return true;
}

/**
 * The first place of `run` in `value` between `from` and `end`, or -1, by Knuth-Morris-Pratt: O(|run|) to
 * build its table, then one pass over the stretch that never steps back, where indexOf may compare up to |run|
 * characters at every place (V8 takes seconds to look for a run of a's around one b in a long run of a's).
 */
function find(run: string, value: string, from: number, end: number): number {
  if (run.length === 0) return from;
  // back[i]: the length of the longest run prefix that ends at run[i] and is shorter than i + 1.
  const back = new Int32Array(run.length);
  for (let i = 1, k = 0; i < run.length; i++) {
    while (k > 0 && run.charCodeAt(i) !== run.charCodeAt(k)) k = back[k - 1] as number;
    if (run.charCodeAt(i) === run.charCodeAt(k)) k++;
    back[i] = k;
  }
  for (let j = from, k = 0; j < end; j++) {
    const c = value.charCodeAt(j);
    while (k > 0 && c !== run.charCodeAt(k)) k = back[k - 1] as number;
    if (c === run.charCodeAt(k)) k++;
    if (k === run.length) return j + 1 - k;
  }
  return -1;
}

function lowerAscii(text: string): string {
  return /[A-Z]/.test(text) ? text.replace(/[A-Z]+/g, (upper) => upper.toLowerCase()) : text;
}
