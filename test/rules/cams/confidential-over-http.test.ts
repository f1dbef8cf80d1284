import rule from '../../../rules/cams/confidential-over-http.js';
import { testFixtures, testRule } from '../../helpers/rule-tester.js';
import { AUTHENTICATED, permission, policy, TLS_ONLY } from '../../helpers/cams.js';

testRule(rule, {
  valid: [
    { name: 'confidential on https', files: { 'access-control-policy.xml': policy([permission('https://h:443/pay/*', 'tls')]) } },
    { name: 'confidential on any scheme', files: { 'access-control-policy.xml': policy([permission('*://h:*/pay/*', 'tls')]) } },
    {
      name: 'confidential as one alternative of or',
      files: {
        'access-control-policy.xml': policy([permission('http://h:80/pay/*', 'either')], ['    <acr id="either"><or><confidential/><granted/></or></acr>']),
      },
    },
  ],
  invalid: [
    {
      name: 'confidential on http, at the pattern',
      files: { 'access-control-policy.xml': policy([permission('http://h:80/pay/*', 'tls')]) },
      errors: [{ messageId: 'alwaysDenied', line: 3, column: 62, data: { chain: 'permission "P" → acr-ref "tls" → <confidential>' } }],
    },
    {
      name: 'confidential and authentication together',
      files: {
        'access-control-policy.xml': policy(
          [permission('HTTP://h:80/pay/*', 'both')],
          ['    <acr id="both"><and><acr-ref id="authenticated"/><acr-ref id="tls"/></and></acr>', AUTHENTICATED, TLS_ONLY],
        ),
      },
      errors: [{ messageId: 'alwaysDenied', line: 3, column: 62 }],
    },
  ],
});

testFixtures(rule);
