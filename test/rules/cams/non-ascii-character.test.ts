import rule from '../../../rules/cams/non-ascii-character.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'escapes', text: 'cams.login.uri=/soci\\u00e9t\\u00e9\n' },
    { name: 'non-ASCII in a comment', text: '# société\ncams.debug=false\n' },
  ],
  invalid: [
    {
      name: 'é in a value',
      text: 'cams.login.uri=/société\n',
      errors: [{ messageId: 'nonAscii', line: 1, column: 21, data: { character: 'é', escape: '\\u00e9' } }],
    },
    {
      name: 'an emoji is one character of two UTF-16 units',
      text: 'cams.login.uri=/😀\n',
      errors: [{ messageId: 'nonAscii', line: 1, column: 17, endColumn: 19, data: { escape: '\\ud83d\\ude00' } }],
    },
    {
      name: 'a secret value is not quoted',
      text: 'cams.session.hijacking.protection.salt=sël-canary\n',
      errors: [{ messageId: 'nonAsciiInSecret', line: 1, column: 41 }],
    },
  ],
});

testFixtures(rule);
