import rule from '../../../rules/cams/unreachable-permission.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';
import { permission, policy } from '../../helpers/cams.js';

testRule(rule, {
  valid: [
    { name: 'a more specific permission after a general one', files: { 'access-control-policy.xml': policy([permission('*://*:*/*', 'everyone'), permission('*://*:*/cams/*', 'everyone')]) } },
    { name: 'same pattern, different actions', files: { 'access-control-policy.xml': policy([permission('*://*:*/a/*', 'everyone', { actions: 'GET' }), permission('*://*:*/a/*', 'everyone', { actions: 'POST' })]) } },
    { name: 'overlapping, neither covers the other', files: { 'access-control-policy.xml': policy([permission('http://*:80/a/*', 'everyone'), permission('*://h:*/a/*', 'everyone')]) } },
  ],
  invalid: [
    {
      name: 'the same pattern twice: the later one is never used',
      files: { 'access-control-policy.xml': policy([permission('*://*:*/a/*', 'everyone', { actions: '' }), permission('*://*:*/a/*', 'authenticated')]) },
      errors: [{ messageId: 'shadowed', line: 4, column: 5, data: { otherLine: 3 } }],
    },
    {
      name: 'a pattern covered by one with as many literal characters (host case differs)',
      files: { 'access-control-policy.xml': policy([permission('http://WWW.example.com:80/a*', 'everyone'), permission('http://www.example.com:80/a**', 'authenticated')]) },
      errors: [{ messageId: 'shadowed', line: 4, column: 5 }],
    },
  ],
});

testFixtures(rule);
