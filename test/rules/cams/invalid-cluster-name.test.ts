import rule from '../../../rules/cams/invalid-cluster-name.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'letters, digits, underscore', text: 'cams.cluster.name=ExampleProd_1\n' },
    { name: 'not set', text: 'cams.debug=false\n' },
  ],
  invalid: [
    {
      name: 'a hyphen',
      text: 'cams.cluster.name = Example-Prod\n',
      errors: [{ messageId: 'badCharacters', line: 1, column: 21, endColumn: 33, data: { name: 'Example-Prod' } }],
    },
    { name: 'empty', text: 'cams.cluster.name=\n', errors: [{ messageId: 'empty', line: 1, column: 19 }] },
  ],
});

testFixtures(rule);
