import rule from '../../../rules/fleet/outlier.js';
import { findingsOf, testFixtures, testRule } from '../../helpers/rule-tester.js';
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

const domain = (value: string) => `<Global>\ncleartrust.agent.cookie_domain=${value}\n</Global>\n`;

testRule(rule, {
  valid: [
    {
      name: 'an even split is no strong majority',
      files: {
        'a/webagent.conf': domain('.example.com'),
        'b/webagent.conf': domain('.example.com'),
        'c/webagent.conf': domain('.example.org'),
        'd/webagent.conf': domain('.example.org'),
      },
    },
  ],
  invalid: [
    {
      name: 'one agent of four against three',
      files: {
        'a/webagent.conf': domain('.example.com'),
        'b/webagent.conf': domain('.example.com'),
        'c/webagent.conf': domain('.example.com'),
        'd/webagent.conf': domain('.exmaple.com'),
      },
      errors: [
        { messageId: 'differs', file: 'd/webagent.conf', line: 2, column: 1, data: { setting: 'cleartrust.agent.cookie_domain', value: '".exmaple.com"' } },
      ],
    },
  ],
});
