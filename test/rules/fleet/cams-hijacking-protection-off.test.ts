import { describe, expect, it } from 'vitest';
import rule from '../../../rules/fleet/cams-hijacking-protection-off.js';
import { findingsOf, testFixtures } from '../../helpers/rule-tester.js';

// The three session hijacking rules are judged together in cams-session-hijacking.test.ts.
describe('fleet/cams-hijacking-protection-off', () => {
  it('reports the agent without protection at its enable line', () => {
    const text =
      '=== a/cams-webagent.conf\ncams.cluster.name=P\ncams.session.hijacking.protection.enable=true\n=== b/cams-webagent.conf\ncams.cluster.name=P\ncams.session.hijacking.protection.enable=false\n';
    expect(findingsOf(rule, text).map((f) => `${f.agent}:${f.line}:${f.column} ${f.predicts.join()}`)).toEqual(['b:2:1 CAMS-5305']);
  });
});

testFixtures(rule);
