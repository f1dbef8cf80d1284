import rule from '../../../rules/cleartrust/duration-without-unit.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'zero needs no unit', text: '<Global>\ncleartrust.agent.post_url_idle_timeout = 0\n</Global>' },
    { name: 'an integer property', text: '<Pool id=p>\ncleartrust.agent.retry_count=5\n</Pool>' },
  ],
  invalid: [
    {
      name: 'a bare duration',
      text: '<Pool id=p>\ncleartrust.agent.auth_server_pool_refresh=60\n</Pool>',
      errors: [{ messageId: 'noUnit', line: 2, column: 43, endColumn: 45, data: { number: 60 } }],
    },
  ],
});

testFixtures(rule);
