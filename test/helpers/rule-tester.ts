/**
 * Table-driven rule tests (ESLint RuleTester style) and fixture files with inline expectation markers.
 * Text goes through the real readers and model; only the rule under test runs (input rules stay on, so a
 * syntax problem in a test case is not silently ignored).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exampleFiles, predictionsOf, type Rule } from '../../src/engine/rule-api.js';
import { DOMAIN_FILES, detectFormat } from '../../src/engine/units.js';
import { rules } from '../../rules/index.js';
import { lintFilesOutcome, testPath, type LintOutcome, type TestEnvironment } from './lint.js';

export interface ValidCase {
  readonly name: string;
  /** One file of the rule's product, or several in the `=== <file name> ===` form of docs examples. */
  readonly text?: string;
  /** Several files by name (`cams-webagent.conf`, `access-control-policy.xml`, `login-config.xml`, …). */
  readonly files?: Readonly<Record<string, string>>;
  readonly environment?: TestEnvironment;
  /** The rule's notices of checks not performed, exactly (in report order); unchecked when absent. */
  readonly notChecked?: readonly ExpectedNotice[];
}

export interface ExpectedNotice {
  readonly reason: string;
  readonly enable: string;
  readonly scope: readonly string[];
  /** File name as given in the case, and position, for a notice that points at an element. */
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
}

export interface ExpectedFinding {
  readonly messageId: string;
  /** File name as given in the case; required when the case has several files. */
  readonly file?: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly data?: Readonly<Record<string, string | number>>;
  /** The codes the finding predicts; by default those the rule's metadata gives its message. */
  readonly predicts?: readonly string[];
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedFinding[];
}

const inputRules: readonly Rule[] = rules.filter((rule) => rule.scope === 'input');

/**
 * Findings of `rule` on the input. A check rule runs alone (plus the input rules, so a syntax problem in a
 * test case is not silently ignored); an input rule (syntax, files, waivers) concerns the whole input, so
 * every rule runs and only its own findings are returned.
 */
export function findingsOf(rule: Rule, input: string | Readonly<Record<string, string>>, environment?: TestEnvironment) {
  return outcomeOf(rule, input, environment).findings;
}

/** findingsOf, with the checks the rule did not perform. */
export function outcomeOf(rule: Rule, input: string | Readonly<Record<string, string>>, environment?: TestEnvironment): LintOutcome {
  const files = typeof input === 'string' ? exampleFiles(rule.id, input) : input;
  if (rule.scope !== 'input') return lintFilesOutcome(files, { only: [...inputRules, rule], environment });
  const outcome = lintFilesOutcome(files, { environment });
  return {
    findings: outcome.findings.filter((finding) => finding.ruleId === rule.id),
    notChecked: outcome.notChecked.filter((notice) => notice.ruleId === rule.id),
  };
}

/** The rule's notices in the fields a test states (a position only for a notice that has one). */
function noticesOf(rule: Rule, outcome: LintOutcome): ExpectedNotice[] {
  return outcome.notChecked
    .filter((notice) => notice.ruleId === rule.id)
    .map(({ reason, enable, scope, location }) => ({
      reason,
      enable,
      scope,
      ...(location ? { file: testPath(location.file), line: location.line, column: location.column } : {}),
    }));
}

function inputOf(test: ValidCase): string | Readonly<Record<string, string>> {
  const input = test.files ?? test.text;
  if (input === undefined) throw new Error(`test case "${test.name}" has neither text nor files`);
  return input;
}

