import rule from '../../../rules/cams/incomplete-login-config.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';
import { entry, loginConfig } from '../../helpers/cams.js';

testRule(rule, {
  valid: [{ name: 'complete entries', files: { 'login-config.xml': loginConfig([entry('http')]) } }],
  invalid: [
    {
      name: 'missing name, module, className and flag',
      files: {
        'login-config.xml': loginConfig([
          '  <login-config-entry><login-module-entry className="a.B" flag="REQUIRED"/></login-config-entry>',
          '  <login-config-entry name="empty"/>',
          '  <login-config-entry name="http"><login-module-entry/></login-config-entry>',
        ]),
      },
      errors: [
        { messageId: 'entryWithoutName', line: 2, column: 3 },
        { messageId: 'entryWithoutModule', line: 3, column: 3, data: { name: 'empty' } },
        { messageId: 'moduleWithoutClassName', line: 4, column: 35 },
        { messageId: 'moduleWithoutFlag', line: 4, column: 35 },
      ],
    },
  ],
});

testFixtures(rule);
