import rule from '../../../rules/cleartrust/cookie-ip-check-without-trusted-proxy.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'check off', text: '<Global>\ncleartrust.agent.cookie_ip_check=False\n</Global>' },
    {
      name: 'trusted proxy header',
      text: '<Global>\ncleartrust.agent.cookie_ip_check=True\ncleartrust.agent.trusted_proxy_header_name=X-Forwarded-For\n</Global>',
    },
  ],
  invalid: [
    {
      name: 'on with empty proxy settings, at the default log level',
      text: '<Global>\ncleartrust.agent.cookie_ip_check=True\n</Global>',
      errors: [
        { messageId: 'noTrustedProxy', line: 2, column: 1, endColumn: 38, data: { visibility: ', and at log_level Critical the log does not say why' } },
      ],
    },
    {
      name: 'on at Security level: the log shows the mismatch',
      text: '<Global>\ncleartrust.agent.log_level=Security\ncleartrust.agent.cookie_ip_check=true\n</Global>',
      errors: [{ messageId: 'noTrustedProxy', line: 3, column: 1, data: { visibility: '' } }],
    },
  ],
});

testFixtures(rule);
