/**
 * The property catalogs (data in `*-properties.json`, validated against schemas/property-catalog.schema.json).
 */
import camsCatalog from './cams-properties.json' with { type: 'json' };
import cleartrustCatalog from './cleartrust-properties.json' with { type: 'json' };

export type PropertyType = 'duration' | 'boolean' | 'integer' | 'size' | 'string' | 'list' | 'enum' | 'url';
export type KnowledgeStatus = 'documented' | 'observed' | 'inferred';

export interface PropertyDefinition {
  readonly name: string;
  readonly type: PropertyType;
  readonly scope: 'agent' | 'pool';
  readonly description: string;
  readonly default?: string;
  readonly typical?: string;
  readonly example?: string;
  readonly values?: readonly string[];
  readonly valuesComplete?: boolean;
  readonly sources: readonly string[];
  readonly status: KnowledgeStatus;
}

export const cleartrustProperties: ReadonlyMap<string, PropertyDefinition> = new Map(
  (cleartrustCatalog.properties as PropertyDefinition[]).map((p) => [p.name, p]),
);

export const camsProperties: ReadonlyMap<string, PropertyDefinition> = new Map(
  (camsCatalog.properties as PropertyDefinition[]).map((p) => [p.name, p]),
);

/** Design §3.8: values of these properties never appear in any output. */
const SECRET_NAME = /salt|secret|passphrase|password|passwd/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name);
}

/** The closest known name within a small edit distance, for "did you mean" suggestions. */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const limit = Math.max(2, Math.floor(name.length / 8));
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of candidates) {
    if (Math.abs(candidate.length - name.length) > limit) continue;
    const distance = editDistance(name.toLowerCase(), candidate.toLowerCase(), bestDistance);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

/** Levenshtein distance, giving up (returning `cap`) once every path exceeds it. */
function editDistance(a: string, b: string, cap: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
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
