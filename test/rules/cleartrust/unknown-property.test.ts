import rule from '../../../rules/cleartrust/unknown-property.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'catalogued keys', text: '<Global>\ncleartrust.agent.enabled=True\ncleartrust.agent.retain_url.use_query_string=True\n</Global>' }],
  invalid: [
    {
      name: 'a typo gets a suggestion, pointing at the key only',
      text: '<Pool id=p>\n  cleartrust.agent.auth_server_pool_refersh=50 Mins\n</Pool>',
      errors: [{ messageId: 'didYouMean', line: 2, column: 3, endColumn: 44, data: { suggestion: 'cleartrust.agent.auth_server_pool_refresh' } }],
    },
    {
      name: 'a key of another product in the agent file',
      text: '<Global>\ncleartrust.keyserver.token_lifetime=1 Hrs\nsomething.else=1\n</Global>',
      errors: [
        { messageId: 'unknown', line: 2, column: 1 },
        { messageId: 'unknown', line: 3, column: 1 },
      ],
    },
  ],
});

testFixtures(rule);
