/**
 * Human report: findings grouped by file, each with its position, severity, message, rule, the log code it
 * predicts and the remedy; then the checks that were not performed, the findings per rule when there are many,
 * and one summary line. Colour only when asked (TTY and no NO_COLOR, decided by the CLI).
 */
import { createColors } from 'picocolors';
import { printable } from '../text/printable.js';
import type { Finding, NotChecked } from '../engine/engine.js';
import { failureLines, hiddenCounts, noticePlace, perRuleCounts, type Report, type Summary } from './report.js';

export function formatText(report: Report, options: { readonly color: boolean }): string {
  const c = createColors(options.color);
  const body = formatFindingsText(report.findings, report.summary, c, report.notChecked, failureLines(report).length);
  const failures = failureLines(report);
  // A failed run says so first: what follows covers only what could be read.
  const failed = failures.length === 0 ? '' : `${[c.red(c.bold('Run failed:')), ...failures.map((line) => `  ${printable(line)}`)].join('\n')}\n\n`;
  return `${failed}${body}\n`;
}

type Colors = ReturnType<typeof createColors>;

/** The findings grouped by file, the "Not checked:" block, and the summary line (no trailing newline). */
export function formatFindingsText(findings: readonly Finding[], summary: Summary, c: Colors, notChecked: readonly NotChecked[] = [], failures = 0): string {
  const severityLabel = { error: c.red('error'), warning: c.yellow('warning'), info: c.blue('info') } as const;
  const lines: string[] = [];
  let currentFile: string | undefined;
  for (const finding of findings) {
    if (finding.file !== currentFile) {
      if (currentFile !== undefined) lines.push('');
      lines.push(c.underline(printable(finding.file)));
      currentFile = finding.file;
    }
    const position = `${finding.line}:${finding.column}`.padEnd(7);
    const label = severityLabel[finding.severity] + ' '.repeat(8 - finding.severity.length);
    lines.push(`  ${c.dim(position)} ${label}${finding.message}  ${c.dim(finding.ruleId)}`);
    lines.push(`  ${' '.repeat(7)} ${' '.repeat(8)}${detail(finding, c)}`);
  }
  if (lines.length > 0) lines.push('');
  if (notChecked.length > 0) lines.push(...notCheckedBlock(notChecked, c), '');
  const perRule = perRuleCounts(findings);
  if (perRule.length > 0) {
    // Counts right-aligned under the largest, which comes first.
    const width = String(perRule[0]?.[1]).length;
    lines.push(c.bold('Findings per rule:'), ...perRule.map(([ruleId, count]) => `  ${String(count).padStart(width)}  ${ruleId}`), '');
  }
  lines.push(summaryLine(summary, notChecked.length, c, failures));
  return lines.join('\n');
}

function notCheckedBlock(notChecked: readonly NotChecked[], c: Colors): string[] {
  const lines = [c.bold('Not checked:')];
  for (const notice of notChecked) {
    lines.push(`  ${c.underline(noticePlace(notice))}  ${notice.reason}  ${c.dim(notice.ruleId)}`);
    lines.push(`    ${c.dim(`to check it: ${notice.enable}`)}`);
  }
  return lines;
}

function detail(finding: Finding, c: Colors): string {
  const predicts = finding.predicts.length > 0 ? `${c.bold('predicts')} ${finding.predicts.join(', ')} · ` : '';
  return c.dim(`${predicts}fix: ${finding.remedy}`);
}

function summaryLine(summary: Summary, notChecked: number, c: Colors, failures: number): string {
  const { errors, warnings, infos, agents, files } = summary;
  const scope = `${plural(agents, 'agent')} (${plural(files, 'file')})`;
  const hidden = hiddenCounts(summary).join(', ');
  const suffix = hidden === '' ? '.' : `; ${hidden}.`;
  const skipped = notChecked === 0 ? '' : ` ${plural(notChecked, 'check')} ${notChecked === 1 ? 'was' : 'were'} not performed (see "Not checked" above).`;
  const total = errors + warnings + infos;
  // Never "No problems found" after a failure: nothing was found only in what could be read.
  if (failures > 0) {
    const found =
      total === 0 ? 'no findings' : `${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')})`;
    return c.red(c.bold(`The run failed (${plural(failures, 'problem')} above); ${found} in ${scope}${suffix}${skipped}`));
  }
  // Never a bare "No problems found" when a check was skipped: the sentence goes on to say so.
  if (total === 0) return notChecked === 0 ? c.green(`No problems found in ${scope}${suffix}`) : c.yellow(`No problems found in ${scope}${suffix}${skipped}`);
  const counts = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`;
  const text = `${plural(total, 'problem')} (${counts}) in ${scope}${suffix}${skipped}`;
  return errors > 0 ? c.red(c.bold(text)) : c.yellow(c.bold(text));
}

export function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
