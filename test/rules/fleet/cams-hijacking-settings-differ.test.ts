import { describe, expect, it } from 'vitest';
import rule from '../../../rules/fleet/cams-hijacking-settings-differ.js';
import { findingsOf, testFixtures, testRule } from '../../helpers/rule-tester.js';

// The three session hijacking rules are judged together in cams-session-hijacking.test.ts.
describe('fleet/cams-hijacking-settings-differ', () => {
  it('two protected agents split evenly: both are reported at their differing algorithm', () => {
    const text =
      '=== a/cams-webagent.conf\ncams.cluster.name=P\ncams.session.hijacking.protection.enable=true\ncams.session.hijacking.protection.algorithm=SHA-256\n=== b/cams-webagent.conf\ncams.cluster.name=P\ncams.session.hijacking.protection.enable=true\ncams.session.hijacking.protection.algorithm=MD5\n';
    expect(findingsOf(rule, text).map((f) => `${f.agent}:${f.line}:${f.column} ${f.predicts.join()}`)).toEqual(['a:3:45 CAMS-5304', 'b:3:45 CAMS-5304']);
  });

  it('one agent against two: only it is reported, with the fix naming it and the others as related locations', () => {
    const protectedAgent = (name: string, algorithm: string) =>
      `=== ${name}/cams-webagent.conf\ncams.cluster.name=P\ncams.session.hijacking.protection.enable=true\ncams.session.hijacking.protection.algorithm=${algorithm}\n`;
    const findings = findingsOf(rule, protectedAgent('a', 'SHA-256') + protectedAgent('b', 'SHA-256') + protectedAgent('c', 'MD5'));
    expect(findings.map((f) => `${f.agent}:${f.line}:${f.column} ${f.remedy}`)).toEqual([
      'c:3:45 Give c the cams.session.hijacking.protection.algorithm of a, b: every agent of the cluster needs the same algorithm and salt.',
    ]);
    expect(findings[0]?.related).toEqual([
      { file: 'a/cams-webagent.conf', line: 3, column: 45, endLine: 3, endColumn: 52 },
      { file: 'b/cams-webagent.conf', line: 3, column: 45, endLine: 3, endColumn: 52 },
    ]);
  });
});

testFixtures(rule);

const agent = (...lines: string[]) => `cams.cluster.name=Prod\n${lines.map((line) => `cams.session.hijacking.protection.${line}`).join('\n')}\n`;

testRule(rule, {
  valid: [
    {
      name: 'the same algorithm and salt everywhere',
      files: { 'a/cams-webagent.conf': agent('enable=true', 'salt=s1'), 'b/cams-webagent.conf': agent('enable=true', 'salt=s1') },
    },
  ],
  invalid: [
    {
      name: 'the one protected agent of three with another salt',
      files: {
        'a/cams-webagent.conf': agent('enable=true', 'salt=s1'),
        'b/cams-webagent.conf': agent('enable=true', 'salt=s1'),
        'c/cams-webagent.conf': agent('enable=true', 'salt=s2'),
      },
      errors: [{ messageId: 'differs', file: 'c/cams-webagent.conf', line: 3, column: 40 }],
    },
  ],
});
