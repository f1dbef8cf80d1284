/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message` line per finding, which
 * GitHub shows as annotations on the pull request (it shows at most 10 per severity per step; the summary
 * line says how many there are in all).
 */
import type { Severity } from '../engine/rule-api.js';
import type { Report } from './report.js';
import { printable } from '../text/printable.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function formatGithub(report: Report): string {
  const lines = report.findings.map((finding) => {
    const properties = [
      `file=${escapeProperty(printable(finding.file))}`,
      `line=${finding.line}`,
      `endLine=${finding.endLine}`,
      `col=${finding.column}`,
      `endColumn=${finding.endColumn}`,
      `title=${escapeProperty(finding.ruleId)}`,
    ].join(',');
    const predicts = finding.predicts.length > 0 ? `\nPredicts ${finding.predicts.join(', ')} in the agent log.` : '';
    return `::${COMMAND[finding.severity]} ${properties}::${escapeData(`${finding.message}${predicts}\nFix: ${finding.remedy}`)}`;
  });
  const { errors, warnings, infos } = report.summary;
  lines.push(`webagent-lint: ${errors} errors, ${warnings} warnings, ${infos} infos in ${report.summary.agents} agents.`);
  return `${lines.join('\n')}\n`;
}

// Escaping as GitHub's @actions/core does for workflow commands.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
