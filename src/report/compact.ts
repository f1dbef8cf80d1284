/**
 * One line per finding, `path:line:column: severity: message [rule]`: the shape compilers print, which
 * terminals, vim's quickfix (`:cexpr`, errorformat `%f:%l:%c: %m`) and Emacs' compilation mode jump to. Checks
 * not performed are `note` lines (at their element when they have one); a failed run says so on a line of its
 * own; with many findings one line counts them per rule; the last line counts everything, as the text report
 * does.
 */
import { printable } from '../text/printable.js';
import { failureLines, perRuleCounts, scopeText, type Report } from './report.js';
import { plural } from './text.js';

export function formatCompact(report: Report): string {
  const lines = report.findings.map((finding) => {
    const predicts = finding.predicts.length > 0 ? ` (predicts ${finding.predicts.join(', ')})` : '';
    return `${printable(finding.file)}:${finding.line}:${finding.column}: ${finding.severity}: ${printable(finding.message)}${predicts} [${finding.ruleId}]`;
  });
  for (const notice of report.notChecked) {
    const where = notice.location ? `${printable(notice.location.file)}:${notice.location.line}:${notice.location.column}` : 'webagent-lint';
    const scope = notice.location ? '' : ` (${printable(scopeText(notice.scope))})`;
    lines.push(`${where}: note: not checked${scope}: ${printable(notice.reason)} To check it: ${printable(notice.enable)} [${notice.ruleId}]`);
  }
  for (const line of failureLines(report)) lines.push(`webagent-lint: error: the run failed: ${printable(line)}`);
  const perRule = perRuleCounts(report.findings);
  if (perRule.length > 0) lines.push(`Per rule: ${perRule.map(([ruleId, count]) => `${count} ${ruleId}`).join(', ')}.`);
  const { errors, warnings, infos, agents, files } = report.summary;
  lines.push(
    `${plural(errors + warnings + infos, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}) in ${plural(agents, 'agent')} (${plural(files, 'file')}).`,
  );
  return `${lines.join('\n')}\n`;
}
