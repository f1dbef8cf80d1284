import rule from '../../../rules/cleartrust/invalid-value.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

const global = (line: string) => `<Global>\n${line}\n</Global>`;

testRule(rule, {
  valid: [
    { name: 'booleans in any case', text: global('cleartrust.agent.sso=TRUE\ncleartrust.agent.secure=false\ncleartrust.agent.form_based_enabled=Yes') },
    { name: 'singular and plural unit words', text: global('cleartrust.agent.idle_timeout=1 minute\ncleartrust.agent.session_lifetime=8 HOURS') },
    { name: 'empty values are unset', text: global('cleartrust.agent.idle_timeout=\ncleartrust.agent.cookie_ip_check=') },
    { name: 'enum values outside an incomplete list', text: global('cleartrust.agent.log_level=Info\ncleartrust.agent.default_auth_mode=SecurID') },
    { name: 'quoted value', text: global('cleartrust.agent.idle_timeout="30 Mins"') },
  ],
  invalid: [
    {
      name: 'a boolean that is not one, reported at the value',
      text: global('cleartrust.agent.cookie_ip_check = on'),
      errors: [{ messageId: 'invalid', line: 2, column: 36, endColumn: 38, data: { value: 'on', expected: 'True or False' } }],
    },
    {
      name: 'an unknown unit word',
      text: global('cleartrust.agent.idle_timeout=30 Days'),
      errors: [{ messageId: 'invalid', line: 2, column: 31 }],
    },
    {
      name: 'a secret value never appears in the message',
      text: '<Pool id=p>\ncleartrust.agent.ssl.use=Clear\n</Pool>\n<Global>\ncleartrust.agent.max_open_connections=s3cr3tValue\ncleartrust.agent.shared_secret=s3cr3tValue\n</Global>',
      errors: [{ messageId: 'invalid', line: 5, column: 39, data: { value: '********' } }],
    },
  ],
});

testFixtures(rule);
