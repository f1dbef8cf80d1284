/**
 * lint --fix and --fix-dry-run: the shell around engine/fixes.ts. Fixes are applied to the file's original
 * text (never the secret-masked one) and written back in the file's own encoding, byte-order mark included;
 * a file whose bytes would not survive decoding and encoding unchanged is left alone. The passes run in memory
 * (each lints the texts the one before made), so --fix writes each file once and --fix-dry-run shows what
 * --fix would write.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { createPatch } from 'diff';
import { applyFixes, type Fix } from '../engine/fixes.js';
import type { Finding } from '../engine/finding.js';
import { decodeText } from '../parse/source.js';

/** ESLint's bound: a fix that keeps offering fixes must not loop for ever. */
export const MAX_FIX_PASSES = 10;

/** The bytes fix passes gave files (by display path), which the next lint reads instead of the files. */
export type FixedBytes = ReadonlyMap<string, Uint8Array>;

export interface FixedFile {
  /** Display path (relative to the working directory, `/` separators). */
  readonly file: string;
  readonly before: string;
  readonly after: string;
  readonly bytes: Uint8Array;
}

/** The fixes of the findings, by file, in the order the files first appear. */
export function fixesByFile(findings: readonly Finding[]): Map<string, Fix[]> {
  const byFile = new Map<string, Fix[]>();
  for (const finding of findings) {
    if (!finding.fix) continue;
    const fixes = byFile.get(finding.file) ?? [];
    fixes.push(finding.fix);
    byFile.set(finding.file, fixes);
  }
  return byFile;
}

type Skip = (file: string, why: string) => void;

/**
 * As ESLint does, up to MAX_FIX_PASSES passes: the fixes of `findings` applied, then the fixed texts linted
 * again (`relint`, undefined when that lint fails), since a fix may enable (or undo the need for) another, until
 * no file changes. Each file that changed, from its text on disk to its last; undefined when a lint failed.
 * `skip` hears once why a file is left alone.
 */
export async function fixInPasses(
  findings: readonly Finding[],
  relint: (replaced: FixedBytes) => Promise<readonly Finding[] | undefined>,
  cwd: string,
  skip: Skip,
): Promise<FixedFile[] | undefined> {
  const said = new Set<string>();
  const skipOnce: Skip = (file, why) => {
    if (said.has(`${file}\0${why}`)) return;
    said.add(`${file}\0${why}`);
    skip(file, why);
  };
  const changed = new Map<string, FixedFile>();
  const replaced = new Map<string, Uint8Array>();
  let current: readonly Finding[] | undefined = findings;
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    const fixed = fixFiles(current, cwd, skipOnce, replaced);
    if (fixed.length === 0) break;
    for (const file of fixed) {
      changed.set(file.file, { ...file, before: changed.get(file.file)?.before ?? file.before });
      replaced.set(file.file, file.bytes);
    }
    current = await relint(replaced);
    if (current === undefined) return undefined;
  }
  // A file a later pass brought back to what it was does not change.
  return [...changed.values()].filter((file) => file.after !== file.before);
}

/**
 * Each file's text (its bytes in `replaced`, else on disk) with its fixes applied and encoded as the file was:
 * the files that change. A file that cannot be written back byte for byte is reported through `skip` instead.
 */
function fixFiles(findings: readonly Finding[], cwd: string, skip: Skip, replaced: FixedBytes): FixedFile[] {
  const fixed: FixedFile[] = [];
  for (const [file, fixes] of fixesByFile(findings)) {
    let original: Uint8Array;
    try {
      original = replaced.get(file) ?? readFileSync(path.resolve(cwd, file));
    } catch (error) {
      skip(file, `it cannot be read again (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
      continue;
    }
    const decoded = decodeText(original);
    if (!decoded.ok) continue;
    const codec = codecOf(decoded);
    if (!sameBytes(codec(decoded.text) ?? new Uint8Array(), original)) {
      skip(file, 'its bytes would not be written back unchanged in its encoding');
      continue;
    }
    const { text } = applyFixes(decoded.text, fixes);
    if (text === decoded.text) continue;
    const bytes = codec(text);
    if (!bytes) {
      skip(file, 'a fix writes a character its ISO-8859-1 encoding cannot hold');
      continue;
    }
    fixed.push({ file, before: decoded.text, after: text, bytes });
  }
  return fixed;
}

export function writeFixedFiles(files: readonly FixedFile[], cwd: string): void {
  for (const file of files) writeFileSync(path.resolve(cwd, file.file), file.bytes);
}

/** The changes as one unified diff with a/ and b/ paths, which `git apply` accepts. */
export function fixDiff(files: readonly FixedFile[]): string {
  return files
    .map((file) =>
      createPatch(file.file, file.before, file.after, undefined, undefined)
        // createPatch writes `Index:` and `===` lines and bare paths; git apply wants a/ and b/ prefixes.
        .replace(/^Index: .*\n=+\n/, '')
        .replace(/^--- .*$/m, `--- a/${file.file}`)
        .replace(/^\+\+\+ .*$/m, `+++ b/${file.file}`),
    )
    .join('');
}

type Decoded = Extract<ReturnType<typeof decodeText>, { ok: true }>;

/** Encodes text as the file was encoded; undefined when it holds a character the encoding cannot. */
function codecOf(decoded: Decoded): (text: string) => Uint8Array | undefined {
  const bom = decoded.byteOrderMark ? Buffer.from([0xef, 0xbb, 0xbf]) : Buffer.alloc(0);
  switch (decoded.encoding) {
    case 'utf-16le':
      return (text) => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    case 'utf-16be':
      return (text) => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(text, 'utf16le').swap16()]);
    default:
      if (decoded.invalidUtf8At === undefined) return (text) => Buffer.concat([bom, Buffer.from(text, 'utf8')]);
      // Read as ISO-8859-1, one character one byte, so only characters up to U+00FF fit.
      return (text) => (/[^\u0000-\u00ff]/.test(text) ? undefined : Buffer.concat([bom, Buffer.from(text, 'latin1')]));
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return Buffer.compare(a, b) === 0;
}
