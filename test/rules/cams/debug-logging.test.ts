import rule from '../../../rules/cams/debug-logging.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'all off', text: 'cams.debug=false\ncams.cluster.debug=false\ncams.attributes.debug=false\n' },
    { name: 'attributes debug alone has no effect (another rule reports it)', text: 'cams.debug=false\ncams.attributes.debug=true\n' },
  ],
  invalid: [
    {
      name: 'every debug flag on',
      text: 'cams.debug=true\ncams.cluster.debug = TRUE\ncams.attributes.debug=true\n',
      errors: [
        { messageId: 'debugOn', line: 1, column: 12, data: { key: 'cams.debug' } },
        { messageId: 'debugOn', line: 2, column: 22, data: { key: 'cams.cluster.debug' } },
        { messageId: 'debugOn', line: 3, column: 23, data: { key: 'cams.attributes.debug' } },
      ],
    },
  ],
});

testFixtures(rule);
