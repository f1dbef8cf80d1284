import rule from '../../../rules/cams/unknown-action.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';
import { permission, policy } from '../../helpers/cams.js';

testRule(rule, {
  valid: [
    { name: 'every method of the seed\'s list', files: { 'access-control-policy.xml': policy([permission('*://*:*/a/*', 'everyone', { actions: 'GET,POST,PUT,DELETE,HEAD,OPTIONS,TRACE,PROPFIND,PROPPATCH,MKCOL,COPY,MOVE,LOCK,UNLOCK,DEBUG' })]) } },
    { name: 'empty actions (every method)', files: { 'access-control-policy.xml': policy([permission('*://*:*/a/*', 'everyone', { actions: '' })]) } },
  ],
  invalid: [
    {
      name: 'an unknown method and a lower-case one, each at its own position',
      files: { 'access-control-policy.xml': policy([permission('*://*:*/a/*', 'everyone', { actions: 'GET, FROB,post' })]) },
      errors: [
        { messageId: 'unknown', line: 3, column: 40, endColumn: 44, data: { action: 'FROB' } },
        { messageId: 'lowerCase', line: 3, column: 45, data: { action: 'post', method: 'POST' } },
      ],
    },
  ],
});

testFixtures(rule);
