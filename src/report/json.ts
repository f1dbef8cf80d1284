/** JSON report, design contract §3.3 (schema: schemas/report.schema.json). */
import type { Report } from './report.js';

export function formatJson(report: Report): string {
  const findings = report.findings.map((f) => ({
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
  }));
  return `${JSON.stringify({ tool: report.tool, findings, summary: report.summary }, null, 2)}\n`;
}
