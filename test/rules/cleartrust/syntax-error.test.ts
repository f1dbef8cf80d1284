import rule from '../../../rules/cleartrust/syntax-error.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'CRLF and tabs', text: '<Global>\r\n\tcleartrust.agent.enabled=True\r\n</Global>\r\n' },
    { name: 'commented-out block', text: '#<VirtualHost name=x address=* port=*>\n#</VirtualHost>\n' },
    { name: 'lower-case tags', text: '<global>\ncleartrust.agent.enabled=True\n</GLOBAL>' },
  ],
  invalid: [
    {
      name: 'unclosed block, reported at its opening tag',
      text: '<Global>\ncleartrust.agent.enabled=True\n<VirtualHost name=x address=* port=*>\ncleartrust.agent.enabled=False\n</Global>\n',
      errors: [
        { messageId: 'nestedBlock', line: 3, column: 1, endColumn: 38 },
        { messageId: 'mismatchedClose', line: 5, column: 1, data: { name: 'Global', open: 'VirtualHost' } },
      ],
    },
    {
      name: 'a block never closed at end of file',
      text: '<Pool id=p>\ncleartrust.agent.retry_count=5',
      errors: [{ messageId: 'unclosedBlock', line: 1, column: 1, endColumn: 12, data: { name: 'Pool' } }],
    },
    {
      name: 'key outside every block, unknown block, unclosed quote',
      text: 'cleartrust.agent.enabled=True\n<Location /x>\ncleartrust.agent.log_format="%t\n</Location>',
      errors: [
        { messageId: 'keyOutsideBlock', line: 1, column: 1, endColumn: 25 },
        { messageId: 'unknownBlock', line: 2, column: 1 },
        { messageId: 'unclosedQuote', line: 3, column: 29 },
      ],
    },
  ],
});

testFixtures(rule);
