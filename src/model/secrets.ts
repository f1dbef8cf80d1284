/**
 * Where secret values are written (design §3.8): the values of properties and login module options whose names
 * contain salt, secret, passphrase, password or passwd. A value may be written otherwise than it reads — with
 * `\uXXXX` escapes, entity or character references, over continuation lines — so every written form is
 * collected as well as its span, and output masks them all: by span on the lines of its own file, by text
 * anywhere else (messages, other files' lines, log lines).
 */
import { isSecretName } from '../knowledge/properties.js';
import { attributeOf, childrenNamed, type XmlAttribute, type XmlElement } from '../parse/xml-tree.js';
import type { CamsAgent, CamsDomain } from './cams.js';
import type { ClearTrustAgent } from './cleartrust.js';

/** A secret value's span in a file: [start, end) offsets of the value as written. */
export interface SecretSpan {
  readonly path: string;
  readonly start: number;
  readonly end: number;
}

/**
 * Values shorter than this are masked by span only: masking them as text everywhere would garble ordinary
 * words (a salt `ab` in every message).
 */
export const MIN_MASKED_LENGTH = 4;

/** A secret value of a target: as the agent reads it, and where it is written. */
interface SecretValue {
  readonly read: string;
  readonly span: SecretSpan;
}

/** The secret values of a target, in one walk over its entries (each name tested once). */
function secretValues(target: ClearTrustAgent | CamsAgent | CamsDomain): SecretValue[] {
  if (target.product === 'cleartrust' || target.product === 'cams') {
    const entries: readonly { readonly key: string; readonly value: string; readonly valueStart: number; readonly valueEnd: number }[] =
      target.product === 'cleartrust' ? target.entries : target.document.entries;
    const path = target.document.source.path;
    const values: SecretValue[] = [];
    for (const entry of entries) {
      if (isSecretName(entry.key)) values.push({ read: entry.value, span: { path, start: entry.valueStart, end: entry.valueEnd } });
    }
    return values;
  }
  return secretOptions(target).map(({ element, value }) => ({
    read: value.value,
    span: { path: element.source.path, start: value.valueStart, end: value.valueEnd },
  }));
}

/**
 * Where the secret values of a target are written (`spans`), and every form in which they are written or read
 * (`texts`): the value as read (escapes resolved), the text as written, and each line of a value written over
 * several lines.
 */
export function secretsOf(
  target: ClearTrustAgent | CamsAgent | CamsDomain,
  textOf: (path: string) => string,
): { readonly spans: readonly SecretSpan[]; readonly texts: readonly string[] } {
  const values = secretValues(target);
  if (values.length === 0) return { spans: [], texts: [] };
  const texts = new Set<string>(values.map((value) => value.read));
  for (const { span } of values) {
    const written = textOf(span.path).slice(span.start, span.end);
    texts.add(written);
    // A properties value continued with `\` at the end of a line: each line's part (without the backslash and
    // the next line's leading blanks) appears on its own in the line a finding shows.
    for (const part of written.split(/\r\n|\r|\n/)) texts.add(part.replace(/\\$/, '').trim());
  }
  return { spans: values.map((value) => value.span), texts: [...texts].filter((text) => text.length >= MIN_MASKED_LENGTH) };
}

/** The login module options of a security domain whose names are secret, with their value attribute. */
function secretOptions(domain: CamsDomain): { element: XmlElement; value: XmlAttribute }[] {
  return (domain.loginConfig?.entries ?? [])
    .flatMap((entry) => entry.modules.flatMap((module) => childrenNamed(module.element, 'options').flatMap((o) => childrenNamed(o, 'option'))))
    .flatMap((element) => {
      const value = attributeOf(element, 'value');
      return value && isSecretName(attributeOf(element, 'name')?.value ?? '') ? [{ element, value }] : [];
    });
}
