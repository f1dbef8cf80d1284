import rule from '../../../rules/cleartrust/auth-server-timeout-range.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

const pool = (timeout: string) => `<Pool id=p>\ncleartrust.agent.auth_server_timeout=${timeout}\n</Pool>`;

testRule(rule, {
  valid: [
    { name: 'documented default', text: pool('15 Secs') },
    { name: 'lower bound', text: pool('5 Secs') },
    { name: 'upper bound', text: pool('60 Secs') },
  ],
  invalid: [
    {
      name: 'too short: the aserver may not reply in time',
      text: pool('4 Secs'),
      errors: [{ messageId: 'tooShort', line: 2, column: 1, data: { timeout: '4 seconds', default: '15 seconds' }, predicts: ['CT_SERVER_TIMED_OUT_ERROR'] }],
    },
    {
      // A long timeout only delays the error: it cannot make the aserver miss it.
      name: 'too long: predicts no code',
      text: pool('2 Mins'),
      errors: [{ messageId: 'tooLong', line: 2, column: 1, endColumn: 44, predicts: [] }],
    },
  ],
});

testFixtures(rule);
