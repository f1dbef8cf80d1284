import { describe, expect, it } from 'vitest';
import rule from '../../../rules/cams/login-page-requires-auth.js';
import { findingsOf, testFixtures, testRule } from '../../helpers/rule-tester.js';
import { AUTHENTICATED, EVERYONE, permission, policy } from '../../helpers/cams.js';

const loginPages = ['https://www.myhost.com/cams/login.jsp'];
// The seed's 5005 example: *://*:*/cams/* protected by a rule that requires authentication.
const seedExample = permission('*://*:*/cams/*', 'require authentication', { desc: 'Cams login page', actions: '' });
const requireAuthentication = '    <auth-acr id="require authentication"><role-constraint><role-name>everyone</role-name></role-constraint></auth-acr>';
const grantLoginPage = permission('*://*:*/cams/login.jsp', 'everyone', { desc: 'login page', actions: '' });
const seedChain = 'permission "Cams login page" → acr-ref "require authentication" → <auth-acr id="require authentication">';

// The notices the rule gives when cams.loginPages is not set.
const configure = 'List the login page URLs under cams.loginPages in .webagent-lint.yaml; they are then checked exactly.';
const unknownPage = {
  reason:
    'No Cams login page URL is known: cams.loginPages is not set and no permission names a login page in its description or pattern, so whether the login page can be reached without authentication (web agent error 5005) was not checked.',
  enable: configure,
  scope: ['agents/web01'],
};
const inferredFrom = (candidates: string) => ({
  reason: `No Cams login page URL is configured (cams.loginPages): the login page was checked only where the policy seems to name it, which is inferred: ${candidates}.`,
  enable: configure,
  scope: ['agents/web01'],
});

