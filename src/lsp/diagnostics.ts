/**
 * Findings as LSP diagnostics, and the "waive with reason" code action. Pure: the server (src/run/lsp.ts)
 * decides which file each finding's path names and where the rule's documentation lies.
 */
import type { CodeAction, Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver';
import type { Location } from '../engine/engine.js';
import type { Finding } from '../engine/finding.js';
import type { Severity } from '../engine/rule-api.js';

export const DIAGNOSTIC_SOURCE = 'webagent-lint';

// The LSP's DiagnosticSeverity values, written out: importing the enum would load the protocol library.
const SEVERITIES: Readonly<Record<Severity, DiagnosticSeverity>> = { error: 1, warning: 2, info: 3 };

export interface DiagnosticLinks {
  /** The URI of a finding's file, or of a related place's. */
  uriOf(file: string): string;
  /** Where the rule's documentation is, when it can be linked. */
  docsOf(ruleId: string): string | undefined;
}

/** LSP ranges are 0-based; a finding's line and column are 1-based and in UTF-16 code units, as LSP's. */
export function rangeOf(location: Pick<Location, 'line' | 'column' | 'endLine' | 'endColumn'>): Range {
  return {
    start: { line: location.line - 1, character: location.column - 1 },
    end: { line: location.endLine - 1, character: location.endColumn - 1 },
  };
}

export function toDiagnostic(finding: Finding, links: DiagnosticLinks): Diagnostic {
  const docs = links.docsOf(finding.ruleId);
  // The predicted log codes belong in the message: that is what an administrator searches the log for.
  const predicts = finding.predicts.length > 0 ? `\npredicts ${finding.predicts.join(', ')}` : '';
  return {
    range: rangeOf(finding),
    severity: SEVERITIES[finding.severity],
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    ...(docs !== undefined ? { codeDescription: { href: docs } } : {}),
    message: `${finding.message}${predicts}\nfix: ${finding.remedy}`,
    ...(finding.related && finding.related.length > 0
      ? {
          relatedInformation: finding.related.map((place) => ({
            location: { uri: links.uriOf(place.file), range: rangeOf(place) },
            message: `${finding.ruleId}: related place`,
          })),
        }
      : {}),
  };
}

/** What a person replaces in the waiver the code action inserts: a waiver without a reason waives nothing. */
export const REASON_PLACEHOLDER = 'REASON: say why this finding is accepted';

/**
 * "Waive with reason": a waiver comment (design §3.7) on its own line above the diagnostic's line, indented
 * like it, with a reason placeholder. Not for findings about waivers themselves (a waiver cannot waive those
 * meaningfully: the fix is to correct or remove the waiver).
 */
export function waiverAction(text: string, uri: string, xml: boolean, diagnostic: Diagnostic): CodeAction | undefined {
  const ruleId = typeof diagnostic.code === 'string' ? diagnostic.code : undefined;
  if (diagnostic.source !== DIAGNOSTIC_SOURCE || ruleId === undefined || ruleId.startsWith('waiver/')) return undefined;
  const lineNumber = diagnostic.range.start.line;
  const line = text.split(/\r\n|\r|\n/)[lineNumber] ?? '';
  const indent = /^[ \t]*/.exec(line)?.[0] ?? '';
  const directive = `webagent-lint-disable-next-line ${ruleId} -- ${REASON_PLACEHOLDER}`;
  const comment = xml ? `<!-- ${directive} -->` : `# ${directive}`;
  const edit: TextEdit = {
    range: { start: { line: lineNumber, character: 0 }, end: { line: lineNumber, character: 0 } },
    newText: `${indent}${comment}${lineBreakOf(text)}`,
  };
  return { title: `Waive ${ruleId} on this line (with a reason)`, kind: 'quickfix', diagnostics: [diagnostic], edit: { changes: { [uri]: [edit] } } };
}

/** The file's own line break, so that the inserted line does not mix CRLF into an LF file or the reverse. */
function lineBreakOf(text: string): string {
  const match = /\r\n|\r|\n/.exec(text);
  return match ? match[0] : '\n';
}
