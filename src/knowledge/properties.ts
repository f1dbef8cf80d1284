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

export const camsProperties: ReadonlyMap<string, PropertyDefinition> = new Map((camsCatalog.properties as PropertyDefinition[]).map((p) => [p.name, p]));

/** Design §3.8: values of these properties never appear in any output. */
const SECRET_NAME = /salt|secret|passphrase|password|passwd/i;

/** Answers for names seen before: a fleet repeats a few hundred names in every file. Bounded against hostile files. */
const secretNames = new Map<string, boolean>();

export function isSecretName(name: string): boolean {
  let secret = secretNames.get(name);
  if (secret === undefined) {
    secret = SECRET_NAME.test(name);
    if (secretNames.size < 4096) secretNames.set(name, secret);
  }
  return secret;
}
