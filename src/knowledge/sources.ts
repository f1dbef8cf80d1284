/** Sources cited by rules and catalogs (data in sources.json). */
import data from './sources.json' with { type: 'json' };

export interface SourceReference {
  readonly title: string;
  readonly url?: string;
}

export const sources: Readonly<Record<string, SourceReference>> = data.sources;
