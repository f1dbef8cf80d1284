import rule from '../../../rules/fleet/outlier.js';
import { findingsOf, testFixtures } from '../../helpers/rule-tester.js';
import { describe, expect, it } from 'vitest';

const agent = (name: string, ...lines: string[]) => `=== ${name}/webagent.conf\n<Global>\n${lines.join('\n')}\n</Global>\n`;

describe('fleet/outlier', () => {
  it('names the majority value, and never a secret', () => {
    const text =
      ['a', 'b', 'c'].map((n) => agent(n, 'cleartrust.agent.shared_secret=CANARY-one')).join('') + agent('d', 'cleartrust.agent.shared_secret=CANARY-two');
    const findings = findingsOf(rule, text);
    expect(findings.map((f) => `${f.agent}@${f.line}:${f.column} ${f.message}`)).toEqual([
      'd@2:1 cleartrust.agent.shared_secret is a secret value (not shown) here, but a secret value (not shown) on 3 of the 4 agents of cluster (no dispatcher list) (a, b, c).',
    ]);
    expect(JSON.stringify(findings)).not.toContain('CANARY');
  });

  it('needs a strong majority of at least three agents', () => {
    expect(findingsOf(rule, agent('a', 'cleartrust.agent.realm=A') + agent('b', 'cleartrust.agent.realm=A') + agent('c', 'cleartrust.agent.realm=B'))).toEqual(
      [],
    );
  });
});

testFixtures(rule);
