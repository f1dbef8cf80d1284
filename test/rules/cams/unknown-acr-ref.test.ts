import rule from '../../../rules/cams/unknown-acr-ref.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';
import { EVERYONE, permission, policy } from '../../helpers/cams.js';

testRule(rule, {
  valid: [
    {
      name: 'references to an acr and to an auth-acr',
      files: { 'access-control-policy.xml': policy([permission('*://*:*/a/*', 'everyone'), permission('*://*:*/b/*', 'authenticated')]) },
    },
    {
      name: 'a nested reference',
      files: {
        'access-control-policy.xml': policy([permission('*://*:*/a/*', 'both')], [EVERYONE, '    <acr id="both"><and><acr-ref id="everyone"/></and></acr>']),
      },
    },
  ],
  invalid: [
    {
      name: 'a permission naming a missing ACR, at the id value',
      files: { 'access-control-policy.xml': policy([permission('*://*:*/a/*', 'Report readers')]) },
      errors: [{ messageId: 'unknown', line: 3, column: 89, data: { id: 'Report readers' } }],
    },
    {
      name: 'a missing ACR referenced inside another ACR, and a reference without id',
      files: { 'access-control-policy.xml': policy([], ['    <acr id="a"><or><acr-ref id="nope"/><acr-ref/></or></acr>']) },
      errors: [
        { messageId: 'unknown', line: 5, column: 34, data: { id: 'nope' } },
        { messageId: 'noId', line: 5, column: 41 },
      ],
    },
  ],
});

testFixtures(rule);
