/**
 * Inputs for the property-based tests of the readers: the real corpus and the examples as seeds, random text
 * built from each format's own tokens, and mutations of the seeds (bytes or characters inserted, deleted or
 * replaced, lines duplicated, line endings swapped, byte-order marks, NULs, very long lines).
 *
 * Shared by the fuzz tests in `npm test` and the long campaign of `npm run fuzz`, so both run the same
 * properties on the same kinds of input.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';

/** The checkout: found upwards from here, since `npm run fuzz` runs a bundle of this file from elsewhere. */
function findRepo(): URL {
  for (let dir = new URL('./', import.meta.url); ; dir = new URL('../', dir)) {
    if (existsSync(new URL('package.json', dir)) && existsSync(new URL('rules/index.ts', dir))) return dir;
    if (dir.pathname === '/') throw new Error('webagent-lint checkout not found above the fuzz inputs');
  }
}

const repo = findRepo();

function read(relative: string): string {
  return readFileSync(new URL(relative, repo), 'utf8');
}

function listed(directory: URL, name: (file: string) => boolean): string[] {
  return (
    readdirSync(directory, { recursive: true, encoding: 'utf8' })
      .filter((file) => name(file.split('/').pop() as string))
      // In one order on every file system: a fixed seed then draws the same cases.
      .sort()
      .map((file) => readFileSync(new URL(file, directory), 'utf8'))
  );
}

/** Seed files per reader: the real ClearTrust corpus and every example of the format. */
export const seeds = {
  cleartrust: [
    ...listed(new URL('test/corpus/cleartrust/', repo), (name) => name.endsWith('webagent.conf')),
    ...listed(new URL('examples/', repo), (name) => name.endsWith('webagent.conf') && name !== 'cams-webagent.conf'),
  ],
  properties: listed(new URL('examples/', repo), (name) => name === 'cams-webagent.conf'),
  xml: listed(new URL('examples/', repo), (name) => name.endsWith('.xml')),
  yaml: [
    ...listed(new URL('examples/', repo), (name) => name === '.webagent-lint.yaml'),
    read('README.md')
      .match(/```yaml\n([\s\S]*?)```/g)
      ?.map((block) => block.slice(8, -3)) ?? [],
  ].flat(),
  logs: listed(new URL('examples/logs/', repo), (name) => name.endsWith('.log')).flatMap((text) => text.split('\n')),
} as const;

/** Characters that break readers: line ends of every kind, BOM, NUL, quotes, escapes, surrogates, controls. */
const HOSTILE = [
  '\n',
  '\r\n',
  '\r',
  '\u2028',
  '\ufeff',
  '\u0000',
  '"',
  "'",
  '\\',
  '=',
  ':',
  '#',
  '!',
  '<',
  '>',
  '/',
  '&',
  ';',
  ' ',
  '\t',
  '\f',
  'é',
  '😀',
  '\ud800',
  '\udfff',
  '\u00a0',
  '\u0085',
];

/** One character: mostly printable ASCII, often a hostile one, sometimes any code unit. */
export const character: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.string({ unit: 'binary-ascii', minLength: 1, maxLength: 1 }) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)) },
);

/** Random text made of a format's tokens and hostile characters. */
export function tokenText(tokens: readonly string[], maxLength = 60): fc.Arbitrary<string> {
  return fc
    .array(fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...tokens) }, { weight: 2, arbitrary: character }), { maxLength })
    .map((parts) => parts.join(''));
}

