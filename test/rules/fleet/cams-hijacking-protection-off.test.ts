import { describe, expect, it } from 'vitest';
import rule from '../../../rules/fleet/cams-hijacking-protection-off.js';
import { findingsOf, testFixtures, testRule } from '../../helpers/rule-tester.js';

// The three session hijacking rules are judged together in cams-session-hijacking.test.ts.
describe('fleet/cams-hijacking-protection-off', () => {
  it('reports the agent without protection at its enable line', () => {
    const text =
      '=== a/cams-webagent.conf\ncams.cluster.name=P\ncams.session.hijacking.protection.enable=true\n=== b/cams-webagent.conf\ncams.cluster.name=P\ncams.session.hijacking.protection.enable=false\n';
    expect(findingsOf(rule, text).map((f) => `${f.agent}:${f.line}:${f.column} ${f.predicts.join()}`)).toEqual(['b:2:1 CAMS-5305']);
  });
});

testFixtures(rule);

const agent = (...lines: string[]) => `cams.cluster.name=Prod\n${lines.map((line) => `cams.session.hijacking.protection.${line}`).join('\n')}\n`;

testRule(rule, {
  valid: [{ name: 'every agent protected alike', files: { 'a/cams-webagent.conf': agent('enable=true'), 'b/cams-webagent.conf': agent('enable=true') } }],
  invalid: [
    {
      name: 'the one agent of three without protection',
      files: { 'a/cams-webagent.conf': agent('enable=true'), 'b/cams-webagent.conf': agent('enable=true'), 'c/cams-webagent.conf': agent('enable=false') },
      errors: [{ messageId: 'off', file: 'c/cams-webagent.conf', line: 2, column: 1 }],
    },
  ],
});
