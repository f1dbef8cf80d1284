/**
 * The differential test of the Java properties reader against Java itself (issue 16, item 4): Java's own
 * `Properties.load`, run by test/java/PropertiesDump.java, and webagent-lint's reader on the same bytes must give
 * the same keys and values, and refuse the same files.
 *
 * Two readings are compared for each file:
 * - `load(InputStream)`, which reads the bytes as ISO-8859-1, against the reader on the ISO-8859-1 text of the bytes
 *   (this is the algorithm on every character, a byte-order mark and UTF-16 included as the characters they are);
 * - what the linter itself reads (decodeText, then the reader told of a byte-order mark) against `load(Reader)` over
 *   UTF-8 when the bytes are UTF-8, and against `load(InputStream)` when they are not (decodeText then reads them as
 *   ISO-8859-1 too). A UTF-16 file must be reported as such; a file with a NUL byte is one the linter does not read.
 *
 * Used by test/java/properties-java.test.ts (a fixed corpus without Java, a bounded run with a fixed seed where
 * `java` is installed) and by `npm run fuzz` (100,000 files).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { parseProperties, type PropertiesBytes } from '../../src/parse/properties.js';
import { decodeText, SourceFile } from '../../src/parse/source.js';
import { character, encoded, mutated, seeds, tokenText, type Profile } from '../fuzz/inputs.js';

/** What one `load` did: every put in file order (those before a throw too), and the exception's message. */
export interface JavaLoad {
  readonly entries: readonly (readonly [string, string])[];
  readonly refused: string | null;
}

export interface JavaResult {
  readonly stream: JavaLoad;
  /** load(Reader) over UTF-8; bytes that are not UTF-8 are not loaded that way. */
  readonly reader: JavaLoad | { readonly undecodable: true };
}

/** The Java source, next to this file (found from the checkout, as `npm run fuzz` runs a bundle of it elsewhere). */
function dumpSource(): string {
  for (let dir = path.dirname(fileURLToPath(import.meta.url)); ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'test/java/PropertiesDump.java');
    if (existsSync(candidate)) return candidate;
    if (dir === path.dirname(dir)) throw new Error('test/java/PropertiesDump.java not found above the harness');
  }
}

/** Whether `java` and `javac` run; the reason when not (shown by a skipped test). */
export function javaMissing(): string | undefined {
  for (const tool of ['java', 'javac']) {
    const result = spawnSync(tool, ['-version'], { stdio: 'ignore' });
    if (result.error !== undefined || result.status !== 0) return `${tool} not found on PATH (.ci/run installs default-jdk-headless)`;
  }
  return undefined;
}

/** Batches per JVM start: starting Java costs about half a second, loading a small file microseconds. */
const BATCH = 5_000;

/** PropertiesDump compiled into a temporary directory (class files are never committed). */
export class JavaProperties {
  private readonly directory = mkdtempSync(path.join(tmpdir(), 'webagent-lint-java-'));

  constructor() {
    const compiled = spawnSync('javac', ['-d', this.directory, dumpSource()], { encoding: 'utf8' });
    if (compiled.status !== 0) throw new Error(`javac failed: ${compiled.stderr}`);
  }