testRule(rule, {
  valid: [
    {
      name: 'the seed example with a more specific permission granting the login page to everyone',
      files: { 'access-control-policy.xml': policy([seedExample, grantLoginPage], [requireAuthentication, EVERYONE]) },
      environment: { loginPages },
      notChecked: [],
    },
    {
      name: 'the more specific permission may come first',
      files: { 'access-control-policy.xml': policy([grantLoginPage, seedExample], [requireAuthentication, EVERYONE]) },
      environment: { loginPages },
      notChecked: [],
    },
    {
      name: 'no permission matches the login page (the default bias is not documented: no guess)',
      files: { 'access-control-policy.xml': policy([permission('https://www.myhost.com:443/members/*', 'authenticated')]) },
      environment: { loginPages },
      notChecked: [],
    },
    {
      name: 'a rule that is decided by something else (an unknown rule type) is not reported, but listed as not checked at its permission',
      files: { 'access-control-policy.xml': policy([permission('*://*:*/cams/*', 'ip')], ['    <acr id="ip"><or><auth-acr/><remote-host-acr/></or></acr>']) },
      environment: { loginPages },
      notChecked: [
        {
          reason:
            'Whether the login page https://www.myhost.com/cams/login.jsp can be reached without authentication was not decided: webagent-lint cannot evaluate the rule of permission "P" (*://*:*/cams/*): permission "P" → acr-ref "ip" → <or> → <remote-host-acr>.',
          enable:
            'Check by hand that this rule lets anonymous users reach the login page https://www.myhost.com/cams/login.jsp; webagent-lint evaluates granted, denied, confidential, and, or, not, acr-ref and auth-acr rules only.',
          scope: ['agents/web01'],
          file: 'access-control-policy.xml',
          line: 3,
          column: 5,
        },
      ],
    },
    {
      name: 'a permission delegated with owner is not reported, but listed as not checked at its permission',
      files: {
        'access-control-policy.xml': policy([
          '    <permission desc="Delegated" actions=""><resource-pattern id="*://*:*/cams/*"/><owner id="partners"/></permission>',
        ]),
      },
      environment: { loginPages },
      notChecked: [
        {
          reason:
            'Whether the login page https://www.myhost.com/cams/login.jsp can be reached without authentication was not decided: permission "Delegated" (*://*:*/cams/*) delegates it with <owner> to another security domain, whose policy webagent-lint does not read.',
          enable: 'Check by hand that the owning security domain lets anonymous users reach the login page https://www.myhost.com/cams/login.jsp.',
          scope: ['agents/web01'],
          file: 'access-control-policy.xml',
          line: 3,
          column: 5,
        },
      ],
    },
    {
      name: 'a permission for other methods only does not apply to the GET of the login page',
      files: { 'access-control-policy.xml': policy([permission('*://*:*/cams/*', 'authenticated', { actions: 'PUT' })]) },
      environment: { loginPages },
      notChecked: [],
    },
    {
      name: 'without cams.loginPages: the seed example beside a narrower permission granting /cams/login.jsp (the narrower one is where the page is)',
      files: { 'access-control-policy.xml': policy([seedExample, grantLoginPage], [requireAuthentication, EVERYONE]) },
      notChecked: [inferredFrom('*://*:*/cams/login.jsp (permission "login page")')],
    },
    {
      name: 'without cams.loginPages: the login page and POST target granted beside Cams pages that need a user (examples/cams/healthy)',
      files: {
        'access-control-policy.xml': policy([
          permission('*://*:*/cams/*', 'authenticated', { desc: 'Cams pages', actions: '' }),
          permission('*://*:*/cams/login*', 'everyone', { desc: 'Login page and login POST', actions: 'GET,POST' }),
        ]),
      },
      notChecked: [inferredFrom('*://*:*/cams/login* (permission "Login page and login POST")')],
    },
    {
      name: 'without cams.loginPages, and no permission names a login page: not checked, and said so',
      files: { 'access-control-policy.xml': policy([permission('*://*:*/members/*', 'authenticated')]) },
      notChecked: [unknownPage],
    },
    {
      name: 'a permission for POST only that names the login is not a login page (pages are fetched with GET)',
      files: {
        'access-control-policy.xml': policy([
          permission('*://*:*/cams/*', 'authenticated', { desc: 'Cams pages', actions: '' }),
          permission('*://*:*/cams/login', 'everyone', { desc: 'login POST', actions: 'POST' }),
        ]),
      },
      notChecked: [unknownPage],
    },
  ],
  invalid: [
    {
      name: 'the seed example: 5005 at the permission, naming the ACR chain',
      files: { 'access-control-policy.xml': policy([seedExample], [requireAuthentication, EVERYONE]) },
      environment: { loginPages },
      notChecked: [],
      errors: [
        {
          messageId: 'loginPage',
          line: 3,
          column: 5,
          data: {
            url: 'https://www.myhost.com/cams/login.jsp',
            permission: '"Cams login page"',
            pattern: '*://*:*/cams/*',
            chain: seedChain,
            suggestion: 'https://www.myhost.com:443/cams/login.jsp',
          },
        },
      ],
    },
    {
      name: "the seed example on its own, without cams.loginPages: 5005 inferred from the permission's description",
      files: { 'access-control-policy.xml': policy([seedExample], [requireAuthentication]) },
      notChecked: [inferredFrom('*://*:*/cams/* (permission "Cams login page")')],
      errors: [
        {
          messageId: 'inferredLoginPage',
          line: 3,
          column: 5,
          endLine: 3,
          endColumn: 51,
          data: {
            candidate: '*://*:*/cams/*',
            evidence: 'permission "Cams login page" is described as one',
            permission: '"Cams login page"',
            pattern: '*://*:*/cams/*',
            chain: seedChain,
          },
        },
      ],
    },
    {
      name: 'without cams.loginPages: a pattern that names a sign-in page, for https only',
      files: { 'access-control-policy.xml': policy([permission('https://*:443/signin/*', 'authenticated', { actions: '' })]) },
      notChecked: [inferredFrom('https://*:443/signin/* (permission "P")')],
      errors: [
        {
          messageId: 'inferredLoginPage',
          line: 3,
          column: 5,
          data: {
            candidate: 'https://*:443/signin/*',
            evidence: 'the pattern of permission "P" names one',
            chain: 'permission "P" → acr-ref "authenticated" → <auth-acr id="authenticated">',
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
        {
          messageId: 'loginPage',
          line: 3,
          column: 5,
          data: { chain: 'permission "P" → acr-ref "site" → <and> → acr-ref "authenticated" → <auth-acr id="authenticated">' },
        },
      ],
    },
    {
      name: "the agent's cams.login.uri is protected too (POST on any host)",
      files: {
        'cams-webagent.conf': 'cams.login.uri=/cams/login\n',
        'access-control-policy.xml': policy([permission('*://*:*/cams/*', 'authenticated', { actions: 'GET,POST' })]),
      },
      notChecked: [unknownPage],
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
