import rule from '../../../rules/cleartrust/misplaced-setting.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

const REFRESH = 'cleartrust.agent.auth_server_pool_refresh';

testRule(rule, {
  valid: [
    {
      name: 'pool settings in <Pool>, agent settings in <Global>',
      text: `<Global>\ncleartrust.agent.enabled=True\n</Global>\n<Pool id=__default__>\n${REFRESH}=50 Mins\n</Pool>\n`,
    },
    {
      name: "a pool setting of a VirtualHost's own pool, in that pool",
      text: `<VirtualHost name=a address=* port=*>\ncleartrust.agent.server_pool=b\n</VirtualHost>\n<Pool id=b>\n${REFRESH}=50 Mins\n</Pool>\n`,
    },
    { name: 'a property the catalog does not know is left to unknown-property', text: '<Pool id=__default__>\ncleartrust.agent.no_such_thing=1\n</Pool>\n' },
  ],
  invalid: [
    {
      name: 'pool refresh in <Global>, no <Pool> block',
      text: `<Global>\n${REFRESH}=2 Hrs\n</Global>\n`,
      errors: [
        {
          messageId: 'poolSettingOutside',
          line: 2,
          column: 1,
          endColumn: 42,
          data: { property: 'auth_server_pool_refresh', block: 'Global', pool: '__default__', poolState: 'the file has no <Pool id=__default__> block' },
        },
      ],
    },
    {
      name: 'dispatcher_list in <Global>, the pool block does not set it',
      text: '<Global>\ncleartrust.agent.dispatcher_list=d1:5608\n</Global>\n<Pool id=__default__>\ncleartrust.agent.auth_server_timeout=15 Secs\n</Pool>\n',
      errors: [{ messageId: 'poolSettingOutside', line: 2, column: 1, data: { pool: '__default__', poolState: 'its <Pool> block does not set it' } }],
    },
    {
      name: 'in a VirtualHost, judged for the pool that VirtualHost uses',
      text: '<VirtualHost name=a address=* port=*>\ncleartrust.agent.server_pool=b\ncleartrust.agent.max_open_connections=0\n</VirtualHost>\n<Pool id=b>\n</Pool>\n',
      errors: [{ messageId: 'poolSettingOutside', line: 3, column: 1, data: { block: 'VirtualHost a:*:*', pool: 'b' } }],
    },
    {
      name: 'the <Pool> block sets it too: the pool line wins, this one has no effect',
      text: `<Global>\n${REFRESH}=2 Hrs\n</Global>\n<Pool id=__default__>\n${REFRESH}=50 Mins\n</Pool>\n`,
      errors: [{ messageId: 'shadowed', line: 2, column: 1, data: { winnerBlock: 'Pool __default__', line: 5 } }],
    },
    {
      name: 'an agent setting in <Pool>, judged for the scopes using the pool',
      text: '<Global>\ncleartrust.agent.enabled=True\n</Global>\n<VirtualHost name=a address=* port=*>\n</VirtualHost>\n<Pool id=__default__>\ncleartrust.agent.cookie_ip_check=True\n</Pool>\n',
      errors: [
        {
          messageId: 'agentSettingInPool',
          line: 7,
          column: 1,
          data: { property: 'cookie_ip_check', block: 'Pool __default__', scopes: 'Global, VirtualHost a:*:*' },
        },
      ],
    },
    {
      name: 'an agent setting in <Pool> that <Global> sets too',
      text: '<Global>\ncleartrust.agent.log_level=Critical\n</Global>\n<Pool id=__default__>\ncleartrust.agent.log_level=Debug\n</Pool>\n',
      errors: [{ messageId: 'shadowed', line: 5, column: 1, data: { winnerBlock: 'Global', line: 2 } }],
    },
    {
      name: 'an agent setting in a pool nobody uses',
      text: '<Global>\ncleartrust.agent.server_pool=a\n</Global>\n<Pool id=a>\n</Pool>\n<Pool id=b>\ncleartrust.agent.log_level=Debug\n</Pool>\n',
      errors: [{ messageId: 'unusedPool', line: 7, column: 1, data: { block: 'Pool b' } }],
    },
  ],
});

testFixtures(rule);
