/**
 * Entry point of the GitHub Action (action.yml: runs.using node24, main dist/action.cjs, which the build writes
 * and which is committed, so the runner runs it as it is, with nothing to install). It reads the inputs from the
 * INPUT_* variables the runner sets, runs the CLI with annotations on stdout and the SARIF report in a file,
 * writes the outputs and a step summary, and exits with the CLI's exit code. The inputs never pass through a
 * shell: paths with spaces stay whole, and `$(…)` in an input is text, not a command.
 */
import { spawnSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Summary } from '../report/report.js';

/** The CLI's launcher, beside the committed bundle it runs (this file is dist/action.cjs once built). */
const LAUNCHER = path.join(__dirname, '..', 'bin', 'webagent-lint.cjs');

process.exitCode = runAction();

function runAction(): number {
  const paths = input('paths')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const args = splitWords(input('args'));
  if (args === undefined) {
    process.stderr.write('webagent-lint: the args input has an unclosed quote\n');
    return 2;
  }
  const sarifFile = input('sarif-file');
  // A SARIF file left by an earlier step must not be taken for this run's when the run cannot write one.
  if (sarifFile !== '') rmSync(sarifFile, { force: true });
  const reportDir = mkdtempSync(path.join(process.env['RUNNER_TEMP'] || os.tmpdir(), 'webagent-lint-'));
  const jsonReport = path.join(reportDir, 'report.json');
  try {
    const cli = spawnSync(
      process.execPath,
      // --format github: the runner turns the ::error/::warning lines on stdout into annotations. The paths come
      // after -- so that none is read as an option.
      [
        LAUNCHER,
        'lint',
        '--format',
        'github',
        ...(sarifFile === '' ? [] : ['--sarif-file', sarifFile]),
        '--report',
        `json=${jsonReport}`,
        ...args,
        '--',
        ...paths,
      ],
      { stdio: 'inherit' },
    );
    // Killed by a signal, or not started at all: the run failed, and a failed run never passes.
    const code = cli.status ?? 2;
    const summary = existsSync(jsonReport) ? (JSON.parse(readFileSync(jsonReport, 'utf8')) as { summary: Summary }).summary : undefined;
    setOutput('sarif-file', sarifFile !== '' && existsSync(sarifFile) ? sarifFile : '');
    if (summary !== undefined) for (const count of ['errors', 'warnings', 'infos'] as const) setOutput(count, String(summary[count]));
    writeStepSummary(code, summary);
    return code;
  } finally {
    rmSync(reportDir, { recursive: true, force: true });
  }
}

/** An input as the runner passes it: INPUT_ and the name upper-cased with spaces as underscores (hyphens stay). */
function input(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * The words of the args input: split at whitespace, with single or double quotes grouping a value that holds
 * spaces, as a shell splits them; nothing else is interpreted (no variables, globs or commands). Undefined when a
 * quote is not closed.
 */
function splitWords(text: string): string[] | undefined {
  const words: string[] = [];
  let word: string | undefined;
  let quote: string | undefined;
  for (const char of text) {
    if (quote !== undefined) {
      if (char === quote) quote = undefined;
      else word += char;
    } else if (char === '"' || char === "'") {
      quote = char;
      word ??= '';
    } else if (/\s/.test(char)) {
      if (word !== undefined) words.push(word);
      word = undefined;
    } else {
      word = (word ?? '') + char;
    }
  }
  if (quote !== undefined) return undefined;
  if (word !== undefined) words.push(word);
  return words;
}

/** Outputs go to the file GITHUB_OUTPUT names, each between delimiter lines (as @actions/core writes them), so that no value can add an output of its own. */
function setOutput(name: string, value: string): void {
  const file = process.env['GITHUB_OUTPUT'];
  const delimiter = `webagent-lint-${randomUUID()}`;
  if (file) appendFileSync(file, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

function writeStepSummary(code: number, summary: Summary | undefined): void {
  const file = process.env['GITHUB_STEP_SUMMARY'];
  if (!file) return;
  const verdict =
    code === 0
      ? '### webagent-lint: passed\n\nNo finding at or above the failure threshold.\n'
      : code === 1
        ? '### webagent-lint: failed\n\nFindings at or above the failure threshold: see the annotations.\n'
        : `### webagent-lint: could not run\n\nwebagent-lint exited with code ${code}: see the log of this step.\n`;
  const counts =
    summary === undefined
      ? ''
      : `\n| errors | warnings | infos | agents | files |\n| ---: | ---: | ---: | ---: | ---: |\n| ${summary.errors} | ${summary.warnings} | ${summary.infos} | ${summary.agents} | ${summary.files} |\n`;
  appendFileSync(file, `${verdict}${counts}`);
}