export const tokens = {
  cleartrust: [
    '<Global>',
    '</Global>',
    '<Pool id=p1>',
    '<Pool id="a b">',
    '</Pool>',
    '<VirtualHost name=www.example.com address=* port=443>',
    '</VirtualHost>',
    '<',
    '</',
    '>',
    'cleartrust.agent.',
    'cleartrust.agent.auth_server_pool_refresh_interval',
    'cleartrust.agent.key_client_secret',
    'cleartrust.agent.ssl.keystore_passphrase',
    '=',
    ' = ',
    '"',
    '15 Secs',
    '1 Hrs',
    '10 Mins',
    'True',
    'False',
    '# ',
    '#',
    '# webagent-lint-disable-next-line cleartrust/unknown-property -- reason',
    'server1:5615',
    ',',
    '\n',
    '\r\n',
    '\r',
    '\t',
  ],
  properties: [
    'cams.',
    'cams.cluster.name',
    'cams.debug',
    'cams.login.uri',
    'cams.loginconfig.entry',
    'cams.keystore.password',
    '=',
    ':',
    ' ',
    '\t',
    '\f',
    '\\',
    '\\\n',
    '\\\r\n',
    '\\\r',
    '\\u',
    '\\u00e9',
    '\\u12',
    '\\u00\\\n  e9',
    '\\\n#',
    '\\\\',
    '\\t',
    '# ',
    '!',
    '\n',
    '\r\n',
    '\r',
    'true',
    'false',
    'é',
    '# webagent-lint-disable-next-line cams/debug-logging -- r',
  ],
  xml: [
    '<access-control-policy>',
    '</access-control-policy>',
    '<permission-collection>',
    '</permission-collection>',
    '<permission desc="p" actions="GET">',
    '</permission>',
    '<resource-pattern id="*://*:*/cams/*"/>',
    '<acr-ref id="a"/>',
    '<acr-lib>',
    '</acr-lib>',
    '<acr id="a">',
    '</acr>',
    '<and>',
    '</and>',
    '<granted/>',
    '<confidential/>',
    '<login-config>',
    '</login-config>',
    '<login-config-entry name="http">',
    '</login-config-entry>',
    '<a>',
    '</a>',
    '<a/>',
    '<a x="1">',
    " y='2'",
    '<!--',
    '-->',
    '<!-- webagent-lint-disable-next-line cams/unknown-action -- r -->',
    '<![CDATA[',
    ']]>',
    '<?xml version="1.0"?>',
    '<?',
    '?>',
    '<!DOCTYPE a>',
    '<!DOCTYPE a [<!ENTITY e "x">]>',
    '&amp;',
    '&lt;',
    '&#x2A;',
    '&#42;',
    '&e;',
    '&',
    '"',
    "'",
    '=',
    '\n',
    '\r\n',
    '\r',
  ],
  yaml: [
    'environment:',
    'firewallIdleTimeout:',
    'activeAuthServers:',
    'cams:',
    'loginPages:',
    'agentDomains:',
    'rules:',
    'ignore:',
    'clusters:',
    'cleartrust/debug-logging',
    'cams/debug-logging',
    'cleartrust/debug-loging',
    'error',
    'warning',
    'off',
    '1h',
    '55m',
    '"50 Mins"',
    '2',
    '-1',
    'https://www.example.com/cams/login.jsp',
    '**/archive/**',
    ': ',
    ':',
    '- ',
    '-',
    '[',
    ']',
    '{',
    '}',
    ',',
    '"',
    "'",
    '&a ',
    '*a',
    '!!str ',
    '!!binary ',
    '<<: ',
    '? ',
    '|',
    '>',
    '#',
    '---',
    '...',
    '%YAML 1.2',
    '\n',
    '\r\n',
    '\r',
    '  ',
    '    ',
    '\t',
  ],
} as const;

/** A position in a text of `length`, from a fraction (so shrinking moves towards the start). */
function at(length: number, fraction: number): number {
  return Math.min(length, Math.floor(fraction * (length + 1)));
}

type Mutation = (text: string) => string;

const fraction = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const line = (text: string, f: number): [number, number] => {
  const lines = text.split('\n');
  const index = Math.floor(f * lines.length);
  let start = 0;
  for (let i = 0; i < index; i++) start += (lines[i] as string).length + 1;
  return [start, start + (lines[index] as string).length];
};

/**
 * How big inputs get. `quick` (npm test) keeps each case around a tenth of a millisecond: windows of up to 40
 * lines of a seed and long lines up to 5,000 characters. `campaign` (npm run fuzz) also takes whole files (one
 * case in four) and lines up to 100,000 characters.
 */
export interface Profile {
  readonly wholeFiles: boolean;
  readonly longLine: number;
  /**
   * The campaign fails any single input that takes more CPU time than this (issue 8: bounded time). npm test has
   * no limit: a timed assertion fails at random on a shared, loaded machine (issue 7: no timing in npm test).
   */
  readonly caseTimeLimitMs?: number;
}

export const QUICK: Profile = { wholeFiles: false, longLine: 5_000 };
export const CAMPAIGN: Profile = { wholeFiles: true, longLine: 100_000, caseTimeLimitMs: 1000 };