export function testRule(rule: Rule, cases: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const test of cases.valid) {
      it(`valid: ${test.name}`, () => {
        const outcome = outcomeOf(rule, inputOf(test), test.environment);
        expect(outcome.findings).toEqual([]);
        if (test.notChecked) expect(noticesOf(rule, outcome)).toEqual(test.notChecked);
      });
    }
    for (const test of cases.invalid) {
      it(`invalid: ${test.name}`, () => {
        const outcome = outcomeOf(rule, inputOf(test), test.environment);
        if (test.notChecked) expect(noticesOf(rule, outcome)).toEqual(test.notChecked);
        const actual = outcome.findings.map((finding) => {
          const file = testPath(finding.file);
          const expected = test.errors.find((e) => e.line === finding.line && e.messageId === finding.messageId && (e.file === undefined || e.file === file));
          return {
            ruleId: finding.ruleId,
            messageId: finding.messageId,
            ...(expected?.file !== undefined ? { file } : {}),
            line: finding.line,
            column: finding.column,
            ...(expected?.endLine !== undefined ? { endLine: finding.endLine } : {}),
            ...(expected?.endColumn !== undefined ? { endColumn: finding.endColumn } : {}),
            ...(expected?.data !== undefined ? { data: pick(finding.data, Object.keys(expected.data)) } : {}),
            predicts: finding.predicts,
          };
        });
        expect(actual).toEqual(test.errors.map((e) => ({ ruleId: rule.id, predicts: predictionsOf(rule, e.messageId), ...e })));
      });
    }
  });
}

function pick(data: Readonly<Record<string, string | number>>, keys: readonly string[]) {
  return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

/**
 * Runs test/fixtures/<rule id>/: every `bad-*` fixture must give exactly the findings its markers announce,
 * every `ok-*` fixture none. A fixture is one file (`.conf`: the product's agent file; `.xml`: the security
 * domain file its root element names; either may hold several files as `=== <path>` sections, as fleet rules'
 * do) or a directory of files with their real names. Markers count lines within their file:
 * `# expect <rule id> @+1` on its own line in conf files, `<!-- expect <rule id> @+1 -->` in XML (`@0` for
 * the marker's own line, `@-1` for the previous one).
 */
export function testFixtures(rule: Rule): void {
  const directory = new URL(`../fixtures/${rule.id}/`, import.meta.url);
  const names = readdirSync(directory).sort();
  describe(`${rule.id} fixtures`, () => {
    for (const name of names) {
      it(name, () => {
        const files = fixtureFiles(rule, new URL(name, directory));
        const found = findingsOf(rule, files)
          .filter((f) => f.ruleId === rule.id)
          .map((f) => `${testPath(f.file)}:${f.line}`);
        const expected = Object.entries(files).flatMap(([file, text]) => expectedLines(text, rule.id).map((line) => `${file}:${line}`));
        expect(found.sort(), `fixture test/fixtures/${rule.id}/${name}`).toEqual(name.startsWith('ok-') ? [] : expected.sort());
      });
    }
  });
}

function fixtureFiles(rule: Rule, location: URL): Record<string, string> {
  if (statSync(location).isDirectory()) {
    const base = location.href.endsWith('/') ? location : new URL(`${location.href}/`);
    return Object.fromEntries(readdirSync(base).map((file) => [file, readFileSync(new URL(file, base), 'utf8')]));
  }
  const text = readFileSync(location, 'utf8');
  if (!location.pathname.endsWith('.xml')) return exampleFiles(rule.id, text);
  const format = detectFormat(text);
  if (format === undefined || format === 'cleartrust-conf' || format === 'cams-conf') throw new Error(`${location.pathname}: not a Cams security domain file`);
  return { [DOMAIN_FILES[format].name]: text };
}

const CONF_MARKER = /^\s*[#!]\s*expect\s+(\S+)\s+@([+-]\d+)\s*$/;
const XML_MARKER = /<!--\s*expect\s+(\S+)\s+@([+-]?\d+)\s*-->/g;

export function expectedLines(text: string, ruleId: string): number[] {
  const lines = text.split(/\r\n|\n|\r/);
  const expected: number[] = [];
  lines.forEach((line, index) => {
    const markers = [CONF_MARKER.exec(line), ...line.matchAll(XML_MARKER)];
    for (const match of markers) if (match && match[1] === ruleId) expected.push(index + 1 + Number(match[2]));
  });
  return expected.sort((a, b) => a - b);
}
