/**
 * Table-driven rule tests (ESLint RuleTester style) and fixture files with inline expectation markers.
 * Text goes through the real reader and model; only the rule under test runs (input rules stay on, so a
 * syntax problem in a test case is not silently ignored).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Rule } from '../../src/engine/rule-api.js';
import { rules } from '../../rules/index.js';
import { lintText, type TestEnvironment } from './lint.js';

export interface ValidCase {
  readonly name: string;
  readonly text: string;
  readonly environment?: TestEnvironment;
}

export interface ExpectedFinding {
  readonly messageId: string;
  readonly line: number;
  readonly column: number;
  readonly endLine?: number;
  readonly endColumn?: number;
  readonly data?: Readonly<Record<string, string | number>>;
}

export interface InvalidCase extends ValidCase {
  readonly errors: readonly ExpectedFinding[];
}

const inputRules: readonly Rule[] = rules.filter((rule) => rule.scope === 'input');

/**
 * Findings of `rule` on `text`. A check rule runs alone (plus the input rules, so a syntax problem in a
 * test case is not silently ignored); an input rule (syntax, files, waivers) concerns the whole input, so
 * every rule runs and only its own findings are returned.
 */
export function findingsOf(rule: Rule, text: string, environment?: TestEnvironment) {
  if (rule.scope === 'input') return lintText(text, { environment }).filter((finding) => finding.ruleId === rule.id);
  return lintText(text, { only: [...inputRules, rule], environment });
}

export function testRule(rule: Rule, cases: { readonly valid: readonly ValidCase[]; readonly invalid: readonly InvalidCase[] }): void {
  describe(rule.id, () => {
    for (const test of cases.valid) {
      it(`valid: ${test.name}`, () => {
        expect(findingsOf(rule, test.text, test.environment)).toEqual([]);
      });
    }
    for (const test of cases.invalid) {
      it(`invalid: ${test.name}`, () => {
        const findings = findingsOf(rule, test.text, test.environment);
        const actual = findings.map((finding) => {
          const expected = test.errors.find((e) => e.line === finding.line && e.messageId === finding.messageId);
          return {
            ruleId: finding.ruleId,
            messageId: finding.messageId,
            line: finding.line,
            column: finding.column,
            ...(expected?.endLine !== undefined ? { endLine: finding.endLine } : {}),
            ...(expected?.endColumn !== undefined ? { endColumn: finding.endColumn } : {}),
            ...(expected?.data !== undefined ? { data: pick(finding.data, Object.keys(expected.data)) } : {}),
            predicts: finding.predicts,
          };
        });
        expect(actual).toEqual(test.errors.map((e) => ({ ruleId: rule.id, predicts: rule.predicts, ...e })));
      });
    }
  });
}

function pick(data: Readonly<Record<string, string | number>>, keys: readonly string[]) {
  return Object.fromEntries(keys.map((key) => [key, data[key]]));
}

/**
 * Runs test/fixtures/<rule id>/: every `bad-*.conf` must give exactly the findings its markers announce
 * (`# expect <rule id> @+1` points at the next line, `@-1` at the previous one), every `ok-*.conf` none.
 */
export function testFixtures(rule: Rule): void {
  const directory = new URL(`../fixtures/${rule.id}/`, import.meta.url);
  const files = readdirSync(directory).sort();
  describe(`${rule.id} fixtures`, () => {
    for (const name of files) {
      it(name, () => {
        const text = readFileSync(new URL(name, directory), 'utf8');
        const found = findingsOf(rule, text).filter((f) => f.ruleId === rule.id).map((f) => f.line);
        expect(found).toEqual(name.startsWith('ok-') ? [] : expectedLines(text, rule.id));
      });
    }
  });
}

const MARKER = /^\s*#\s*expect\s+(\S+)\s+@([+-]\d+)\s*$/;

export function expectedLines(text: string, ruleId: string): number[] {
  const lines = text.split(/\r\n|\n|\r/);
  const expected: number[] = [];
  lines.forEach((line, index) => {
    const match = MARKER.exec(line);
    if (match && match[1] === ruleId) expected.push(index + 1 + Number(match[2]));
  });
  return expected.sort((a, b) => a - b);
}
