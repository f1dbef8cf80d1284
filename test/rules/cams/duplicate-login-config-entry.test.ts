import rule from '../../../rules/cams/duplicate-login-config-entry.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';
import { entry, loginConfig } from '../../helpers/cams.js';

testRule(rule, {
  valid: [{ name: 'distinct names', files: { 'login-config.xml': loginConfig([entry('http'), entry('portal')]) } }],
  invalid: [
    {
      name: 'http twice',
      files: { 'login-config.xml': loginConfig([entry('http'), entry('portal'), entry('http')]) },
      errors: [{ messageId: 'repeated', line: 4, column: 23, data: { firstLine: 2 } }],
    },
  ],
});

testFixtures(rule);
