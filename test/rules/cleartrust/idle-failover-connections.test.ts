import rule from '../../../rules/cleartrust/idle-failover-connections.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

const pool = (...lines: string[]) => `<Pool id=__default__>\n${lines.map((l) => `cleartrust.agent.${l}`).join('\n')}\n</Pool>\n`;
const activeUnknown = {
  reason:
    'A pool whose fail-over connections stay idle (STANDARD mode, or location_class_priority) limits its connections, but the number of aservers in use was not given, so the limit was not compared with it.',
  enable: 'Give the number: environment.activeAuthServers in .webagent-lint.yaml, or --active-auth-servers.',
  scope: ['agents/web01'],
};

testRule(rule, {
  valid: [
    { name: 'DISTRIBUTED mode without location classes', text: pool('auth_server_mode=DISTRIBUTED', 'max_open_connections=0'), notChecked: [] },
    {
      name: 'STANDARD with a limit and no known active count: not checked, and said so',
      text: pool('auth_server_mode=STANDARD', 'max_open_connections=4'),
      notChecked: [activeUnknown],
    },
    {
      name: 'STANDARD with the limit equal to the active aservers',
      text: pool('auth_server_mode=STANDARD', 'max_open_connections=2'),
      environment: { activeAuthServers: 2 },
      notChecked: [],
    },
    { name: 'STANDARD with no limit set at all', text: pool('auth_server_mode=STANDARD') },
  ],
  invalid: [
    {
      name: 'STANDARD mode, unlimited',
      text: pool('auth_server_mode=STANDARD', 'max_open_connections=0'),
      // A dropped socket logs both (RSA KB 000025051).
      errors: [
        {
          messageId: 'unlimited',
          line: 3,
          column: 1,
          endColumn: 40,
          data: { reason: 'in STANDARD mode' },
          predicts: ['CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT_ERROR'],
        },
      ],
    },
    {
      name: 'location classes, more connections than active aservers',
      text: pool('location_class_priority=east', 'max_open_connections=6'),
      environment: { activeAuthServers: 2 },
      errors: [
        {
          messageId: 'aboveActive',
          line: 3,
          column: 1,
          data: { limit: 6, active: 2, reason: 'with location_class_priority set' },
          predicts: ['CT_SOCKET_ERROR', 'CT_SERVER_TIMED_OUT_ERROR'],
        },
      ],
    },
    {
      name: 'lower-case standard',
      text: pool('max_open_connections=0', 'auth_server_mode=standard'),
      errors: [{ messageId: 'unlimited', line: 2, column: 1 }],
    },
  ],
});

testFixtures(rule);