/** One edit of a text. */
export function mutation(insertable: fc.Arbitrary<string>, profile: Profile): fc.Arbitrary<Mutation> {
  return fc.oneof(
    {
      weight: 8,
      arbitrary: fc.tuple(fraction, insertable).map(
        ([f, s]): Mutation =>
          (t) =>
            t.slice(0, at(t.length, f)) + s + t.slice(at(t.length, f)),
      ),
    },
    fc.tuple(fraction, fc.integer({ min: 1, max: 40 })).map(
      ([f, n]): Mutation =>
        (t) =>
          t.slice(0, at(t.length, f)) + t.slice(at(t.length, f) + n),
    ),
    fc.tuple(fraction, fc.integer({ min: 1, max: 8 }), insertable).map(
      ([f, n, s]): Mutation =>
        (t) =>
          t.slice(0, at(t.length, f)) + s + t.slice(at(t.length, f) + n),
    ),
    fraction.map(
      (f): Mutation =>
        (t) => {
          const [start, end] = line(t, f);
          return t.slice(0, end) + '\n' + t.slice(start, end) + t.slice(end);
        },
    ),
    fraction.map(
      (f): Mutation =>
        (t) => {
          const [start, end] = line(t, f);
          return t.slice(0, start) + t.slice(Math.min(t.length, end + 1));
        },
    ),
    fc.constantFrom<Mutation>(
      (t) => t.replace(/\r?\n/g, '\r\n'),
      (t) => t.replace(/\r?\n/g, '\r'),
      (t) => t.replace(/\r\n?/g, '\n'),
      (t) => `\ufeff${t}`,
      (t) => t.trimEnd(),
      (t) => t.replace(/ /g, '\t'),
    ),
    fc.tuple(fraction, fc.constantFrom('\u0000', '\ufeff', '\ud83d', '\u2028')).map(
      ([f, c]): Mutation =>
        (t) =>
          t.slice(0, at(t.length, f)) + c + t.slice(at(t.length, f)),
    ),
    // A very long line: rare, so that a case stays cheap on average.
    {
      weight: 1,
      arbitrary: fc.tuple(fraction, fc.constantFrom('a', ' ', '\\', '"', '<', '&', '='), fc.integer({ min: 1_000, max: profile.longLine })).map(
        ([f, c, n]): Mutation =>
          (t) =>
            t.slice(0, at(t.length, f)) + c.repeat(n) + t.slice(at(t.length, f)),
      ),
    },
  );
}

/** Up to `lines` consecutive lines of one of the texts (the line breaks as written). */
function window(texts: readonly string[], lines: number): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...texts), fraction, fc.integer({ min: 1, max: lines })).map(([text, f, length]) => {
    const all = text.split(/(?<=\n)/);
    const start = Math.floor(f * all.length);
    return all.slice(start, start + length).join('');
  });
}

/** A seed (or random text) with up to `maxEdits` mutations applied. */
export function mutated(
  seedTexts: readonly string[],
  random: fc.Arbitrary<string>,
  insertable: fc.Arbitrary<string>,
  profile: Profile,
  maxEdits = 6,
): fc.Arbitrary<string> {
  const real = profile.wholeFiles
    ? fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...seedTexts) }, { weight: 3, arbitrary: window(seedTexts, 40) })
    : window(seedTexts, 40);
  const base = seedTexts.length > 0 ? fc.oneof({ weight: 3, arbitrary: real }, { weight: 1, arbitrary: random }) : random;
  const edits = fc.array(mutation(insertable, profile), { maxLength: maxEdits });
  return fc.tuple(base, edits).map(([text, list]) => list.reduce((t, edit) => edit(t), text));
}

/** Encodings and byte-level damage for the whole pipeline: bytes, not text. */
export function encoded(text: fc.Arbitrary<string>): fc.Arbitrary<Uint8Array> {
  const encode = fc.constantFrom<(t: string) => Uint8Array>(
    (t) => Buffer.from(t, 'utf8'),
    (t) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(t, 'utf8')]),
    (t) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(t, 'utf16le')]),
    (t) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(t, 'utf16le').swap16()]),
    (t) => Buffer.from(t, 'latin1'),
  );
  const damage = fc.array(fc.tuple(fraction, fc.uint8Array({ minLength: 1, maxLength: 3 }), fc.integer({ min: 0, max: 3 })), { maxLength: 3 });
  return fc.tuple(text, encode, damage).map(([t, encoder, edits]) => {
    let bytes = Buffer.from(encoder(t));
    for (const [f, inserted, removed] of edits) {
      const i = at(bytes.length, f);
      bytes = Buffer.concat([bytes.subarray(0, i), inserted, bytes.subarray(Math.min(bytes.length, i + removed))]);
    }
    return new Uint8Array(bytes);
  });
}
