import { describe, expect, it } from 'vitest';
import rule from '../../../rules/waiver/unused.js';
import { lintText } from '../../helpers/lint.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

const debugGlobal = (waiver: string, level = 'Debug') => `<Global>\n${waiver}\ncleartrust.agent.log_level=${level}\n</Global>`;

testRule(rule, {
  valid: [
    { name: 'a waiver that waives', text: debugGlobal('# webagent-lint-disable-next-line cleartrust/debug-logging -- OPS-1') },
    {
      name: 'a waiver of two rules, one of which fires',
      text: debugGlobal('# webagent-lint-disable-next-line cleartrust/invalid-value, cleartrust/debug-logging -- OPS-1'),
    },
  ],
  invalid: [
    {
      name: 'the problem is fixed but the waiver stayed',
      text: debugGlobal('# webagent-lint-disable-next-line cleartrust/debug-logging -- OPS-1', 'Critical'),
      errors: [{ messageId: 'unused', line: 2, column: 1, data: { rules: 'cleartrust/debug-logging' } }],
    },
    {
      name: 'a waiver two lines above its finding',
      text: '<Global>\n# webagent-lint-disable-next-line cleartrust/debug-logging -- OPS-1\n\ncleartrust.agent.log_level=Debug\n</Global>',
      errors: [{ messageId: 'unused', line: 2, column: 1 }],
    },
  ],
});

testFixtures(rule);

describe('waivers', () => {
  const text = debugGlobal('# webagent-lint-disable-next-line cleartrust/debug-logging -- OPS-1');

  it('silence exactly the named finding on the next line', () => {
    expect(lintText(text).map((f) => f.ruleId)).toEqual([]);
  });

  it('are ignored with --no-inline-waivers: the finding comes back and no waiver is checked', () => {
    expect(lintText(text, { inlineWaivers: false }).map((f) => `${f.ruleId}@${f.line}`)).toEqual(['cleartrust/debug-logging@3']);
    expect(lintText(debugGlobal('# webagent-lint-disable-next-line nope -- x'), { inlineWaivers: false }).map((f) => f.ruleId)).toEqual([
      'cleartrust/debug-logging',
    ]);
  });

  it('do not silence a finding when they give no reason', () => {
    expect(lintText(debugGlobal('# webagent-lint-disable-next-line cleartrust/debug-logging')).map((f) => f.ruleId)).toEqual([
      'waiver/invalid',
      'cleartrust/debug-logging',
    ]);
  });
});
