import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { globCovers, globMatches } from '../../src/model/glob.js';

// The implementations glob.ts replaced (issue 16), kept here as the reference its answers must equal: exact on
// small globs, where neither backtracks for long.
function regexGlobMatches(glob: string, value: string, ignoreCase: boolean): boolean {
  const source = glob
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('.*');
  return new RegExp(`^${source}$`, ignoreCase ? 'is' : 's').test(value);
}

function recursiveGlobCovers(wide: string, narrow: string): boolean {
  const w = wide.toLowerCase();
  const n = narrow.toLowerCase();
  const memo = new Map<number, boolean>();
  const covers = (i: number, j: number): boolean => {
    const key = i * (n.length + 1) + j;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (i === w.length) result = j === n.length;
    else if (w[i] === '*') result = covers(i + 1, j) || (j < n.length && covers(i, j + 1));
    else result = j < n.length && n[j] !== '*' && w[i] === n[j] && covers(i + 1, j + 1);
    memo.set(key, result);
    return result;
  };
  return covers(0, 0);
}

/** Globs and values over a tiny alphabet, so that runs repeat, overlap and meet stars often. */
const over = (characters: readonly string[], maxLength: number) => fc.string({ unit: fc.constantFrom(...characters), maxLength });
const glob = over(['a', 'b', '/', '*'], 12);

/** A glob and the text it spells with each star replaced by a piece drawn from `fill`. */
const spelledOut = (fill: fc.Arbitrary<string>) =>
  glob.chain((g) => {
    const runs = g.split('*');
    return fc
      .array(fill, { minLength: runs.length - 1, maxLength: runs.length - 1 })
      .map((fills) => [g, runs.reduce((text, run, i) => text + fills[i - 1] + run)] as const);
  });

describe('glob matching: the same answers as the regular expression it replaced', () => {
  it('on random globs and values over {a, b, /, *}', () => {
    fc.assert(
      fc.property(glob, over(['a', 'b', '/', '*'], 16), fc.boolean(), (g, value, ignoreCase) => {
        expect(globMatches(g, value, ignoreCase)).toBe(regexGlobMatches(g, value, ignoreCase));
      }),
      { seed: 42, numRuns: 10_000 },
    );
  });

  it('ignoring ASCII case only when asked, on either side', () => {
    fc.assert(
      fc.property(over(['a', 'A', 'b', '*'], 8), over(['a', 'A', 'b', 'B'], 10), fc.boolean(), (g, value, ignoreCase) => {
        expect(globMatches(g, value, ignoreCase)).toBe(regexGlobMatches(g, value, ignoreCase));
      }),
      { seed: 42, numRuns: 10_000 },
    );
  });

  it('on values made to match: the value a glob spells with its stars filled in', () => {
    fc.assert(
      fc.property(spelledOut(over(['a', 'b', '/'], 4)), ([g, value]) => {
        expect(globMatches(g, value, false)).toBe(true);
        expect(regexGlobMatches(g, value, false)).toBe(true);
      }),
      { seed: 42, numRuns: 10_000 },
    );
  });

  it('takes regular expression characters literally', () => {
    expect(globMatches('/a.b(c)?/*', '/a.b(c)?/x', false)).toBe(true);
    expect(globMatches('/a.b', '/axb', false)).toBe(false);
    expect(globMatches('', '', false)).toBe(true);
    expect(globMatches('*', '', false)).toBe(true);
    expect(globMatches('a*a', 'a', false)).toBe(false);
    expect(globMatches('*', 'line\nbreak', false)).toBe(true);
  });
});

describe('glob coverage: the same answers as the recursion it replaced', () => {
  it('on random pairs of globs over {a, b, /, *}', () => {
    fc.assert(
      fc.property(glob, glob, (wide, narrow) => {
        expect(globCovers(wide, narrow)).toBe(recursiveGlobCovers(wide, narrow));
      }),
      { seed: 42, numRuns: 10_000 },
    );
  });

  it('on pairs where the narrow glob is the wide one with its stars partly filled in (often covered)', () => {
    fc.assert(
      fc.property(spelledOut(over(['a', 'b', '/', '*'], 3)), ([wide, narrow]) => {
        expect(globCovers(wide, narrow)).toBe(recursiveGlobCovers(wide, narrow));
      }),
      { seed: 42, numRuns: 10_000 },
    );
  });

  it('ignoring case, as before', () => {
    fc.assert(
      fc.property(over(['a', 'A', 'b', '*'], 8), over(['a', 'A', 'b', '*'], 8), (wide, narrow) => {
        expect(globCovers(wide, narrow)).toBe(recursiveGlobCovers(wide, narrow));
      }),
      { seed: 42, numRuns: 10_000 },
    );
  });
});

describe('globs built to backtrack (issue 16): answered at once', () => {
  const many = (run: string, times: number) => run.repeat(times);

  it('a dozen stars between repeated letters against sixty of the letter', () => {
    expect(globMatches(`/${many('*a', 12)}*b`, `/${'a'.repeat(60)}`, false)).toBe(false);
    expect(globMatches(`/${many('*a', 12)}*b`, `/${'a'.repeat(60)}b`, false)).toBe(true);
  });

  it('a long run of a around one b, looked for in a longer run of a (a substring search that steps back is quadratic)', () => {
    const around = `${'a'.repeat(5000)}b${'a'.repeat(5000)}`;
    expect(globMatches(`/*${around}*`, `/${'a'.repeat(200_000)}`, false)).toBe(false);
    expect(globMatches(`/*${around}*`, `/${'a'.repeat(100_000)}${around}`, false)).toBe(true);
  });

  it('two 12 KB globs, covering (the recursion overflowed the stack) or not', () => {
    const big = `/${many('ab*', 4000)}`;
    expect(globCovers(big, big)).toBe(true);
    expect(globCovers(`/${many('*a', 6000)}`, `/${'a'.repeat(5999)}*a`)).toBe(true);
    expect(globCovers(`/${many('*a', 6000)}`, `/${'a'.repeat(5998)}*a`)).toBe(false);
    expect(globCovers(`/*${'a'.repeat(6000)}`, `/${'a'.repeat(6000)}*${'a'.repeat(6000)}`)).toBe(true);
  });

  it('two 2,000-character globs that differ only in their last letter', () => {
    expect(globCovers(`/${many('*a', 999)}*b`, `/${many('*a', 999)}*c`)).toBe(false);
    expect(globCovers(`/${many('*a', 999)}*b`, `/${many('a*', 999)}ab`)).toBe(true);
  });
});
