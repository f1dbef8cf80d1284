/**
 * From what a user types or copies out of a log to catalog entries: the identifiers of design §3.4 in any
 * case, the sources' own spellings of them (`CT_SOCKET_ERRORS`), and the bare forms (`5005`, `access reason 13`,
 * `auth reason 7`, `7`). Pure.
 */
import type { LogCode } from '../knowledge/codes.js';
import { editDistance } from '../text/edit-distance.js';

export interface Query {
  /** The words as given, joined with single spaces. */
  readonly text: string;
  /** Identifiers of every catalog entry the query names (an identifier as typed first); empty when unknown. */
  readonly matches: readonly string[];
  /** For an unknown query: the closest identifiers, best first. */
  readonly closest: readonly string[];
}

type Kind = 'AUTH' | 'ACCESS';
type Field = 'STATUS' | 'REASON';

const KIND_WORDS: Readonly<Record<string, Kind>> = {
  auth: 'AUTH',
  authentication: 'AUTH',
  access: 'ACCESS',
  'access-control': 'ACCESS',
  accesscontrol: 'ACCESS',
};
const FIELD_WORDS: Readonly<Record<string, Field>> = { reason: 'REASON', status: 'STATUS', response: 'STATUS' };
/** Words a user may put around a number without changing which code it means. */
const FILLER_WORDS = new Set(['cams', 'control', 'code', 'error', 'web', 'agent', 'log']);

/** Whether a word says which family a number belongs to (`access`, `reason`, …), not only that it is a code. */
export function namesKindOrField(word: string): boolean {
  const lower = word.toLowerCase();
  return lower in KIND_WORDS || lower in FIELD_WORDS;
}

/**
 * Splits the arguments into queries: qualifier words (`access`, `reason`, …) gather until the number they
 * qualify; anything else is one query. So `access reason 13 5005` is two queries, whether quoted or not.
 */
export function resolveQueries(args: readonly string[], catalog: ReadonlyMap<string, LogCode>): Query[] {
  const queries: Query[] = [];
  let words: string[] = [];
  for (const word of args.flatMap((arg) => arg.split(/[\s,:]+/)).filter((w) => w !== '')) {
    const lower = word.toLowerCase();
    words.push(word);
    if (lower in KIND_WORDS || lower in FIELD_WORDS || FILLER_WORDS.has(lower)) continue;
    queries.push(resolve(words, catalog));
    words = [];
  }
  // Qualifiers without a number ("explain access reason") are an incomplete query, reported as unknown.
  if (words.length > 0) queries.push(resolve(words, catalog));
  return queries;
}

function resolve(words: readonly string[], catalog: ReadonlyMap<string, LogCode>): Query {
  const text = words.join(' ');
  const last = words[words.length - 1] ?? '';
  const matches = /^\d+$/.test(last) ? byNumber(Number(last), words.slice(0, -1), catalog) : byIdentifier(last, catalog);
  if (matches.length > 0) return { text, matches, closest: [] };
  // A number given the wrong qualifiers ("auth reason 13") most likely means that number in another family.
  const sameNumber = /^\d+$/.test(last) ? byNumber(Number(last), [], catalog) : [];
  return { text, matches, closest: [...new Set([...sameNumber, ...closest(text, catalog)])].slice(0, MAX_SUGGESTIONS) };
}

/** The entry of that identifier, then the entries a source also writes so (KB 000025051's `CT_SERVER_TIMED_OUT`). */
function byIdentifier(word: string, catalog: ReadonlyMap<string, LogCode>): string[] {
  const wanted = word.toUpperCase();
  const spelledSo = [...catalog.values()].filter((code) => code.spellings?.includes(wanted)).map((code) => code.id);
  return [...(catalog.has(wanted) ? [wanted] : []), ...spelledSo];
}

/** A number names the web agent error, or a status or reason, narrowed by the qualifier words. */
function byNumber(value: number, qualifiers: readonly string[], catalog: ReadonlyMap<string, LogCode>): string[] {
  let kind: Kind | undefined;
  let field: Field | undefined;
  for (const word of qualifiers.map((w) => w.toLowerCase())) {
    kind = KIND_WORDS[word] ?? kind;
    field = FIELD_WORDS[word] ?? field;
  }
  const candidates: string[] = [];
  if (kind === undefined && field === undefined) candidates.push(`CAMS-${value}`);
  for (const k of kind ? [kind] : (['AUTH', 'ACCESS'] as const)) {
    for (const f of field ? [field] : (['STATUS', 'REASON'] as const)) candidates.push(`CAMS-${k}-${f}-${value}`);
  }
  return candidates.filter((id) => catalog.has(id));
}

const MAX_SUGGESTIONS = 3;

/** The identifiers nearest to the text by edit distance, so a typo or a wrong number still leads somewhere. */
function closest(text: string, catalog: ReadonlyMap<string, LogCode>): string[] {
  const wanted = canonical(text);
  return [...catalog.keys()]
    .map((id) => ({ id, distance: editDistance(wanted, id) }))
    .sort((a, b) => a.distance - b.distance || (a.id < b.id ? -1 : 1))
    .slice(0, MAX_SUGGESTIONS)
    .map((entry) => entry.id);
}

/** `access reason 13` → `CAMS-ACCESS-REASON-13`, so it is compared with identifiers of the same shape. */
function canonical(text: string): string {
  const words = text.toUpperCase().split(/\s+/);
  const number = words[words.length - 1] ?? '';
  if (!/^\d+$/.test(number) || words.length === 1) return /^\d+$/.test(number) ? `CAMS-${number}` : text.toUpperCase();
  const kind = words.map((w) => KIND_WORDS[w.toLowerCase()]).find((k) => k !== undefined);
  const field = words.map((w) => FIELD_WORDS[w.toLowerCase()]).find((f) => f !== undefined);
  return ['CAMS', kind, field, number].filter((part) => part !== undefined).join('-');
}
