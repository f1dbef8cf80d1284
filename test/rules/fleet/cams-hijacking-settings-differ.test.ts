import { describe, expect, it } from 'vitest';
import rule from '../../../rules/fleet/cams-hijacking-settings-differ.js';
import { findingsOf, testFixtures } from '../../helpers/rule-tester.js';

// The three session hijacking rules are judged together in cams-session-hijacking.test.ts.
describe('fleet/cams-hijacking-settings-differ', () => {
  it('reports both protected agents at their differing algorithm', () => {
    const text = '=== a/cams-webagent.conf\ncams.cluster.name=P\ncams.session.hijacking.protection.enable=true\ncams.session.hijacking.protection.algorithm=SHA-256\n=== b/cams-webagent.conf\ncams.cluster.name=P\ncams.session.hijacking.protection.enable=true\ncams.session.hijacking.protection.algorithm=MD5\n';
    expect(findingsOf(rule, text).map((f) => `${f.agent}:${f.line}:${f.column} ${f.predicts.join()}`)).toEqual(['a:3:45 CAMS-5304', 'b:3:45 CAMS-5304']);
  });
});

testFixtures(rule);
