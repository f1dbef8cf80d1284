/**
 * A finding's fix and suggestions as LSP code actions. Pure: the text of the open buffer and the findings the
 * server linted it into in, code actions out.
 *
 * A fix's offsets count UTF-16 code units of the decoded text without its byte-order mark (engine/fixes.ts);
 * LSP positions count UTF-16 code units too (the default position encoding), per line. The buffer an editor
 * sends may still begin with U+FEFF (it was linted without it), so the offsets are shifted past it.
 */
import type { CodeAction, Diagnostic, Position, TextEdit as LspTextEdit } from 'vscode-languageserver';
import { applyFixes, type Fix, type TextEdit } from '../engine/fixes.js';
import type { Finding } from '../engine/finding.js';
import { SourceFile } from '../parse/source.js';

/** The kind of the action that applies every fix of a document at once (editors run it on save when asked to). */
export const FIX_ALL_KIND = 'source.fixAll.webagent-lint';

/** The edits of one fix as LSP edits in `text`, the buffer the finding was linted from. */
export function toLspEdits(text: string, edits: readonly TextEdit[]): LspTextEdit[] {
  const shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const positionOf = positionsIn(text);
  return edits.map((edit) => ({
    range: { start: positionOf(edit.offset + shift), end: positionOf(edit.offset + shift + edit.length) },
    newText: edit.text,
  }));
}

/** Offset to LSP line and character (0-based); the readers' line ends (CRLF, LF, a lone CR), from SourceFile. */
function positionsIn(text: string): (offset: number) => Position {
  const source = new SourceFile('', text);
  return (offset) => {
    const { line, column } = source.positionAt(offset);
    return { line: line - 1, character: column - 1 };
  };
}

/** A diagnostic of the buffer and the finding it was made from. */
export interface LintedDiagnostic {
  readonly diagnostic: Diagnostic;
  readonly finding: Finding;
}

/**
 * The fix (preferred: what `lint --fix` applies) and each suggestion of the finding, as quick fixes. The
 * engine's waiver suggestion is left out: the server's "waive with reason" action (lsp/diagnostics.ts) offers
 * the same waiver for every format, XML included.
 */
export function fixActions(text: string, uri: string, { diagnostic, finding }: LintedDiagnostic): CodeAction[] {
  const action = (fix: Fix, preferred: boolean): CodeAction => ({
    title: fix.description,
    kind: 'quickfix',
    diagnostics: [diagnostic],
    isPreferred: preferred,
    edit: { changes: { [uri]: toLspEdits(text, fix.edits) } },
  });
  return [
    ...(finding.fix ? [action(finding.fix, true)] : []),
    ...(finding.suggestions ?? []).filter((fix) => !insertsWaiver(fix)).map((fix) => action(fix, false)),
  ];
}

function insertsWaiver(fix: Fix): boolean {
  return fix.edits.length === 1 && fix.edits[0]?.length === 0 && fix.edits[0].text.includes('webagent-lint-disable-next-line');
}

/**
 * Every fix of the buffer that `lint --fix` would apply in one pass (overlapping ones left for the next time,
 * as applyFixes decides), as one action; undefined when there is none.
 */
export function fixAllAction(text: string, uri: string, linted: readonly LintedDiagnostic[]): CodeAction | undefined {
  const fixes = linted.flatMap(({ finding }) => finding.fix ?? []);
  const { applied } = applyFixes(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, fixes);
  if (applied.length === 0) return undefined;
  return {
    title: 'Fix all webagent-lint problems that have a fix',
    kind: FIX_ALL_KIND,
    edit: {
      changes: {
        [uri]: toLspEdits(
          text,
          applied.flatMap((fix) => fix.edits),
        ),
      },
    },
  };
}

/** The linted diagnostic an editor sends back with a code action request: same rule, place and message. */
export function lintedDiagnosticOf(linted: readonly LintedDiagnostic[], diagnostic: Diagnostic): LintedDiagnostic | undefined {
  const same = (a: Position, b: Position) => a.line === b.line && a.character === b.character;
  return linted.find(
    (candidate) =>
      candidate.diagnostic.code === diagnostic.code &&
      same(candidate.diagnostic.range.start, diagnostic.range.start) &&
      same(candidate.diagnostic.range.end, diagnostic.range.end) &&
      candidate.diagnostic.message === diagnostic.message,
  );
}
