import rule from '../../../rules/cleartrust/duplicate-server-lists.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'dispatcher only', text: '<Pool id=p>\ncleartrust.agent.dispatcher_list=d1:5608\n</Pool>' },
    { name: 'explicit list only', text: '<Pool id=p>\ncleartrust.agent.auth_server_list=a1:5615\n</Pool>' },
    {
      name: 'lists in different pools',
      text: '<Pool id=p>\ncleartrust.agent.dispatcher_list=d1:5608\n</Pool>\n<Pool id=q>\ncleartrust.agent.auth_server_list=a1:5615\n</Pool>',
    },
  ],
  invalid: [
    {
      name: 'both lists, reported at the explicit list',
      text: '<Pool id=p>\ncleartrust.agent.auth_server_list=a1:5615\ncleartrust.agent.dispatcher_list=d1:5608\n</Pool>',
      errors: [{ messageId: 'bothLists', line: 2, column: 1, endColumn: 42, data: { pool: 'p' } }],
    },
  ],
});

testFixtures(rule);
