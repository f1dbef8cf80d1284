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
    { name: 'too short', text: pool('4 Secs'), errors: [{ messageId: 'tooShort', line: 2, column: 1, data: { timeout: '4 seconds', default: '15 seconds' } }] },
    { name: 'too long', text: pool('2 Mins'), errors: [{ messageId: 'tooLong', line: 2, column: 1, endColumn: 44 }] },
  ],
});

testFixtures(rule);
