/** JSON report, design contract §3.3 (schema: schemas/report.schema.json). */
import type { Finding } from '../engine/engine.js';
import type { Report } from './report.js';

export function formatJson(report: Report): string {
  return `${JSON.stringify({ tool: report.tool, findings: report.findings.map(toJsonFinding), summary: report.summary }, null, 2)}\n`;
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
  };
}
