import rule from '../../../rules/cleartrust/pool-refresh-exceeds-firewall-idle.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

const pool = (refresh: string) => `<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=${refresh}\n</Pool>\n`;

testRule(rule, {
  valid: [
    { name: 'below the default 1-hour firewall timeout', text: pool('50 Mins') },
    { name: '50 Mins with a 55-minute firewall (issue acceptance)', text: pool('50 Mins'), environment: { firewallIdleTimeout: '55m' } },
    { name: 'hourly refresh behind a 2-hour firewall', text: pool('1 Hrs'), environment: { firewallIdleTimeout: '2h' } },
    { name: 'no refresh set', text: '<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d:5608\n</Pool>\n' },
    { name: 'a bare number is left to duration-without-unit', text: pool('60') },
  ],
  invalid: [
    {
      name: '1 Hrs with a 55-minute firewall (issue acceptance)',
      text: pool('1 Hrs'),
      environment: { firewallIdleTimeout: '55m' },
      errors: [
        {
          messageId: 'notBelowFirewall', line: 2, column: 1, endLine: 2, endColumn: 48,
          data: { firewall: '55 minutes', suggestion: '50 Mins', origin: 'from --firewall-idle-timeout' },
          // A dropped socket logs both (RSA KB 000025051).
          predicts: ['CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT_ERROR'],
        },
      ],
    },
    {
      name: 'equal to the documented typical timeout',
      text: pool('60 Mins'),
      errors: [{ messageId: 'notBelowFirewall', line: 2, column: 1, data: { refresh: '1 hour', suggestion: '55 Mins' } }],
    },
    {
      name: 'indented, in the second of two pools',
      text: '<Pool id=a>\ncleartrust.agent.auth_server_pool_refresh=10 Mins\n</Pool>\n<Pool id=b>\n\t cleartrust.agent.auth_server_pool_refresh = 90 Mins\n</Pool>\n',
      errors: [{ messageId: 'notBelowFirewall', line: 5, column: 3, endColumn: 54, data: { pool: 'b' } }],
    },
    {
      name: 'two pools, both too slow',
      text: `${pool('1 Hrs')}<Pool id=x>\ncleartrust.agent.auth_server_pool_refresh=2 Hrs\n</Pool>\n`,
      errors: [
        { messageId: 'notBelowFirewall', line: 2, column: 1 },
        { messageId: 'notBelowFirewall', line: 5, column: 1 },
      ],
    },
  ],
});

testFixtures(rule);
