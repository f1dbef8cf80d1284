import rule from '../../../rules/cleartrust/unknown-server-pool.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'default pool exists', text: '<Global>\ncleartrust.agent.server_pool=__default__\n</Global>\n<Pool id=__default__>\n</Pool>' },
    { name: 'no server_pool set', text: '<Global>\ncleartrust.agent.enabled=True\n</Global>' },
  ],
  invalid: [
    {
      name: 'inherited by a VirtualHost, reported once',
      text: '<Global>\ncleartrust.agent.server_pool=main\n</Global>\n<VirtualHost name=x address=* port=*>\ncleartrust.agent.enabled=True\n</VirtualHost>',
      errors: [{ messageId: 'missingPool', line: 2, column: 30, endColumn: 34, data: { pool: 'main', pools: 'none' } }],
    },
  ],
});

testFixtures(rule);
