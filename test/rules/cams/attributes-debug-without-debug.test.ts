import rule from '../../../rules/cams/attributes-debug-without-debug.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'both on', text: 'cams.debug=true\ncams.attributes.debug=true\n' },
    { name: 'cams.debug not set (its default is not documented)', text: 'cams.attributes.debug=true\n' },
  ],
  invalid: [
    {
      name: 'attributes on, debug off',
      text: 'cams.attributes.debug=true\ncams.debug=false\n',
      errors: [{ messageId: 'noEffect', line: 1, column: 23, data: { debugLine: 2 } }],
    },
  ],
});

testFixtures(rule);
