import rule from '../../../rules/cams/unknown-action.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';
import { permission, policy } from '../../helpers/cams.js';

const policyFile = (pattern: string, actions: string) => ({ 'access-control-policy.xml': policy([permission(pattern, 'everyone', { actions })]) });

testRule(rule, {
  valid: [
    {
      name: 'every method listed under web agent error 5102',
      files: policyFile('*://*:*/a/*', 'GET,POST,PUT,DELETE,HEAD,OPTIONS,TRACE,PROPFIND,PROPPATCH,MKCOL,COPY,MOVE,LOCK,UNLOCK,DEBUG'),
    },
    { name: 'empty actions (every method)', files: policyFile('*://*:*/a/*', '') },
    { name: 'ACCESS, the action of resource type cams, on a cams pattern', files: policyFile('cams://*:*/admin/*', 'ACCESS') },
    { name: 'ACCESS beside HTTP methods on a pattern whose scheme may be cams or http', files: policyFile('*://*:*/a/*', 'GET,ACCESS') },
  ],
  invalid: [
    {
      // Dead policy, not a predicted log code: 5102 and access reason 8 come from what clients send.
      name: 'an unknown method and a lower-case one, each at its own position, predicting nothing',
      files: policyFile('*://*:*/a/*', 'GET, FROB,post'),
      errors: [
        { messageId: 'unknown', line: 3, column: 40, endColumn: 44, data: { action: 'FROB', type: 'cams or http' }, predicts: [] },
        { messageId: 'lowerCase', line: 3, column: 45, data: { action: 'post', expected: 'POST' }, predicts: [] },
      ],
    },
    {
      name: 'ACCESS on an http pattern',
      files: policyFile('https://www.example.com:443/a/*', 'GET,ACCESS'),
      errors: [{ messageId: 'unknown', line: 3, column: 39, endColumn: 45, data: { action: 'ACCESS', type: 'http' }, predicts: [] }],
    },
    {
      name: 'an HTTP method on a cams pattern',
      files: policyFile('cams://*:*/admin/*', 'ACCESS,GET'),
      errors: [{ messageId: 'unknown', line: 3, column: 42, endColumn: 45, data: { action: 'GET', type: 'cams' }, predicts: [] }],
    },
  ],
});

testFixtures(rule);
