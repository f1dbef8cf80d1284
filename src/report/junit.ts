/**
 * JUnit XML, the de-facto CI test report: one test suite per linted file, one failing test case per finding
 * (errors and warnings as failures, infos as skipped notes), and one passing case for a clean file so CI
 * dashboards count it; the checks that were not performed are the skipped cases of a suite "not checked".
 * Each case names its `file` (GitLab and Jenkins link it) and a `time` of 0: a finding is not a timed test, and a
 * measured time would make two runs over the same files differ.
 */
import type { Finding, NotChecked } from '../engine/engine.js';
import { failureLines, noticePlace, type Report } from './report.js';

export function formatJunit(report: Report): string {
  const byFile = new Map<string, Finding[]>(report.files.map((file) => [file, []]));
  for (const finding of report.findings) {
    const list = byFile.get(finding.file);
    if (list) list.push(finding);
    else byFile.set(finding.file, [finding]);
  }
  const suites = [...byFile].map(([file, findings]) => {
    const failures = findings.filter((f) => f.severity !== 'info').length;
    const cases =
      findings.length === 0
        ? [`    <testcase classname="${xml(file)}" name="webagent-lint" file="${xml(file)}" time="0"/>`]
        : findings.map((f) => {
            const name = `${f.ruleId} ${f.line}:${f.column}`;
            const body = `${f.message}\n${f.file}:${f.line}:${f.column}${f.predicts.length > 0 ? `\nPredicts: ${f.predicts.join(', ')}` : ''}\nFix: ${f.remedy}`;
            const outcome =
              f.severity === 'info'
                ? `<skipped message="${xml(f.message)}"/>`
                : `<failure type="${f.severity}" message="${xml(f.message)}">${xml(body)}</failure>`;
            return `    <testcase classname="${xml(file)}" name="${xml(name)}" file="${xml(file)}" time="0">${outcome}</testcase>`;
          });
    const tests = Math.max(1, findings.length);
    const skipped = findings.length - failures;
    return `  <testsuite name="${xml(file)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}" time="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  if (report.notChecked.length > 0) suites.push(notCheckedSuite(report.notChecked));
  const errors = failureLines(report);
  if (errors.length > 0) suites.push(failedRunSuite(errors));
  const total = [...byFile.values()].reduce((n, f) => n + Math.max(1, f.length), 0) + report.notChecked.length + errors.length;
  const failures = report.findings.filter((f) => f.severity !== 'info').length;
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="webagent-lint" tests="${total}" failures="${failures}" errors="${errors.length}" time="0">\n${suites.join('\n')}${suites.length > 0 ? '\n' : ''}</testsuites>\n`;
}

/** A failed run (a path that could not be read, a rule that threw): one erroring case per problem. */
function failedRunSuite(errors: readonly string[]): string {
  const cases = errors.map((text) => `    <testcase classname="webagent-lint run" name="${xml(text)}" time="0"><error message="${xml(text)}"/></testcase>`);
  return `  <testsuite name="webagent-lint run" tests="${errors.length}" failures="0" errors="${errors.length}" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`;
}

function notCheckedSuite(notChecked: readonly NotChecked[]): string {
  const cases = notChecked.map((notice) => {
    const name = `${notice.ruleId} ${noticePlace(notice)}`;
    const file = notice.location ? ` file="${xml(notice.location.file)}"` : '';
    return `    <testcase classname="not checked" name="${xml(name)}"${file} time="0"><skipped message="${xml(`${notice.reason} To check it: ${notice.enable}`)}"/></testcase>`;
  });
  return `  <testsuite name="not checked" tests="${notChecked.length}" failures="0" errors="0" skipped="${notChecked.length}" time="0">\n${cases.join('\n')}\n  </testsuite>`;
}

function xml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // XML 1.0 cannot carry most control characters, even escaped.
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}
