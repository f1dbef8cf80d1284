/** JSON report, design contract §3.3 (schema: schemas/report.schema.json). */
import type { Finding, NotChecked } from '../engine/engine.js';
import type { Fix } from '../engine/fixes.js';
import type { Report } from './report.js';

export function formatJson(report: Report): string {
  // `notChecked` only when a check was skipped: a run without one prints the report it always printed.
  const notChecked = report.notChecked.length > 0 ? { notChecked: report.notChecked.map(toJsonNotChecked) } : {};
  // `errors` only when the run failed (exit 2): the findings then cover only what could be read.
  const errors = (report.failures ?? []).length > 0 ? { errors: report.failures } : {};
  return `${JSON.stringify({ tool: report.tool, findings: report.findings.map(toJsonFinding), summary: report.summary, ...notChecked, ...errors }, null, 2)}\n`;
}

/** A notice as the schema publishes it (`definitions.notChecked`): the position flattened as in findings. */
export function toJsonNotChecked(notice: NotChecked) {
  return { ruleId: notice.ruleId, reason: notice.reason, scope: notice.scope, enable: notice.enable, ...notice.location };
}

/** The fields of a finding that the contract publishes, in its order. */
export function toJsonFinding(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    message: f.message,
    file: f.file,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    agent: f.agent,
    predicts: f.predicts,
    remedy: f.remedy,
    ...(f.fix ? { fix: jsonFix(f.fix) } : {}),
    ...(f.suggestions ? { suggestions: f.suggestions } : {}),
  };
}

/** A fix as the schema publishes it: edits by text offset only (the byte ranges are SARIF's). */
function jsonFix(fix: Fix): Fix {
  return { description: fix.description, edits: fix.edits.map(({ offset, length, text }) => ({ offset, length, text })) };
}
