import rule from '../../../rules/cams/invalid-boolean.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'true and false in any case', text: 'cams.debug=FALSE\ncams.session.hijacking.protection.enable=True\n' },
    { name: 'a property that is not a boolean', text: 'cams.cluster.name=yes\n' },
    { name: "an earlier line a later one overrides is cams/duplicate-key's", text: 'cams.debug=yes\ncams.debug=false\n' },
  ],
  invalid: [
    {
      name: 'yes for the hijacking enable flag, at the value',
      text: 'cams.cluster.name=Prod\ncams.session.hijacking.protection.enable=yes\n',
      errors: [{ messageId: 'notBoolean', line: 2, column: 42, endColumn: 45, data: { key: 'cams.session.hijacking.protection.enable', value: 'yes' } }],
    },
    {
      name: 'an empty value is not false either',
      text: 'cams.cluster.debug=\n',
      errors: [{ messageId: 'notBoolean', line: 1, column: 20, endColumn: 20, data: { value: '' } }],
    },
  ],
});

testFixtures(rule);
