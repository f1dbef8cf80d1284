import rule from '../../../rules/cams/duplicate-key.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [{ name: 'distinct keys, a commented repeat', text: 'cams.debug=false\n# cams.debug=true\ncams.cluster.debug=false\n' }],
  invalid: [
    {
      name: 'a key repeated with another separator and an escape',
      text: 'cams.debug=true\n  cams.debug : false\ncams\\u002edebug false\n',
      errors: [
        { messageId: 'repeated', line: 2, column: 3, endColumn: 13, data: { firstLine: 1 } },
        { messageId: 'repeated', line: 3, column: 1, data: { firstLine: 1 } },
      ],
    },
  ],
});

testFixtures(rule);
