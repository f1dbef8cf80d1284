import rule from '../../../rules/cleartrust/pool-refresh-exceeds-firewall-idle.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

const pool = (refresh: string) => `<Pool id=__default__>\ncleartrust.agent.auth_server_pool_refresh=${refresh}\n</Pool>\n`;
// A pool that passes only against the assumed timeout says so; one that fails says it in its message.
const assumed = {
  reason:
    'Pool refreshes passed against a firewall idle timeout of 1 hour (the typical value in RSA KB 000025051, assumed because environment.firewallIdleTimeout is not set); against a shorter real timeout they may not.',
  enable: 'Give the real timeout: environment.firewallIdleTimeout in .webagent-lint.yaml, or --firewall-idle-timeout.',
  scope: ['agents/web01'],
};

testRule(rule, {
  valid: [
    { name: 'below the default 1-hour firewall timeout: passed on an assumption, said so', text: pool('50 Mins'), notChecked: [assumed] },
    { name: '50 Mins with a 55-minute firewall (issue acceptance)', text: pool('50 Mins'), environment: { firewallIdleTimeout: '55m' }, notChecked: [] },
    { name: 'hourly refresh behind a 2-hour firewall', text: pool('1 Hrs'), environment: { firewallIdleTimeout: '2h' } },
    {
      name: 'no refresh set: the assumed timeout is not used',
      text: '<Pool id=__default__>\ncleartrust.agent.dispatcher_list=d:5608\n</Pool>\n',
      notChecked: [],
    },
    { name: 'a bare number is left to duration-without-unit', text: pool('60') },
  ],
  invalid: [
    {
      name: '1 Hrs with a 55-minute firewall (issue acceptance)',
      text: pool('1 Hrs'),
      environment: { firewallIdleTimeout: '55m' },
      errors: [
        {
          messageId: 'notBelowFirewall',
          line: 2,
          column: 1,
          endLine: 2,
          endColumn: 48,
          data: { firewall: '55 minutes', suggestion: '50 Mins', origin: 'from --firewall-idle-timeout' },
          // A dropped socket logs both (RSA KB 000025051).
          predicts: ['CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT_ERROR'],
        },
      ],
    },
    {
      name: 'equal to the documented typical timeout',
      text: pool('60 Mins'),
      notChecked: [],
      errors: [{ messageId: 'notBelowFirewall', line: 2, column: 1, data: { refresh: '1 hour', suggestion: '55 Mins' } }],
    },
    {
      name: 'indented, in the second of two pools (the first passed on the assumption)',
      text: '<Pool id=a>\ncleartrust.agent.auth_server_pool_refresh=10 Mins\n</Pool>\n<Pool id=b>\n\t cleartrust.agent.auth_server_pool_refresh = 90 Mins\n</Pool>\n',
      notChecked: [assumed],
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
