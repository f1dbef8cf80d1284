import rule from '../../../rules/cleartrust/idle-timeout-not-below-session-lifetime.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'idle shorter', text: '<Global>\ncleartrust.agent.idle_timeout=30 Mins\ncleartrust.agent.session_lifetime=8 Hrs\n</Global>' }],
  invalid: [
    {
      name: 'a VirtualHost shortening the lifetime below the inherited idle timeout',
      text: '<Global>\ncleartrust.agent.idle_timeout=2 Hrs\ncleartrust.agent.session_lifetime=8 Hrs\n</Global>\n<VirtualHost name=x address=* port=*>\ncleartrust.agent.session_lifetime=1 Hrs\n</VirtualHost>',
      errors: [{ messageId: 'neverApplies', line: 2, column: 1, data: { scope: 'VirtualHost x:*:*', idle: '2 hours', lifetime: '1 hour' } }],
    },
  ],
});

testFixtures(rule);
