import { describe, expect, it } from 'vitest';
import rule from '../../../rules/cams/login-page-requires-auth.js';
import { findingsOf, testFixtures, testRule } from '../../helpers/rule-tester.js';
import { AUTHENTICATED, EVERYONE, permission, policy } from '../../helpers/cams.js';

const loginPages = ['https://www.myhost.com/cams/login.jsp'];
// The seed's 5005 example: *://*:*/cams/* protected by a rule that requires authentication.
const seedExample = permission('*://*:*/cams/*', 'require authentication', { desc: 'Cams login page', actions: '' });
const requireAuthentication = '    <auth-acr id="require authentication"><role-constraint><role-name>everyone</role-name></role-constraint></auth-acr>';
const grantLoginPage = permission('*://*:*/cams/login.jsp', 'everyone', { desc: 'login page', actions: '' });

testRule(rule, {
  valid: [
    {
      name: 'the seed example with a more specific permission granting the login page to everyone',
      files: { 'access-control-policy.xml': policy([seedExample, grantLoginPage], [requireAuthentication, EVERYONE]) },
      environment: { loginPages },
    },
    {
      name: 'the more specific permission may come first',
      files: { 'access-control-policy.xml': policy([grantLoginPage, seedExample], [requireAuthentication, EVERYONE]) },
      environment: { loginPages },
    },
    {
      name: 'no permission matches the login page (the default bias is not documented: no guess)',
      files: { 'access-control-policy.xml': policy([permission('https://www.myhost.com:443/members/*', 'authenticated')]) },
      environment: { loginPages },
    },
    {
      name: 'a rule that is decided by something else (an unknown rule type) is not reported',
      files: { 'access-control-policy.xml': policy([permission('*://*:*/cams/*', 'ip')], ['    <acr id="ip"><or><auth-acr/><remote-host-acr/></or></acr>']) },
      environment: { loginPages },
    },
    {
      name: 'a permission for other methods only does not apply to the GET of the login page',
      files: { 'access-control-policy.xml': policy([permission('*://*:*/cams/*', 'authenticated', { actions: 'PUT' })]) },
      environment: { loginPages },
    },
    { name: 'no login page and no agent', files: { 'access-control-policy.xml': policy([seedExample], [requireAuthentication]) } },
  ],
  invalid: [
    {
      name: 'the seed example: 5005 at the permission, naming the ACR chain',
      files: { 'access-control-policy.xml': policy([seedExample], [requireAuthentication, EVERYONE]) },
      environment: { loginPages },
      errors: [
        {
          messageId: 'loginPage',
          line: 3,
          column: 5,
          data: {
            url: 'https://www.myhost.com/cams/login.jsp',
            permission: '"Cams login page"',
            pattern: '*://*:*/cams/*',
            chain: 'permission "Cams login page" → acr-ref "require authentication" → <auth-acr id="require authentication">',
            suggestion: 'https://www.myhost.com:443/cams/login.jsp',
          },
        },
      ],
    },
    {
      name: 'authentication required through and / acr-ref, over a host-specific pattern',
      files: {
        'access-control-policy.xml': policy(
          [permission('https://www.myhost.com:443/*', 'site')],
          ['    <acr id="site"><and><acr-ref id="authenticated"/><confidential/></and></acr>', AUTHENTICATED],
        ),
      },
      environment: { loginPages },
      errors: [
        { messageId: 'loginPage', line: 3, column: 5, data: { chain: 'permission "P" → acr-ref "site" → <and> → acr-ref "authenticated" → <auth-acr id="authenticated">' } },
      ],
    },
    {
      name: 'the agent\'s cams.login.uri is protected too (POST on any host)',
      files: {
        'cams-webagent.conf': 'cams.login.uri=/cams/login\n',
        'access-control-policy.xml': policy([permission('*://*:*/cams/*', 'authenticated', { actions: 'GET,POST' })]),
      },
      errors: [{ messageId: 'loginUri', file: 'access-control-policy.xml', line: 3, column: 5, data: { url: '/cams/login', agent: 'agents/web01' } }],
    },
  ],
});

// Timed out rather than answered before issue 16: the pattern became a regular expression that backtracked for
// minutes on this URI. The timeout is far above what the search takes now (milliseconds) and far below the stall.
describe('cams/login-page-requires-auth on a pattern built to backtrack', { timeout: 5_000 }, () => {
  const backtracking = permission('http://*:80/*a*a*a*a*a*a*a*a*a*a*a*a*b', 'authenticated', { actions: 'GET,POST' });
  const lint = (uri: string) => findingsOf(rule, { 'cams-webagent.conf': `cams.login.uri=${uri}\n`, 'access-control-policy.xml': policy([backtracking]) });

  it('a cams.login.uri of sixty a: not matched, nothing to report', () => {
    expect(lint(`/${'a'.repeat(60)}`)).toEqual([]);
  });

  it('the same with a final b: matched, and protected', () => {
    expect(lint(`/${'a'.repeat(60)}b`).map((f) => [f.ruleId, f.line])).toEqual([[rule.id, 3]]);
  });
});

testFixtures(rule);
