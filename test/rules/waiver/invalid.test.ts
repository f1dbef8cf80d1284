import rule from '../../../rules/waiver/invalid.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

const global = (...lines: string[]) => `<Global>\n${lines.join('\n')}\n</Global>`;

testRule(rule, {
  valid: [
    {
      name: 'a waiver with a reason',
      text: global('# webagent-lint-disable-next-line cleartrust/debug-logging -- OPS-1 until March', 'cleartrust.agent.log_level=Debug'),
    },
    { name: 'an ordinary comment mentioning the tool', text: global('# checked by webagent-lint in CI', 'cleartrust.agent.log_level=Critical') },
  ],
  invalid: [
    {
      name: 'no reason: reported at the comment',
      text: global('  # webagent-lint-disable-next-line cleartrust/debug-logging', 'cleartrust.agent.log_level=Debug'),
      errors: [{ messageId: 'missingReason', line: 2, column: 3, endColumn: 61, data: { rules: 'cleartrust/debug-logging' } }],
    },
    {
      name: 'an empty reason after --',
      text: global('# webagent-lint-disable-next-line cleartrust/debug-logging --', 'cleartrust.agent.log_level=Debug'),
      errors: [{ messageId: 'missingReason', line: 2, column: 1 }],
    },
    {
      name: 'a misspelt rule id and a misspelt directive',
      text: global(
        '# webagent-lint-disable-next-line cleartrust/debug-loging -- typo',
        'cleartrust.agent.log_level=Debug',
        '# webagent-lint-disable-line cleartrust/debug-logging -- x',
      ),
      errors: [
        { messageId: 'unknownRule', line: 2, column: 1, data: { rule: 'cleartrust/debug-loging' } },
        { messageId: 'unknownDirective', line: 4, column: 1, data: { directive: 'webagent-lint-disable-line' } },
      ],
    },
  ],
});

testFixtures(rule);
