import { defineRule } from '../../src/engine/rule-api.js';
import { evaluatePermission, requestTarget, selectPermission, type Request, type RequestTarget } from '../../src/model/cams-access.js';
import { elementSpan } from '../../src/model/cams.js';
import type { AccessControlPolicy } from '../../src/model/cams-policy.js';

export default defineRule({
  id: 'cams/login-page-requires-auth',
  title: 'Disallow access rules that require authentication for the login page',
  severity: 'error',
  scope: 'cams-domain',
  predicts: ['CAMS-5005', 'CAMS-ACCESS-REASON-10'],
  docs: {
    why:
      'A user can only authenticate after the login page was shown without authentication. When the permission ' +
      'that best matches the login page URL has a rule that requires authentication, the policy server denies the ' +
      'page, the agent would redirect to it again, and it stops that loop with web agent error 5005 (the Cams guide\'s ' +
      'example: a permission for *://*:*/cams/* with a rule requiring authentication, and the login page ' +
      'https://www.myhost.com/cams/login.jsp). Login pages come from cams.loginPages in .webagent-lint.yaml; the ' +
      'path the login form posts to (cams.login.uri of the agents linked to the domain) is checked the same way, ' +
      'which is inferred.',
    fix: 'Grant access to the login page with a more specific permission whose rule does not require authentication (granted, or an IP address rule).',
    bad:
      '=== cams-webagent.conf\ncams.login.uri=/cams/login\n=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n' +
      '    <permission desc="Cams login page" actions="">\n      <resource-pattern id="*://*:*/cams/*"/>\n      <acr-ref id="require authentication"/>\n    </permission>\n' +
      '  </permission-collection>\n  <acr-lib>\n    <auth-acr id="require authentication">\n      <role-constraint><role-name>everyone</role-name></role-constraint>\n    </auth-acr>\n' +
      '    <acr id="everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    good:
      '=== cams-webagent.conf\ncams.login.uri=/cams/login\n=== access-control-policy.xml\n<access-control-policy>\n  <permission-collection>\n' +
      '    <permission desc="Cams pages" actions="">\n      <resource-pattern id="*://*:*/cams/*"/>\n      <acr-ref id="require authentication"/>\n    </permission>\n' +
      '    <permission desc="Cams login" actions="">\n      <resource-pattern id="*://*:*/cams/login*"/>\n      <acr-ref id="everyone"/>\n    </permission>\n' +
      '  </permission-collection>\n  <acr-lib>\n    <auth-acr id="require authentication">\n      <role-constraint><role-name>everyone</role-name></role-constraint>\n    </auth-acr>\n' +
      '    <acr id="everyone"><granted/></acr>\n  </acr-lib>\n</access-control-policy>',
    sources: ['CAMS-LEC32', 'CAMS-TIP', 'CAMS-SCR21'],
    confidence: 'documented',
  },
  messages: {
    loginPage:
      'The login page {url} ({origin}) is protected by permission {permission} ({pattern}), whose rule requires ' +
      'authentication: {chain}. Users cannot reach the page they must authenticate on.',
    loginUri:
      'cams.login.uri {url} of agent {agent}, where the login form posts, is protected by permission {permission} ' +
      '({pattern}), whose rule requires authentication: {chain}.',
  },
  remedies: {
    loginPage: 'Add a more specific permission for the login page, e.g. <resource-pattern id="{suggestion}"/> with a rule that grants access without authentication, or change the rule of permission {permission}.',
    loginUri: 'Add a more specific permission for {url} with a rule that grants access without authentication, or change the rule of permission {permission}.',
  },
  check(domain, context) {
    const policy = domain.policy;
    if (!policy) return;
    const pages = context.environment.camsLoginPages.flatMap((page) => {
      const target = requestTarget(page.url);
      return target ? [{ ...page, target }] : [];
    });
    for (const page of pages) {
      const found = requiringAuthentication(policy, { ...page.target, method: 'GET', authenticated: false });
      if (!found) continue;
      const { scheme, host, port, path } = page.target;
      context.report({
        at: elementSpan(found.permission.element),
        messageId: 'loginPage',
        data: { url: page.url, origin: `from ${page.where}`, ...found.data, suggestion: `${scheme}://${host ?? '*'}:${port}${path}` },
      });
    }
    // The login form posts to cams.login.uri on the login page's site; without login pages, on any host.
    const sites: readonly Omit<RequestTarget, 'path'>[] = pages.length > 0 ? pages.map((p) => p.target) : [{ scheme: 'http', host: undefined, port: '80' }, { scheme: 'https', host: undefined, port: '443' }];
    // The agents of a domain mostly share one login URI: each search of the policy is done once per URI.
    const searches = new Map<string, ReturnType<typeof requiringAuthentication>[]>();
    for (const agent of domain.agents) {
      const entry = agent.settings.get('cams.login.uri');
      const uri = entry?.value.trim() ?? '';
      if (!uri.startsWith('/')) continue;
      let results = searches.get(uri);
      if (!results) {
        results = sites.map((site) => requiringAuthentication(policy, { ...site, path: uri, method: 'POST', authenticated: false }));
        searches.set(uri, results);
      }
      for (const found of results) {
        if (found) context.report({ at: elementSpan(found.permission.element), messageId: 'loginUri', data: { url: uri, agent: agent.id, ...found.data } });
      }
    }
  },
});

/** The permission selected for the request when its rule demands authentication from an anonymous user. */
function requiringAuthentication(policy: AccessControlPolicy, request: Request) {
  const permission = selectPermission(policy, request);
  if (!permission) return undefined;
  const outcome = evaluatePermission(policy, permission, request);
  if (outcome.kind !== 'auth') return undefined;
  return { permission, data: { permission: permission.label, pattern: permission.pattern?.attribute.value ?? '', chain: outcome.chain.join(' → ') } };
}
