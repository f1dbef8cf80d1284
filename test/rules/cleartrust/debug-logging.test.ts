import rule from '../../../rules/cleartrust/debug-logging.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'default level', text: '<Global>\ncleartrust.agent.log_level=Critical\n</Global>' },
    { name: 'not set', text: '<Global>\ncleartrust.agent.enabled=True\n</Global>' },
  ],
  invalid: [
    {
      name: 'inherited by two VirtualHosts, reported once at Global',
      text: '<Global>\ncleartrust.agent.log_level=debug\n</Global>\n<VirtualHost name=a address=* port=*>\n</VirtualHost>\n<VirtualHost name=b address=* port=*>\n</VirtualHost>',
      errors: [{ messageId: 'verbose', line: 2, column: 28, endColumn: 33, data: { scope: 'Global' } }],
    },
  ],
});

testFixtures(rule);
