import rule from '../../../rules/cams/invalid-resource-pattern.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';
import { permission, policy } from '../../helpers/cams.js';

testRule(rule, {
  valid: [
    { name: 'the seed\'s pattern', files: { 'access-control-policy.xml': policy([permission('*://*:*/cams/*', 'everyone')]) } },
    { name: 'a full URL', files: { 'access-control-policy.xml': policy([permission('https://www.example.com:443/a/b.jsp', 'everyone')]) } },
  ],
  invalid: [
    {
      name: 'no scheme, no port, no path',
      files: {
        'access-control-policy.xml': policy([
          permission('www.example.com/docs/*', 'everyone'),
          permission('http://www.example.com/docs/*', 'everyone'),
          permission('http://www.example.com:80', 'everyone'),
          permission('http://bad host:80/', 'everyone'),
        ]),
      },
      errors: [
        { messageId: 'malformed', line: 3, column: 62, data: { problem: 'it is not of the form scheme://host:port/path' } },
        { messageId: 'missingPort', line: 4, column: 62, data: { scheme: 'http' } },
        { messageId: 'malformed', line: 5, column: 62, data: { problem: 'it has no path (write at least /)' } },
        { messageId: 'malformed', line: 6, column: 62, data: { problem: '"bad host" is not a host name' } },
      ],
    },
  ],
});

testFixtures(rule);
