import rule from '../../../rules/cams/properties-syntax.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'escapes that are complete, and a literal backslash', text: 'cams.cluster.name=A\\u005fB\ncams.login.uri=/a\\\\u00zz\n' },
    { name: 'a \\u escape split over a continuation line (Java joins the lines first)', text: 'cams.cluster.name=Prod\\u00\\\n    5f1\n' },
  ],
  invalid: [{ name: 'a malformed \\u escape', text: 'cams.debug=false\ncams.cluster.name=Prod\\u00zz\n', errors: [{ messageId: 'malformedUnicodeEscape', line: 2, column: 23, endColumn: 25 }] }],
});

testFixtures(rule);
