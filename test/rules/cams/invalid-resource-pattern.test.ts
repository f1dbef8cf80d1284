import rule from '../../../rules/cams/invalid-resource-pattern.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';
import { permission, policy } from '../../helpers/cams.js';

testRule(rule, {
  valid: [
    { name: "the pattern of the Cams guide's 5005 example", files: { 'access-control-policy.xml': policy([permission('*://*:*/cams/*', 'everyone')]) } },
    { name: 'a full URL', files: { 'access-control-policy.xml': policy([permission('https://www.example.com:443/a/b.jsp', 'everyone')]) } },
  ],
  invalid: [
    {
      // Access reason 7 concerns the identifier a request names: a pattern without a port is not one.
      name: 'no scheme, no port, no path; only a malformed pattern predicts access reason 7',
      files: {
        'access-control-policy.xml': policy([
          permission('www.example.com/docs/*', 'everyone'),
          permission('http://www.example.com/docs/*', 'everyone'),
          permission('http://www.example.com:80', 'everyone'),
          permission('http://bad host:80/', 'everyone'),
        ]),
      },
      errors: [
        { messageId: 'malformed', line: 3, column: 62, data: { problem: 'it is not of the form scheme://host:port/path' }, predicts: ['CAMS-ACCESS-REASON-7'] },
        { messageId: 'missingPort', line: 4, column: 62, data: { scheme: 'http' }, predicts: [] },
        { messageId: 'malformed', line: 5, column: 62, data: { problem: 'it has no path (write at least /)' }, predicts: ['CAMS-ACCESS-REASON-7'] },
        { messageId: 'malformed', line: 6, column: 62, data: { problem: '"bad host" is not a host name' }, predicts: ['CAMS-ACCESS-REASON-7'] },
      ],
    },
  ],
});

testFixtures(rule);
