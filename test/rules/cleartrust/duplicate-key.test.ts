import rule from '../../../rules/cleartrust/duplicate-key.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'VirtualHost overriding Global',
      text: '<Global>\ncleartrust.agent.realm=A\n</Global>\n<VirtualHost name=x address=* port=*>\ncleartrust.agent.realm=B\n</VirtualHost>',
    },
    { name: 'commented-out repeat', text: '<Global>\ncleartrust.agent.realm=A\n#cleartrust.agent.realm=B\n</Global>' },
  ],
  invalid: [
    {
      name: 'three definitions give two findings',
      text: '<Global>\ncleartrust.agent.realm=A\ncleartrust.agent.realm=B\n\tcleartrust.agent.realm = C\n</Global>',
      errors: [
        { messageId: 'repeated', line: 3, column: 1, endColumn: 23, data: { firstLine: 2 } },
        { messageId: 'repeated', line: 4, column: 2, data: { firstLine: 2 } },
      ],
    },
  ],
});

testFixtures(rule);