  load(files: readonly Uint8Array[]): JavaResult[] {
    const results: JavaResult[] = [];
    for (let from = 0; from < files.length; from += BATCH) {
      const batch = files.slice(from, from + BATCH);
      const input = Buffer.concat(
        batch.flatMap((bytes) => {
          const length = Buffer.alloc(4);
          length.writeUInt32BE(bytes.length);
          return [length, bytes];
        }),
      );
      const run = spawnSync('java', ['-cp', this.directory, 'PropertiesDump'], { input, maxBuffer: 1 << 30, encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`PropertiesDump failed: ${run.stderr}`);
      const lines = run.stdout.split('\n').filter((line) => line !== '');
      if (lines.length !== batch.length) throw new Error(`PropertiesDump gave ${lines.length} results for ${batch.length} files`);
      for (const line of lines) results.push(JSON.parse(line) as JavaResult);
    }
    return results;
  }

  close(): void {
    rmSync(this.directory, { recursive: true, force: true });
  }
}

/** The reader's result in the form of a JavaLoad: a malformed `\u` escape is where Java throws. */
function linterLoad(source: SourceFile, bytes: PropertiesBytes = {}): { entries: [string, string][]; refused: boolean; problems: readonly string[] } {
  const document = parseProperties(source, bytes);
  const problems = document.problems.map((problem) => problem.messageId);
  const malformed = document.problems.find((problem) => problem.messageId === 'malformedUnicodeEscape');
  // Java puts the properties before the one whose key or value holds the first malformed escape, then throws.
  const holding = malformed === undefined ? -1 : document.entries.findIndex((entry) => malformed.start < entry.end);
  const kept = holding === -1 ? document.entries : document.entries.slice(0, holding);
  return { entries: kept.map((entry) => [entry.key, entry.value]), refused: malformed !== undefined, problems };
}

function sameLoad(linter: { entries: [string, string][]; refused: boolean }, java: JavaLoad): boolean {
  return linter.refused === (java.refused !== null) && JSON.stringify(linter.entries) === JSON.stringify(java.entries);
}

/** How the linter's reading of `bytes` differs from Java's, or undefined when it does not. */
export function mismatch(bytes: Uint8Array, java: JavaResult): string | undefined {
  const streamText = Buffer.from(bytes).toString('latin1');
  const stream = linterLoad(new SourceFile('cams-webagent.conf', streamText));
  if (!sameLoad(stream, java.stream)) return `load(InputStream): Java ${JSON.stringify(java.stream)}, reader on the ISO-8859-1 text ${JSON.stringify(stream)}`;

  const decoded = decodeText(bytes);
  // A NUL byte makes the linter report the file as binary, unread (input/unreadable-file).
  if (!decoded.ok) return undefined;
  const source = new SourceFile('cams-webagent.conf', decoded.text);
  const linted = linterLoad(source, { byteOrderMark: decoded.byteOrderMark === true, encoding: decoded.encoding });
  if (decoded.byteOrderMark === true && !linted.problems.includes('byteOrderMark')) return 'a byte-order mark not reported';
  if (decoded.encoding !== 'utf-8') {
    if (!linted.problems.includes('utf16')) return `${decoded.encoding} not reported`;
    if (!('undecodable' in java.reader)) return 'Java decoded UTF-16 bytes as UTF-8';
    return undefined;
  }
  if (decoded.invalidUtf8At !== undefined) {
    if (!('undecodable' in java.reader)) return `Java decoded as UTF-8 bytes that decodeText did not (at ${decoded.invalidUtf8At})`;
    // The linter reads these bytes as ISO-8859-1, as load(InputStream) does; Java reads the mark as ï»¿.
    const asBytes = linted.entries.map(([key, value], i): [string, string] => [
      i === 0 && decoded.byteOrderMark ? key.replace(/^\ufeff/, '\u00ef\u00bb\u00bf') : key,
      value,
    ]);
    if (!sameLoad({ ...linted, entries: asBytes }, java.stream))
      return `linted as ISO-8859-1: Java load(InputStream) ${JSON.stringify(java.stream)}, linter ${JSON.stringify(linted)}`;
    return undefined;
  }
  if ('undecodable' in java.reader) return 'Java did not decode as UTF-8 bytes that decodeText did';
  if (!sameLoad(linted, java.reader)) return `linted as UTF-8: Java load(Reader) ${JSON.stringify(java.reader)}, linter ${JSON.stringify(linted)}`;
  return undefined;
}

/**
 * The smallest part of a mismatching file that still mismatches: chunks of bytes removed, halving their size, as
 * long as some removal keeps the mismatch (all candidates of a round in one JVM start).
 */
export function minimise(java: JavaProperties, bytes: Uint8Array): Uint8Array {
  let current = bytes;
  for (let size = Math.max(1, current.length >> 1); ; ) {
    const candidates: Uint8Array[] = [];
    for (let at = 0; at < current.length; at += size) candidates.push(new Uint8Array([...current.subarray(0, at), ...current.subarray(at + size)]));
    const results = java.load(candidates);
    const smaller = candidates.find((candidate, i) => mismatch(candidate, results[i] as JavaResult) !== undefined);
    if (smaller !== undefined) {
      current = smaller;
      size = Math.min(size, Math.max(1, current.length >> 1));
    } else if (size > 1) {
      size >>= 1;
    } else {
      return current;
    }
  }
}

/** A failing file as an entry of test/java/corpus.ts (ASCII only: every other character as a \\u escape). */
export function corpusEntry(bytes: Uint8Array, java: JavaResult): string {
  const ascii = (value: unknown) => JSON.stringify(value).replace(/[^\u0020-\u007e]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return `  {\n    name: '…',\n    bytes: ${ascii(Buffer.from(bytes).toString('latin1'))},\n    java: ${ascii(java)},\n  },`;
}

/** Tokens that split a properties file's structure: continuations, escapes cut anywhere, comments after them. */
const JAVA_TOKENS = [
  '\\',
  '\\\\',
  '\\\n',
  '\\\r\n',
  '\\\r',
  '\\\n#',
  '\\\n!',
  '\\\n  ',
  '\\u',
  '\\u00',
  '\\u0',
  '\\u00e9',
  '\\u0041',
  'e9',
  'E9',
  '0',
  '00',
  'g',
  'zz',
  'u',
  '#',
  '!',
  '# C:\\users',
  '=',
  ':',
  ' ',
  '  ',
  '\t',
  '\f',
  '\r',
  '\n',
  '\r\n',
  ' \n',
  '\t\r\n',
  '\\=',
  '\\:',
  '\\ ',
  '\\#',
  '\\!',
  '\\t',
  '\\n',
  '\\r',
  '\\f',
  'a',
  'key',
  'cams.cluster.name',
  '=value',
  'é',
  '😀',
  '\ufeff',
  '\u00a0',
  '\u0085',
  '\u2028',
  '\u0000',
  '\ud800',
];

/** Files to load both ways: token soup and mutated examples, in every encoding, sometimes damaged. */
export function javaPropertiesFiles(profile: Profile): fc.Arbitrary<Uint8Array> {
  const soup = tokenText(JAVA_TOKENS, 40);
  const insertable = fc.oneof(character, fc.constantFrom(...JAVA_TOKENS), tokenText(JAVA_TOKENS, 6));
  return encoded(fc.oneof({ weight: 3, arbitrary: soup }, { weight: 1, arbitrary: mutated(seeds.properties, soup, insertable, profile, 4) }));
}
