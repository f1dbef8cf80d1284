/**
 * Typed reading of raw configuration values according to the property catalog.
 */
import type { PropertyDefinition } from '../knowledge/properties.js';
import { parseAgentDuration } from './duration.js';

export type TypedValue =
  | { readonly kind: 'empty' }
  | { readonly kind: 'duration'; readonly seconds: number }
  | { readonly kind: 'boolean'; readonly value: boolean }
  | { readonly kind: 'integer'; readonly value: number }
  | { readonly kind: 'size'; readonly bytes: number }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  /** An enum's value: the catalog's spelling when the sources name it (`named`), else as written. */
  | { readonly kind: 'word'; readonly value: string; readonly named: boolean }
  | { readonly kind: 'text'; readonly value: string };

export type ValueProblem =
  | { readonly problem: 'ambiguousDuration'; readonly number: number }
  | { readonly problem: 'ambiguousSize'; readonly number: number }
  | { readonly problem: 'invalid'; readonly expected: string };

export type ValueResult = { readonly ok: true; readonly value: TypedValue } | ({ readonly ok: false } & ValueProblem);

const EMPTY: ValueResult = { ok: true, value: { kind: 'empty' } };

// True/False are what real files use; KB 000011941 writes TRUE and KB 000021189 writes Yes, so case is
// ignored and Yes/No are accepted too (inferred: no source lists the accepted spellings).
const BOOLEANS: Readonly<Record<string, boolean>> = { true: true, false: false, yes: true, no: false };
const SIZE_UNITS: Readonly<Record<string, number>> = { bytes: 1, kbs: 1024, mbs: 1024 ** 2, gbs: 1024 ** 3 };
const SIZE = /^(\d+)\s*([A-Za-z]+)?$/;

/** Read `raw` as the catalog says the property is typed. An empty value means "not set". */
export function readValue(definition: PropertyDefinition | undefined, raw: string): ValueResult {
  const text = raw.trim();
  if (text === '') return EMPTY;
  switch (definition?.type) {
    case 'duration': {
      const duration = parseAgentDuration(text);
      if (duration.kind === 'ok') return { ok: true, value: { kind: 'duration', seconds: duration.seconds } };
      if (duration.kind === 'ambiguous') return { ok: false, problem: 'ambiguousDuration', number: duration.number };
      return { ok: false, problem: 'invalid', expected: 'a duration such as 30 Secs, 10 Mins or 1 Hrs' };
    }
    case 'boolean': {
      const value = BOOLEANS[text.toLowerCase()];
      return value === undefined ? { ok: false, problem: 'invalid', expected: 'True or False' } : { ok: true, value: { kind: 'boolean', value } };
    }
    case 'integer':
      return /^\d+$/.test(text) ? { ok: true, value: { kind: 'integer', value: Number(text) } } : { ok: false, problem: 'invalid', expected: 'a whole number' };
    case 'size': {
      const match = SIZE.exec(text);
      const factor = match?.[2] === undefined ? undefined : SIZE_UNITS[match[2].toLowerCase()];
      if (match && match[2] === undefined) {
        const number = Number(match[1]);
        return number === 0 ? { ok: true, value: { kind: 'size', bytes: 0 } } : { ok: false, problem: 'ambiguousSize', number };
      }
      return match && factor !== undefined
        ? { ok: true, value: { kind: 'size', bytes: Number(match[1]) * factor } }
        : { ok: false, problem: 'invalid', expected: 'a size such as 10 Mbs' };
    }
    case 'enum': {
      const values = definition.values ?? [];
      const known = values.find((v) => v.toLowerCase() === text.toLowerCase());
      if (known !== undefined || !definition.valuesComplete) return { ok: true, value: { kind: 'word', value: known ?? text, named: known !== undefined } };
      return { ok: false, problem: 'invalid', expected: `one of ${values.join(', ')}` };
    }
    case 'list':
      return {
        ok: true,
        value: {
          kind: 'list',
          items: text
            .split(',')
            .map((item) => item.trim())
            .filter((item) => item !== ''),
        },
      };
    default:
      return { ok: true, value: { kind: 'text', value: text } };
  }
}
