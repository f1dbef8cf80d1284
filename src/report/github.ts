/**
 * GitHub Actions workflow commands: one `::error|warning|notice file=…,line=…::message` line per finding, which
 * GitHub shows as annotations on the pull request (it shows at most 10 per severity per step; the summary
 * line says how many there are in all), and one `::notice` per check that was not performed.
 */
import type { Location } from '../engine/engine.js';
import type { Severity } from '../engine/rule-api.js';
import { failureLines, scopeText, type Report } from './report.js';
import { printable } from '../text/printable.js';
import { plural } from './text.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

export function formatGithub(report: Report): string {
  const lines = report.findings.map((finding) => {
    const predicts = finding.predicts.length > 0 ? `\nPredicts ${finding.predicts.join(', ')} in the agent log.` : '';
    return `::${COMMAND[finding.severity]} ${properties(finding, finding.ruleId)}::${escapeData(`${finding.message}${predicts}\nFix: ${finding.remedy}`)}`;
  });
  for (const notice of report.notChecked) {
    // Without a position GitHub shows the notice on the run's summary page.
    const title = `Not checked: ${notice.ruleId}`;
    const where = notice.location ? properties(notice.location, title) : `title=${escapeProperty(title)}`;
    lines.push(`::notice ${where}::${escapeData(`${notice.reason}\nIn: ${scopeText(notice.scope)}\nTo check it: ${notice.enable}`)}`);
  }
  // A failed run is an error annotation of its own: a clean-looking log after a typo in `paths:` misleads.
  for (const line of failureLines(report)) lines.push(`::error title=${escapeProperty('webagent-lint run failed')}::${escapeData(printable(line))}`);
  const { errors, warnings, infos } = report.summary;
  const skipped = report.notChecked.length > 0 ? `; ${report.notChecked.length} not checked` : '';
  lines.push(
    `webagent-lint: ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')} in ${plural(report.summary.agents, 'agent')}${skipped}.`,
  );
  return `${lines.join('\n')}\n`;
}

function properties(at: Location, title: string): string {
  return [
    `file=${escapeProperty(printable(at.file))}`,
    `line=${at.line}`,
    `endLine=${at.endLine}`,
    `col=${at.column}`,
    `endColumn=${at.endColumn}`,
    `title=${escapeProperty(title)}`,
  ].join(',');
}

// Escaping as GitHub's @actions/core does for workflow commands.
function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
