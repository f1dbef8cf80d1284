import { describe, expect, it } from 'vitest';
import rule from '../../../rules/fleet/cams-hijacking-protection-on-alone.js';
import { findingsOf, testFixtures, testRule } from '../../helpers/rule-tester.js';

// The three session hijacking rules are judged together in cams-session-hijacking.test.ts.
describe('fleet/cams-hijacking-protection-on-alone', () => {
  it('reports the protected agent at its enable line', () => {
    const text =
      '=== a/cams-webagent.conf\ncams.cluster.name=P\ncams.session.hijacking.protection.enable=true\n=== b/cams-webagent.conf\ncams.cluster.name=P\ncams.session.hijacking.protection.enable=false\n';
    expect(findingsOf(rule, text).map((f) => `${f.agent}:${f.line}:${f.column} ${f.predicts.join()}`)).toEqual(['a:2:1 CAMS-5306']);
  });
});

testFixtures(rule);

const agent = (...lines: string[]) => `cams.cluster.name=Prod\n${lines.map((line) => `cams.session.hijacking.protection.${line}`).join('\n')}\n`;

testRule(rule, {
  valid: [{ name: 'no agent protected', files: { 'a/cams-webagent.conf': agent('enable=false'), 'b/cams-webagent.conf': agent('enable=false') } }],
  invalid: [
    {
      name: 'the one protected agent of three',
      files: { 'a/cams-webagent.conf': agent('enable=true'), 'b/cams-webagent.conf': agent('enable=false'), 'c/cams-webagent.conf': agent('enable=false') },
      errors: [{ messageId: 'alone', file: 'a/cams-webagent.conf', line: 2, column: 1 }],
    },
  ],
});
