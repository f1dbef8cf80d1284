/** Edit distance and "did you mean" suggestions, for rule ids, property names and log codes alike. */

/** Levenshtein distance; with `cap`, gives up (returning `cap`) once every path reaches it. */
export function editDistance(a: string, b: string, cap = Number.POSITIVE_INFINITY): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min((previous[j] as number) + 1, (current[j - 1] as number) + 1, (previous[j - 1] as number) + cost);
      current.push(value);
      if (value < rowMin) rowMin = value;
    }
    if (rowMin >= cap) return cap;
    previous = current;
  }
  return previous[b.length] as number;
}

/** The closest candidate within a small edit distance (case ignored), or undefined; the first of equally close ones. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  return closestNames(name, candidates)[0];
}

/** Every candidate at the smallest edit distance within the limit (case ignored), in the candidates' order. */
export function closestNames(name: string, candidates: Iterable<string>): string[] {
  const limit = Math.max(2, Math.floor(name.length / 8));
  let best: string[] = [];
  let bestDistance = limit;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - name.length) > limit) continue;
    // Capped one above the best so far, so that an equally close candidate is measured exactly.
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase(), bestDistance + 1);
    if (distance < bestDistance || (distance === bestDistance && best.length === 0)) {
      best = [candidate];
      bestDistance = distance;
    } else if (distance === bestDistance) best.push(candidate);
  }
  return best;
}
